/**
 * The findings of a report, written from the data of each case: which network types each firm
 * relies on (by its ties and by use), its pathway, its country of origin, what its ties brought,
 * and — for several firms — where they differ. Where a case holds the source's own words on a
 * finding, they are quoted as its evidence, with their notes. Nothing here knows the samples.
 */
import { BENEFITS, ECONOMY_CLASS_WITH_ARTICLE, NETWORK_TYPES, type NetworkType, type Pathway } from '../model/index.js';
import { BENEFIT_LABELS, type BuildContext, type ReportFirm } from './context.js';
import { count, joinList, lowerFirst, numberWord } from './prose.js';
import { leading, relianceHeadline, relianceOf, tiesAgainstUse, tiesDetail, useDetail } from './reliance.js';
import { sourceWords, type SourceWords } from './source-words.js';
import type { Block, FindingBlock, Section } from './types.js';

const PATHWAY_WORDS: Record<Pathway, { noun: string; words: string[] }> = {
  born_global: { noun: 'born global', words: ['born global', 'born-global', 'from the outset', 'from inception'] },
  traditional: { noun: 'traditional', words: ['traditional', 'gradual', 'stage'] },
  born_again_global: { noun: 'born-again global', words: ['born-again', 'born again', 'again'] },
};

/** "Company A, in the source’s words" in a cross-case report; "In the source’s words" in a firm report. */
function quotesOf(ctx: BuildContext, firm: ReportFirm, words: SourceWords[]): FindingBlock['quotes'] {
  if (words.length === 0) return [];
  return [
    {
      lead: ctx.firms.length > 1 ? `${firm.name}, in the source’s words` : 'In the source’s words',
      passages: words.map((w) => ({ quote: w.quote, notes: w.notes })),
    },
  ];
}

function networkFinding(ctx: BuildContext, firm: ReportFirm): FindingBlock {
  const r = relianceOf(firm);
  const lead = r.use !== undefined && r.use.basis === 'recorded' ? leading(r.use.byType) : leading(r.byTies);
  // Without ties and recorded use, the headline ("has no ties recorded yet") says all there is.
  const ties = r.tieTotal === 0 && r.use?.basis !== 'recorded' ? undefined : tiesDetail(r);
  const text = [`${relianceHeadline(firm.name, r)}.`, useDetail(r), ties, tiesAgainstUse(r)].filter((s) => s !== undefined).join(' ');
  const main = firm.analysis.networkTypes.main;
  const words = sourceWords(ctx, firm, { statement: main.statement, evidence: main.evidence, code: 'main_network_types', words: lead });
  return { kind: 'finding', title: ctx.firms.length > 1 ? `Network types: ${firm.name}` : 'Network types', text, quotes: quotesOf(ctx, firm, words) };
}

/** { what: "a born global firm", when: "founded in 2019 and abroad from 2020" }; undefined when no pathway is recorded. */
export function pathwayOf(firm: ReportFirm): { what: string; when: string | undefined } | undefined {
  const f = firm.caseFile.firm;
  const years = [
    f.foundedYear === undefined ? undefined : `founded in ${f.foundedYear}`,
    f.firstInternationalYear === undefined ? undefined : `abroad from ${f.firstInternationalYear}`,
  ]
    .filter((x) => x !== undefined)
    .join(' and ');
  const when = years === '' ? undefined : years;
  if (f.pathway !== undefined) return { what: `a ${PATHWAY_WORDS[f.pathway.value].noun} firm`, when };
  const stated = firm.analysis.profile.rows.find((row) => row.key === 'pathway')?.value;
  return stated === undefined ? undefined : { what: `a firm whose pathway the case records as “${stated}”`, when };
}

function pathwayFinding(ctx: BuildContext): FindingBlock {
  const sentences: string[] = [];
  const quotes: FindingBlock['quotes'] = [];
  for (const firm of ctx.firms) {
    const pathway = pathwayOf(firm);
    sentences.push(
      pathway === undefined
        ? `${firm.name}’s pathway (born global, traditional or born-again global) is not recorded.`
        : `${firm.name} is ${pathway.what}${pathway.when === undefined ? '' : `, ${pathway.when}`}.`,
    );
    const recorded = firm.caseFile.firm.pathway;
    const row = firm.analysis.profile.rows.find((x) => x.key === 'pathway');
    const words = sourceWords(ctx, firm, {
      statement: row?.basis === 'stated' ? row.value : undefined,
      evidence: [...(recorded?.evidence ?? []), ...(row?.evidence ?? [])],
      code: 'pathway',
      words: recorded === undefined ? ['pathway'] : [...PATHWAY_WORDS[recorded.value].words, 'pathway'],
    });
    quotes.push(...quotesOf(ctx, firm, words));
  }
  return { kind: 'finding', title: 'Pathway', text: sentences.join(' '), quotes };
}

