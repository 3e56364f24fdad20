/** Shapes of the audit log routes. */
import { z } from 'zod';
import { idSchema } from '../../core/model/index.js';

const itemSummary = z.object({
  firmId: z.string().describe('The firm; empty for a membership or a restore, which belong to the workspace'),
  collection: z
    .string()
    .describe(
      'A collection name, "firm" for the firm record, "case" for a whole case (an import, a deleted firm), "members" for a membership of the workspace, or "restores" for a restore of a backup',
    ),
  recordId: z.string().describe("The record's id; for a membership, the account's id; for a restore, when the backup was taken"),
  kind: z.enum(['insert', 'update', 'delete']).describe('For a membership: added, role changed, removed; a restore is an insert'),
  member: z
    .object({ email: z.string(), role: z.string() })
    .optional()
    .describe('For a membership: the e-mail and the role after the change (before it, for a removal)'),
  restore: z
    .object({
      file: z.string().describe("The backup file's base name"),
      takenAt: z.string().describe('When the backup was taken, ISO 8601'),
      foothold: z.string().describe('The Foothold version that took it'),
      rows: z.number().int().describe('How many rows the restore wrote'),
    })
    .optional()
    .describe('For a restore: the backup it put in place (every workspace the store held after it has this change)'),
});

const changeFields = {
  id: z.string(),
  workspaceId: z.string(),
  at: z.string().describe('When, ISO 8601'),
  userId: z.string().nullable(),
  actor: z.string().describe('Who: the e-mail of the account, "cli:<login>" for the command line, or "local" in the single-user mode'),
  undoOf: z.string().nullable().describe('The change this one undid'),
  undoneBy: z.string().nullable().describe('The change that undid this one'),
  itemCount: z.number().int(),
};

export const auditChangeSchema = z
  .object({ ...changeFields, items: z.array(itemSummary).describe('The first 20 records the change touched; the change itself has them all') })
  .meta({ id: 'AuditChange' });

export const auditChangeDetailSchema = z
  .object({
    ...changeFields,
    items: z.array(
      itemSummary.extend({
        before: z.unknown().describe('The record before, null for an insert'),
        after: z.unknown().describe('The record after, null for a delete'),
        versionAfter: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'AuditChangeDetail' });

export const auditQuery = z.object({
  firm: idSchema.optional().describe('Only changes to this firm'),
  user: z.string().max(100).optional().describe('Only changes by this account id'),
  before: z.string().max(100).optional().describe('Only changes older than this change id (the next page)'),
  limit: z
    .string()
    .refine((v) => /^[1-9]\d{0,2}$/.test(v) && Number(v) <= 500, 'expected a whole number from 1 to 500')
    .optional()
    .describe('At most this many (50 by default, 500 at most)'),
});

export const changeParams = z.object({
  workspace: idSchema,
  changeId: z.string().regex(/^chg-\d{17}-[0-9a-f]{10}$/, 'expected a change id like chg-20261202031500000-0123456789'),
});

export const undoResultSchema = z.object({ undoneChange: z.string(), undoChange: z.string() }).meta({ id: 'UndoResult' });
