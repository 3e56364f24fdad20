/** A finding's kinds of source in words ("2 kinds of source: interview, document"), as the report says them. */
import type { Schemas } from '../../lib/api';

/** How many kinds of source back a finding, and which: the API's shape for a report cell and an analysis row alike. */
export type SourceKinds = Schemas['ReportTriangulation'];

const KIND_WORDS: Record<SourceKinds['kinds'][number], string> = {
  interview: 'interview',
  document: 'document',
  website: 'website',
  article: 'article',
  report: 'report',
  social_media: 'social media',
};

/** "2 kinds of source: interview, document"; "1 kind of source: social media". */
export function sourceKindsLabel(t: SourceKinds): string {
  if (t.count === 0) return 'no kind of source on record';
  return `${t.count} ${t.count === 1 ? 'kind' : 'kinds'} of source: ${t.kinds.map((k) => KIND_WORDS[k]).join(', ')}`;
}

/** "◆◆": one mark per kind of source. */
export function sourceKindsMarks(t: Pick<SourceKinds, 'count'>): string {
  return '◆'.repeat(t.count);
}
