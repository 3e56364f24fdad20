/**
 * The built-in challenge categories, here with no dependencies so that the store and the CLI can
 * name them without loading the domain schemas (core/model/vocabulary.ts builds its schema on them).
 */

/** The six challenge categories of thesis Table 9, in its row order. */
export const THESIS_CHALLENGE_CATEGORIES = [
  'regulatory_institutional',
  'financial_resource',
  'knowledge_experience',
  'market_specific',
  'cultural_communication',
  'technological_digital',
] as const;

/** The thesis's six plus the country-of-origin effect, which it treats apart (§4.3.4). */
export const BUILTIN_CHALLENGE_CATEGORIES = [...THESIS_CHALLENGE_CATEGORIES, 'country_of_origin'] as const;
export type BuiltinChallengeCategory = (typeof BUILTIN_CHALLENGE_CATEGORIES)[number];
