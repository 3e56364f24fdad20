/**
 * Response schemas of the cohort routes: the cohort dashboard of a workspace (core/cohort's Cohort)
 * and what taking a snapshot answers. Named components, so the OpenAPI document (and the web
 * client generated from it) types every part; the type checks at the end keep them and core from
 * drifting apart, and the route tests parse real responses with them.
 */
import { z } from 'zod';
import type { Cohort, CohortSnapshot } from '../../core/cohort/index.js';
import { challengeLevelSchema, networkTypeSchema, utilizationLevelSchema } from '../../core/model/index.js';
import type { TakenSnapshot } from '../../services/cohort-service.js';
import type { Same } from '../schema-check.js';

const firmId = z.string().describe('Firm id');
const category = z.string().describe('A built-in challenge category or one a firm’s case defines');
const day = z.string().describe('YYYY-MM-DD');
const change = z.number().int().nullable().describe('Firms now minus firms at trend.comparedWith; null when there is no earlier snapshot');

export const cohortFirmSchema = z
  .object({
    firmId,
    name: z.string(),
    countryOfOrigin: z.string().describe('ISO 3166-1 alpha-2'),
    countryName: z.string(),
    sector: z.string().optional(),
    sizeClass: z.enum(['micro', 'small', 'medium', 'large']).optional().describe('EU SME size class by headcount'),
    status: z.enum(['rated', 'not_yet_rated']).describe('Rated: at least one challenge has a firm-wide level other than Unknown'),
    notRatedReason: z
      .enum(['no_ratings', 'only_unknown', 'only_per_market'])
      .optional()
      .describe('Set when not yet rated: no ratings at all, only Unknown ones, or known levels for single markets only'),
    obstacles: z.array(category).describe('Categories rated High or Medium firm-wide'),
    unmetChallenges: z.array(category).describe('Of those, the ones no network type is used against at more than Low'),
    gaps: z.number().int().describe('How many challenge × network-type gaps the analysis found'),
    blindSpots: z.array(category).describe('Categories rated Unknown firm-wide'),
    institutions: z.array(z.string()).describe('Ids of the institutions advised to the firm'),
  })
  .strict()
  .meta({ id: 'CohortFirm', description: 'A firm of the cohort, rated or not yet' });

export const unmetChallengeSchema = z
  .object({
    category,
    label: z.string(),
    firms: z.array(z.object({ firmId, level: challengeLevelSchema.extract(['High', 'Medium']) }).strict()).describe('High before Medium'),
    obstacleFirms: z.number().int().describe('Firms rating it High or Medium at all, whether or not a network type helps against it'),
    change,
  })
  .strict()
  .meta({
    id: 'UnmetChallenge',
    description:
      'A challenge rated High or Medium firm-wide with every network type used against it Not at all or Low (a gap in all four), and the firms leaving it so',
  });

export const sharedGapSchema = z
  .object({
    challenge: category,
    label: z.string(),
    networkType: networkTypeSchema,
    firms: z
      .array(
        z
          .object({
            firmId,
            challengeLevel: challengeLevelSchema.extract(['High', 'Medium']),
            utilization: utilizationLevelSchema.extract(['Not used', 'Low']),
            utilizationBasis: z.enum(['recorded', 'suggested']),
            severity: z.number(),
          })
          .strict(),
      )
      .describe('Worst first'),
    highestSeverity: z.number().describe('High × Not used is 4'),
  })
  .strict()
  .meta({ id: 'SharedGap', description: 'A gap (challenge × network type) with every firm of the cohort that has it' });

export const neededInstitutionSchema = z
  .object({
    id: z.string().describe('Id in the institutions directory (GET /api/reference/institutions)'),
    name: z.string(),
    abbreviation: z.string().optional(),
    country: z.string().describe('Where it is based (ISO alpha-2)'),
    url: z.string().optional(),
    challenges: z.array(category).describe('Every challenge it was advised for'),
    firms: z.array(z.object({ firmId, challenges: z.array(category), markets: z.array(z.string()) }).strict()),
    change,
  })
  .strict()
  .meta({ id: 'NeededInstitution', description: 'An institution advised to firms of the cohort against gaps in institutional ties' });

const trendPointSchema = z
  .object({ date: day, value: z.number().int(), change: z.number().int().nullable().describe('From the snapshot before; null at the first') })
  .strict()
  .meta({ id: 'TrendPoint' });

export const cohortTrendSchema = z
  .object({
    dates: z.array(day).describe('Snapshot dates, oldest first'),
    comparedWith: day.nullable().describe('The snapshot the current figures’ change is counted from: the latest before today'),
    firms: z.array(trendPointSchema),
    rated: z.array(trendPointSchema),
    notYetRated: z.array(trendPointSchema),
    unmetChallenges: z.array(z.object({ category, label: z.string(), points: z.array(trendPointSchema) }).strict()),
    institutions: z.array(z.object({ id: z.string(), name: z.string(), points: z.array(trendPointSchema) }).strict()),
  })
  .strict()
  .meta({ id: 'CohortTrend', description: 'Every figure at every snapshot date; a figure a snapshot does not list is 0 there' });

export const cohortSchema = z
  .object({
    workspaceId: z.string(),
    asOf: day,
    counts: z.object({ firms: z.number().int(), rated: z.number().int(), notYetRated: z.number().int() }).strict(),
    firms: z.array(cohortFirmSchema).describe('Every firm of the workspace, by id'),
    unmetChallenges: z.array(unmetChallengeSchema).describe('Most firms first'),
    sharedGaps: z.array(sharedGapSchema).describe('Every gap any firm has, most firms first, then the worst'),
    institutions: z.array(neededInstitutionSchema).describe('Most firms first'),
    trend: cohortTrendSchema,
  })
  .strict()
  .meta({ id: 'Cohort', description: 'The cohort dashboard of a workspace' });

export const cohortSnapshotSchema = z
  .object({
    date: day,
    figures: z
      .object({
        firms: z.number().int(),
        rated: z.number().int(),
        notYetRated: z.number().int(),
        unmetChallenges: z.array(z.object({ category, label: z.string(), firms: z.number().int() }).strict()),
        institutions: z.array(z.object({ id: z.string(), name: z.string(), firms: z.number().int() }).strict()),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'CohortSnapshot', description: 'The figures a snapshot keeps' });

export const takenSnapshotSchema = z
  .object({
    snapshot: cohortSnapshotSchema,
    replaced: z.boolean().describe('True when it replaced a snapshot taken earlier the same day'),
    cohort: cohortSchema,
  })
  .strict()
  .meta({ id: 'TakenCohortSnapshot' });

/** The body of POST …/cohort/snapshots: nothing to give, the figures are today's. */
export const snapshotRequestSchema = z
  .object({})
  .strict()
  .meta({ id: 'CohortSnapshotRequest', description: 'An empty object: the snapshot keeps today’s figures' });

const fits: [Same<Cohort, typeof cohortSchema>, Same<CohortSnapshot, typeof cohortSnapshotSchema>, Same<TakenSnapshot, typeof takenSnapshotSchema>] = [
  true,
  true,
  true,
];
void fits;
