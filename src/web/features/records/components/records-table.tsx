/**
 * The frame of every records table: the scrolling region, the headers that sort, the rows; and for
 * the long tables (ties, actors) the filters above, the count, "no match" and the pager.
 */
import type { ReactNode } from 'react';
import type { Page, SortOrder } from '../table-model';
import { TextField } from './fields';
import { CountLine, Pager, PlainHeader, SortHeader } from './table-parts';

export interface Column<K extends string> {
  label: string;
  /** What the header sorts by; a plain header without it. */
  sortBy?: K;
}

/** Columns that each sort by their own key. */
export const sortingColumns = <K extends string>(columns: readonly [K, string][]): Column<K>[] => columns.map(([sortBy, label]) => ({ label, sortBy }));

export function RecordsTable<K extends string>({
  name,
  region,
  columns,
  order,
  onSort,
  actions = true,
  children,
}: {
  /** The table's accessible name ("Ties"), and the scrolling region's ("Ties table"). */
  name: string;
  region: string;
  /** Whether the rows end in an actions cell (false when the user's role may neither edit nor delete). */
  actions?: boolean;
  columns: readonly Column<K>[];
  order: SortOrder<K> | undefined;
  onSort: (column: K) => void;
  /** The rows of the body. */
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={region} tabIndex={0}>
      <table className="records-table" aria-label={name}>
        <thead>
          <tr>
            {columns.map((c) =>
              c.sortBy === undefined ? (
                <PlainHeader key={c.label} label={c.label} />
              ) : (
                <SortHeader key={c.label} label={c.label} column={c.sortBy} order={order} onSort={onSort} />
              ),
            )}
            {actions ? <PlainHeader label="Actions" hidden /> : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The filters above a long table: words to find, and `children`, a select that narrows the rows further. */
export function FilterBar({
  id,
  name,
  label,
  placeholder,
  filter,
  onFilter,
  children,
}: {
  id: string;
  /** "Tie filters". */
  name: string;
  /** "Filter ties". */
  label: string;
  placeholder: string;
  filter: string;
  onFilter: (filter: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="filters" role="search" aria-label={name}>
      <div>
        <TextField id={`${id}-filter`} type="search" label={label} value={filter} placeholder={placeholder} onChange={onFilter} />
      </div>
      <div>{children}</div>
    </div>
  );
}

/** A page of a long table: "Empty" when there are no records at all, else the count, the table (or "no match") and the pager. */
export function PagedRecords<T>({
  page,
  all,
  noun,
  one,
  empty,
  onPage,
  children,
}: {
  page: Page<T>;
  all: number;
  /** "ties", and "tie". */
  noun: string;
  one: string;
  empty: ReactNode;
  onPage: (page: number) => void;
  children: ReactNode;
}) {
  if (all === 0) return <>{empty}</>;
  return (
    <>
      <CountLine page={page} all={all} noun={noun} />
      {page.total === 0 ? <p>{`No ${one} matches the filter.`}</p> : children}
      <Pager page={page} noun={noun} onPage={onPage} />
    </>
  );
}
