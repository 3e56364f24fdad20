/** Bodies and answers of the partner-search routes, from the same zod schemas the case file uses. */
import { z } from 'zod';
import {
  candidateNoteSchema,
  criterionScoreSchema,
  criterionWeightSchema,
  idSchema,
  partnerCriterionSchema,
  partnerSearchSchema,
  partnerSearchStatusSchema,
  partnerStageSchema,
  stageDecisionSchema,
  textSchema,
} from '../../core/model/index.js';
import { firmParams } from '../common.js';

export const searchParams = firmParams.extend({ searchId: idSchema.describe('Partner search id') });
export const candidateParams = searchParams.extend({ candidateId: idSchema.describe('Candidate id, unique within the search') });

const version = z.number().int().positive().describe('The version of the search you read; 409 stale_version when it changed since');

export const addCandidateBody = z
  .object({
    version,
    actor: idSchema.optional().describe('Id of an actor of the case (its name is taken)'),
    name: textSchema.optional().describe('A candidate not in the network yet'),
    referredBy: idSchema.optional().describe('Id of the actor or key person who recommended it'),
  })
  .strict()
  .meta({ id: 'NewPartnerCandidate' });

export const scoresBody = z
  .object({
    version,
    scores: z
      .record(z.string(), criterionScoreSchema.nullable())
      .describe('Score 0–5 per criterion, named by id or by name; null takes a score back (missing again)'),
  })
  .strict()
  .meta({ id: 'PartnerCandidateScores' });

export const moveBody = z
  .object({ version, to: partnerStageSchema, reason: textSchema.optional().describe('Why; required when the candidate is dropped') })
  .strict()
  .meta({ id: 'PartnerCandidateMove' });

export const noteBody = z.object({ version, text: textSchema }).strict().meta({ id: 'PartnerCandidateNote' });

export const criteriaBody = z
  .object({
    version,
    criteria: z
      .array(z.object({ name: textSchema, weight: criterionWeightSchema }).strict())
      .min(1)
      .describe('Criteria to add; one whose name the search has already gets the new weight'),
  })
  .strict()
  .meta({ id: 'NewPartnerCriteria' });

export const statusBody = z.object({ version, status: partnerSearchStatusSchema }).strict().meta({ id: 'PartnerSearchStatusChange' });

export const changedSearchSchema = z
  .object({
    version: z.number().int(),
    record: partnerSearchSchema,
    candidateId: idSchema.optional().describe('The new candidate’s id, when one was added'),
  })
  .meta({ id: 'ChangedPartnerSearch' });

// The search's own fields, without its candidates and log (pick() refuses a schema with refinements).
const field = partnerSearchSchema.shape;
const searchSummary = z
  .object({
    id: field.id,
    title: field.title,
    purpose: field.purpose,
    market: field.market,
    organizationType: field.organizationType,
    role: field.role,
    opened: field.opened,
    status: field.status,
    criteria: field.criteria,
  })
  .strict();

const namedRef = z.object({ id: z.string(), name: z.string() }).strict();

const scoreSchema = z
  .object({
    value: z.number().nullable().describe('Σ weight × score / Σ weight × 5 over the criteria scored so far, 0–1; null when none is'),
    coverage: z.number().describe('Share of the criteria’s weight that is scored, 0–1'),
    missing: z.array(partnerCriterionSchema).describe('Criteria not scored yet: missing, not counted as 0'),
  })
  .strict();

export const boardSchema = z
  .object({
    version: z.number().int(),
    search: searchSummary,
    columns: z.array(
      z
        .object({
          stage: partnerStageSchema,
          label: z.string(),
          candidates: z.array(
            z
              .object({
                id: z.string(),
                name: z.string(),
                actor: z.string().optional(),
                referredBy: namedRef.optional(),
                stage: partnerStageSchema,
                scores: z.record(z.string(), z.number().int()),
                score: scoreSchema,
                rank: z.number().int().describe('Place in its column, best score first'),
                notes: z.array(candidateNoteSchema),
                lastDecision: stageDecisionSchema.optional().describe('The decision that brought it to its stage'),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    active: z.number().int().describe('Candidates in every stage but dropped'),
    total: z.number().int(),
    decisions: z.array(stageDecisionSchema).describe('The decision log, newest first'),
  })
  .strict()
  .meta({ id: 'PartnerBoard' });

export const suggestionsSchema = z
  .object({
    filters: z.object({ organizationType: field.organizationType, market: field.market, role: field.role }).strict(),
    suggestions: z.array(
      z
        .object({
          actorId: z.string(),
          name: z.string(),
          kind: z.enum(['person', 'organization', 'platform']),
          organizationType: z.string().optional(),
          countries: z.array(z.string()),
          roles: z.array(z.string()),
          isGroup: z.boolean().describe('The actor stands for several unnamed people or bodies'),
          hops: z.number().int().describe('1: the firm or a key person knows it; 2: through the introducer'),
          heldBy: namedRef.describe('Who in the firm holds the first tie'),
          introducer: namedRef.optional().describe('The contact in the middle, for two hops'),
          links: z.array(
            z
              .object({
                from: namedRef,
                to: namedRef,
                kind: z.enum(['tie', 'membership']),
                tieId: z.string().optional(),
                strength: z.number().int().optional().describe('The tie’s recorded strength 1–5'),
                weight: z.number().describe('What the link weighs today, in (0, 1]'),
              })
              .strict(),
          ),
          pathStrength: z.number().describe('Product of the links’ weights'),
          matched: z
            .object({ organizationType: z.literal(true).optional(), market: z.enum(['country', 'tie']).optional(), role: z.enum(['role', 'tie']).optional() })
            .strict()
            .describe(
              'Why it fits: the organization type; the market by the actor’s country or a tie naming it; the role by the actor’s roles or a tie’s subtype',
            ),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'PartnerSuggestions' });
