import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../lib/countries';
import type { Actor, FirmNetwork, Tie } from './api';
import { filterQueryOf } from './map-filters';
import { MapScene } from './map-scene';
import { networkModel } from './network-model';
import {
  chosenPathOf,
  countryCodeOf,
  hopWords,
  paramsWithChosenPath,
  paramsWithWarmQuery,
  pathHighlight,
  pathLine,
  scoreText,
  targetOfReach,
  targetWords,
  warmQueryFromParams,
  type IntroductionHop,
  type IntroductionPath,
} from './warm-paths';

const actor = (id: string, name: string, more: Partial<Actor> = {}): Actor => ({ id, name, kind: 'organization', roles: [], ...more });
const tie = (id: string, from: string, to: string): Tie => ({ id, from, to, networkType: 'social', status: 'active' });
const network: FirmNetwork = {
  firm: { id: 'acme', name: 'Acme', isPseudonym: false, countryOfOrigin: 'FI' } as FirmNetwork['firm'],
  keyPeople: [{ id: 'kp-aino', role: 'Export manager', name: 'Aino' }],
  actors: [
    actor('a-friend', 'A friend in Almaty', { kind: 'person', countries: ['KZ'], memberOf: ['a-pharma'] }),
    actor('a-pharma', 'Steppe Pharma', { organizationType: 'company', countries: ['KZ'] }),
  ],
  ties: [tie('t-aino-friend', 'kp-aino', 'a-friend'), tie('t-acme-pharma', 'acme', 'a-pharma')],
  markets: [],
};
const model = networkModel(network);

const hop = (more: Partial<IntroductionHop>): IntroductionHop => ({
  from: 'kp-aino',
  to: 'a-friend',
  fromName: 'Aino',
  toName: 'A friend in Almaty',
  link: 'tie',
  tieId: 't-aino-friend',
  networkType: 'social',
  subtype: 'friend',
  strength: 5,
  trust: 5,
  lastContact: '2026-05',
  weight: 0.9,
  ...more,
});
const membership = hop({
  from: 'a-friend',
  to: 'a-pharma',
  fromName: 'A friend in Almaty',
  toName: 'Steppe Pharma',
  link: 'memberOf',
  tieId: null,
  networkType: null,
  subtype: null,
  strength: null,
  trust: null,
  lastContact: null,
  weight: 0.5,
});
const path: IntroductionPath = { score: 0.45, target: { id: 'a-pharma', name: 'Steppe Pharma' }, hops: [hop({}), membership] };

describe('warm paths in the URL', () => {
  it('reads the three kinds of target, and nothing else', () => {
    expect(targetOfReach('market:kg')).toEqual({ kind: 'market', market: 'KG' });
    expect(targetOfReach('kind:patient_group')).toEqual({ kind: 'orgKind', orgKind: 'patient_group' });
    expect(targetOfReach('actor:a:with:colons')).toEqual({ kind: 'actor', actorId: 'a:with:colons' });
    for (const bad of ['market:KGZ', 'kind:wizard', 'kind:toString', 'actor:', 'KG', 'person:x']) expect(targetOfReach(bad), bad).toBeUndefined();
  });

  it('reads hops and how many paths within their bounds, the defaults otherwise', () => {
    expect(warmQueryFromParams(new URLSearchParams('types=social'))).toBeUndefined();
    expect(warmQueryFromParams(new URLSearchParams('reach=nonsense'))).toBe('unreadable');
    expect(warmQueryFromParams(new URLSearchParams('reach=market:KG'))).toEqual({ target: { kind: 'market', market: 'KG' }, maxHops: 4, top: 10 });
    expect(warmQueryFromParams(new URLSearchParams('reach=market:KG&hops=6&top=100'))).toMatchObject({ maxHops: 6, top: 100 });
    for (const [hops, top] of [
      ['7', '101'],
      ['0', '0'],
      ['2.5', '-1'],
    ]) {
      expect(warmQueryFromParams(new URLSearchParams(`reach=market:KG&hops=${hops}&top=${top}`)), `${hops} ${top}`).toMatchObject({ maxHops: 4, top: 10 });
    }
  });

  it('writes a query in place of the last one, keeping the map’s filters and selection, and leaving defaults out', () => {
    const before = new URLSearchParams('types=social&node=a-friend&reach=market:KG&hops=2&path=3');
    const next = paramsWithWarmQuery(before, { target: { kind: 'orgKind', orgKind: 'regulator' }, maxHops: 4, top: 20 });
    expect(next.toString()).toBe('types=social&node=a-friend&reach=kind%3Aregulator&top=20');
    expect(paramsWithWarmQuery(next, undefined).toString()).toBe('types=social&node=a-friend');
    // Asking for paths, or choosing one, is no change to the filters.
    expect(filterQueryOf(paramsWithChosenPath(next, 2))).toBe('types=social');
  });

  it('keeps the chosen path from 1 in the URL and falls back to the first', () => {
    const params = paramsWithChosenPath(new URLSearchParams('reach=market:KG'), 1);
    expect(params.get('path')).toBe('2');
    expect(chosenPathOf(params, 2)).toBe(1);
    expect(chosenPathOf(params, 1)).toBe(0);
    expect(chosenPathOf(new URLSearchParams('path=x'), 5)).toBe(0);
    expect(paramsWithChosenPath(params, 0).has('path')).toBe(false);
  });

  it('takes a country by code or English name', () => {
    expect(countryCodeOf(' kg ', COUNTRY_CODES)).toBe('KG');
    expect(countryCodeOf('kazakhstan', COUNTRY_CODES)).toBe('KZ');
    expect(countryCodeOf('ZZ', COUNTRY_CODES)).toBeUndefined();
    expect(countryCodeOf('Atlantis', COUNTRY_CODES)).toBeUndefined();
  });
});

