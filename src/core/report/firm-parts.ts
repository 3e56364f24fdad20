/**
 * The parts of a report that are about one firm at a time: its utilization heatmap with the
 * recorded levels beside the suggested ones, benefits, digital presence, network competence, gaps,
 * and blind spots. Each returns blocks; sentences are written from the data.
 */
import { agreementMeaning, SUGGESTED_UTILIZATION_MEANING } from '../analysis/explain.js';
import { BENEFITS, NETWORK_TYPES, type NetworkType } from '../model/index.js';
import {
  BENEFIT_LABELS,
  NETWORK_TYPE_LABELS,
  NETWORK_TYPE_SHORT,
  cell,
  challengeCell,
  challengeLabelOf,
  utilizationCell,
  type BuildContext,
  type ReportFirm,
} from './context.js';
import { allNotes } from './footnotes.js';
import { count, joinList, kappa, lowerFirst, numberWord, NumberWord, percent } from './prose.js';
import type { Block, Cell, ChartBlock, HeatmapCell, HeatmapRow, TableBlock } from './types.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** The challenges a firm's utilization is shown for: every one rated or with recorded cells, in table order. */
function utilizationRows(firm: ReportFirm): string[] {
  return [...new Set([...Object.keys(firm.analysis.suggestedUtilization), ...Object.keys(firm.analysis.utilization)])];
}

/**
 * A tie's name as a reader knows it: the actor or person it leads to, else the tie's own id (a
 * reference the case checker would have refused, kept visible rather than dropped).
 */
function tieNames(firm: ReportFirm): (tieId: string) => string {
  const c = firm.caseFile;
  const names = new Map<string, string>([
    ...c.keyPeople.map((p): [string, string] => [p.id, p.name ?? p.role]),
    ...c.actors.map((x): [string, string] => [x.id, x.name]),
  ]);
  const leadsTo = new Map(c.ties.map((t) => [t.id, t.to]));
  return (tieId) => {
    const to = leadsTo.get(tieId);
    return (to === undefined ? undefined : names.get(to)) ?? tieId;
  };
}

/** Heatmap, recorded-vs-suggested table and agreement for one firm. */
export function utilizationParts(ctx: BuildContext, firm: ReportFirm, index: number): Block[] {
  const a = firm.analysis;
  const challenges = utilizationRows(firm);
  if (challenges.length === 0) return [paragraph(`${firm.name} has no challenges rated and no utilization recorded yet, so there is no matrix to show.`)];
  const tieEvidence = (challenge: string, t: NetworkType) => ctx.notes.citeRecords(firm.id, a.suggestedUtilization[challenge]?.[t]?.ties ?? []);

  const tieName = tieNames(firm);

  const heatRows = challenges.map((challenge): HeatmapRow => ({
    challenge,
    label: challengeLabelOf(firm, challenge),
    cells: NETWORK_TYPES.flatMap((t): HeatmapCell[] => {
      const recorded = a.utilization[challenge]?.[t];
      const suggested = a.suggestedUtilization[challenge]?.[t];
      const behind = {
        ...(recorded === undefined ? {} : { recorded: recorded.level }),
        ...(suggested === undefined ? {} : { suggested: suggested.level }),
        ties: (suggested?.ties ?? []).map((id) => ({ id, name: tieName(id) })),
      };
      if (recorded !== undefined)
        return [{ networkType: t, level: recorded.level, basis: 'recorded', ...behind, notes: ctx.notes.cite(firm.id, recorded.evidence) }];
      if (suggested !== undefined) return [{ networkType: t, level: suggested.level, basis: 'suggested', ...behind, notes: tieEvidence(challenge, t) }];
      return [];
    }),
  }));
  const chart: ChartBlock = {
    kind: 'chart',
    id: `chart-heatmap-${index}`,
    caption: `Utilization heatmap — ${firm.name}`,
    chart: { type: 'utilization-heatmap', firm: firm.name, rows: heatRows },
    notes: allNotes(...heatRows.flatMap((r) => r.cells.map((c) => c.notes))),
  };
  // Built after the heatmap and shown after it, so notes are numbered in reading order.
  const rows: Cell[][] = challenges.map((challenge) => [
    cell(challengeLabelOf(firm, challenge)),
    ...NETWORK_TYPES.map((t) => {
      const recorded = a.utilization[challenge]?.[t];
      const suggested = a.suggestedUtilization[challenge]?.[t]?.level;
      const notes = allNotes(recorded === undefined ? [] : ctx.notes.cite(firm.id, recorded.evidence), tieEvidence(challenge, t));
      const sub = suggested === undefined ? undefined : recorded !== undefined && suggested === recorded.level ? 'suggested: same' : `suggested: ${suggested}`;
      return utilizationCell(recorded?.level, notes, sub);
    }),
  ]);
  const table: TableBlock = {
    kind: 'table',
    id: `table-utilization-${index}`,
    caption: `Recorded and suggested utilization — ${firm.name}`,
    columns: [{ label: 'Challenge' }, ...NETWORK_TYPES.map((t) => ({ label: NETWORK_TYPE_LABELS[t], short: NETWORK_TYPE_SHORT[t] }))],
    rows,
    differs: [],
    note: `The level the analyst recorded, with the level the firm’s ties suggest under it; “—” where nothing was recorded. ${SUGGESTED_UTILIZATION_MEANING}`,
  };

  return [chart, table, paragraph(agreementSentence(firm))];
}

