/**
 * Kinds of organization; institutions are those a trade-promotion advisor would call one. Here,
 * with no dependencies, so that the CLI can offer them as choices before it loads the domain
 * schemas (core/model/vocabulary.ts builds its schema from them).
 */
export const ORGANIZATION_TYPES = [
  'company',
  'government_agency',
  'trade_promotion_body',
  'chamber',
  'regulator',
  'university',
  'research_institute',
  'financing_programme',
  'association',
  'patient_group',
  'hospital',
  'event',
  'group',
  'other',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
