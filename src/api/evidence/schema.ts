/** Answers of the evidence routes: codebook, framework matrix, two-coder agreement, imports. */
import { z } from 'zod';
import { caseFileSchema } from '../../core/case-file/index.js';
import { NETWORK_TYPES, SOURCE_KINDS, UTILIZATION_LEVELS } from '../../core/model/index.js';

export const codebookEntrySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    parent: z.string().optional(),
    color: z.string().optional(),
    description: z.string().optional(),
    origin: z.enum(['builtin', 'own', 'free']).describe("builtin: Foothold's codes; own: the case's codes; free: applied by a segment, in no codebook"),
    codable: z.boolean().describe('False for the groups of built-in codes'),
    depth: z.number().int(),
    uses: z.number().int().describe('Segments coded with this code itself'),
  })
  .strict()
  .meta({ id: 'CodebookEntry' });

const triangulationSchema = z
  .object({
    count: z.number().int().describe('Independent kinds of source behind the finding'),
    kinds: z.array(z.enum(SOURCE_KINDS)),
    sources: z.array(z.string()),
  })
  .strict()
  .meta({ id: 'Triangulation' });

const cellBase = { segments: z.array(z.string()), triangulation: triangulationSchema };

export const frameworkMatrixSchema = z
  .object({
    firms: z.array(z.object({ id: z.string(), name: z.string() }).strict()),
    codes: z.array(codebookEntrySchema),
    cells: z.array(z.object({ firm: z.string(), code: z.string(), ...cellBase }).strict()),
    challengeNetwork: z.array(
      z
        .object({
          firm: z.string(),
          challenges: z.array(z.object({ id: z.string(), name: z.string() }).strict()),
          networkTypes: z.array(z.enum(NETWORK_TYPES)),
          cells: z.array(
            z.object({ challenge: z.string(), networkType: z.enum(NETWORK_TYPES), level: z.enum(UTILIZATION_LEVELS).optional(), ...cellBase }).strict(),
          ),
        })
        .strict(),
    ),
    quotes: z.array(
      z
        .object({
          firm: z.string(),
          segment: z.string(),
          quote: z.string(),
          location: z.string(),
          source: z.string(),
          sourceTitle: z.string(),
          sourceKind: z.enum(SOURCE_KINDS),
          codes: z.array(z.string()),
          coder: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'FrameworkMatrix' });

const figure = {
  units: z.number().int(),
  both: z.number().int(),
  onlyA: z.number().int(),
  onlyB: z.number().int(),
  neither: z.number().int(),
  observed: z.number(),
  expected: z.number(),
  kappa: z.number().nullable().describe('Null where chance agreement is 1'),
};

export const sourceAgreementSchema = z
  .object({
    source: z.string(),
    transcript: z.string(),
    coders: z.tuple([z.string(), z.string()]),
    unitKind: z.enum(['turns', 'paragraphs']),
    overall: z.object(figure).strict().describe('Pooled over codes (de Vries et al. 2008)'),
    perCode: z.array(z.object({ code: z.string(), ...figure }).strict()),
    disagreements: z.array(
      z.object({ unit: z.number().int(), start: z.number().int(), end: z.number().int(), code: z.string(), appliedBy: z.enum(['A', 'B']) }).strict(),
    ),
    unitTexts: z.record(z.string(), z.string()),
    codeNames: z.record(z.string(), z.string()),
  })
  .strict()
  .meta({ id: 'SourceAgreement' });

export const transcriptImportSchema = z
  .object({ id: z.string(), source: z.string(), format: z.string(), length: z.number().int(), turns: z.number().int(), speakers: z.array(z.string()) })
  .strict()
  .meta({ id: 'TranscriptImport' });

export const qdpxImportSchema = z
  .object({
    codes: z.number().int(),
    sources: z.number().int(),
    segments: z.number().int(),
    skipped: z.array(z.object({ what: z.string(), reason: z.string() }).strict()).describe('What was not imported, and why'),
  })
  .strict()
  .meta({ id: 'QdpxImport' });

export const anonymizedCaseSchema = z
  .object({
    caseFile: caseFileSchema,
    pseudonyms: z.array(z.object({ original: z.string(), pseudonym: z.string(), kind: z.enum(['firm', 'person', 'place', 'other']) }).strict()),
    remaining: z
      .array(z.object({ word: z.string(), count: z.number().int(), where: z.array(z.string()) }).strict())
      .describe('Capitalised words left, to review'),
  })
  .strict()
  .meta({ id: 'AnonymizedCase' });

export const codeSuggestionsSchema = z
  .object({ suggestions: z.array(z.object({ code: z.string(), name: z.string(), because: z.string() }).strict()) })
  .strict()
  .meta({ id: 'CodeSuggestions' });