function agreementSentence(firm: ReportFirm): string {
  const ag = firm.analysis.agreement;
  if (ag.n === 0) return `The analyst has recorded no utilization levels for ${firm.name}, so the levels its ties suggest stand alone; gaps use them.`;
  const equal = ag.cells.filter((c) => c.distance === 0).length;
  const far = ag.cells.filter((c) => c.distance >= 2).length;
  const kw =
    ag.weightedKappa === undefined ? 'the weighted kappa cannot be computed (one side uses a single level only)' : `weighted kappa ${kappa(ag.weightedKappa)}`;
  return (
    `Of the ${count(ag.n, 'cell')} the analyst recorded for ${firm.name}, ${numberWord(equal)} (${percent(ag.percentAgreement ?? 0)}) equal the level its ties suggest; ${kw}.` +
    (far > 0 ? ` In ${count(far, 'cell')} the two are two or more steps apart.` : '') +
    ` ${agreementMeaning(ag)}`
  );
}

/** The largest benefit count of any firm in the report: one scale for all benefit charts. */
function benefitScale(ctx: BuildContext): number {
  return Math.max(1, ...ctx.firms.flatMap((f) => BENEFITS.flatMap((b) => NETWORK_TYPES.map((t) => f.analysis.benefits[b][t].count))));
}

/** Benefit × network type table and chart for one firm (paper Figure 1). */
export function benefitParts(ctx: BuildContext, firm: ReportFirm, index: number): Block[] {
  const m = firm.analysis.benefits;
  const total = BENEFITS.reduce((sum, b) => sum + NETWORK_TYPES.reduce((s, t) => s + m[b][t].count, 0), 0);
  if (total === 0) return [paragraph(`No benefits have been recorded for ${firm.name}.`)];
  const notesOf = (b: (typeof BENEFITS)[number], t: NetworkType) => ctx.notes.citeRecords(firm.id, m[b][t].from);
  const rows = BENEFITS.map((b) => [
    cell(BENEFIT_LABELS[b]),
    ...NETWORK_TYPES.map((t) => cell(String(m[b][t].count), m[b][t].count === 0 ? [] : notesOf(b, t))),
  ]);
  const table: TableBlock = {
    kind: 'table',
    id: `table-benefits-${index}`,
    caption: `Benefits by network type — ${firm.name}`,
    columns: [{ label: 'Benefit' }, ...NETWORK_TYPES.map((t) => ({ label: NETWORK_TYPE_SHORT[t] }))],
    rows,
    differs: [],
    note: 'Counts of benefit records and of ties tagged with the benefit.',
  };
  const chartRows = BENEFITS.map((b) => {
    const counts = {} as Record<NetworkType, number>;
    const notes = {} as Record<NetworkType, number[]>;
    for (const t of NETWORK_TYPES) {
      counts[t] = m[b][t].count;
      notes[t] = m[b][t].count === 0 ? [] : notesOf(b, t);
    }
    return { benefit: b, label: BENEFIT_LABELS[b], counts, notes };
  });
  const chart: ChartBlock = {
    kind: 'chart',
    id: `chart-benefits-${index}`,
    caption: `Benefits by network type — ${firm.name}`,
    chart: { type: 'benefits', firm: firm.name, scaleMax: benefitScale(ctx), rows: chartRows },
    notes: allNotes(...chartRows.flatMap((r) => NETWORK_TYPES.map((t) => r.notes[t]))),
  };
  const byBenefit = BENEFITS.map((b) => ({ label: lowerFirst(BENEFIT_LABELS[b]), n: NETWORK_TYPES.reduce((s, t) => s + m[b][t].count, 0) })).filter(
    (x) => x.n > 0,
  );
  const byType = NETWORK_TYPES.map((t) => ({ t, n: BENEFITS.reduce((s, b) => s + m[b][t].count, 0) })).filter((x) => x.n > 0);
  const text =
    `The case of ${firm.name} counts ${count(total, 'benefit')}: ${joinList(byBenefit.map((x) => `${x.label} ${x.n}`))}. ` +
    `By network type: ${joinList(byType.sort((x, y) => y.n - x.n).map((x) => `${x.t} ${x.n}`))}.`;
  return [paragraph(text), table, chart];
}

