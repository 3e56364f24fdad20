/**
 * The sentences of a report that sum a firm up: where it comes from, how it rates its challenges,
 * its ties, how strongly it uses each network type, and what the analysis finds. Written from the
 * data only; numbers under ten in words.
 */
import { NETWORK_TYPES, type ChallengeLevel, type NetworkType, type UtilizationLevel } from '../model/index.js';
import type { BuildContext, ReportFirm } from './context.js';
import { count, inParentheses, joinList, lowerFirst, numberWord } from './prose.js';

/** "Company A, from Finland (developed economy)". */
export function firmWithOrigin(ctx: BuildContext, firm: ReportFirm): string {
  const economy = firm.analysis.profile.derived.economyClass;
  return `${firm.name}, from ${ctx.countryName(firm.caseFile.firm.countryOfOrigin)}${economy === undefined ? '' : ` (${economy} economy)`}`;
}

/** Phrases with commas of their own: "a, and b" for two, "a; b; and c" for more. */
export function joinAppositives(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0] ?? ''}, and ${items[1] ?? ''}`;
  return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1] ?? ''}`;
}

const LEVELS: ChallengeLevel[] = ['High', 'Medium', 'Low', 'Unknown'];

/** "Company B rates three challenges High (…), two Medium (…) and marks one Unknown (…)." */
export function challengeSentence(firm: ReportFirm, categories?: readonly string[]): string {
  const rows = firm.analysis.challenges.filter((r) => r.market === undefined && (categories === undefined || categories.includes(r.category)));
  if (rows.length === 0) return `${firm.name} has not rated any challenge yet.`;
  const named = (level: ChallengeLevel) => rows.filter((r) => r.level === level).map((r) => lowerFirst(r.label));
  const rated = LEVELS.filter((l) => l !== 'Unknown' && named(l).length > 0).map((level, i) => {
    const names = named(level);
    return `${numberWord(names.length)}${i === 0 ? ` ${names.length === 1 ? 'challenge' : 'challenges'}` : ''} ${level} ${inParentheses(names)}`;
  });
  const unknown = named('Unknown');
  const marks =
    unknown.length === 0
      ? ''
      : `marks ${numberWord(unknown.length)}${rated.length === 0 ? (unknown.length === 1 ? ' challenge' : ' challenges') : ''} Unknown ${inParentheses(unknown)}`;
  if (rated.length === 0) return `${firm.name} ${marks}.`;
  return `${firm.name} rates ${joinList(rated)}${marks === '' ? '' : `, and ${marks}`}.`;
}

export function tiesSentence(firm: ReportFirm): string {
  const byType = Object.values(firm.analysis.networkTypes.byType);
  const total = byType.reduce((sum, t) => sum + t.ties, 0);
  if (total === 0) return `The case of ${firm.name} records no ties of the firm or its key people yet.`;
  const none = byType.filter((t) => t.ties === 0);
  return (
    `The case of ${firm.name} records ${total === 1 ? 'one tie' : `${total} ties`} of the firm and its key people: ${joinList(byType.filter((t) => t.ties > 0).map((t) => `${t.ties} ${t.networkType}`))}.` +
    (none.length > 0
      ? ` It has no ${joinList(
          none.map((t) => t.networkType),
          'or',
        )} ties.`
      : '')
  );
}

/** Utilization levels in a firm's recorded Table 10 rows, counted per network type: how often Moderate or High. */
export function strongUse(firm: ReportFirm): { challenges: number; byType: Record<NetworkType, number>; notUsed: Record<NetworkType, number> } {
  const byType = { social: 0, business: 0, institutional: 0, digital: 0 };
  const notUsed = { social: 0, business: 0, institutional: 0, digital: 0 };
  const strong: UtilizationLevel[] = ['Moderate', 'High'];
  const rows = Object.values(firm.analysis.utilization);
  for (const row of rows) {
    for (const t of NETWORK_TYPES) {
      const level = row[t]?.level;
      if (level !== undefined && strong.includes(level)) byType[t]++;
      if (level === 'Not used') notUsed[t]++;
    }
  }
  return { challenges: rows.length, byType, notUsed };
}

/** How a firm uses its network types against the challenges with recorded levels, in a sentence. */
export function utilizationSentence(firm: ReportFirm): string {
  const strong = strongUse(firm);
  if (strong.challenges === 0) return `No network utilization has been recorded for ${firm.name}.`;
  const ranked = NETWORK_TYPES.map((t) => ({ t, n: strong.byType[t] })).sort((x, y) => y.n - x.n);
  const used = ranked.filter((x) => x.n > 0);
  const unused = NETWORK_TYPES.filter((t) => strong.notUsed[t] === strong.challenges);
  return (
    `Across the ${count(strong.challenges, 'challenge')} with recorded levels, ${firm.name} ` +
    (used.length === 0
      ? 'uses no network type at a Moderate or High level.'
      : `uses ${joinList(used.map((x) => `${x.t} networks against ${numberWord(x.n)}`))} at a Moderate or High level.`) +
    (unused.length > 0
      ? ` It does not use ${joinList(
          unused.map((t) => `${t}`),
          'or',
        )} networks against any of them.`
      : '')
  );
}
