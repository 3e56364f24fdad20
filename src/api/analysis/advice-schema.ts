/**
 * Response schemas of the advice parts of a firm's analysis: gaps, blind spots, recommendations with
 * their citations, the action plan, and network competence summaries (see firm-analysis-schema.ts).
 */
import { z } from 'zod';
import {
  challengeLevelSchema,
  COMPETENCE_DIMENSIONS,
  mitigationStatusSchema,
  networkTypeSchema,
  originMeasureSchema,
  partialDateSchema,
  refSchema,
  sectorFamilySchema,
  utilizationLevelSchema,
} from '../../core/model/index.js';

export const evidenceIds = z.array(refSchema).describe('Ids of the evidence segments behind it');

// Gaps, blind spots and advice

export const gapSchema = z
  .object({
    challenge: z.string(),
    label: z.string(),
    challengeLevel: challengeLevelSchema.extract(['High', 'Medium']),
    networkType: networkTypeSchema,
    utilization: utilizationLevelSchema.extract(['Not used', 'Low']).describe('The recorded utilization, else the suggested one'),
    utilizationBasis: z.enum(['recorded', 'suggested']),
    severity: z.number().describe('Higher is worse: High × Not used first'),
    countryOfOriginFlag: z.boolean().describe('Set on country_of_origin gaps of firms from emerging economies'),
    evidence: evidenceIds,
  })
  .strict()
  .meta({ id: 'Gap', description: 'A challenge rated High or Medium that a network type is not used (or little used) against' });

export const tieRefSchema = z
  .object({ tieId: refSchema, actorId: refSchema, actorName: z.string(), networkType: networkTypeSchema })
  .strict()
  .meta({ id: 'TieRef', description: 'A tie of the firm named in advice' });

export const blindSpotSchema = z
  .object({
    challenge: z.string(),
    label: z.string(),
    networkTypesThatCouldTell: z.array(networkTypeSchema),
    findOut: z.string().describe('What to find out, in plain words'),
    ask: z.array(tieRefSchema).describe('Whom to ask: the firm’s strongest live ties of those types, at most three'),
    evidence: evidenceIds,
  })
  .strict()
  .meta({ id: 'BlindSpot', description: 'A challenge whose level is not known' });

export const citationSchema = z
  .union([
    z.object({ work: z.string(), seed: z.string().describe('The seed’s file name'), location: z.string().describe('Section, page or table') }).strict(),
    z.object({ work: z.string(), publisher: z.string(), url: z.string(), asOf: z.string() }).strict(),
  ])
  .meta({ id: 'Citation', description: 'A work a seed study cites, or an official source read on a given day' });

export const institutionAdviceSchema = z
  .object({
    id: z.string().describe('Id in the institutions directory (GET /api/reference/institutions)'),
    name: z.string(),
    abbreviation: z.string().optional(),
    country: z.string().describe('Where it is based (ISO alpha-2)'),
    market: z.string().describe("The firm's market it was found for; the home country when the firm names no market"),
    serves: z.enum(['home', 'market', 'both']).describe("Which side of the move it serves: the firm's home country, the market, or both"),
    why: z.string(),
    url: z.string().optional().describe('Home page; absent for a body a seed study names without saying which'),
    source: z.string().describe("The directory entry's source: an address, or a seed study and where in it"),
    asOf: z.string().describe('The day the directory entry was recorded'),
  })
  .strict()
  .meta({ id: 'InstitutionAdvice', description: 'An institution that could help close a gap' });

export const recommendationSchema = z
  .object({
    ruleId: z.string(),
    challenge: z.string(),
    challengeLabel: z.string(),
    networkType: networkTypeSchema,
    title: z.string(),
    rationale: z.string(),
    actions: z.array(z.string()),
    tiesUsed: z.array(tieRefSchema),
    sectorFamily: sectorFamilySchema.optional().describe('The sector family the wording is for; absent: general wording'),
    examples: z.array(z.object({ text: z.string(), seed: z.string(), location: z.string() }).strict().meta({ id: 'RuleExample' })),
    citations: z.array(citationSchema),
    because: z.array(z.string()),
    severity: z.number(),
    institutions: z.array(institutionAdviceSchema).describe("For a gap in institutional ties: bodies that help with the challenge in the firm's markets"),
  })
  .strict()
  .meta({ id: 'Recommendation' });

export const originChecklistSchema = z
  .object({
    marketId: z.string(),
    market: z.string().describe('The country code, or the region the market record names'),
    place: z.string().describe("The market in words: the country's name, or the region"),
    level: challengeLevelSchema.optional().describe("The country-of-origin rating it answers: the market's, else the firm-wide one"),
    items: z.array(
      z
        .object({
          measure: originMeasureSchema,
          label: z.string(),
          status: mitigationStatusSchema.describe('As recorded on the market; to_do when the checklist does not list the measure yet'),
          recorded: z.boolean(),
          step: z.string().describe('What the measure asks of the firm in this market'),
          note: z.string().optional(),
          due: z.string().optional(),
          evidence: evidenceIds,
        })
        .strict(),
    ),
    settled: z.number().int().describe('How many measures are done or not needed'),
  })
  .strict()
  .meta({ id: 'OriginChecklist', description: 'Country-of-origin measures for one market (thesis §5.2)' });

export const planActionSchema = z
  .object({
    text: z.string(),
    source: z.string().describe('The recommendation’s rule, or "blind-spot"'),
    challenge: z.string(),
    challengeLabel: z.string(),
    networkType: networkTypeSchema.optional(),
    tiesUsed: z.array(tieRefSchema),
    why: z.string(),
    score: z.number(),
  })
  .strict()
  .meta({ id: 'PlanAction' });

export const actionPlanSchema = z
  .object({
    top: z.array(planActionSchema).describe('At most five, best first'),
    byChallenge: z
      .array(z.object({ challenge: z.string(), label: z.string(), actions: z.array(planActionSchema) }).strict())
      .describe('Every other action, grouped by challenge in the order of the challenges table'),
  })
  .strict()
  .meta({ id: 'ActionPlan' });

export const competenceSummarySchema = z
  .object({
    assessmentId: refSchema,
    date: partialDateSchema.optional(),
    respondent: refSchema.optional().describe('Id of the key person who answered'),
    dimensions: z.array(
      z
        .object({
          dimension: z.enum(COMPETENCE_DIMENSIONS),
          label: z.string(),
          mean: z.number().optional().describe('Mean of the answered items, 1–5, two decimals; absent when none was answered'),
          answered: z.number().int(),
          items: z.number().int(),
        })
        .strict()
        .meta({ id: 'CompetenceDimensionScore' }),
    ),
    overall: z.number().optional().describe('Mean over all answered items'),
  })
  .strict()
  .meta({ id: 'CompetenceSummary', description: 'One network competence self-assessment, scored per dimension' });
