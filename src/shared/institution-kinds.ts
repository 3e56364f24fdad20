/**
 * The kinds of institution in the directory (data/reference/institutions.json), here with no
 * dependencies so that the CLI can offer them as choices without loading the schemas.
 */
export const INSTITUTION_KINDS = [
  'trade_promotion',
  'chamber',
  'enterprise_network',
  'export_credit_agency',
  'development_finance',
  'regulator',
  'ministry',
  'government_agency',
  'investment_promotion',
  'standards_body',
  'event',
  'association',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
