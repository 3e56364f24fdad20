/** Sources (interviews, documents, websites …) and the coded segments quoted from them. */
import { z } from 'zod';
import { partialDateSchema, recordBase, refSchema, textSchema } from './primitives.js';
import { interviewModeSchema, lawfulBasisSchema, sourceKindSchema } from './vocabulary.js';

export const interviewSessionSchema = z
  .object({
    date: partialDateSchema,
    durationMinutes: z.number().int().positive().optional(),
  })
  .strict();

/** Whether an interviewee agreed to take part and to be quoted, and how it was recorded. */
export const CONSENT_STATUSES = ['given', 'refused', 'withdrawn', 'not_recorded'] as const;
export const consentSchema = z
  .object({
    status: z.enum(CONSENT_STATUSES),
    on: partialDateSchema.optional().describe('When consent was given, refused or withdrawn'),
    how: z.enum(['written', 'oral', 'recorded', 'electronic']).optional().describe('How it was given'),
    note: z.string().optional(),
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
    consent: consentSchema.optional().describe("For interviews: the interviewee's consent to take part and be quoted"),
    lawfulBasis: lawfulBasisSchema.optional().describe('For interviews: the lawful basis for holding what the interviewee said (GDPR Art. 6(1))'),
    date: partialDateSchema.optional(),
    author: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().url().optional(),
    description: z.string().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind !== 'interview') {
      for (const key of ['participantId', 'participantRole', 'participant', 'mode', 'sessions', 'consent', 'lawfulBasis'] as const) {
        if (s[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} applies only to kind "interview"` });
      }
    }
  });
export type Source = z.infer<typeof sourceSchema>;

/** Where a segment sits in its source's transcript, in Unicode code points (as REFI-QDA counts them). */
export const segmentSpanSchema = z
  .object({
    transcript: refSchema.describe('Id of the transcript (the stored text of the source)'),
    start: z.number().int().nonnegative().describe('First code point of the segment'),
    end: z.number().int().positive().describe('Code point after the last one of the segment'),
  })
  .strict()
  .refine((span) => span.end > span.start, { message: 'expected end after start', path: ['end'] });

export const segmentSchema = z
  .object({
    ...recordBase,
    source: refSchema,
    quote: textSchema.describe('The words as the source has them'),
    location: textSchema.optional().describe('Where in the source: table, section, page, timestamp (may be left out when span is given)'),
    span: segmentSpanSchema.optional().describe("Where the quote is in the source's transcript; the quote must be exactly that text"),
    reportedFrom: refSchema
      .optional()
      .describe('When the source reports words said elsewhere: the id of the interview source or of the key person they come from'),
    codes: z
      .array(textSchema)
      .default([])
      .describe('Codes applied: built-in codes such as "network:business" or "challenge:financial_resource", or ids of the case\'s own codes'),
    coder: z.string().trim().min(1).max(120).optional().describe('Who coded the segment (a name or initials), for agreement between coders'),
    memo: z.string().optional().describe("The coder's memo on this segment"),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.location === undefined && s.span === undefined) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'expected a location (table, section, page, timestamp) or a span in a transcript' });
    }
  });
export type Segment = z.infer<typeof segmentSchema>;

/** Where a transcript's text came from. */
export const TRANSCRIPT_FORMATS = ['text', 'markdown', 'docx', 'webvtt', 'srt', 'qdpx'] as const;
export const transcriptFormatSchema = z.enum(TRANSCRIPT_FORMATS);

export const transcriptTurnSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    speaker: z.string().optional(),
    at: z.string().optional().describe('Time in the recording, as the file gives it (WebVTT, SRT)'),
  })
  .strict();

/**
 * The full text of a source (an interview transcript, a document's words), stored once. Segments
 * point into it by code-point positions, so the text itself never changes once coded.
 */
export const transcriptSchema = z
  .object({
    ...recordBase,
    source: refSchema.describe('Id of the source this is the text of (one transcript per source)'),
    text: z.string().min(1, 'expected a non-empty text'),
    turns: z.array(transcriptTurnSchema).optional().describe('Speaker turns or paragraphs, in code points'),
    format: transcriptFormatSchema.describe('What the text was imported from'),
    fileName: z.string().optional(),
  })
  .strict();
export type Transcript = z.infer<typeof transcriptSchema>;

/** A code of the case's own codebook, beside the built-in ones; codes nest under a parent. */
export const codeSchema = z
  .object({
    ...recordBase,
    name: textSchema,
    parent: textSchema.optional().describe('Id of the parent code: a code of this case or a built-in code such as "network"'),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #RRGGBB')
      .optional(),
    description: z.string().optional(),
  })
  .strict();
export type Code = z.infer<typeof codeSchema>;