function countryOfOriginRating(firm: ReportFirm) {
  return firm.analysis.challenges.find((r) => r.category === 'country_of_origin' && r.market === undefined);
}

/** "Finland, a developed economy". */
export function originPhrase(ctx: BuildContext, firm: ReportFirm): string {
  const country = ctx.countryName(firm.caseFile.firm.countryOfOrigin);
  const economy = firm.analysis.profile.derived.economyClass;
  return economy === undefined ? country : `${country}, ${ECONOMY_CLASS_WITH_ARTICLE[economy]} economy`;
}

/** "Finland (developed economy)". */
export function originShort(ctx: BuildContext, firm: ReportFirm): string {
  const economy = firm.analysis.profile.derived.economyClass;
  return `${ctx.countryName(firm.caseFile.firm.countryOfOrigin)}${economy === undefined ? '' : ` (${economy} economy)`}`;
}

/** "it rates the country-of-origin effect High", "it does not rate the country-of-origin effect". */
export function countryOfOriginPhrase(firm: ReportFirm): string {
  const rating = countryOfOriginRating(firm);
  if (rating === undefined) return 'it does not rate the country-of-origin effect';
  if (rating.level === 'Unknown') return 'it has not assessed the country-of-origin effect (rated Unknown)';
  return `it rates the country-of-origin effect ${rating.level}`;
}

function originFinding(ctx: BuildContext): FindingBlock {
  const sentences: string[] = [];
  const quotes: FindingBlock['quotes'] = [];
  for (const firm of ctx.firms) {
    const override = firm.caseFile.firm.economyClassOverride;
    const gaps = firm.analysis.gaps.filter((g) => g.challenge === 'country_of_origin');
    const flagged = gaps.some((g) => g.countryOfOriginFlag);
    sentences.push(
      `${firm.name} comes from ${originPhrase(ctx, firm)}${override === undefined ? '' : ` (as the case sets it: ${lowerFirst(override.reason)})`}; ${countryOfOriginPhrase(firm)}` +
        (gaps.length === 0
          ? '.'
          : `, and the analysis finds ${count(gaps.length, 'gap')} on it: network types not used or used little against it${flagged ? ', flagged as it is for a firm from an emerging or developing economy' : ''}.`),
    );
    const rating = countryOfOriginRating(firm);
    if (rating === undefined) continue;
    const words = sourceWords(ctx, firm, {
      statement: undefined,
      evidence: rating.evidence,
      code: 'country_of_origin',
      words: ['liability of origin', 'origin', ctx.countryName(firm.caseFile.firm.countryOfOrigin)],
    });
    quotes.push(...quotesOf(ctx, firm, words));
  }
  return { kind: 'finding', title: 'Country of origin', text: sentences.join(' '), quotes };
}

/** What the firm's ties brought, in a sentence; undefined without benefit records. */
export function benefitSentence(firm: ReportFirm): string | undefined {
  const m = firm.analysis.benefits;
  const byType = NETWORK_TYPES.map((t) => ({ t, n: BENEFITS.reduce((s, b) => s + m[b][t].count, 0) })).sort((x, y) => y.n - x.n);
  const total = byType.reduce((s, x) => s + x.n, 0);
  if (total === 0) return undefined;
  const byBenefit = BENEFITS.map((b) => ({ b, n: NETWORK_TYPES.reduce((s, t) => s + m[b][t].count, 0) })).sort((x, y) => y.n - x.n);
  const top = byType.filter((x) => x.n === byType[0]?.n).map((x) => x.t);
  const most = byBenefit.filter((x) => x.n === byBenefit[0]?.n).map((x) => lowerFirst(BENEFIT_LABELS[x.b]));
  return `Of the ${count(total, 'benefit')} recorded for ${firm.name}, most came through ${joinList(top)} ties (${byType[0]?.n ?? 0}); the most frequent ${most.length === 1 ? 'is' : 'are'} ${joinList(most)}.`;
}

