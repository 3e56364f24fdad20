/**
 * Thesis Tables 7–10 as report tables: the grids of table-views.ts (the same ones `foothold table`
 * prints) with each firm's cells carrying the notes of the evidence behind them, and the charts
 * that draw Tables 8 and 9.
 */
import { THESIS_CHALLENGE_CATEGORIES, type CrossCaseComparison } from '../analysis/index.js';
import { NETWORK_TYPES, type ChallengeLevel, type NetworkType } from '../model/index.js';
import { NETWORK_TYPE_SHORT, cell, challengeCell, utilizationCell, type BuildContext, type ReportFirm } from './context.js';
import { allNotes } from './footnotes.js';
import { tableView, type TableView } from './table-views.js';
import { triangulated, withLegend } from './triangulation-marks.js';
import type { Cell, ChartBlock, Column, TableBlock } from './types.js';

const isThesisCategory = (key: string) => (THESIS_CHALLENGE_CATEGORIES as readonly string[]).includes(key);

function table(id: string, view: TableView, rows: Cell[][], columns: Column[] = view.header.map((label) => ({ label })), note?: string): TableBlock {
  return {
    kind: 'table',
    id,
    caption: `Table ${view.number}. ${view.title}`,
    columns,
    rows,
    differs: view.differs,
    ...(note === undefined ? {} : { note }),
  };
}

/** Builds the rows of a view row by row, left to right, so notes are numbered in reading order. */
function rowsOf(view: TableView, firms: readonly ReportFirm[], cellOf: (key: string, firm: ReportFirm, value: string) => Cell): Cell[][] {
  return view.rows.map((row, i) => {
    const key = view.rowKeys[i] ?? '';
    return [cell(row[0] ?? ''), ...firms.map((firm, f) => cellOf(key, firm, row[f + 1] ?? '—'))];
  });
}

/** Table 7: each firm's profile row with the evidence of its value. */
export function table7(ctx: BuildContext, cmp: CrossCaseComparison): TableBlock {
  const view = tableView(7, cmp);
  const rows = rowsOf(view, ctx.firms, (key, firm, value) => {
    const row = firm.analysis.profile.rows.find((r) => r.key === key);
    return cell(value, row?.value === undefined ? [] : ctx.notes.cite(firm.id, row.evidence));
  });
  return table('table-7', view, rows);
}

/** Table 8: the sources' statements on each network type, else what the ties show. */
export function table8(ctx: BuildContext, cmp: CrossCaseComparison): TableBlock {
  const view = tableView(8, cmp);
  const rows = rowsOf(view, ctx.firms, (key, firm, value) => {
    const types = firm.analysis.networkTypes;
    const evidence = key === 'main_network_types' ? types.main.evidence : (types.byType[key as NetworkType]?.evidence ?? []);
    return cell(value, value === '—' ? [] : ctx.notes.cite(firm.id, evidence));
  });
  return table('table-8', view, rows);
}

function firmWideChallenge(firm: ReportFirm, category: string) {
  return firm.analysis.challenges.find((r) => r.category === category && r.market === undefined);
}

/** Table 9 over the thesis's six categories (all: every category the firms rate firm-wide). */
export function table9(ctx: BuildContext, cmp: CrossCaseComparison, options: { all: boolean; id?: string; caption?: string }): TableBlock {
  const view = tableView(9, cmp, { all: options.all });
  const rows = rowsOf(view, ctx.firms, (key, firm) => {
    const row = firmWideChallenge(firm, key);
    return row === undefined ? challengeCell(undefined, []) : triangulated(challengeCell(row.level, ctx.notes.cite(firm.id, row.evidence)), row.triangulation);
  });
  const block = table(options.id ?? 'table-9', view, rows, undefined, withLegend(undefined, rows));
  return options.caption === undefined ? block : { ...block, caption: options.caption };
}

/** Table 9's rows beyond the thesis's six categories (the country-of-origin effect, a case's own categories). */
export function table9Beyond(ctx: BuildContext, cmp: CrossCaseComparison): TableBlock | undefined {
  const all = table9(ctx, cmp, { all: true, id: 'table-9-beyond', caption: 'Challenges rated beyond the six of Table 9' });
  const view = tableView(9, cmp, { all: true });
  const keep = view.rowKeys.flatMap((key, i) => (isThesisCategory(key) ? [] : [i]));
  if (keep.length === 0) return undefined;
  const { note: _allRows, ...rest } = all;
  const rows = keep.map((i) => all.rows[i] ?? []);
  const note = withLegend(undefined, rows);
  return { ...rest, rows, differs: keep.flatMap((i, j) => (view.differs.includes(i) ? [j] : [])), ...(note === undefined ? {} : { note }) };
}

