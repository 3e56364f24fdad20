/**
 * Response schema of one firm's analysis (`firms/{firmId}/analysis`): core's FirmAnalysis plus the
 * network competence summaries the service adds, as JSON carries it (a value core leaves undefined
 * is an absent field). Each main part is a named component, so the OpenAPI document (and the web
 * app's types generated from it) name them. The type checks at the end keep the schemas and core's
 * types the same shape; the route tests parse real responses with these strict schemas.
 */
import { z } from 'zod';
import { PROFILE_ROWS } from '../../core/analysis/index.js';
import type {
  ActionPlan,
  Agreement,
  BenefitMatrix,
  BlindSpot,
  ChallengeRow,
  CompetenceSummary,
  Gap,
  NetworkTypes,
  PlatformPresence,
  Profile,
  ProfileKey,
  Recommendation,
  SuggestedMatrix,
  TriangulationCount,
  UtilizationMatrix,
} from '../../core/analysis/index.js';
import {
  BENEFITS,
  challengeLevelSchema,
  digitalPresenceSchema,
  economyClassSchema,
  NETWORK_TYPES,
  networkTypeSchema,
  partialDateSchema,
  refSchema,
  sourceKindSchema,
  utilizationLevelSchema,
  type BenefitKind,
  type NetworkType,
} from '../../core/model/index.js';
import type { FirmAnalysisWithCompetence } from '../../services/analysis-service.js';
import { perNetworkType as reportPerNetworkType } from '../../core/report/schema.js';
import { firmCardSchema } from '../firms/schema.js';
import type { Same } from '../schema-check.js';
import {
  actionPlanSchema,
  blindSpotSchema,
  competenceSummarySchema,
  evidenceIds,
  gapSchema,
  originChecklistSchema,
  recommendationSchema,
} from './advice-schema.js';

const PROFILE_KEYS = PROFILE_ROWS.map((row) => row.key) as [ProfileKey, ...ProfileKey[]];

/** One value per network type, every type present, nothing else (the report's shape, strict). */
const perNetworkType = <T extends z.ZodType>(value: T) => reportPerNetworkType(value).strict();
/** A value for some network types, the others left out. */
const somePerNetworkType = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(NETWORK_TYPES.map((t) => [t, value.optional()])) as Record<NetworkType, z.ZodOptional<T>>).strict();

// Table 7

export const profileRowSchema = z
  .object({
    key: z.enum(PROFILE_KEYS),
    label: z.string(),
    value: z.string().optional().describe('The source’s own words when recorded, else a value derived from structured fields; absent when missing'),
    basis: z.enum(['stated', 'derived', 'missing']),
    evidence: evidenceIds,
  })
  .strict()
  .meta({ id: 'ProfileRow', description: 'One row of thesis Table 7' });

