/** A dated snapshot of the firm's presence on one digital platform (paper Table 1). */
import { z } from 'zod';
import { partialDateSchema, recordBase, refSchema, textSchema } from './primitives.js';

export const digitalPresenceSchema = z
  .object({
    ...recordBase,
    platform: textSchema.describe('e.g. website, LinkedIn, Facebook'),
    actor: refSchema.optional().describe('The platform actor, when the case has one'),
    date: partialDateSchema.optional().describe('When the snapshot was taken'),
    followers: z.number().int().nonnegative().nullable().describe('null when the source says the figure is not available'),
    posts: z.number().int().nonnegative().optional(),
    postsPeriod: z.string().optional().describe('The period the post count covers, e.g. "last 3 months"'),
    audiences: z.array(textSchema).default([]),
    contentTypes: z.array(textSchema).default([]),
  })
  .strict();
export type DigitalPresenceSnapshot = z.infer<typeof digitalPresenceSchema>;
