/** Request and response shapes of the account routes: sessions, API tokens, members. */
import { z } from 'zod';
import { ACTIONS, ROLES, TOKEN_SCOPES } from '../../core/access/policy.js';
import { idSchema } from '../../core/model/index.js';

export const publicUserSchema = z.object({ id: z.string(), email: z.string(), name: z.string() }).meta({ id: 'User' });

export const sessionSchema = z
  .object({
    auth: z
      .enum(['off', 'required'])
      .describe('off: the embedded single-user mode, no login; required: every /api route but this one and /api/health needs a login'),
    user: publicUserSchema.nullable().describe('Who is logged in; null when login is off'),
    csrfToken: z
      .string()
      .nullable()
      .describe('Send it as X-CSRF-Token with every change made with the login cookie; null when login is off or for an API token'),
    workspaces: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          kind: z.string(),
          role: z.enum(ROLES),
          actions: z.array(z.enum(ACTIONS)).describe('What this role may do in the workspace: the web app shows only these'),
        }),
      )
      .describe('The workspaces the user is a member of (every workspace, as owner, when login is off)'),
  })
  .meta({ id: 'Session' });

export const loginSchema = z
  .object({ email: z.string().max(320), password: z.string().max(4096) })
  .strict()
  .meta({ id: 'Login' });

export const tokenRequestSchema = z
  .object({ name: z.string().min(1).max(100).describe('What the token is for, e.g. "nightly export"'), scope: z.enum(TOKEN_SCOPES) })
  .strict()
  .meta({ id: 'TokenRequest' });

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: z.enum(TOKEN_SCOPES),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const newTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: z.enum(TOKEN_SCOPES),
    createdAt: z.string(),
    token: z.string().describe('Shown this once; Foothold keeps only its hash. Send it as "Authorization: Bearer <token>"'),
  })
  .meta({ id: 'NewApiToken' });

export const memberSchema = z.object({ user: publicUserSchema, role: z.enum(ROLES), since: z.string() }).meta({ id: 'Member' });

export const memberRequestSchema = z
  .object({ email: z.string().max(320).describe('The e-mail of an existing account'), role: z.enum(ROLES) })
  .strict()
  .meta({ id: 'MemberRequest' });

export const tokenParams = z.object({ tokenId: z.string().regex(/^tok-[0-9a-f]{12}$/, 'expected a token id like tok-0123456789ab') });
export const memberParams = z.object({ workspace: idSchema, userId: z.string().regex(/^u-[0-9a-f-]{36}$/, 'expected a user id like u-…') });
