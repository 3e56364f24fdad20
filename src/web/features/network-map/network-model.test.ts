import { describe, expect, it } from 'vitest';
import type { Actor, FirmNetwork, Tie } from './api';
import { clusterLayout, hashPair } from './cluster-layout';
import { filtersFromParams, paramsWithFilters, paramsWithSelection, selectionFromParams } from './map-filters';
import { findActor, mapView, networkModel, NO_COUNTRY, NO_FILTERS, type MapFilters } from './network-model';

const actor = (id: string, name: string, countries?: string[]): Actor => ({
  id,
  name,
  kind: 'organization',
  roles: [],
  ...(countries === undefined ? {} : { countries }),
});
const tie = (id: string, from: string, to: string, networkType: Tie['networkType'], more: Partial<Tie> = {}): Tie => ({
  id,
  from,
  to,
  networkType,
  status: 'active',
  ...more,
});

const network: FirmNetwork = {
  firm: { id: 'acme', name: 'Acme', isPseudonym: false, countryOfOrigin: 'FI' } as FirmNetwork['firm'],
  keyPeople: [{ id: 'kp-ceo', role: 'Chief executive officer', participantId: 'I1' }],
  actors: [
    actor('a-agency', 'Business Finland', ['FI']),
    actor('a-dist', 'Müller Vertrieb GmbH', ['DE']),
    actor('a-friend', 'Old classmate'),
    actor('a-alone', 'Nobody yet', ['SE']),
  ],
  ties: [
    tie('t1', 'acme', 'a-agency', 'institutional', { strength: 2 }),
    tie('t2', 'acme', 'a-dist', 'business', { strength: 4, status: 'dormant', markets: ['DE', 'AT'] }),
    tie('t3', 'kp-ceo', 'a-friend', 'social'),
    tie('t4', 'a-agency', 'a-dist', 'institutional', { strength: 5 }),
    tie('t5', 'acme', 'a-missing', 'digital'),
  ],
  markets: [{ id: 'm-no', country: 'NO', status: 'target' }],
};
const model = networkModel(network);
const filters = (more: Partial<MapFilters>): MapFilters => ({ ...NO_FILTERS, ...more });

describe('networkModel', () => {
  it('makes a node of the firm, each key person and each actor, and counts the ties of each type', () => {
    expect([...model.nodes.keys()]).toEqual(['acme', 'kp-ceo', 'a-agency', 'a-dist', 'a-friend', 'a-alone']);
    expect(model.nodes.get('kp-ceo')?.label).toBe('Chief executive officer (I1)');
    expect(model.typeCounts).toEqual({ social: 1, business: 1, institutional: 2, digital: 1 });
    expect(model.places).toEqual(['AT', 'DE', 'FI', 'NO', 'SE']);
    expect(model.marketStatus.get('NO')).toBe('target');
  });

  it('colours an actor by its strongest tie, the first one among equals, and groups it by its first country', () => {
    expect(model.nodes.get('a-agency')).toMatchObject({ networkType: 'institutional', strength: 5, group: 'FI' });
    expect(model.nodes.get('a-dist')).toMatchObject({ networkType: 'institutional', strength: 5, group: 'DE' });
    expect(model.nodes.get('a-friend')).toMatchObject({ networkType: 'social', strength: 0, group: NO_COUNTRY });
    expect(model.nodes.get('a-alone')).toMatchObject({ networkType: undefined, strength: 0 });
  });

  it('lists a tie to a record that is not in the case, but does not draw it', () => {
    expect(model.ties.map((t) => t.id)).toContain('t5');
    expect(model.drawable.has('t5')).toBe(false);
    expect(model.drawable.has('t4')).toBe(true);
  });
});

