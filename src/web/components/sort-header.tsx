/** A column header that sorts its table: a button that says the column, with aria-sort on the header. */

export type SortDirection = 'ascending' | 'descending';

export function SortHeader<K extends string>({
  label,
  column,
  direction,
  onSort,
  className,
}: {
  label: string;
  column: K;
  /** How the table is sorted by this column now; undefined when by another. */
  direction: SortDirection | undefined;
  onSort: (column: K) => void;
  className?: string | undefined;
}) {
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ' ↕'}
        </span>
      </button>
    </th>
  );
}
