/** A workspace: a firm's own, an agency's portfolio, or a research project. */
import { z } from 'zod';
import { idSchema, textSchema } from './primitives.js';

export const WORKSPACE_KINDS = ['firm', 'portfolio', 'research'] as const;

export const workspaceSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    kind: z.enum(WORKSPACE_KINDS).default('research'),
  })
  .strict();
export type Workspace = z.infer<typeof workspaceSchema>;

export { DEFAULT_WORKSPACE_ID } from '../../shared/ids.js';
