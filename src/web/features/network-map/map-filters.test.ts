import { describe, expect, it } from 'vitest';
import { changeFilters, shownFilters, type PendingFilters } from './map-filters';
import type { MapFilters } from './network-model';

const clear =
  (key: 'place' | 'status' | 'person') =>
  (current: MapFilters): MapFilters => {
    const next = { ...current };
    delete next[key];
    return next;
  };

describe('filter changes on their way to the URL', () => {
  const start = new URLSearchParams('market=GB&status=active&node=a1');

  it('builds a second change on the first while the router still shows the old URL', () => {
    const first = changeFilters(undefined, start, clear('place'));
    expect(first.params.toString()).toBe('node=a1&status=active');
    // The router has not rendered yet: its params are still the old ones.
    const second = changeFilters(first.pending, start, clear('status'));
    expect(second.params.toString()).toBe('node=a1');
    expect(shownFilters(second.pending, start)).toEqual({ types: second.pending.filters.types });
    // The router catches up, first to the first change, then to the second: the last change shows throughout.
    expect(shownFilters(second.pending, first.params)).toEqual(second.pending.filters);
    expect(shownFilters(second.pending, second.params)).toEqual(second.pending.filters);
  });

  it('gives way to the URL when it goes anywhere the changes did not send it', () => {
    const { pending } = changeFilters(undefined, start, clear('place'));
    const elsewhere = new URLSearchParams('person=kp-ceo');
    expect(shownFilters(pending, elsewhere)).toMatchObject({ person: 'kp-ceo' });
    // A change made there builds on that URL, not on the forgotten pending one.
    const next = changeFilters(pending, elsewhere, clear('status'));
    expect(next.params.toString()).toBe('person=kp-ceo');
    expect(next.pending.along).toEqual(['person=kp-ceo', 'person=kp-ceo']);
  });

  it('starts its list of queries again once the router has caught up, so it does not grow', () => {
    let pending: PendingFilters | undefined;
    let params = start;
    for (const key of ['place', 'status', 'person'] as const) {
      const next = changeFilters(pending, params, clear(key));
      pending = next.pending;
      params = next.params;
    }
    expect(pending?.along).toHaveLength(2);
  });
});
