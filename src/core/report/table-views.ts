/**
 * Thesis Tables 2–10 as plain grids (a header and rows of text) and their Markdown and CSV forms.
 * Tables 7–10 are built here from a cross-case comparison; Tables 2–6 from the cases themselves in
 * case-tables.ts. The same grids feed `foothold table` and the API, and Tables 7–10 the reports.
 */
import { stringify } from 'csv-stringify/sync';
import { NETWORK_TYPE_LABELS, THESIS_CHALLENGE_CATEGORIES } from '../analysis/index.js';
import type { CrossCaseComparison } from '../analysis/index.js';
import { NETWORK_TYPES } from '../model/index.js';
import { spreadsheetSafe } from '../../shared/spreadsheet-safe.js';
import { CASE_TABLES, type CaseTableNumber, type CrossCaseTableNumber, type ThesisTableNumber } from './table-numbers.js';

export { CASE_TABLES, CROSS_CASE_TABLES, THESIS_TABLES, type CaseTableNumber, type CrossCaseTableNumber, type ThesisTableNumber } from './table-numbers.js';

export const isCaseTable = (n: ThesisTableNumber): n is CaseTableNumber => (CASE_TABLES as readonly number[]).includes(n);

export interface TableView {
  number: ThesisTableNumber;
  title: string;
  header: string[];
  rows: string[][];
  /** Row indexes (into rows) where the firms' values differ, for marking in reports. */
  differs: number[];
  /**
   * The key of each row: the aspect (2, 3), "<firm id>/<record id>" (4–6), the profile key (7),
   * network type or "main_network_types" (8), challenge category (9, 10).
   */
  rowKeys: string[];
  /** What a reader should know beside the grid, e.g. that a firm has no rows in it. */
  notes?: string[];
}

export const TABLE_TITLES = {
  2: 'Interview background',
  3: 'Secondary sources',
  4: 'Internationalization activities',
  5: 'Key people’s experience and international networking',
  6: 'Key people’s experience and international networking',
  7: 'Background comparison',
  8: 'Types of network and their utilization',
  9: 'Internationalization challenges',
  10: 'Importance of network utilization for internationalization challenges',
} as const;

const cell = (v: string | undefined) => v ?? '—';

/** One thesis table over the compared firms; `all` keeps categories beyond the thesis's six (Tables 9, 10). */
export function tableView(n: CrossCaseTableNumber, cmp: CrossCaseComparison, options: { all?: boolean } = {}): TableView {
  const names = cmp.firms.map((f) => f.name);
  const keep = (category: string) => options.all === true || (THESIS_CHALLENGE_CATEGORIES as readonly string[]).includes(category);
  const fromRows = (first: string, rows: { key: string; label: string; values: (string | undefined)[]; differs: boolean }[]): TableView => ({
    number: n,
    title: TABLE_TITLES[n],
    header: [first, ...names],
    rows: rows.map((r) => [r.label, ...r.values.map(cell)]),
    differs: rows.flatMap((r, i) => (r.differs ? [i] : [])),
    rowKeys: rows.map((r) => r.key),
  });
  switch (n) {
    case 7:
      return fromRows('Categories', cmp.profile);
    case 8:
      return fromRows('Aspects', cmp.networkTypes);
    case 9:
      return fromRows(
        'Internationalization challenges',
        cmp.challenges.filter((r) => keep(r.key)),
      );
    case 10: {
      const challenges = [...new Set(cmp.utilization.map((r) => r.challenge))].filter(keep);
      const rows = challenges.map((challenge) => {
        const cells = cmp.utilization.filter((r) => r.challenge === challenge);
        const label = cmp.challenges.find((r) => r.key === challenge)?.label ?? challenge.replace(/_/g, ' ');
        // Firm by firm, the four network types in order, as the thesis lays Table 10 out.
        const values = cmp.firms.flatMap((_, f) => NETWORK_TYPES.map((t) => cell(cells.find((c) => c.networkType === t)?.values[f])));
        return { challenge, label, values, differs: cells.some((c) => c.differs) };
      });
      return {
        number: 10,
        title: TABLE_TITLES[10],
        header: ['Challenges', ...names.flatMap((name) => NETWORK_TYPES.map((t) => `${name}: ${NETWORK_TYPE_LABELS[t]}`))],
        rows: rows.map((r) => [r.label, ...r.values]),
        differs: rows.flatMap((r, i) => (r.differs ? [i] : [])),
        rowKeys: rows.map((r) => r.challenge),
      };
    }
  }
}

const escapeMd = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export function markdownTable(view: Pick<TableView, 'header' | 'rows'>): string {
  const lines = [view.header, view.header.map(() => '---'), ...view.rows].map((r) => `| ${r.map(escapeMd).join(' | ')} |`);
  return lines.join('\n');
}

/** A view as Markdown with its notes under it (as the CLI and the API print it); `caption` adds "Table N. Title" above. */
export function markdownTableWithNotes(view: TableView, options: { caption?: boolean } = {}): string {
  const caption = options.caption === true ? `Table ${view.number}. ${view.title}\n\n` : '';
  const notes = (view.notes ?? []).map((n) => `\n\n${n}`).join('');
  return `${caption}${markdownTable(view)}${notes}`;
}

export function csvTable(view: Pick<TableView, 'header' | 'rows'>): string {
  return stringify([view.header, ...view.rows].map((row) => row.map(spreadsheetSafe)));
}
