import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFileInput } from '../case-file/index.js';
import { brokerageOf } from './brokerage.js';

const asOf = new Date(Date.UTC(2026, 11, 1));
const small = (): CaseFileInput => JSON.parse(readFileSync(new URL('fixtures/small-firm.case.json', import.meta.url), 'utf8')) as CaseFileInput;

describe('brokerage of a firm', () => {
  it('finds who bridges the firm to a market, with each actor’s shortest path from the firm', () => {
    const b = brokerageOf(caseFileSchema.parse(small()), asOf, ['KZ']);
    const kz = b.markets[0];
    // The friend in Almaty is reached through the CEO; the distributor directly (also through the friend, but that is longer).
    expect(kz?.reached).toEqual([
      { id: 'distributor', name: 'Steppe Pharma', path: ['acme', 'distributor'] },
      { id: 'friend', name: 'A friend in Almaty', path: ['acme', 'ceo', 'friend'] },
    ]);
    expect(kz?.bridges).toEqual([{ id: 'ceo', name: 'Aino', leadsTo: 1 }]);
    expect(b.brokers.find((x) => x.id === 'ceo')?.bridgesTo).toEqual(['KZ']);
    expect(b.brokers.find((x) => x.id === 'guild')?.bridgesTo).toEqual([]);
  });

  it('lists an actor there that no path reaches, and a market with nobody', () => {
    const c = small();
    c.actors = [...(c.actors ?? []), { id: 'almaty-bank', name: 'A bank in Almaty', kind: 'organization', countries: ['KZ'] }];
    const b = brokerageOf(caseFileSchema.parse(c), asOf, ['KZ', 'JP']);
    expect(b.markets[0]?.unreachable).toEqual([{ id: 'almaty-bank', name: 'A bank in Almaty' }]);
    expect(b.markets[1]).toEqual({ market: 'JP', reached: [], unreachable: [], bridges: [] });
    expect(b.brokers.find((x) => x.id === 'almaty-bank')).toMatchObject({ degree: 0, betweenness: 0, constraint: null, effectiveSize: null });
  });

  it('ranks brokers by betweenness: the CTO alone joins the guild to the rest; the CEO and the distributor share the way to the friend', () => {
    const b = brokerageOf(caseFileSchema.parse(small()), asOf);
    expect(b.brokers.map((x) => x.id).slice(0, 3)).toEqual(['cto', 'ceo', 'distributor']);
    // The CTO is on every shortest path of 4 pairs (the guild's); networkx's normalization with n = 7 (the isolated agent counts): 2 × 4 / (6 × 5).
    expect(b.brokers[0]?.betweenness).toBeCloseTo(4 / 15, 12);
    expect(b.brokers[1]?.betweenness).toBe(b.brokers[2]?.betweenness);
    expect(b.brokers.every((x, i, all) => i === 0 || all[i - 1]!.betweenness >= x.betweenness)).toBe(true);
    expect(b.brokers.map((x) => x.kind)).not.toContain('firm');
  });

  it('counts the firm’s live ties by type and its contacts by country and sector, with Blau’s index', () => {
    const b = brokerageOf(caseFileSchema.parse(small()), asOf);
    // Live ties from the firm or its key people: t1 (social, to the friend) and t3 (business, to the distributor); t2 has ended.
    expect(b.diversity.networkTypes).toEqual({ social: 1, business: 1 });
    expect(b.diversity.countries).toEqual({ KZ: 2 });
    expect(b.diversity.blau).toEqual({ networkTypes: 0.5, countries: 0, sectors: 0 });
    expect(b.firm.degree).toBe(3);
    expect(b.firm.redundancy).toBeCloseTo(b.firm.degree - (b.firm.effectiveSize ?? Number.NaN), 12);
  });
});