/** Paper Table 1 for one firm: its platforms, snapshots oldest first. */
export function digitalPresenceParts(ctx: BuildContext, firm: ReportFirm, index: number): Block[] {
  const platforms = firm.analysis.digitalPresence;
  if (platforms.length === 0) {
    const digital = firm.analysis.networkTypes.byType.digital;
    if (digital.ties === 0) return [paragraph(`No digital presence has been recorded for ${firm.name}: neither digital ties nor follower or post figures.`)];
    // The ties are known (Table 8 names them); only the figures of paper Table 1 are missing.
    const named = digital.examples.length === 0 ? `its ${count(digital.ties, 'digital tie')}` : joinNames(digital.examples);
    return [
      paragraph(
        `No follower or post figures are recorded for ${named}. The case records ${count(digital.ties, 'digital tie')} of ${firm.name} (see Network types) but no dated snapshots of its presence on them.`,
      ),
    ];
  }
  const rows = platforms.flatMap((p) =>
    p.snapshots.map((s) => {
      const notes = ctx.notes.cite(firm.id, s.evidence);
      const posts = s.posts === undefined ? '—' : `${s.posts}${s.postsPeriod === undefined ? '' : ` (${s.postsPeriod})`}`;
      return [
        cell(p.platform),
        cell(s.date ?? 'undated'),
        cell(s.followers === null ? 'not available' : String(s.followers), notes),
        cell(posts, notes),
        cell(s.audiences.length === 0 ? '—' : s.audiences.join(', '), notes),
        cell(s.contentTypes.length === 0 ? '—' : s.contentTypes.join('; '), notes),
      ];
    }),
  );
  const growth = platforms.flatMap((p) =>
    p.growth === undefined
      ? []
      : [
          `on ${p.platform}, followers rose by ${p.growth.followers} from ${p.growth.from} to ${p.growth.to}${p.growth.percent === undefined ? '' : ` (${percent(p.growth.percent)})`}`,
        ],
  );
  const table: TableBlock = {
    kind: 'table',
    id: `table-digital-${index}`,
    caption: `Digital presence — ${firm.name}`,
    columns: ['Platform', 'Snapshot', 'Followers', 'Posts', 'Audiences reached', 'Content types'].map((label) => ({ label })),
    rows,
    differs: [],
  };
  const intro = `${firm.name} has ${count(rows.length, 'snapshot')} of its presence on ${count(platforms.length, 'platform')}${growth.length > 0 ? `; ${joinList(growth)}` : ''}.`;
  return [paragraph(intro), table];
}

/** Network competence self-assessments: the mean per dimension, one column per assessment. */
export function competenceParts(ctx: BuildContext, firm: ReportFirm, index: number): Block[] {
  const summaries = firm.analysis.competence ?? [];
  if (summaries.length === 0) return [paragraph(`No network competence self-assessment has been recorded for ${firm.name}.`)];
  const assessments = summaries.map((s) => ({ s, record: firm.caseFile.competenceAssessments.find((r) => r.id === s.assessmentId) }));
  const respondentName = (id: string | undefined) => (id === undefined ? undefined : (firm.caseFile.keyPeople.find((p) => p.id === id)?.role ?? id));
  const header = assessments.map(({ s }) => [s.date ?? 'undated', respondentName(s.respondent)].filter((x) => x !== undefined).join(', '));
  const score = (mean: number | undefined, answered: number, items: number) =>
    mean === undefined ? 'not answered' : `${mean.toFixed(2)} (${answered} of ${items})`;
  const first = summaries[0];
  const rows: Cell[][] = (first?.dimensions ?? []).map((d, i) => [
    cell(d.label),
    ...assessments.map(({ s, record }) => {
      const dim = s.dimensions[i];
      return cell(dim === undefined ? '—' : score(dim.mean, dim.answered, dim.items), ctx.notes.cite(firm.id, record?.evidence ?? []));
    }),
  ]);
  rows.push([
    cell('Overall'),
    ...assessments.map(({ s, record }) => cell(s.overall === undefined ? '—' : s.overall.toFixed(2), ctx.notes.cite(firm.id, record?.evidence ?? []))),
  ]);
  const table: TableBlock = {
    kind: 'table',
    id: `table-competence-${index}`,
    caption: `Network competence — ${firm.name}`,
    columns: [{ label: 'Dimension' }, ...header.map((label) => ({ label }))],
    rows,
    differs: [],
    note: 'Mean of the answered statements on a scale of 1 (not at all true of us) to 5 (fully true of us), with how many of the dimension’s statements were answered.',
  };
  return [paragraph(`${firm.name} has ${count(summaries.length, 'self-assessment')} of its network competence.`), table];
}

