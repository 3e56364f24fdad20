// Membership on a given day, on small hand-made blocs whose dates sit on each boundary the helpers
// compare: a day before, on and after joining, leaving, suspension and the bloc's entry into force.
import { describe, expect, it } from 'vitest';
import { blocByRegion, blocsOf, isMemberOn, membersOn, sharedBlocs } from './blocs.js';
import type { Bloc, BlocMember } from './reference.js';

const source = { url: 'https://example.org/' };

function bloc(id: string, code: string, inForceSince: string, members: BlocMember[]): Bloc {
  return { id, code, name: `${code} bloc`, kind: 'free_trade_area', inForceSince, recognition: [], members, source, asOf: '2026-12-01' };
}

const union = bloc('union', 'UN-A', '2000-01-01', [
  { country: 'AA', joined: '2000-01-01' },
  { country: 'BB', joined: '2000-01-01', left: '2010-06-15' },
  { country: 'CC', joined: '2005-03-10' },
  { country: 'DD', joined: '2002-01-01', suspendedSince: '2012-12-01' },
]);
// Members listed before the bloc took effect: the bloc's own date decides.
const late = bloc('late-zone', 'LATE', '2020-07-01', [
  { country: 'AA', joined: '2019-01-01' },
  { country: 'CC', joined: '2019-01-01' },
]);
const pair = bloc('pair', 'PAIR', '1990-01-01', [
  { country: 'BB', joined: '1990-01-01' },
  { country: 'EE', joined: '1990-01-01' },
]);
const all = [union, late, pair];

describe('isMemberOn', () => {
  it('counts a member from the day it joined, not the day before', () => {
    const member: BlocMember = { country: 'CC', joined: '2005-03-10' };
    expect(isMemberOn(member, '2005-03-09')).toBe(false);
    expect(isMemberOn(member, '2005-03-10')).toBe(true);
    expect(isMemberOn(member, '2030-01-01')).toBe(true);
  });

  it('counts a member that left as outside from its left day on', () => {
    const member: BlocMember = { country: 'BB', joined: '2000-01-01', left: '2010-06-15' };
    expect(isMemberOn(member, '2010-06-14')).toBe(true);
    expect(isMemberOn(member, '2010-06-15')).toBe(false);
    expect(isMemberOn(member, '2010-06-16')).toBe(false);
  });

  it('counts a suspended member as outside from its suspension on', () => {
    const member: BlocMember = { country: 'DD', joined: '2002-01-01', suspendedSince: '2012-12-01' };
    expect(isMemberOn(member, '2012-11-30')).toBe(true);
    expect(isMemberOn(member, '2012-12-01')).toBe(false);
    expect(isMemberOn(member, '2020-01-01')).toBe(false);
  });
});

describe('membersOn', () => {
  it('lists the members of the day in the order the data gives them', () => {
    expect(membersOn(union, '1999-12-31')).toEqual([]);
    expect(membersOn(union, '2000-01-01')).toEqual(['AA', 'BB']);
    expect(membersOn(union, '2005-03-10')).toEqual(['AA', 'BB', 'CC', 'DD']);
    expect(membersOn(union, '2010-06-15')).toEqual(['AA', 'CC', 'DD']);
    expect(membersOn(union, '2013-01-01')).toEqual(['AA', 'CC']);
  });

  it('lists no one before the bloc is in force, even members recorded as joined earlier', () => {
    expect(membersOn(late, '2019-06-01')).toEqual([]);
    expect(membersOn(late, '2020-06-30')).toEqual([]);
    expect(membersOn(late, '2020-07-01')).toEqual(['AA', 'CC']);
  });
});

describe('blocsOf', () => {
  it('gives the blocs a country belongs to on the day', () => {
    expect(blocsOf(all, 'AA', '2019-06-01').map((b) => b.id)).toEqual(['union']);
    expect(blocsOf(all, 'AA', '2021-01-01').map((b) => b.id)).toEqual(['union', 'late-zone']);
    expect(blocsOf(all, 'BB', '2005-01-01').map((b) => b.id)).toEqual(['union', 'pair']);
    expect(blocsOf(all, 'BB', '2011-01-01').map((b) => b.id)).toEqual(['pair']);
    expect(blocsOf(all, 'DD', '2013-01-01')).toEqual([]);
    expect(blocsOf(all, 'ZZ', '2013-01-01')).toEqual([]);
  });
});

describe('sharedBlocs', () => {
  it('gives the blocs both countries belong to on the day, in either order', () => {
    expect(sharedBlocs(all, 'AA', 'CC', '2005-03-09')).toEqual([]);
    expect(sharedBlocs(all, 'AA', 'CC', '2005-03-10').map((b) => b.id)).toEqual(['union']);
    expect(sharedBlocs(all, 'CC', 'AA', '2021-01-01').map((b) => b.id)).toEqual(['union', 'late-zone']);
  });

  it('shares nothing once one of the two has left or is suspended', () => {
    expect(sharedBlocs(all, 'AA', 'BB', '2010-06-14').map((b) => b.id)).toEqual(['union']);
    expect(sharedBlocs(all, 'AA', 'BB', '2010-06-15')).toEqual([]);
    expect(sharedBlocs(all, 'AA', 'DD', '2012-11-30').map((b) => b.id)).toEqual(['union']);
    expect(sharedBlocs(all, 'DD', 'AA', '2012-12-01')).toEqual([]);
    // Both in one bloc each, but never in the same one.
    expect(sharedBlocs(all, 'CC', 'EE', '2005-06-01')).toEqual([]);
  });
});

describe('blocByRegion', () => {
  it('finds a bloc by its code or its id, without regard to case or surrounding spaces', () => {
    expect(blocByRegion(all, 'UN-A')).toBe(union);
    expect(blocByRegion(all, 'un-a')).toBe(union);
    expect(blocByRegion(all, 'union')).toBe(union);
    expect(blocByRegion(all, '  Union ')).toBe(union);
    expect(blocByRegion(all, 'late-zone')).toBe(late);
    expect(blocByRegion(all, 'Late')).toBe(late);
    expect(blocByRegion(all, ' PAIR')).toBe(pair);
  });

  it('finds nothing for a region that is neither a code nor an id', () => {
    expect(blocByRegion(all, 'Central Asia')).toBeUndefined();
    expect(blocByRegion(all, 'uni')).toBeUndefined();
    expect(blocByRegion(all, '')).toBeUndefined();
    expect(blocByRegion([], 'union')).toBeUndefined();
  });
});
