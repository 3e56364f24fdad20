// The cohort of a stored workspace on every store: five made-up firms of five sectors and countries
// (test-support/sector-firms.ts), Company B and the Sri Lankan IT firm whose ratings are all Unknown;
// and dated snapshots, one per workspace and day.
import { afterAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../shared/errors.js';
import type { CaseStore } from '../store/types.js';
import { sampleCase } from '../test-support/samples.js';
import { SECTOR_FIRMS, sectorFirmCase } from '../test-support/sector-firms.js';
import { storeTargets } from '../test-support/stores.js';
import { AnalysisCache } from './analysis-cache.js';
import { analyzeFirm } from './analysis-service.js';
import { cohortOf, takeSnapshot } from './cohort-service.js';

const WS = 'agency';
const SECTOR_IDS = Object.values(SECTOR_FIRMS).map((f) => f.id);
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

async function portfolio(store: CaseStore): Promise<void> {
  await store.ensureWorkspace({ id: WS, name: 'Export advisory', kind: 'portfolio' });
  const cases = [
    ...Object.keys(SECTOR_FIRMS).map((family) => sectorFirmCase(family as keyof typeof SECTOR_FIRMS)),
    sampleCase('company-b'),
    sampleCase('sl-it-sme'),
  ];
  await store.transaction(async (tx) => {
    for (const c of cases) await tx.putCase(WS, c, { replace: false });
  });
}

describe.each(storeTargets())('the cohort service on $name', (target) => {
  afterAll(() => target.cleanup());

  it('lists every firm, counts those not yet rated apart, and finds the challenge the five sector firms leave unmet', async () => {
    const store = await target.open();
    await portfolio(store);
    const cohort = await cohortOf(store, WS, day('2025-06-01'));
    expect(cohort.counts).toEqual({ firms: 7, rated: 6, notYetRated: 1 });
    expect(cohort.firms.filter((f) => f.status === 'not_yet_rated').map((f) => [f.firmId, f.notRatedReason])).toEqual([['sl-it-sme', 'only_unknown']]);
    // Every sector firm rates it High and uses no network type against it; Company B's business and social ties meet it.
    const regulatory = cohort.unmetChallenges.find((u) => u.category === 'regulatory_institutional');
    expect(regulatory?.firms.map((f) => f.firmId).sort()).toEqual([...SECTOR_IDS].sort());
    expect(regulatory?.obstacleFirms).toBe(6);
    const shared = cohort.sharedGaps.find((g) => g.challenge === 'regulatory_institutional' && g.networkType === 'digital');
    expect(shared?.firms.map((f) => f.firmId).sort()).toEqual([...SECTOR_IDS, 'company-b'].sort());
  });

  it('counts each institution by the firms whose own analysis names it', async () => {
    const store = await target.open();
    await portfolio(store);
    const now = day('2025-06-01');
    const cohort = await cohortOf(store, WS, now);
    const expected = new Map<string, string[]>();
    for (const { id } of await store.listFirms(WS)) {
      const analysis = await analyzeFirm(store, WS, id, now);
      for (const institution of new Set(analysis.recommendations.flatMap((r) => r.institutions.map((i) => i.id)))) {
        expected.set(institution, [...(expected.get(institution) ?? []), id]);
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(Object.fromEntries(cohort.institutions.map((i) => [i.id, i.firms.map((f) => f.firmId)]))).toEqual(Object.fromEntries(expected));
    const counts = cohort.institutions.map((i) => i.firms.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('answers a workspace with no firms, or none at all, with an empty cohort', async () => {
    const store = await target.open();
    await store.ensureWorkspace({ id: 'empty', name: 'Empty', kind: 'portfolio' });
    for (const ws of ['empty', 'no-such-workspace']) {
      const cohort = await cohortOf(store, ws, day('2025-06-01'));
      expect(cohort.counts, ws).toEqual({ firms: 0, rated: 0, notYetRated: 0 });
      expect(cohort.unmetChallenges).toEqual([]);
    }
  });

  it('analyzes an unchanged case once when given a cache', async () => {
    const store = await target.open();
    await portfolio(store);
    const cache = new AnalysisCache(10);
    await cohortOf(store, WS, day('2025-06-01'), cache);
    await cohortOf(store, WS, day('2025-06-02'), cache);
    expect(cache.stats).toEqual({ hits: 7, misses: 7 });
  });

  it('keeps one snapshot per day, replaced when taken again, and shows the change between days', async () => {
    const store = await target.open();
    await portfolio(store);
    const first = await takeSnapshot(store, WS, day('2025-05-01'));
    expect(first.replaced).toBe(false);
    expect(first.snapshot.date).toBe('2025-05-01');
    expect(first.snapshot.figures.firms).toBe(7);
    expect(first.cohort.trend.dates).toEqual(['2025-05-01']);

    await store.deleteFirm(WS, 'kodu-labs');
    const again = await takeSnapshot(store, WS, new Date('2025-05-01T23:59:00Z'));
    expect(again.replaced).toBe(true);
    expect(await store.cohortSnapshots.list(WS)).toEqual([{ date: '2025-05-01', figures: again.snapshot.figures, takenAt: '2025-05-01T23:59:00.000Z' }]);

    await store.deleteFirm(WS, 'andes-trails');
    await takeSnapshot(store, WS, day('2025-05-20'));
    const cohort = await cohortOf(store, WS, day('2025-06-01'));
    expect(cohort.trend.comparedWith).toBe('2025-05-20');
    expect(cohort.trend.firms.map((p) => [p.date, p.value, p.change])).toEqual([
      ['2025-05-01', 6, null],
      ['2025-05-20', 5, -1],
    ]);
    // Andes Trails rated the regulatory challenge High with nothing against it, like every sector firm.
    const regulatory = cohort.trend.unmetChallenges.find((s) => s.category === 'regulatory_institutional');
    expect(regulatory?.points.map((p) => p.change)).toEqual([null, -1]);
    expect(cohort.unmetChallenges.find((u) => u.category === 'regulatory_institutional')?.change).toBe(0);
  });

  it('refuses a snapshot of a workspace that does not exist, writing nothing', async () => {
    const store = await target.open();
    await expect(takeSnapshot(store, 'no-such-workspace', day('2025-06-01'))).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.cohortSnapshots.list('no-such-workspace')).toEqual([]);
  });

  it('keeps snapshots of one workspace out of another', async () => {
    const store = await target.open();
    await portfolio(store);
    await store.ensureWorkspace({ id: 'other', name: 'Other', kind: 'portfolio' });
    await takeSnapshot(store, 'other', day('2025-06-01'));
    expect(await store.cohortSnapshots.list(WS)).toEqual([]);
    expect((await cohortOf(store, 'other', day('2025-06-02'))).trend.dates).toEqual(['2025-06-01']);
  });
});
