import { describe, expect, it } from 'vitest';
import { sampleCase } from '../../test-support/samples.js';
import type { DigitalPresenceSnapshot } from '../model/index.js';
import { digitalPresenceOf } from './digital-presence.js';

const snapshot = (id: string, platform: string, date: string | undefined, followers: number | null): DigitalPresenceSnapshot => ({
  id,
  platform,
  ...(date === undefined ? {} : { date }),
  followers,
  audiences: [],
  contentTypes: [],
});

describe('digitalPresenceOf (paper Table 1)', () => {
  it('reproduces paper Table 1: three platforms, undated, no growth to show', () => {
    const rows = digitalPresenceOf(sampleCase('sl-it-sme'));
    expect(rows.map((r) => [r.platform, r.snapshots.map((s) => [s.followers, s.posts, s.postsPeriod]), r.growth])).toEqual([
      ['Website', [[null, 3, 'last 03 months']], undefined],
      ['LinkedIn', [[685, 8, 'last 03 months']], undefined],
      ['Facebook', [[368, 12, 'last 03 months']], undefined],
    ]);
    expect(rows[1]?.snapshots[0]?.audiences).toContain('industry networks');
    expect(rows[0]?.snapshots).toEqual([
      {
        id: 'dp-website',
        date: undefined,
        followers: null,
        posts: 3,
        postsPeriod: 'last 03 months',
        audiences: ['Potential customers'],
        contentTypes: ['Company information', 'Services offered', 'Recent projects'],
        evidence: ['seg-t1-website', 'seg-t1-header', 'seg-t1-source'],
      },
    ]);
  });

  it('keeps case order among undated snapshots and among snapshots of the same date', () => {
    const rows = digitalPresenceOf({
      digitalPresence: [
        snapshot('site-2024-b', 'Website', '2024-03', 12),
        snapshot('site-undated-1', 'Website', undefined, 5),
        snapshot('site-2024-a', 'Website', '2024-03', 10),
        snapshot('site-undated-2', 'Website', undefined, 7),
      ],
    });
    expect(rows[0]?.snapshots.map((s) => s.id)).toEqual(['site-undated-1', 'site-undated-2', 'site-2024-b', 'site-2024-a']);
    expect(rows[0]?.snapshots[0]?.evidence).toEqual([]);
  });

  it('measures growth only between two dated counts, skipping a newest snapshot whose count is not available', () => {
    const one = digitalPresenceOf({ digitalPresence: [snapshot('a', 'LinkedIn', '2023', 100), snapshot('b', 'LinkedIn', undefined, 400)] });
    expect(one[0]?.growth).toBeUndefined();
    const [row] = digitalPresenceOf({
      digitalPresence: [snapshot('a', 'LinkedIn', '2023', 100), snapshot('b', 'LinkedIn', '2024', 150), snapshot('c', 'LinkedIn', '2025', null)],
    });
    expect(row?.growth).toEqual({ from: '2023', to: '2024', followers: 50, percent: 50 });
  });

  it('groups by platform, sorts undated first then by date, and measures growth between dated counts', () => {
    const rows = digitalPresenceOf({
      digitalPresence: [
        snapshot('li-2025', 'LinkedIn', '2025-01', 800),
        snapshot('fb-1', 'Facebook', undefined, 368),
        snapshot('li-undated', 'LinkedIn', undefined, 600),
        snapshot('li-2024', 'linkedin', '2024', 640),
        snapshot('li-2024-06', 'LinkedIn', '2024-06', null),
      ],
    });
    expect(rows.map((r) => r.platform)).toEqual(['LinkedIn', 'Facebook']);
    expect(rows[0]?.snapshots.map((s) => s.id)).toEqual(['li-undated', 'li-2024', 'li-2024-06', 'li-2025']);
    // 640 → 800 is +160, i.e. +25 %; the undated 600 and the null count do not take part.
    expect(rows[0]?.growth).toEqual({ from: '2024', to: '2025-01', followers: 160, percent: 25 });
    expect(rows[1]?.growth).toBeUndefined();
  });

  it('gives no percentage when the first count is zero', () => {
    const [row] = digitalPresenceOf({ digitalPresence: [snapshot('a', 'Website', '2023', 0), snapshot('b', 'Website', '2024', 12)] });
    expect(row?.growth).toEqual({ from: '2023', to: '2024', followers: 12, percent: undefined });
  });
});
