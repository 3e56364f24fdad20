/**
 * The stages of a partner search, in board order. Here, with no dependencies, so that the CLI can
 * offer them as choices before it loads the domain schemas (core/model/partner-search.ts uses them).
 */
export const PARTNER_STAGES = ['long_list', 'contacted', 'referred', 'audit', 'negotiation', 'contract', 'dropped'] as const;
export type PartnerStage = (typeof PARTNER_STAGES)[number];

/** The words the board's columns and the CLI carry for each stage. */
export const PARTNER_STAGE_LABELS: Readonly<Record<PartnerStage, string>> = {
  long_list: 'Long list',
  contacted: 'Contacted',
  referred: 'Referred',
  audit: 'Audit',
  negotiation: 'Negotiation',
  contract: 'Contract',
  dropped: 'Dropped',
};
