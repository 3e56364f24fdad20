/**
 * The map's filters and selection in the URL, so that a filtered map can be bookmarked and shared:
 * `?types=institutional,business&market=DE&status=active&person=kp-ceo&tie=tie-1` (or `node=…`).
 * Nothing in the URL means nothing filtered; an empty `types=` means no type at all.
 */
import { NETWORK_TYPES, TIE_STATUSES, type MapFilters, type NetworkType, type Selection, type TieStatus } from './network-model';

const FILTER_PARAMS = ['types', 'market', 'status', 'person'];

const isType = (value: string): value is NetworkType => (NETWORK_TYPES as readonly string[]).includes(value);
const isStatus = (value: string): value is TieStatus => (TIE_STATUSES as readonly string[]).includes(value);

export function filtersFromParams(params: URLSearchParams): MapFilters {
  const types = params.get('types');
  const place = params.get('market') ?? '';
  const status = params.get('status') ?? '';
  const person = params.get('person') ?? '';
  return {
    types: new Set(types === null ? NETWORK_TYPES : types.split(',').filter(isType)),
    ...(place === '' ? {} : { place }),
    ...(isStatus(status) ? { status } : {}),
    ...(person === '' ? {} : { person }),
  };
}

/** The params with these filters in place of the old ones; the rest (the selection) is kept. */
export function paramsWithFilters(params: URLSearchParams, filters: MapFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_PARAMS) next.delete(key);
  if (filters.types.size < NETWORK_TYPES.length) next.set('types', NETWORK_TYPES.filter((t) => filters.types.has(t)).join(','));
  if (filters.place !== undefined) next.set('market', filters.place);
  if (filters.status !== undefined) next.set('status', filters.status);
  if (filters.person !== undefined) next.set('person', filters.person);
  return next;
}

export function selectionFromParams(params: URLSearchParams): Selection | undefined {
  const tie = params.get('tie');
  if (tie !== null && tie !== '') return { kind: 'tie', id: tie };
  const node = params.get('node');
  return node !== null && node !== '' ? { kind: 'node', id: node } : undefined;
}

export function paramsWithSelection(params: URLSearchParams, selection: Selection | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('tie');
  next.delete('node');
  if (selection !== undefined) next.set(selection.kind, selection.id);
  return next;
}

/** Filters on their way to the URL: the filter queries the URL passes through until it shows them, and the filters themselves. */
export interface PendingFilters {
  along: readonly string[];
  to: string;
  filters: MapFilters;
}

/** The filter part of the params, as a query: what `along` and `to` hold. The selection and the warm paths asked for are no part of it. */
export const filterQueryOf = (params: URLSearchParams): string => new URLSearchParams([...params].filter(([key]) => FILTER_PARAMS.includes(key))).toString();

/**
 * A change to the filters, built on the last change still on its way to the URL rather than on the
 * URL the router shows, which lags behind two changes made faster than it renders. Returns the
 * new pending filters and the params to navigate to.
 */
export function changeFilters(
  before: PendingFilters | undefined,
  params: URLSearchParams,
  update: (current: MapFilters) => MapFilters,
): { pending: PendingFilters; params: URLSearchParams } {
  const shown = filterQueryOf(params);
  const live = before !== undefined && before.along.includes(shown);
  const filters = update(live ? before.filters : filtersFromParams(params));
  const next = paramsWithFilters(params, filters);
  const to = filterQueryOf(next);
  const along = live && before.to !== shown ? [...before.along, to] : [shown, to];
  return { pending: { along, to, filters }, params: next };
}

/** The filters to show: the pending ones while the URL is on its way to them, the URL's once it goes anywhere else (the back button). */
export function shownFilters(pending: PendingFilters | undefined, params: URLSearchParams): MapFilters {
  return pending !== undefined && pending.along.includes(filterQueryOf(params)) ? pending.filters : filtersFromParams(params);
}
