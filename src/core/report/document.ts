/**
 * Builds a report as data (a ReportDocument) from analyzed cases: a firm report for one firm, a
 * cross-case report for several. It opens with an executive summary (the action plan first) and the
 * findings, then follows the thesis's comparison chapter (§4.4) — background (Table 7), network
 * types (Table 8), challenges (Table 9), utilization (Table 10) — then benefits, digital presence,
 * competence, gaps, blind spots, recommendations, the method and works cited. Sentences are written
 * from the data only. Pure: the date and the bibliography come in.
 */
import { compareCases, THESIS_CHALLENGE_CATEGORIES, type CrossCaseComparison } from '../analysis/index.js';
import type { CaseFile } from '../case-file/index.js';
import type { Bibliography } from './bibliography.js';
import { type AnalysisForReport, type BuildContext, type ReportFirm } from './context.js';
import { findingsSection } from './findings.js';
import { gapParts, utilizationParts } from './firm-analysis-parts.js';
import { benefitParts, competenceParts, digitalPresenceParts } from './firm-profile-parts.js';
import { EvidenceNotes } from './footnotes.js';
import { methodSection, worksCitedSection } from './method.js';
import { joinList, lowerFirst, numberWord, paragraph } from './prose.js';
import { recommendationParts } from './recommendation-parts.js';
import { originChecklistParts } from './origin-checklist-parts.js';
import { challengeSentence, tiesSentence, utilizationSentence } from './sentences.js';
import { summarySection } from './summary.js';
import { challengeLevelsChart, networkMixChart, ratingDescriptions, table10, table7, table8, table9, table9Beyond } from './thesis-tables.js';
import { triangulated, withLegend } from './triangulation-marks.js';
import type { Block, ReportDocument, Section, TableBlock } from './types.js';
import { WorksCited } from './works-cited.js';

export type { AnalysisForReport } from './context.js';
export type { ReportDocument } from './types.js';

export interface ReportInput {
  /** One analysis per firm, in the order the report should show them. */
  analyses: readonly AnalysisForReport[];
  /** The analyzed cases (any order): evidence segments, sources, ties and benefit records. */
  cases: readonly CaseFile[];
  /** The comparison of the analyses, when the caller has it; computed otherwise. */
  comparison?: CrossCaseComparison;
  /** YYYY-MM-DD */
  generatedOn: string;
  /** English name of an ISO 3166-1 alpha-2 code; the code itself when not given. */
  countryName?: (code: string) => string;
  /** The seed studies and the works the knowledge base cites, in full. */
  bibliography: Bibliography;
}

const section = (id: string, heading: string, blocks: Block[], subsections: Section[] = []): Section => ({ id, heading, blocks, subsections });

/** Sub-sections per firm in a cross-case report; the firm's blocks directly in a firm report. */
function perFirm(ctx: BuildContext, id: string, parts: (firm: ReportFirm, index: number) => Block[]): { blocks: Block[]; subsections: Section[] } {
  if (ctx.firms.length === 1) {
    const [only] = ctx.firms;
    return { blocks: only === undefined ? [] : parts(only, 1), subsections: [] };
  }
  return { blocks: [], subsections: ctx.firms.map((firm, i) => section(`${id}-${i + 1}`, firm.name, parts(firm, i + 1))) };
}

function firmsOf(input: ReportInput): ReportFirm[] {
  if (input.analyses.length === 0) throw new Error('buildReport needs at least one analysis');
  return input.analyses.map((analysis) => {
    const caseFile = input.cases.find((c) => c.firm.id === analysis.firmId);
    if (caseFile === undefined) throw new Error(`buildReport: no case given for firm "${analysis.firmId}"`);
    return { id: analysis.firmId, name: analysis.profile.name, analysis, caseFile };
  });
}

function backgroundSection(ctx: BuildContext, cmp: CrossCaseComparison): Section {
  const t7 = table7(ctx, cmp);
  const blocks: Block[] = [];
  if (ctx.firms.length > 1) {
    const differ = cmp.profile.filter((r) => r.differs).map((r) => lowerFirst(r.label));
    const same = cmp.profile.filter((r) => !r.differs && r.values[0] !== undefined).map((r) => lowerFirst(r.label));
    blocks.push(
      paragraph(
        `Table 7 sets the firms’ backgrounds side by side. They differ on ${differ.length === cmp.profile.length ? `all ${numberWord(differ.length)}` : `${numberWord(differ.length)} of the ${numberWord(cmp.profile.length)}`} rows` +
          (same.length > 0 ? ` and agree on ${joinList(same)}.` : '.'),
      ),
    );
  } else blocks.push(paragraph(`Table 7 gives the background of ${ctx.firms[0]?.name ?? ''} in the rows of the thesis’s comparison.`));
  blocks.push(t7);
  return section('background', ctx.firms.length > 1 ? 'Background' : 'Profile', blocks);
}