/** Names as a list: "A, B and C", or "A; B; C" when a name has a comma of its own. */
function joinNames(names: readonly string[]): string {
  return names.some((n) => n.includes(',')) ? names.join('; ') : joinList(names);
}

/** Gaps and blind spots of one firm. */
export function gapParts(ctx: BuildContext, firm: ReportFirm, index: number): Block[] {
  const a = firm.analysis;
  const blocks: Block[] = [];
  const highOrMedium = a.challenges.filter((r) => r.market === undefined && (r.level === 'High' || r.level === 'Medium'));
  if (a.gaps.length === 0) {
    blocks.push(
      paragraph(
        highOrMedium.length === 0
          ? `${firm.name} has no gaps: it rates no challenge High or Medium.`
          : `${firm.name} has no gaps: every network type is used at a Moderate or High level against each challenge it rates High or Medium.`,
      ),
    );
  } else {
    const worst = a.gaps.filter((g) => g.severity === 4);
    const coo = a.gaps.filter((g) => g.countryOfOriginFlag).length;
    blocks.push(
      paragraph(
        `${firm.name} has ${count(a.gaps.length, 'gap')}: challenges it rates High or Medium met by a network type that is not used or used little.` +
          (worst.length > 0
            ? ` ${NumberWord(worst.length)} ${worst.length === 1 ? 'is' : 'are'} of the worst kind, a High challenge met by a network type not used at all.`
            : '') +
          (coo > 0 ? ` ${NumberWord(coo)} concern${coo === 1 ? 's' : ''} the country-of-origin effect of a firm from an emerging economy.` : ''),
      ),
    );
    const rows = a.gaps.map((g) => [
      cell(challengeLabelOf(firm, g.challenge), [], g.countryOfOriginFlag ? { sub: 'firm from an emerging economy' } : {}),
      challengeCell(g.challengeLevel, []),
      cell(NETWORK_TYPE_LABELS[g.networkType]),
      utilizationCell(g.utilization, ctx.notes.cite(firm.id, g.evidence), g.utilizationBasis === 'suggested' ? 'suggested (not recorded)' : 'recorded'),
      cell(String(g.severity)),
    ]);
    blocks.push({
      kind: 'table',
      id: `table-gaps-${index}`,
      caption: `Gaps — ${firm.name}`,
      columns: ['Challenge', 'Level', 'Network type', 'Utilization', 'Severity'].map((label) => ({ label })),
      rows,
      differs: [],
      note: 'Severity: 2 for a High challenge or 1 for Medium, times 2 for a network type not used or 1 for Low use; worst first.',
    });
  }
  if (a.blindSpots.length === 0) {
    blocks.push(paragraph(`${firm.name} has no blind spots: no challenge is rated Unknown.`));
  } else {
    blocks.push(
      paragraph(
        `${firm.name} has ${count(a.blindSpots.length, 'blind spot')}: ${joinList(a.blindSpots.map((b) => lowerFirst(b.label)))} ${a.blindSpots.length === 1 ? 'is' : 'are'} rated Unknown. For each, what to find out and whom in its network to ask: its strongest live ties of the network types that could tell.`,
      ),
    );
    blocks.push({
      kind: 'table',
      id: `table-blind-spots-${index}`,
      caption: `Blind spots — ${firm.name}`,
      columns: ['Challenge', 'Level', 'What to find out', 'Whom to ask'].map((label) => ({ label })),
      rows: a.blindSpots.map((b) => [
        cell(b.label),
        challengeCell('Unknown', ctx.notes.cite(firm.id, b.evidence)),
        cell(`${b.findOut.charAt(0).toUpperCase()}${b.findOut.slice(1)}`),
        cell(
          b.ask.length === 0
            ? `No live tie yet of the types that could tell (${joinList(b.networkTypesThatCouldTell.map((t) => lowerFirst(NETWORK_TYPE_SHORT[t])))}): ask people who know the market`
            : joinNames(b.ask.map((t) => t.actorName)),
          [],
          { sub: `${joinList(b.networkTypesThatCouldTell.map((t) => lowerFirst(NETWORK_TYPE_SHORT[t])))} ties could tell` },
        ),
      ]),
      differs: [],
    });
  }
  return blocks;
}