/** Where several firms differ: reliance, use by type, ties, pathway and origin. */
export function differenceSentences(ctx: BuildContext): string[] {
  const firms = ctx.firms.map((f) => ({ f, r: relianceOf(f) }));
  const out: string[] = [];
  const headlines = firms.map(({ f, r }) => relianceHeadline(f.name, r));
  out.push(`${headlines.join('; ')}.`);
  const recorded = firms.filter(({ r }) => r.use?.basis === 'recorded');
  if (recorded.length >= 2) {
    const spread = (t: NetworkType) => {
      const values = recorded.map(({ r }) => r.use?.byType[t] ?? 0);
      return Math.max(...values) - Math.min(...values);
    };
    const apart = NETWORK_TYPES.filter((t) => spread(t) >= 2)
      .sort((x, y) => spread(y) - spread(x))
      .slice(0, 2);
    const values = (t: NetworkType) =>
      recorded.map(({ f, r }, i) => `${numberWord(r.use?.byType[t] ?? 0).replace(/^zero$/, 'none')}${i === 0 ? ' challenges' : ''} for ${f.name}`);
    out.push(
      apart.length === 0
        ? 'They use the four network types alike: for no type do the numbers of challenges it helps against at a Moderate or High level differ by more than one.'
        : `They differ most in ${joinList(apart.map((t) => `${t} networks (Moderate or High against ${joinList(values(t))})`))}.`,
    );
  }
  const ties = firms.map(({ f, r }, i) =>
    i === 0
      ? `${f.name} records ${r.tieTotal === 0 ? 'no ties' : `${r.tieTotal} ${r.tieTotal === 1 ? 'tie' : 'ties'}`} of its own`
      : `${f.name} ${r.tieTotal === 0 ? 'none' : r.tieTotal}`,
  );
  out.push(`${joinList(ties)}.`);
  const pathways = new Set(ctx.firms.map((f) => f.caseFile.firm.pathway?.value ?? 'unknown'));
  if (pathways.size > 1) {
    const pathwayOf = (f: ReportFirm) => (f.caseFile.firm.pathway === undefined ? 'not recorded' : PATHWAY_WORDS[f.caseFile.firm.pathway.value].noun);
    out.push(`Their pathways differ: ${joinList(ctx.firms.map((f, i) => `${f.name}${i === 0 ? ' is' : ''} ${pathwayOf(f)}`))}.`);
  }
  const rated = ctx.firms.filter((f) => ['High', 'Medium'].includes(countryOfOriginRating(f)?.level ?? ''));
  const economies = new Set(ctx.firms.map((f) => f.analysis.profile.derived.economyClass ?? 'unknown'));
  if (economies.size > 1 || (rated.length > 0 && rated.length < ctx.firms.length)) {
    out.push(
      `By origin, ${joinList(ctx.firms.map((f, i) => `${f.name}${i === 0 ? ' is' : ''} from ${originShort(ctx, f)}`))}` +
        (rated.length === 0
          ? '; none rates the country-of-origin effect High or Medium.'
          : rated.length === ctx.firms.length
            ? '; all rate the country-of-origin effect High or Medium.'
            : `; only ${joinList(rated.map((f) => f.name))} ${rated.length === 1 ? 'rates' : 'rate'} the country-of-origin effect High or Medium.`),
    );
  }
  return out;
}

/** The Findings section. */
export function findingsSection(ctx: BuildContext): Section {
  const cross = ctx.firms.length > 1;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `What the data of ${cross ? 'the cases' : 'the case'} show, finding by finding, and the source’s own words where ${cross ? 'a case has' : 'the case has'} them. The tables and charts after this section hold the figures.`,
    },
    ...ctx.firms.map((f) => networkFinding(ctx, f)),
    pathwayFinding(ctx),
    originFinding(ctx),
  ];
  const benefits = ctx.firms.map(benefitSentence).filter((s) => s !== undefined);
  if (benefits.length > 0) blocks.push({ kind: 'finding', title: 'Benefits', text: benefits.join(' '), quotes: [] });
  if (cross) blocks.push({ kind: 'finding', title: 'Where the firms differ', text: differenceSentences(ctx).join(' '), quotes: [] });
  return { id: 'findings', heading: 'Findings', blocks, subsections: [] };
}
