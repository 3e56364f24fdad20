/**
 * How a report shows the triangulation of a finding: one ◆ per kind of source behind a cell's value,
 * the same marks in HTML, Markdown and the web app, with words for screen readers and tooltips and a
 * legend under each table that has them. The cell's own text stays as the thesis writes it.
 */
import type { TriangulationCount } from '../analysis/index.js';
import type { SourceKind } from '../model/index.js';
import type { Cell } from './types.js';

const KIND_WORDS: Record<SourceKind, string> = {
  interview: 'interview',
  document: 'document',
  website: 'website',
  article: 'article',
  report: 'report',
  social_media: 'social media',
};

/** "◆◆" for two kinds of source; nothing for none, where the cell has no evidence notes either. */
export function triangulationMarks(t: Pick<TriangulationCount, 'count'>): string {
  return '◆'.repeat(t.count);
}

/** "2 kinds of source: interview, document": the marks in words. */
export function triangulationWords(t: TriangulationCount): string {
  if (t.count === 0) return 'no kind of source on record';
  return `${t.count} ${t.count === 1 ? 'kind' : 'kinds'} of source: ${t.kinds.map((k) => KIND_WORDS[k]).join(', ')}`;
}

/** The line under a table whose cells carry the marks. */
export const TRIANGULATION_LEGEND =
  'Each ◆ after a value is one kind of source behind it — interview, document, website, article, report or social media; two or more mean the finding is triangulated. Words a document quotes from an interview count as an interview.';

/** A cell with the kinds of source behind the finding it states (a rating, a recorded level, a benefit count). */
export function triangulated(cell: Cell, t: TriangulationCount): Cell {
  return { ...cell, triangulation: { count: t.count, kinds: [...t.kinds] } };
}

/** A table's note with the legend after it, when a cell of the rows carries a mark; the note alone otherwise. */
export function withLegend(note: string | undefined, rows: readonly (readonly Cell[])[]): string | undefined {
  const marked = rows.some((row) => row.some((c) => (c.triangulation?.count ?? 0) > 0));
  if (!marked) return note;
  return note === undefined ? TRIANGULATION_LEGEND : `${note} ${TRIANGULATION_LEGEND}`;
}
