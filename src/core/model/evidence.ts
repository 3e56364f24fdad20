/** Sources (interviews, documents, websites …) and the coded segments quoted from them. */
import { z } from 'zod';
import { partialDateSchema, recordBase, refSchema, textSchema } from './primitives.js';
import { interviewModeSchema, sourceKindSchema } from './vocabulary.js';

export const interviewSessionSchema = z
  .object({
    date: partialDateSchema,
    durationMinutes: z.number().int().positive().optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    ...recordBase,
    kind: sourceKindSchema,
    title: textSchema,
    participantId: z.string().optional().describe('For interviews: pseudonymous id such as "IA1"'),
    participantRole: z.string().optional(),
    participant: refSchema.optional().describe('For interviews: id of the key person interviewed'),
    mode: interviewModeSchema.optional(),
    sessions: z.array(interviewSessionSchema).optional().describe('For interviews: each session with date and duration'),
    date: partialDateSchema.optional(),
    author: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().url().optional(),
    description: z.string().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind !== 'interview') {
      for (const key of ['participantId', 'participantRole', 'participant', 'mode', 'sessions'] as const) {
        if (s[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} applies only to kind "interview"` });
      }
    }
  });
export type Source = z.infer<typeof sourceSchema>;

export const segmentSchema = z
  .object({
    ...recordBase,
    source: refSchema,
    quote: textSchema.describe('The words as the source has them'),
    location: textSchema.describe('Where in the source: table, section, page, timestamp'),
    reportedFrom: refSchema
      .optional()
      .describe('When the source reports words said elsewhere: the id of the interview source or of the key person they come from'),
    codes: z.array(textSchema).default([]),
  })
  .strict();
export type Segment = z.infer<typeof segmentSchema>;
