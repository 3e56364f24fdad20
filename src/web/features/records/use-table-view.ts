/**
 * The state of a records table a user filters, sorts and pages: the filter's words (and a deferred
 * copy the rows follow when React has time, so typing stays quick on 20,000 rows), one chosen
 * value such as a kind, the sort order and the page. A new filter or order starts at the first page.
 */
import { useDeferredValue, useState } from 'react';
import { nextSort, type SortOrder } from './table-model';

export function useTableView<K extends string, C extends string = string>() {
  const [filter, setFilter] = useState('');
  const [choice, setChoice] = useState<C | ''>('');
  const [order, setOrder] = useState<SortOrder<K> | undefined>(undefined);
  const [page, setPage] = useState(0);
  const deferredFilter = useDeferredValue(filter);
  return {
    filter,
    deferredFilter,
    choice,
    order,
    page,
    setFilter: (next: string) => {
      setFilter(next);
      setPage(0);
    },
    setChoice: (next: C | '') => {
      setChoice(next);
      setPage(0);
    },
    sort: (column: K) => {
      setOrder(nextSort(order, column));
      setPage(0);
    },
    setPage,
  };
}
