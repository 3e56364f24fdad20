/** The parts every records table has: column headers that sort, and the pager under a long table. */
import { SortHeader as SharedSortHeader } from '../../../components/sort-header';
import type { Page, SortOrder } from '../table-model';

export function SortHeader<K extends string>({
  label,
  column,
  order,
  onSort,
}: {
  label: string;
  column: K;
  order: SortOrder<K> | undefined;
  onSort: (column: K) => void;
}) {
  return <SharedSortHeader label={label} column={column} direction={order?.key === column ? order.direction : undefined} onSort={onSort} />;
}

export function PlainHeader({ label, hidden = false }: { label: string; hidden?: boolean }) {
  return <th scope="col">{hidden ? <span className="visually-hidden">{label}</span> : label}</th>;
}

/** "Rows 101–200 of 20,000" with previous and next buttons; nothing when everything fits on one page. */
export function Pager<T>({ page, noun, onPage }: { page: Page<T>; noun: string; onPage: (page: number) => void }) {
  if (page.pages <= 1) return null;
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <button type="button" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
        Previous page
      </button>
      <span>
        Page {page.page + 1} of {page.pages.toLocaleString('en')}
      </span>
      <button type="button" disabled={page.page >= page.pages - 1} onClick={() => onPage(page.page + 1)}>
        Next page
      </button>
    </nav>
  );
}

/** "43 ties" or "12 of 43 ties match", and which rows this page shows. */
export function CountLine<T>({ page, all, noun }: { page: Page<T>; all: number; noun: string }) {
  const matching =
    page.total === all ? `${all.toLocaleString('en')} ${noun}` : `${page.total.toLocaleString('en')} of ${all.toLocaleString('en')} ${noun} match`;
  const shown = page.pages > 1 ? `; showing ${page.first.toLocaleString('en')}–${page.last.toLocaleString('en')}` : '';
  return (
    <p className="quiet count-line" aria-live="polite">
      {matching}
      {shown}.
    </p>
  );
}
