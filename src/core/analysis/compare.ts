/**
 * Cross-case comparison: thesis Tables 7–10 side by side for any number of analyzed firms, each row
 * marked when the firms differ on it.
 */
import { BUILTIN_CHALLENGE_CATEGORIES, NETWORK_TYPES, type ChallengeLevel, type NetworkType, type UtilizationLevel } from '../model/index.js';
import { CHALLENGE_LABELS } from './challenges.js';
import {
  PROFILE_ROWS,
  type ComparisonRow,
  type CrossCaseComparison,
  type FirmAnalysis,
  type NetworkTypeSummary,
  type UtilizationComparisonRow,
} from './types.js';

/** Row labels of thesis Table 8. */
export const NETWORK_TYPE_LABELS: Record<NetworkType, string> = {
  social: 'Social network',
  business: 'Business network',
  institutional: 'Institutional network',
  digital: 'Digital network',
};

function row<V extends string>(key: string, label: string, values: (V | undefined)[]): ComparisonRow<V> {
  return { key, label, values, differs: values.some((v) => v !== values[0]) };
}

/** A Table 8 cell: the source's statement, else what the ties show, else nothing. */
function networkTypeCell(summary: NetworkTypeSummary): string | undefined {
  if (summary.statement !== undefined) return summary.statement;
  if (summary.ties === 0) return undefined;
  const ties = `${summary.ties} ${summary.ties === 1 ? 'tie' : 'ties'}`;
  return summary.examples.length === 0 ? ties : `${ties}: ${summary.examples.join(', ')}`;
}

/** Built-in categories in their order, then the others in the order the firms first use them. */
function categoriesIn(lists: string[][]): string[] {
  const seen = new Set(lists.flat());
  const builtin: string[] = BUILTIN_CHALLENGE_CATEGORIES.filter((c) => seen.has(c));
  return [...new Set([...builtin, ...lists.flat()])];
}

/** Thesis Tables 7–10 for the given firms, in the order given. */
export function compareCases(analyses: readonly FirmAnalysis[]): CrossCaseComparison {
  const labelOf = new Map<string, string>(Object.entries(CHALLENGE_LABELS));
  for (const a of analyses) for (const r of a.challenges) if (!labelOf.has(r.category)) labelOf.set(r.category, r.label);

  const profile = PROFILE_ROWS.map(({ key, label }) =>
    row(
      key,
      label,
      analyses.map((a) => a.profile.rows.find((r) => r.key === key)?.value),
    ),
  );

  const networkTypes = [
    row(
      'main_network_types',
      'Main Networking Types',
      analyses.map((a) => a.networkTypes.main.statement),
    ),
    ...NETWORK_TYPES.map((t) =>
      row(
        t,
        NETWORK_TYPE_LABELS[t],
        analyses.map((a) => networkTypeCell(a.networkTypes.byType[t])),
      ),
    ),
  ];

  const firmWide = analyses.map((a) => a.challenges.filter((r) => r.market === undefined));
  const challenges = categoriesIn(firmWide.map((rows) => rows.map((r) => r.category))).map((category) =>
    row<ChallengeLevel>(
      category,
      labelOf.get(category) ?? category,
      firmWide.map((rows) => rows.find((r) => r.category === category)?.level),
    ),
  );

  const utilization = categoriesIn(analyses.map((a) => Object.keys(a.utilization))).flatMap((challenge) =>
    NETWORK_TYPES.map((networkType): UtilizationComparisonRow => ({
      ...row<UtilizationLevel>(
        `${challenge}/${networkType}`,
        `${labelOf.get(challenge) ?? challenge} — ${NETWORK_TYPE_LABELS[networkType]}`,
        analyses.map((a) => a.utilization[challenge]?.[networkType]?.level),
      ),
      challenge,
      networkType,
    })),
  );

  return {
    firms: analyses.map((a) => ({ firmId: a.firmId, name: a.profile.name })),
    profile,
    networkTypes,
    challenges,
    utilization,
  };
}