describe('warm paths in words', () => {
  it('explains a tie with its type, subtype, ratings and last contact', () => {
    expect(hopWords(hop({}))).toBe('Aino knows A friend in Almaty — social, friend; strength 5, trust 5; last contact 2026-05');
    expect(hopWords(hop({ subtype: 'former_manager', strength: null, trust: null, lastContact: null }))).toBe(
      'Aino knows A friend in Almaty — social, former manager; strength not rated; no contact recorded',
    );
  });

  it('explains a membership in the direction the path walks it', () => {
    expect(hopWords(membership)).toBe('A friend in Almaty belongs to or works for Steppe Pharma');
    const fromTheOrganization = {
      ...membership,
      from: 'a-pharma',
      to: 'a-friend',
      fromName: 'Steppe Pharma',
      toName: 'A friend in Almaty',
      link: 'hasMember' as const,
    };
    expect(hopWords(fromTheOrganization)).toBe('Steppe Pharma has A friend in Almaty among its members or staff');
  });

  it('names the target, the path and the score', () => {
    expect(targetWords(model, { kind: 'market', market: 'KZ' })).toBe('actors in Kazakhstan (KZ)');
    expect(targetWords(model, { kind: 'orgKind', orgKind: 'patient_group' })).toBe('organizations of kind patient group');
    expect(targetWords(model, { kind: 'actor', actorId: 'a-pharma' })).toBe('Steppe Pharma');
    expect(pathLine(path)).toBe('Aino → A friend in Almaty → Steppe Pharma');
    expect([scoreText(0.4000000059604645), scoreText(0.1024), scoreText(0.00041234)]).toEqual(['0.400', '0.102', '0.00041']);
  });
});

describe('a warm path on the map', () => {
  it('lights up every node it passes and its ties, not its memberships', () => {
    expect(pathHighlight(path)).toEqual({ nodes: ['kp-aino', 'a-friend', 'a-pharma'], ties: ['t-aino-friend'] });
  });

  it('finds the path’s nodes and ties among the scene’s, leaving out what the map does not draw', () => {
    const scene = new MapScene(model);
    const lit = scene.pathIndices({ nodes: ['kp-aino', 'a-friend', 'not-in-the-case'], ties: ['t-aino-friend', 'no-such-tie'] });
    expect(lit.nodes.map((i) => scene.ids[i])).toEqual(['kp-aino', 'a-friend']);
    expect(lit.edges.map((e) => scene.edgeIds[e])).toEqual(['t-aino-friend']);
  });
});
