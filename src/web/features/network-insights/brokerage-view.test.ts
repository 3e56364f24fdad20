import { describe, expect, it } from 'vitest';
import type { Broker, Brokerage, MarketReach } from './api';
import {
  API_ORDER,
  chosenMarket,
  countRows,
  egoFigures,
  figure,
  nextOrder,
  nodeNames,
  orderInWords,
  pathText,
  reachSummary,
  sortBrokers,
} from './brokerage-view';

const broker = (id: string, over: Partial<Broker> = {}): Broker => ({
  id,
  name: id.toUpperCase(),
  kind: 'actor',
  degree: 1,
  betweenness: 0,
  constraint: 1,
  effectiveSize: 1,
  bridgesTo: [],
  ...over,
});

const reach = (market: string, over: Partial<MarketReach> = {}): MarketReach => ({ market, reached: [], unreachable: [], bridges: [], ...over });

describe('the firm as an ego in plain words', () => {
  it('gives each figure its value and a sentence with the firm’s own numbers', () => {
    const figures = egoFigures('Company B', { degree: 12, effectiveSize: 10.5, constraint: 0.11234, redundancy: 1.5 });
    expect(figures.map((f) => [f.term, f.value])).toEqual([
      ['Direct links', '12'],
      ['Effective size', '10.50'],
      ['Constraint', '0.112'],
      ['Redundancy', '1.50'],
    ]);
    expect(figures[0]?.meaning).toBe('Company B deals directly with 12 people and organizations, its own key people included.');
    expect(figures[1]?.meaning).toBe(
      'Of its 12 direct links, about 10.5 open separate circles: contacts who know one another count as partly the same contact.',
    );
    expect(figures[2]?.meaning).toMatch(/^From 0 to 1, how much the firm’s contacts all lead back to one another/);
    expect(figures[3]?.meaning).toBe(
      'How many of its 12 direct links only repeat what its other contacts already bring (direct links minus effective size); 0 means none of them does.',
    );
  });

  it('speaks of one link in the singular, and says a firm without ties has nothing to measure', () => {
    expect(egoFigures('Solo Oy', { degree: 1, effectiveSize: 1, constraint: 1, redundancy: 0 })[0]?.meaning).toBe(
      'Solo Oy deals directly with one person or organization, its own key people included.',
    );
    const none = egoFigures('Empty Ltd', { degree: 0, effectiveSize: null, constraint: null, redundancy: null });
    expect(none.map((f) => f.value)).toEqual(['0', '—', '—', '—']);
    expect(none.slice(1).map((f) => f.meaning)).toEqual(Array(3).fill('Empty Ltd has no ties yet, so there is nothing to measure.'));
  });

  it('writes a missing figure as a dash and others with the digits asked for', () => {
    expect(figure(null, 2)).toBe('—');
    expect(figure(0.098039, 3)).toBe('0.098');
    expect(figure(3, 2)).toBe('3.00');
  });
});

