/**
 * The cohort as text for the terminal (`foothold cohort`): counts, the unmet challenges, the gaps
 * firms share, the institutions most needed, the change over snapshots and the firms not yet rated.
 */
import { textColumns } from '../../shared/text-columns.js';
import type { NetworkType } from '../model/index.js';
import type { Cohort, NotRatedReason, TrendPoint } from './types.js';

/** At most this many snapshot dates side by side, shared gaps and institutions listed; --json has them all. */
export const TEXT_LIMITS = { snapshots: 6, sharedGaps: 10, institutions: 12 } as const;

const leftOut = (n: number, what: string) => (n > 0 ? [`  … and ${n} more ${n === 1 ? what : `${what}s`}: --json lists every one`] : []);

const NOT_RATED_WHY: Record<NotRatedReason, string> = {
  no_ratings: 'no challenge rated yet',
  only_unknown: 'every challenge rated Unknown',
  only_per_market: 'rated for single markets only; gaps need firm-wide ratings',
};

const NETWORK_WORDS: Record<NetworkType, string> = {
  social: 'social ties',
  business: 'business ties',
  institutional: 'institutional ties',
  digital: 'digital presence',
};

const signed = (n: number | null) => (n === null ? '' : n > 0 ? `+${n}` : String(n));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function pointText(p: TrendPoint | undefined): string {
  if (p === undefined) return '';
  return p.change === null || p.change === 0 ? String(p.value) : `${p.value} (${signed(p.change)})`;
}

function unmetSection(cohort: Cohort): string[] {
  const lines = ['Most common unmet challenges (rated High or Medium; no network type used against them above Low)'];
  if (cohort.unmetChallenges.length === 0) return [...lines, '  none: every obstacle rated has a network type used against it at Moderate or more'];
  const compared = cohort.trend.comparedWith;
  const head = ['Challenge', 'Firms', 'High', 'Obstacle for', ...(compared === null ? [] : [`Since ${compared}`])];
  const rows = cohort.unmetChallenges.map((u) => [
    u.label,
    String(u.firms.length),
    String(u.firms.filter((f) => f.level === 'High').length),
    String(u.obstacleFirms),
    ...(compared === null ? [] : [signed(u.change) || '0']),
  ]);
  return [...lines, ...textColumns([head, ...rows])];
}

function sharedGapsSection(cohort: Cohort): string[] {
  const shared = cohort.sharedGaps.filter((g) => g.firms.length > 1);
  const single = cohort.sharedGaps.length - shared.length;
  const lines = [`Firms with the same gap (two firms or more${single > 0 ? `; ${plural(single, 'gap')} of one firm only left out` : ''})`];
  if (shared.length === 0) return [...lines, '  none shared'];
  for (const g of shared.slice(0, TEXT_LIMITS.sharedGaps)) {
    lines.push(`  ${g.label} × ${NETWORK_WORDS[g.networkType]}: ${plural(g.firms.length, 'firm')}`);
    lines.push(`    ${g.firms.map((f) => `${f.firmId} (${f.challengeLevel}, ${f.utilization})`).join(', ')}`);
  }
  return [...lines, ...leftOut(shared.length - TEXT_LIMITS.sharedGaps, 'shared gap')];
}

function institutionsSection(cohort: Cohort): string[] {
  const lines = ['Institutions most needed (advised against gaps in institutional ties)'];
  if (cohort.institutions.length === 0) return [...lines, '  none advised yet'];
  const compared = cohort.trend.comparedWith;
  const head = ['Institution', 'Based in', 'Firms', ...(compared === null ? [] : [`Since ${compared}`]), 'For'];
  const rows = cohort.institutions
    .slice(0, TEXT_LIMITS.institutions)
    .map((i) => [
      i.abbreviation === undefined || i.abbreviation === i.name ? i.name : `${i.name} (${i.abbreviation})`,
      i.country,
      String(i.firms.length),
      ...(compared === null ? [] : [signed(i.change) || '0']),
      i.challenges.join(', '),
    ]);
  return [
    ...lines,
    ...textColumns([head, ...rows], new Set([1, head.length - 1])),
    ...leftOut(cohort.institutions.length - TEXT_LIMITS.institutions, 'institution'),
  ];
}

function trendSection(cohort: Cohort): string[] {
  const { trend } = cohort;
  if (trend.dates.length === 0) return ['Change over time', '  no snapshots yet: take one with `foothold cohort --snapshot` (one per day keeps the latest)'];
  const shown = trend.dates.slice(-TEXT_LIMITS.snapshots);
  const more = trend.dates.length - shown.length;
  const at = (points: readonly TrendPoint[]) => shown.map((d) => pointText(points.find((p) => p.date === d)));
  const rows = [
    ['Figure', ...shown],
    ['Firms', ...at(trend.firms)],
    ['Rated', ...at(trend.rated)],
    ['Not yet rated', ...at(trend.notYetRated)],
    ...trend.unmetChallenges.map((s) => [`Unmet: ${s.label}`, ...at(s.points)]),
    ...trend.institutions.slice(0, TEXT_LIMITS.institutions).map((s) => [`Needed: ${s.name}`, ...at(s.points)]),
  ];
  const title = `Change over time (${plural(trend.dates.length, 'snapshot')}${more > 0 ? `; the last ${shown.length} shown, --json has all` : ''})`;
  return [title, ...textColumns(rows), ...leftOut(trend.institutions.length - TEXT_LIMITS.institutions, 'institution')];
}

function notRatedSection(cohort: Cohort): string[] {
  const waiting = cohort.firms.filter((f) => f.status === 'not_yet_rated');
  if (waiting.length === 0) return [];
  return [`Not yet rated (${waiting.length})`, ...waiting.map((f) => `  ${f.firmId}  ${f.name}: ${NOT_RATED_WHY[f.notRatedReason ?? 'no_ratings']}`)];
}

/** The cohort as lines of text; a workspace with no firms says how to add some. */
export function cohortText(cohort: Cohort): string[] {
  const { counts } = cohort;
  if (counts.firms === 0) {
    const empty = `workspace "${cohort.workspaceId}" has no firms yet: import case files into it with \`foothold import -w ${cohort.workspaceId} FILE…\``;
    return cohort.trend.dates.length === 0 ? [empty] : [empty, '', ...trendSection(cohort)];
  }
  const sections = [
    [`Cohort of ${cohort.workspaceId} on ${cohort.asOf}: ${plural(counts.firms, 'firm')}, ${counts.rated} rated, ${counts.notYetRated} not yet rated`],
    unmetSection(cohort),
    sharedGapsSection(cohort),
    institutionsSection(cohort),
    trendSection(cohort),
    notRatedSection(cohort),
  ];
  return sections.filter((s) => s.length > 0).flatMap((s, i) => (i === 0 ? s : ['', ...s]));
}
