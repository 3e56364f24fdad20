/**
 * The profile parts of a report on one firm: the benefits its network brings, its digital
 * presence and its network competence self-assessments. Each returns blocks; sentences are written
 * from the data.
 */
import { BENEFITS, NETWORK_TYPES, type NetworkType } from '../model/index.js';
import { BENEFIT_LABELS, NETWORK_TYPE_SHORT, cell, type BuildContext, type ReportFirm } from './context.js';
import { allNotes } from './footnotes.js';
import { count, joinList, joinNames, lowerFirst, paragraph, percent } from './prose.js';
import { triangulated, withLegend } from './triangulation-marks.js';
import type { Block, Cell, ChartBlock, TableBlock } from './types.js';

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
    ...NETWORK_TYPES.map((t) => (m[b][t].count === 0 ? cell('0') : triangulated(cell(String(m[b][t].count), notesOf(b, t)), m[b][t].triangulation))),
  ]);
  const table: TableBlock = {
    kind: 'table',
    id: `table-benefits-${index}`,
    caption: `Benefits by network type — ${firm.name}`,
    columns: [{ label: 'Benefit' }, ...NETWORK_TYPES.map((t) => ({ label: NETWORK_TYPE_SHORT[t] }))],
    rows,
    differs: [],
    note: withLegend('Counts of benefit records and of ties tagged with the benefit.', rows),
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