describe('sorting the brokers', () => {
  const a = broker('a', { name: 'Beta', kind: 'keyPerson', degree: 3, betweenness: 0.2, constraint: 0.5, effectiveSize: 2, bridgesTo: ['KG'] });
  const b = broker('b', { name: 'alpha', degree: 1, betweenness: 0.1, constraint: null, effectiveSize: null });
  const c = broker('c', { name: 'Gamma', degree: 3, betweenness: 0, constraint: 0.25, effectiveSize: 3, bridgesTo: ['KG', 'KZ'] });
  const all = [a, b, c];
  const ids = (order: Parameters<typeof sortBrokers>[1]) => sortBrokers(all, order).map((x) => x.id);

  it('sorts by name without regard to case, and by kind', () => {
    expect(ids({ column: 'name', direction: 'ascending' })).toEqual(['b', 'a', 'c']);
    expect(ids({ column: 'name', direction: 'descending' })).toEqual(['c', 'a', 'b']);
    expect(ids({ column: 'kind', direction: 'ascending' })).toEqual(['b', 'c', 'a']);
  });

  it('sorts figures either way, keeps the API’s order among equals, and puts missing figures last both ways', () => {
    expect(ids({ column: 'degree', direction: 'descending' })).toEqual(['a', 'c', 'b']);
    expect(ids({ column: 'degree', direction: 'ascending' })).toEqual(['b', 'a', 'c']);
    expect(ids({ column: 'constraint', direction: 'ascending' })).toEqual(['c', 'a', 'b']);
    expect(ids({ column: 'constraint', direction: 'descending' })).toEqual(['a', 'c', 'b']);
    expect(ids({ column: 'effectiveSize', direction: 'descending' })).toEqual(['c', 'a', 'b']);
    expect(ids(API_ORDER)).toEqual(['a', 'b', 'c']);
  });

  it('sorts by how many markets someone bridges to', () => {
    expect(ids({ column: 'bridgesTo', direction: 'descending' })).toEqual(['c', 'a', 'b']);
    expect(ids({ column: 'bridgesTo', direction: 'ascending' })).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list it is given as it was', () => {
    sortBrokers(all, { column: 'name', direction: 'ascending' });
    expect(all.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('turns a column round on a second click, and starts a new one with names A–Z and figures highest first', () => {
    expect(nextOrder(API_ORDER, 'betweenness')).toEqual({ column: 'betweenness', direction: 'ascending' });
    expect(nextOrder({ column: 'betweenness', direction: 'ascending' }, 'betweenness')).toEqual({ column: 'betweenness', direction: 'descending' });
    expect(nextOrder(API_ORDER, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextOrder(API_ORDER, 'kind')).toEqual({ column: 'kind', direction: 'ascending' });
    expect(nextOrder({ column: 'name', direction: 'ascending' }, 'constraint')).toEqual({ column: 'constraint', direction: 'descending' });
  });

  it('says the order in words for the caption', () => {
    expect(orderInWords(API_ORDER)).toBe('betweenness, highest first');
    expect(orderInWords({ column: 'effectiveSize', direction: 'ascending' })).toBe('effective size, lowest first');
    expect(orderInWords({ column: 'name', direction: 'ascending' })).toBe('name, A to Z');
    expect(orderInWords({ column: 'kind', direction: 'descending' })).toBe('kind, Z to A');
    expect(orderInWords({ column: 'bridgesTo', direction: 'descending' })).toBe('markets bridged, highest first');
  });
});

describe('the reach into a market', () => {
  const brokerage: Brokerage = {
    brokers: [broker('kp-ceo', { name: 'CEO', kind: 'keyPerson' }), broker('act-friend', { name: 'Friend in Bishkek' })],
    firm: { degree: 1, effectiveSize: 1, constraint: 1, redundancy: 0 },
    markets: [
      reach('KG', {
        reached: [{ id: 'act-far', name: 'Pharmacy chain', path: ['firm-x', 'kp-ceo', 'act-friend', 'act-far'] }],
        unreachable: [{ id: 'act-lost', name: 'Regulator' }],
      }),
      reach('KR'),
    ],
    diversity: { networkTypes: {}, countries: {}, sectors: {}, blau: { networkTypes: 0, countries: 0, sectors: 0 } },
  };

  it('names every node on a path, the firm and actors reached only there too, and keeps an unknown id as it is', () => {
    const names = nodeNames('firm-x', 'Firm X', brokerage);
    expect(pathText(['firm-x', 'kp-ceo', 'act-friend', 'act-far'], names)).toBe('Firm X → CEO → Friend in Bishkek → Pharmacy chain');
    expect(pathText(['firm-x', 'gone'], names)).toBe('Firm X → gone');
  });

  it('shows the market the URL asks for, else the first; none when the firm has no market', () => {
    expect(chosenMarket(brokerage.markets, 'KR')?.market).toBe('KR');
    expect(chosenMarket(brokerage.markets, 'FR')?.market).toBe('KG');
    expect(chosenMarket(brokerage.markets, null)?.market).toBe('KG');
    expect(chosenMarket([], 'KG')).toBeUndefined();
  });

  it('sums the reach up in one sentence, and says when nobody there is recorded', () => {
    expect(reachSummary('Firm X', 'Kyrgyzstan', brokerage.markets[0]!)).toBe('Firm X reaches 1 actor in Kyrgyzstan; 1 actor there has no path from it.');
    expect(reachSummary('Firm X', 'South Korea', brokerage.markets[1]!)).toBe('No actor in South Korea is recorded yet, and no tie names it.');
    const two = reach('KZ', {
      reached: [
        { id: 'a', name: 'A', path: ['firm-x', 'a'] },
        { id: 'b', name: 'B', path: ['firm-x', 'b'] },
      ],
      unreachable: [
        { id: 'c', name: 'C' },
        { id: 'd', name: 'D' },
      ],
    });
    expect(reachSummary('Firm X', 'Kazakhstan', two)).toBe('Firm X reaches 2 actors in Kazakhstan; 2 actors there have no path from it.');
    expect(reachSummary('Firm X', 'Kazakhstan', { ...two, unreachable: [] })).toBe('Firm X reaches 2 actors in Kazakhstan.');
  });

  it('lists diversity counts most first, then by name', () => {
    expect(countRows({ MN: 2, KG: 1, CN: 2, UZ: 1 })).toEqual([
      ['CN', 2],
      ['MN', 2],
      ['KG', 1],
      ['UZ', 1],
    ]);
  });
});
