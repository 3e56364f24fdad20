/** What every part of a report builder needs: the firms (analysis and case side by side) and the evidence notes. */
import type { CompetenceSummary, FirmAnalysis } from '../analysis/index.js';
import { CHALLENGE_LABELS, NETWORK_TYPE_LABELS } from '../analysis/index.js';
import type { CaseFile } from '../case-file/index.js';
import type { BenefitKind, ChallengeLevel, NetworkType, SectorFamily, UtilizationLevel } from '../model/index.js';
import type { EvidenceNotes } from './footnotes.js';
import type { Cell } from './types.js';
import type { WorksCited } from './works-cited.js';

/** An analysis as the services produce it; `competence` is there when the case has assessments. */
export type AnalysisForReport = FirmAnalysis & { competence?: CompetenceSummary[] };

export interface ReportFirm {
  id: string;
  name: string;
  analysis: AnalysisForReport;
  caseFile: CaseFile;
}

export interface BuildContext {
  firms: ReportFirm[];
  notes: EvidenceNotes;
  /** The works the report cites, gathered as it cites them. */
  works: WorksCited;
  countryName: (code: string) => string;
}

/** Paper Figure 1's four benefits, as the paper words them. */
export const BENEFIT_LABELS: Record<BenefitKind, string> = {
  market_access: 'Market access and expansion',
  resource_sharing: 'Resource sharing and collaboration',
  risk_reduction: 'Risk reduction and adaptability',
  reputation: 'Enhanced reputation and credibility',
};

/** "social" → "Social"; for column heads where the table is about networks already. */
export const NETWORK_TYPE_SHORT: Record<NetworkType, string> = {
  social: 'Social',
  business: 'Business',
  institutional: 'Institutional',
  digital: 'Digital',
};

export { NETWORK_TYPE_LABELS };

/** The knowledge base's sector families, in words, for "worded for food and agriculture". */
export const SECTOR_FAMILY_LABELS: Record<SectorFamily, string> = {
  life_sciences: 'life sciences',
  food_agriculture: 'food and agriculture',
  software_it: 'software and IT services',
  manufacturing: 'manufacturing',
  other_services: 'other services',
};

/** The label of a challenge category for a firm: the analysis's own label, the thesis's, or the key. */
export function challengeLabelOf(firm: ReportFirm, category: string): string {
  return (
    firm.analysis.challenges.find((r) => r.category === category)?.label ??
    (CHALLENGE_LABELS as Record<string, string>)[category] ??
    firm.caseFile.challengeCategories.find((c) => c.id === category)?.label ??
    category.replace(/_/g, ' ')
  );
}

export const cell = (text: string, notes: number[] = [], extra: Partial<Pick<Cell, 'level' | 'sub'>> = {}): Cell => ({ text, notes, ...extra });

export const challengeCell = (level: ChallengeLevel | undefined, notes: number[]): Cell =>
  level === undefined ? cell('—') : cell(level, notes, { level: { scale: 'challenge', value: level } });

export const utilizationCell = (level: UtilizationLevel | undefined, notes: number[], sub?: string): Cell =>
  level === undefined
    ? cell('—', notes, sub === undefined ? {} : { sub })
    : cell(level, notes, { level: { scale: 'utilization', value: level }, ...(sub === undefined ? {} : { sub }) });

/** Ids for sections, tables and charts: lower-case letters, digits and dashes only. */
export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
