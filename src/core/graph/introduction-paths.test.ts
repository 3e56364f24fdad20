import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFileInput } from '../case-file/index.js';
import { introductionPaths } from './introduction-paths.js';
import { MEMBERSHIP_WEIGHT } from './firm-graph.js';

const asOf = new Date(Date.UTC(2026, 11, 1));
const sample = (): CaseFileInput => JSON.parse(readFileSync(new URL('fixtures/small-firm.case.json', import.meta.url), 'utf8')) as CaseFileInput;
const small = () => caseFileSchema.parse(sample());

describe('introduction paths', () => {
  it('prefers a strong friend of a key person who works there to the firm’s own faded tie', () => {
    const r = introductionPaths(small(), asOf, { to: 'distributor' });
    expect(r.target).toBe('Steppe Pharma');
    expect(r.targetCount).toBe(1);
    expect(r.paths.map((p) => p.hops.map((h) => `${h.from}>${h.to}`).join(' '))).toEqual(['ceo>friend friend>distributor', 'acme>distributor']);
    const [warm, direct] = r.paths;
    expect(warm!.score).toBeCloseTo(MEMBERSHIP_WEIGHT, 6);
    expect(warm!.hops[0]).toEqual({
      from: 'ceo',
      to: 'friend',
      fromName: 'Aino',
      toName: 'A friend in Almaty',
      link: 'tie',
      tieId: 't1',
      networkType: 'social',
      subtype: null,
      strength: 5,
      trust: 5,
      lastContact: null,
      weight: 1,
    });
    expect(warm!.hops[1]).toMatchObject({ link: 'memberOf', tieId: null, networkType: null, strength: null, weight: MEMBERSHIP_WEIGHT });
    expect(direct!.hops).toEqual([expect.objectContaining({ tieId: 't3', strength: 2, lastContact: '2024-12-01' })]);
    expect(direct!.score).toBeCloseTo(0.4 * 0.8 * 0.25, 2);
  });

  it('reaches a market through the first actor there, and leaves ended ties out', () => {
    const r = introductionPaths(small(), asOf, { market: 'KZ' });
    expect(r.targetCount).toBe(2);
    expect(r.paths.map((p) => p.target.id)).toEqual(['friend', 'distributor']);
    // The distributor is reached directly, not through the friend, who is a target already.
    expect(r.paths[1]!.hops).toHaveLength(1);
    const none = introductionPaths(small(), asOf, { to: 'gone' });
    expect(none.paths).toEqual([]);
  });

  it('finds organizations of a kind, and none when the firm records none', () => {
    const input = sample();
    const guild = input.actors!.find((a) => a.id === 'guild')!;
    Object.assign(guild, { organizationType: 'association' });
    const r = introductionPaths(caseFileSchema.parse(input), asOf, { orgKind: 'association' });
    expect(r).toMatchObject({ target: 'organizations of kind association', targetCount: 1 });
    expect(r.paths.map((p) => [p.target.id, p.hops[0]!.from])).toEqual([['guild', 'cto']]);
    expect(introductionPaths(small(), asOf, { orgKind: 'regulator' })).toMatchObject({ targetCount: 0, paths: [] });
  });

  it('walks a membership from an organization to its member as hasMember', () => {
    const input = sample();
    input.actors!.push({ id: 'insider', name: 'An insider', kind: 'person', memberOf: ['distributor'] });
    const r = introductionPaths(caseFileSchema.parse(input), asOf, { to: 'insider' });
    expect(r.paths.map((p) => p.hops.map((h) => `${h.from}>${h.to} ${h.link}`))).toEqual([
      ['ceo>friend tie', 'friend>distributor memberOf', 'distributor>insider hasMember'],
      ['acme>distributor tie', 'distributor>insider hasMember'],
    ]);
    expect(r.paths[1]!.hops[1]).toMatchObject({ fromName: 'Steppe Pharma', toName: 'An insider', tieId: null, weight: MEMBERSHIP_WEIGHT });
    expect(r.paths[1]!.target).toEqual({ id: 'insider', name: 'An insider' });
  });

  it('keeps to the hop limit', () => {
    expect(introductionPaths(small(), asOf, { to: 'distributor' }, { maxHops: 1 }).paths).toHaveLength(1);
    expect(introductionPaths(small(), asOf, { to: 'distributor' }, { top: 1 }).paths).toHaveLength(1);
  });

  it('refuses an unknown actor and the firm’s own people as targets', () => {
    expect(() => introductionPaths(small(), asOf, { to: 'nobody' })).toThrow(
      expect.objectContaining({ name: 'NotFoundError', message: 'An actor of firm "acme" with id "nobody" was not found' }),
    );
    expect(() => introductionPaths(small(), asOf, { to: 'ceo' })).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: '"ceo" is the firm or one of its key people, where every path starts; name an actor to reach',
        path: '/to',
      }),
    );
    expect(() => introductionPaths(small(), asOf, { to: 'acme' })).toThrow(/key people/);
    expect(() => introductionPaths(small(), asOf, { to: 'distributor' }, { maxHops: 9 })).toThrow(/maxHops/);
  });
});