export const firmProfileSchema = z
  .object({
    firmId: z.string(),
    name: z.string(),
    rows: z.array(profileRowSchema).describe('In the order of thesis Table 7'),
    derived: z
      .object({
        economyClass: economyClassSchema.optional().describe('Absent when neither an override nor the reference data decide it'),
        sizeClass: firmCardSchema.shape.sizeClass,
        yearsActive: z.number().int().optional().describe('Whole years since founding, when the founding year is known'),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'FirmProfile', description: 'Thesis Table 7: the firm’s profile, with the values derived from its record' });

// Table 8

export const networkTypeSummarySchema = z
  .object({
    networkType: networkTypeSchema,
    statement: z.string().optional().describe('The source’s words for this network type, when recorded'),
    ties: z.number().int(),
    activeTies: z.number().int(),
    unknownStatusTies: z.number().int().describe('Ties whose source does not say whether they are still alive'),
    examples: z.array(z.string()).describe('Names of the actors at the far end of this type’s ties, in case order, without repeats'),
    inUse: z.boolean(),
    evidence: evidenceIds,
  })
  .strict()
  .meta({ id: 'NetworkTypeSummary' });

export const networkTypesSchema = z
  .object({
    main: z.object({ statement: z.string().optional(), evidence: evidenceIds }).strict().describe('The main networking types, in the source’s words'),
    byType: perNetworkType(networkTypeSummarySchema),
  })
  .strict()
  .meta({ id: 'NetworkTypes', description: 'Thesis Table 8: the main networking types, then one summary per network type' });

// Tables 9 and 10

export const triangulationCountSchema = z
  .object({
    count: z.number().int().nonnegative().describe('How many kinds of source back the finding; 2 or more: triangulated'),
    kinds: z.array(sourceKindSchema).describe('Those kinds, in the vocabulary’s order'),
  })
  .strict()
  .meta({
    id: 'TriangulationCount',
    description:
      'How many kinds of source (interview, document, website …) the evidence of a finding comes from. Words a document reports from an interview or a key person count as an interview.',
  });

export const challengeRowSchema = z
  .object({
    category: z.string().describe('A built-in challenge category or one the case defines'),
    label: z.string(),
    level: challengeLevelSchema,
    market: refSchema.optional().describe('Id of the market when the rating is for one market only'),
    marketPlace: z.string().optional().describe('That market’s country code or region name'),
    description: z.string().optional(),
    evidence: evidenceIds,
    triangulation: triangulationCountSchema,
  })
  .strict()
  .meta({ id: 'ChallengeRow', description: 'One rating of thesis Table 9' });

const utilizationMatrixCellSchema = z
  .object({ level: utilizationLevelSchema, evidence: evidenceIds, triangulation: triangulationCountSchema })
  .strict()
  .meta({ id: 'UtilizationMatrixCell' });

export const utilizationMatrixSchema = z
  .record(z.string().describe('Challenge category'), somePerNetworkType(utilizationMatrixCellSchema))
  .meta({ id: 'UtilizationMatrix', description: 'Thesis Table 10: challenge → network type → the level the analyst recorded; only the cells recorded' });

export const suggestedUtilizationMatrixSchema = z
  .record(
    z.string().describe('Challenge category'),
    perNetworkType(
      z
        .object({
          level: utilizationLevelSchema,
          ties: z.array(refSchema).describe('Ties of this network type tagged as helping with this challenge'),
          meanStrength: z.number().optional().describe('Mean strength (1–5) of those ties, when recorded'),
        })
        .strict()
        .meta({ id: 'SuggestedUtilizationCell' }),
    ),
  )
  .meta({
    id: 'SuggestedUtilizationMatrix',
    description: 'The utilization the firm’s ties suggest (from what they helped with): every rated challenge × every network type',
  });

export const utilizationAgreementSchema = z
  .object({
    cells: z.array(
      z
        .object({
          challenge: z.string(),
          networkType: networkTypeSchema,
          recorded: utilizationLevelSchema,
          suggested: utilizationLevelSchema,
          distance: z.number().int().describe('0 when equal; otherwise the steps apart on Not used < Low < Moderate < High'),
        })
        .strict()
        .meta({ id: 'AgreementCell' }),
    ),
    n: z.number().int().describe('Cells compared: those the analyst recorded'),
    percentAgreement: z.number().optional(),
    weightedKappa: z.number().optional().describe('Cohen’s kappa with linear weights over the four levels; absent when it cannot be computed'),
  })
  .strict()
  .meta({ id: 'UtilizationAgreement', description: 'How far the recorded utilization agrees with the suggested one' });

// Figure 1 and Table 1 of the paper

const benefitCellSchema = z
  .object({
    count: z.number().int(),
    from: z.array(refSchema).describe('Ids of benefit records and of ties whose helpedWith names the benefit'),
    // The kinds of source behind the evidence of those records and ties together.
    triangulation: triangulationCountSchema,
  })
  .strict()
  .meta({ id: 'BenefitCell' });

const benefitRowSchema = perNetworkType(benefitCellSchema);

export const benefitMatrixSchema = z
  .object(Object.fromEntries(BENEFITS.map((b) => [b, benefitRowSchema])) as Record<BenefitKind, typeof benefitRowSchema>)
  .strict()
  .meta({ id: 'BenefitMatrix', description: 'Paper Figure 1: benefit × network type, with the records behind each cell' });

export const presenceSnapshotSchema = digitalPresenceSchema
  .pick({ id: true, date: true, followers: true, posts: true, postsPeriod: true })
  .extend({ audiences: z.array(z.string()), contentTypes: z.array(z.string()), evidence: evidenceIds })
  .strict()
  .meta({ id: 'PresenceSnapshot' });

export const platformPresenceSchema = z
  .object({
    platform: z.string(),
    snapshots: z.array(presenceSnapshotSchema).describe('Undated snapshots first (in case order), then by date'),
    growth: z
      .object({
        from: partialDateSchema,
        to: partialDateSchema,
        followers: z.number().int(),
        percent: z.number().optional().describe('Absent when the first count is 0'),
      })
      .strict()
      .optional()
      .describe('Between the oldest and newest dated snapshots with follower counts, when there are two'),
  })
  .strict()
  .meta({ id: 'PlatformPresence', description: 'Paper Table 1: the firm’s presence on one platform' });

export const firmAnalysisSchema = z
  .object({
    firmId: z.string(),
    profile: firmProfileSchema,
    networkTypes: networkTypesSchema,
    challenges: z.array(challengeRowSchema),
    utilization: utilizationMatrixSchema,
    suggestedUtilization: suggestedUtilizationMatrixSchema,
    agreement: utilizationAgreementSchema,
    benefits: benefitMatrixSchema,
    digitalPresence: z.array(platformPresenceSchema),
    gaps: z.array(gapSchema),
    blindSpots: z.array(blindSpotSchema),
    recommendations: z.array(recommendationSchema),
    originChecklists: z.array(originChecklistSchema),
    actionPlan: actionPlanSchema,
    competence: z.array(competenceSummarySchema).describe('One summary per assessment, in case order (the last is the most recent)'),
  })
  .strict()
  .meta({ id: 'FirmAnalysis', description: 'The analysis of one firm: thesis Tables 7–10, paper Figure 1 and Table 1, gaps, blind spots, advice' });

// Part by part, so that a mismatch names the part.
const same: [
  Same<TriangulationCount, typeof triangulationCountSchema>,
  Same<Profile, typeof firmProfileSchema>,
  Same<NetworkTypes, typeof networkTypesSchema>,
  Same<ChallengeRow, typeof challengeRowSchema>,
  Same<UtilizationMatrix, typeof utilizationMatrixSchema>,
  Same<SuggestedMatrix, typeof suggestedUtilizationMatrixSchema>,
  Same<Agreement, typeof utilizationAgreementSchema>,
  Same<BenefitMatrix, typeof benefitMatrixSchema>,
  Same<PlatformPresence, typeof platformPresenceSchema>,
  Same<Gap, typeof gapSchema>,
  Same<BlindSpot, typeof blindSpotSchema>,
  Same<Recommendation, typeof recommendationSchema>,
  Same<ActionPlan, typeof actionPlanSchema>,
  Same<CompetenceSummary, typeof competenceSummarySchema>,
  Same<FirmAnalysisWithCompetence, typeof firmAnalysisSchema>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void same;