/** The analyst's description of each firm-wide rating, firm by firm: why the level is what it is. */
export function ratingDescriptions(ctx: BuildContext, cmp: CrossCaseComparison): TableBlock | undefined {
  const view = tableView(9, cmp, { all: true });
  const rows = rowsOf(view, ctx.firms, (key, firm) => {
    const row = firmWideChallenge(firm, key);
    if (row === undefined) return cell('Not rated.');
    const text = row.description ?? `${row.level}; no description recorded.`;
    return cell(text, ctx.notes.cite(firm.id, row.evidence));
  });
  if (rows.length === 0) return undefined;
  return {
    kind: 'table',
    id: 'table-challenge-descriptions',
    caption: 'The ratings in the analyst’s words',
    columns: view.header.map((label, i) => ({ label: i === 0 ? 'Challenge' : label })),
    rows,
    differs: [],
  };
}

/** Table 10: recorded utilization, the firms side by side, four network types each. */
export function table10(ctx: BuildContext, cmp: CrossCaseComparison, options: { all: boolean }): TableBlock {
  const view = tableView(10, cmp, { all: options.all });
  const rows = view.rows.map((row, i) => {
    const challenge = view.rowKeys[i] ?? '';
    const cells = ctx.firms.flatMap((firm) =>
      NETWORK_TYPES.map((t) => {
        const recorded = firm.analysis.utilization[challenge]?.[t];
        if (recorded === undefined) return utilizationCell(undefined, []);
        return triangulated(utilizationCell(recorded.level, ctx.notes.cite(firm.id, recorded.evidence)), recorded.triangulation);
      }),
    );
    return [cell(row[0] ?? ''), ...cells];
  });
  const columns: Column[] = [
    { label: view.header[0] ?? 'Challenges' },
    ...ctx.firms.flatMap((firm) =>
      NETWORK_TYPES.map((t, j) => {
        // The header text tableView gives is "<firm>: <network type>"; split it back into group and label.
        const full = view.header[1 + ctx.firms.indexOf(firm) * NETWORK_TYPES.length + j] ?? '';
        return { group: firm.name, label: full.slice(firm.name.length + 2), short: NETWORK_TYPE_SHORT[t] };
      }),
    ),
  ];
  return table('table-10', view, rows, columns, withLegend('Levels as the analyst recorded them; “—” where no level was recorded.', rows));
}

const LEVEL_ORDER: ChallengeLevel[] = ['High', 'Medium', 'Low', 'Unknown'];

/** The challenge-levels chart over the categories the firms rate firm-wide (every one, not only the six). */
export function challengeLevelsChart(ctx: BuildContext, cmp: CrossCaseComparison, id: string, caption: string): ChartBlock | undefined {
  const view = tableView(9, cmp, { all: true });
  if (view.rows.length === 0) return undefined;
  const rows = view.rows.map((row, i) => {
    const key = view.rowKeys[i] ?? '';
    const found = ctx.firms.map((firm) => firmWideChallenge(firm, key));
    return {
      label: row[0] ?? key,
      // null, not undefined, for a firm that does not rate it: the document also travels as JSON.
      levels: found.map((r) => (r !== undefined && LEVEL_ORDER.includes(r.level) ? r.level : null)),
      notes: found.map((r, f) => (r === undefined ? [] : ctx.notes.cite(ctx.firms[f]?.id ?? '', r.evidence))),
    };
  });
  return {
    kind: 'chart',
    id,
    caption,
    chart: { type: 'challenge-levels', firms: ctx.firms.map((f) => f.name), rows },
    notes: allNotes(...rows.flatMap((r) => r.notes)),
  };
}

/** Ties per network type per firm (Table 8's counts). */
export function networkMixChart(ctx: BuildContext, id: string, caption: string): ChartBlock {
  const firms = ctx.firms.map((firm) => {
    const byType = firm.analysis.networkTypes.byType;
    const counts = {} as Record<NetworkType, number>;
    const notes = {} as Record<NetworkType, number[]>;
    for (const t of NETWORK_TYPES) {
      counts[t] = byType[t].ties;
      notes[t] = byType[t].ties === 0 ? [] : ctx.notes.cite(firm.id, byType[t].evidence);
    }
    return { name: firm.name, counts, notes };
  });
  return {
    kind: 'chart',
    id,
    caption,
    chart: { type: 'network-mix', firms },
    notes: allNotes(...firms.flatMap((f) => NETWORK_TYPES.map((t) => f.notes[t]))),
  };
}
