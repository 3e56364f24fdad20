/**
 * The collections of a case by name, with no dependencies: the store and the CLI use them without
 * loading the schemas (schema.ts pairs each name with its schema).
 */

/** The collections of a case, in the order they are written to a file and to the store. */
export const COLLECTION_NAMES = [
  'keyPeople',
  'facts',
  'actors',
  'ties',
  'markets',
  'activities',
  'challengeCategories',
  'challengeRatings',
  'utilization',
  'benefits',
  'digitalPresence',
  'sources',
  'transcripts',
  'codes',
  'segments',
  'competenceAssessments',
  'partnerSearches',
] as const satisfies readonly string[];
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** What one record of each collection is called in messages ("tie \"t1\" was not found"). */
export const RECORD_NOUN: Record<CollectionName, string> = {
  keyPeople: 'key person',
  facts: 'fact',
  actors: 'actor',
  ties: 'tie',
  markets: 'market',
  activities: 'activity',
  challengeCategories: 'challenge category',
  challengeRatings: 'challenge rating',
  utilization: 'utilization cell',
  benefits: 'benefit',
  digitalPresence: 'digital presence snapshot',
  sources: 'source',
  transcripts: 'transcript',
  codes: 'code',
  segments: 'evidence segment',
  competenceAssessments: 'competence assessment',
  partnerSearches: 'partner search',
};