function networkSection(ctx: BuildContext, cmp: CrossCaseComparison): Section {
  const blocks: Block[] = [paragraph(ctx.firms.map(tiesSentence).join(' '))];
  blocks.push(table8(ctx, cmp));
  blocks.push(networkMixChart(ctx, 'chart-network-mix', 'Ties per network type'));
  return section('network-types', 'Network types', blocks);
}

function challengeSection(ctx: BuildContext, cmp: CrossCaseComparison): Section {
  const cross = ctx.firms.length > 1;
  const anyRated = ctx.firms.some((f) => f.analysis.challenges.length > 0);
  if (!anyRated) return section('challenges', 'Challenges', [paragraph('No challenges have been rated yet.')]);
  const blocks: Block[] = [paragraph(ctx.firms.map((f) => challengeSentence(f, cross ? THESIS_CHALLENGE_CATEGORIES : undefined)).join(' '))];
  blocks.push(table9(ctx, cmp, { all: !cross }));
  if (cross) {
    const beyond = table9Beyond(ctx, cmp);
    if (beyond !== undefined) {
      blocks.push(paragraph('Beyond the six categories of the thesis, the firms rate these challenges as well:'));
      blocks.push(beyond);
    }
  }
  const chart = challengeLevelsChart(ctx, cmp, 'chart-challenge-levels', 'Challenge levels');
  if (chart !== undefined) blocks.push(chart);
  const descriptions = ratingDescriptions(ctx, cmp);
  if (descriptions !== undefined) blocks.push(descriptions);
  const perMarket = ctx.firms.flatMap((f) => f.analysis.challenges.filter((r) => r.market !== undefined).map((r) => ({ f, r })));
  if (perMarket.length > 0) {
    const perMarketTable: TableBlock = {
      kind: 'table',
      id: 'table-challenges-per-market',
      caption: 'Ratings for particular markets',
      columns: [...(cross ? ['Firm'] : []), 'Challenge', 'Market', 'Level', 'Description'].map((label) => ({ label })),
      rows: perMarket.map(({ f, r }) => {
        const market = f.caseFile.markets.find((m) => m.id === r.market);
        const where = market?.country !== undefined ? ctx.countryName(market.country) : (market?.region ?? r.market ?? '');
        const notes = ctx.notes.cite(f.id, r.evidence);
        return [
          ...(cross ? [{ text: f.name, notes: [] }] : []),
          { text: r.label, notes: [] },
          { text: where, notes: [] },
          triangulated({ text: r.level, notes, level: { scale: 'challenge' as const, value: r.level } }, r.triangulation),
          { text: r.description ?? '—', notes },
        ];
      }),
      differs: [],
    };
    const legend = withLegend(undefined, perMarketTable.rows);
    blocks.push(legend === undefined ? perMarketTable : { ...perMarketTable, note: legend });
  }
  return section('challenges', 'Challenges', blocks);
}

function utilizationSection(ctx: BuildContext, cmp: CrossCaseComparison): Section {
  const cross = ctx.firms.length > 1;
  const recorded = ctx.firms.some((f) => Object.keys(f.analysis.utilization).length > 0);
  const blocks: Block[] = [];
  blocks.push(paragraph(ctx.firms.map((f) => utilizationSentence(f)).join(' ')));
  if (recorded) blocks.push(table10(ctx, cmp, { all: !cross }));
  blocks.push(
    paragraph(
      `${cross ? 'For each firm, the heatmap' : 'The heatmap'} shows the recorded levels, and the levels the ties suggest where nothing was recorded; the table after it sets the recorded levels beside the suggested ones.`,
    ),
  );
  const parts = perFirm(ctx, 'utilization', (firm, i) => utilizationParts(ctx, firm, i));
  return section('utilization', 'Network utilization', [...blocks, ...parts.blocks], parts.subsections);
}

/**
 * A section with a part per firm; when no firm has anything for it, one sentence instead
 * ("No benefits have been recorded for Company A or Company B.").
 */
