/**
 * Which network types a firm relies on, two ways: by its own ties (how many of each type, thesis
 * Table 8's counts) and by use (against how many of its challenges each type helps at a Moderate or
 * High level, thesis Table 10 as recorded, or as its ties suggest where nothing is recorded). A type
 * leads when it counts at least half as much as the firm's strongest type.
 */
import { NETWORK_TYPES, type NetworkType, type UtilizationLevel } from '../model/index.js';
import type { ReportFirm } from './context.js';
import { count, joinList, numberWord } from './prose.js';
import { strongUse } from './sentences.js';

export interface Reliance {
  byTies: Record<NetworkType, number>;
  tieTotal: number;
  use: { basis: 'recorded' | 'suggested'; challenges: number; byType: Record<NetworkType, number> } | undefined;
}

const STRONG: readonly UtilizationLevel[] = ['Moderate', 'High'];

export function relianceOf(firm: ReportFirm): Reliance {
  const byTies = { social: 0, business: 0, institutional: 0, digital: 0 };
  for (const t of NETWORK_TYPES) byTies[t] = firm.analysis.networkTypes.byType[t].ties;
  const tieTotal = NETWORK_TYPES.reduce((sum, t) => sum + byTies[t], 0);
  const recorded = strongUse(firm);
  if (recorded.challenges > 0) return { byTies, tieTotal, use: { basis: 'recorded', challenges: recorded.challenges, byType: recorded.byType } };
  const rows = Object.values(firm.analysis.suggestedUtilization);
  if (rows.length === 0) return { byTies, tieTotal, use: undefined };
  const byType = { social: 0, business: 0, institutional: 0, digital: 0 };
  for (const row of rows) for (const t of NETWORK_TYPES) if (STRONG.includes(row[t].level)) byType[t]++;
  return { byTies, tieTotal, use: { basis: 'suggested', challenges: rows.length, byType } };
}

/** The types that count at least half as much as the strongest, strongest first. */
export function leading(counts: Record<NetworkType, number>): NetworkType[] {
  const max = Math.max(...NETWORK_TYPES.map((t) => counts[t]));
  if (max === 0) return [];
  return NETWORK_TYPES.filter((t) => counts[t] > 0 && counts[t] * 2 >= max).sort((x, y) => counts[y] - counts[x]);
}

/** "Company A combines all four network types", "Company B relies mainly on social networks". */
export function relianceHeadline(name: string, r: Reliance): string {
  if (r.use !== undefined && r.use.basis === 'recorded') {
    const lead = leading(r.use.byType);
    if (lead.length === 0)
      return `${name} uses no network type at a Moderate or High level against any of the ${count(r.use.challenges, 'challenge')} with recorded levels`;
    if (lead.length === NETWORK_TYPES.length) return `${name} combines all four network types`;
    return `${name} relies mainly on ${joinList(lead)} networks`;
  }
  if (r.tieTotal === 0) return `${name} has no ties recorded yet`;
  const lead = leading(r.byTies);
  if (lead.length === NETWORK_TYPES.length) return `By its own ties, ${name} spans all four network types in similar numbers`;
  return `By its own ties, ${name} leans mainly on ${joinList(lead)} networks`;
}

/** Types grouped by count, highest first: "business against all six; institutional and digital against four each; social against three". */
function byCount(counts: Record<NetworkType, number>, total: number, suffix: string): string {
  const groups = new Map<number, NetworkType[]>();
  for (const t of [...NETWORK_TYPES].sort((x, y) => counts[y] - counts[x])) groups.set(counts[t], [...(groups.get(counts[t]) ?? []), t]);
  return [...groups.entries()]
    .map(([n, types], i) => {
      const amount = n === 0 ? 'none' : n === total && total > 1 ? `all ${numberWord(n)}` : numberWord(n);
      return `${joinList(types)}${i === 0 ? suffix : ''} against ${amount}${types.length > 1 && n > 0 ? ' each' : ''}`;
    })
    .join('; ');
}

/** How the firm uses each type against its challenges, in a sentence; undefined when no challenge has levels. */
export function useDetail(r: Reliance): string | undefined {
  if (r.use === undefined) return undefined;
  const { basis, challenges, byType } = r.use;
  const none = NETWORK_TYPES.every((t) => byType[t] === 0);
  const against = `${count(challenges, 'challenge')}`;
  if (basis === 'recorded') {
    // With nothing at Moderate or High, the headline has said it all.
    return none
      ? undefined
      : `By the levels recorded against its ${against} (Table 10), ${byCount(byType, challenges, ' networks help at a Moderate or High level')}.`;
  }
  return none
    ? `No levels of use are recorded, and its ties suggest no network type helps at a Moderate or High level against its ${against}: few ties are tagged with the challenges they helped with.`
    : `No levels of use are recorded; by the levels its ties suggest against its ${against}, ${byCount(byType, challenges, ' networks help at a Moderate or High level')}.`;
}

/** "Its own ties, of the firm and its key people, number 39: 15 business, 11 institutional, 8 social and 5 digital." */
export function tiesDetail(r: Reliance): string {
  if (r.tieTotal === 0) return 'It has no ties of the firm or its key people recorded yet.';
  const types = [...NETWORK_TYPES].sort((x, y) => r.byTies[y] - r.byTies[x]);
  const some = types.filter((t) => r.byTies[t] > 0).map((t) => `${r.byTies[t]} ${t}`);
  const none = types.filter((t) => r.byTies[t] === 0);
  return (
    `Its own ties, of the firm and its key people, number ${r.tieTotal}: ${joinList(some)}` +
    (none.length === 0 ? '.' : `; it has no ${joinList(none, 'or')} ties.`)
  );
}

/** Where ties and use point different ways: "By number of ties, all four types are well represented; in recorded use, social leads." */
export function tiesAgainstUse(r: Reliance): string | undefined {
  if (r.use === undefined || r.use.basis !== 'recorded' || r.tieTotal === 0) return undefined;
  const byTies = leading(r.byTies);
  const byUse = leading(r.use.byType);
  if (byTies.length === byUse.length && byTies.every((t) => byUse.includes(t))) return undefined;
  const verb = (types: NetworkType[]) => (types.length === 1 ? 'leads' : 'lead');
  const ties = byTies.length === NETWORK_TYPES.length ? 'all four types are well represented' : `${joinList(byTies)} ${verb(byTies)}`;
  const use = byUse.length === NETWORK_TYPES.length ? 'all four do' : byUse.length === 0 ? 'none does' : `${joinList(byUse)} ${verb(byUse)}`;
  return `By number of ties, ${ties}; in recorded use, ${use}.`;
}