describe('mapView', () => {
  it('shows everything, actors without ties too, when nothing is filtered', () => {
    const view = mapView(model, NO_FILTERS);
    expect(view.ties).toHaveLength(5);
    expect(view.nodeIds.has('a-alone')).toBe(true);
  });

  it('keeps the ties of the checked types, and the firm and the ends of those ties', () => {
    const view = mapView(model, filters({ types: new Set(['institutional']) }));
    expect(view.ties.map((t) => t.id)).toEqual(['t1', 't4']);
    expect([...view.nodeIds].sort()).toEqual(['a-agency', 'a-dist', 'acme']);
    expect(view.typeCounts).toEqual({ social: 0, business: 0, institutional: 2, digital: 0 });
    expect(mapView(model, filters({ types: new Set() })).nodeIds).toEqual(new Set(['acme']));
  });

  it('keeps the ties that reach a market through their markets or an actor there, of a status, of a key person', () => {
    expect(mapView(model, filters({ place: 'AT' })).ties.map((t) => t.id)).toEqual(['t2']);
    expect(mapView(model, filters({ place: 'FI' })).ties.map((t) => t.id)).toEqual(['t1', 't4']);
    expect(mapView(model, filters({ status: 'dormant' })).ties.map((t) => t.id)).toEqual(['t2']);
    expect(mapView(model, filters({ person: 'kp-ceo' })).ties.map((t) => t.id)).toEqual(['t3']);
    expect(mapView(model, filters({ place: 'DE', status: 'active' })).ties.map((t) => t.id)).toEqual(['t4']);
  });
});

describe('findActor', () => {
  it('finds by a part of the name, ignoring case and accents, names that start with it first', () => {
    expect(findActor(model, 'muller')?.id).toBe('a-dist');
    expect(findActor(model, 'FINLAND')?.id).toBe('a-agency');
    expect(findActor(model, 'o')?.id).toBe('a-friend');
    expect(findActor(model, 'nothing like it')).toBeUndefined();
    expect(findActor(model, '  ')).toBeUndefined();
  });
});

describe('the filters in the URL', () => {
  it('reads what it wrote, and keeps the selection apart', () => {
    const chosen = filters({ types: new Set(['social', 'digital']), place: 'DE', status: 'active', person: 'kp-ceo' });
    const params = paramsWithFilters(new URLSearchParams('tie=t2'), chosen);
    expect(params.toString()).toBe('tie=t2&types=social%2Cdigital&market=DE&status=active&person=kp-ceo');
    expect(filtersFromParams(params)).toEqual(chosen);
    expect(selectionFromParams(params)).toEqual({ kind: 'tie', id: 't2' });
    expect(paramsWithSelection(params, { kind: 'node', id: 'a-dist' }).get('node')).toBe('a-dist');
    expect(paramsWithFilters(params, NO_FILTERS).toString()).toBe('tie=t2');
  });

  it('takes no types= as all types, an empty one as none, and leaves out what it does not know', () => {
    expect(filtersFromParams(new URLSearchParams('')).types.size).toBe(4);
    expect(filtersFromParams(new URLSearchParams('types=')).types.size).toBe(0);
    expect(filtersFromParams(new URLSearchParams('types=institutional,telepathic&status=lost'))).toEqual({ types: new Set(['institutional']) });
  });
});

describe('clusterLayout', () => {
  it('puts the firm in the middle, each country on a ring, and each actor near its country, the same way every time', () => {
    const { positions, clusters } = clusterLayout(model);
    expect(positions.get('acme')).toEqual({ x: 0, y: 0 });
    expect(clusters.map((c) => c.country).sort()).toEqual(['DE', 'FI', 'SE', NO_COUNTRY].sort());
    for (const cluster of clusters) {
      expect(Math.hypot(cluster.x, cluster.y)).toBeGreaterThan(cluster.radius);
      const members = [...model.nodes.values()].filter((n) => n.kind === 'actor' && n.group === cluster.country);
      for (const member of members) {
        const at = positions.get(member.id);
        expect(Math.hypot((at?.x ?? Infinity) - cluster.x, (at?.y ?? Infinity) - cluster.y)).toBeLessThanOrEqual(cluster.radius);
      }
    }
    expect(clusterLayout(model).positions).toEqual(positions);
    expect(hashPair('a-dist')).toEqual(hashPair('a-dist'));
    expect(hashPair('a-dist')).not.toEqual(hashPair('a-disu'));
  });
});