function perFirmSection(
  ctx: BuildContext,
  id: string,
  heading: string,
  intro: string,
  parts: (firm: ReportFirm, index: number) => Block[],
  empty?: { when: (firm: ReportFirm) => boolean; sentence: (names: string) => string },
): Section {
  if (empty !== undefined && ctx.firms.every(empty.when)) {
    return section(id, heading, [
      paragraph(
        empty.sentence(
          joinList(
            ctx.firms.map((f) => f.name),
            'or',
          ),
        ),
      ),
    ]);
  }
  const p = perFirm(ctx, id, parts);
  return section(id, heading, [paragraph(intro), ...p.blocks], p.subsections);
}

const noBenefits = (f: ReportFirm) => Object.values(f.analysis.benefits).every((row) => Object.values(row).every((c) => c.count === 0));

/** The digital ties a firm has but no follower or post figures for; "No digital presence" only without either. */
function digitalPresenceSection(ctx: BuildContext): Section {
  const digitalTies = (f: ReportFirm) => f.analysis.networkTypes.byType.digital;
  const anySnapshots = ctx.firms.some((f) => f.analysis.digitalPresence.length > 0);
  return perFirmSection(
    ctx,
    'digital-presence',
    'Digital presence',
    anySnapshots
      ? 'The firm’s platforms as dated snapshots, in the columns of the paper’s Table 1 (followers, posts, audiences reached, content types).'
      : 'The paper’s Table 1 gives followers, posts, audiences reached and content types per platform; the cases record digital ties but no such figures.',
    (f, i) => digitalPresenceParts(ctx, f, i),
    {
      when: (f) => f.analysis.digitalPresence.length === 0 && digitalTies(f).ties === 0,
      sentence: (names) => `No digital presence has been recorded for ${names}: neither digital ties nor follower or post figures.`,
    },
  );
}

/** Builds the report of one firm, or the cross-case report of several. */
export function buildReport(input: ReportInput): ReportDocument {
  const firms = firmsOf(input);
  const works = new WorksCited(input.bibliography);
  const ctx: BuildContext = { firms, notes: new EvidenceNotes(input.cases), works, countryName: input.countryName ?? ((code) => code) };
  const cmp = input.comparison ?? compareCases(firms.map((f) => f.analysis));
  const cross = firms.length > 1;

  // Built in reading order: evidence notes are numbered as the sections cite them.
  const sections: Section[] = [
    summarySection(ctx, cmp),
    findingsSection(ctx),
    backgroundSection(ctx, cmp),
    networkSection(ctx, cmp),
    challengeSection(ctx, cmp),
    utilizationSection(ctx, cmp),
    perFirmSection(
      ctx,
      'benefits',
      'Benefits',
      'What each type of tie brought the firm, in the four benefits of the paper’s Figure 1.',
      (f, i) => benefitParts(ctx, f, i),
      { when: noBenefits, sentence: (names) => `No benefits have been recorded for ${names}.` },
    ),
    digitalPresenceSection(ctx),
  ];
  if (firms.some((f) => (f.analysis.competence ?? []).length > 0)) {
    sections.push(
      perFirmSection(ctx, 'competence', 'Network competence', 'Self-assessments of how well the firm handles its network, per dimension.', (f, i) =>
        competenceParts(ctx, f, i),
      ),
    );
  }
  sections.push(
    perFirmSection(
      ctx,
      'gaps',
      'Gaps and blind spots',
      'A gap is a challenge rated High or Medium that a network type is not used against, or used little; a blind spot is a challenge rated Unknown, with what to find out and whom in the firm’s network to ask.',
      (f, i) => gapParts(ctx, f, i),
    ),
    perFirmSection(ctx, 'recommendations', 'Recommendations', 'What the firm could do about each gap, with the works that support it.', (f, i) => [
      ...recommendationParts(ctx, f),
      ...originChecklistParts(ctx, f, i),
    ]),
    methodSection(),
  );
  // The sources the notes quote: a seed study among them goes into the works cited, described there once.
  const { footnotes, sources } = ctx.notes.finish(input.bibliography, works);
  const worksCited = works.list();
  sections.push(worksCitedSection(worksCited));

  return {
    kind: cross ? 'cross-case' : 'firm',
    title: joinList(firms.map((f) => f.name)),
    subtitle: `Networks against internationalization challenges: ${cross ? 'a cross-case report' : 'a firm report'}`,
    generatedOn: input.generatedOn,
    firms: firms.map((f) => ({ firmId: f.id, name: f.name })),
    sections,
    footnotes,
    sources,
    worksCited,
  };
}
