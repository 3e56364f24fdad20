/**
 * The case file: one firm with everything recorded about it, as versioned JSON.
 * The same schema validates files, API bodies for import, and generates schema/case.schema.json.
 */
import { z } from 'zod';
import {
  activitySchema,
  actorSchema,
  benefitSchema,
  challengeCategorySchema,
  challengeRatingSchema,
  codeSchema,
  competenceAssessmentSchema,
  digitalPresenceSchema,
  firmFactSchema,
  firmSchema,
  keyPersonSchema,
  marketSchema,
  partnerSearchSchema,
  segmentSchema,
  sourceSchema,
  tieSchema,
  transcriptSchema,
  utilizationCellSchema,
} from '../model/index.js';

import { COLLECTION_NAMES, RECORD_NOUN, type CollectionName } from './collections.js';
import { CASE_FORMAT_1, CASE_FORMAT_2 } from './upgrade.js';

export { COLLECTION_NAMES, RECORD_NOUN, type CollectionName };

/** The format this Foothold writes. */
export const CASE_FORMAT = CASE_FORMAT_2;
/** The formats it reads: older ones are upgraded on reading (upgrade.ts). */
export const SUPPORTED_CASE_FORMATS = [CASE_FORMAT_1, CASE_FORMAT_2] as const;

/** The schema of each collection's records, in the order of COLLECTION_NAMES (a test holds them in step). */
export const CASE_COLLECTIONS = {
  keyPeople: keyPersonSchema,
  facts: firmFactSchema,
  actors: actorSchema,
  ties: tieSchema,
  markets: marketSchema,
  activities: activitySchema,
  challengeCategories: challengeCategorySchema,
  challengeRatings: challengeRatingSchema,
  utilization: utilizationCellSchema,
  benefits: benefitSchema,
  digitalPresence: digitalPresenceSchema,
  sources: sourceSchema,
  transcripts: transcriptSchema,
  codes: codeSchema,
  segments: segmentSchema,
  competenceAssessments: competenceAssessmentSchema,
  partnerSearches: partnerSearchSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

export const caseFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(CASE_FORMAT),
    title: z.string().optional().describe('What this case file holds, for people reading it'),
    notes: z.array(z.string()).optional().describe('How the case was built: readings, omissions, caveats'),
    firm: firmSchema,
    keyPeople: z.array(keyPersonSchema).default([]),
    facts: z.array(firmFactSchema).default([]),
    actors: z.array(actorSchema).default([]),
    ties: z.array(tieSchema).default([]),
    markets: z.array(marketSchema).default([]),
    activities: z.array(activitySchema).default([]),
    challengeCategories: z.array(challengeCategorySchema).default([]),
    challengeRatings: z.array(challengeRatingSchema).default([]),
    utilization: z.array(utilizationCellSchema).default([]),
    benefits: z.array(benefitSchema).default([]),
    digitalPresence: z.array(digitalPresenceSchema).default([]),
    sources: z.array(sourceSchema).default([]),
    transcripts: z.array(transcriptSchema).default([]),
    codes: z.array(codeSchema).default([]),
    segments: z.array(segmentSchema).default([]),
    competenceAssessments: z.array(competenceAssessmentSchema).default([]),
    partnerSearches: z.array(partnerSearchSchema).default([]),
  })
  .strict();

export type CaseFile = z.infer<typeof caseFileSchema>;
/** What a case file may look like before defaults are filled in. */
export type CaseFileInput = z.input<typeof caseFileSchema>;
