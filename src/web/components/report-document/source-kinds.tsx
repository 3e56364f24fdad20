/**
 * The triangulation of a finding as a compact mark: one ◆ per kind of source behind a rating, a
 * recorded utilization level or a benefit count, read out and shown on hover as words ("2 kinds of
 * source: interview, document"). The report's HTML and Markdown draw the same marks.
 */
import { sourceKindsLabel, sourceKindsMarks, type SourceKinds } from './source-kinds-label';
import './source-kinds.css';

/** The marks after a value; nothing where no source is on record (the value has no evidence notes either). */
export function SourceKindsMark({ sources }: { sources: SourceKinds | undefined }) {
  if (sources === undefined || sources.count === 0) return null;
  const label = sourceKindsLabel(sources);
  return (
    <>
      {' '}
      <span className="source-kinds" role="img" aria-label={label} title={label}>
        {sourceKindsMarks(sources)}
      </span>
    </>
  );
}
