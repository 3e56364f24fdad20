import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../shared/errors.js';
import { richCase } from '../test-support/cases.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { AnalysisCache } from './analysis-cache.js';
import { analyzeFirm, analyzeLoaded, compareFirms, loadAnalyzed, thesisTable, thesisTableView } from './analysis-service.js';
import { renderReport } from './report-service.js';

const WS = 'w';
const now = new Date('2025-06-01T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'foothold-cache-'));
let store: CaseStore;
let otherProcess: CaseStore;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: join(dir, 'foothold.sqlite') });
  // A second connection to the same file stands in for another Foothold process.
  otherProcess = await openStore({ kind: 'sqlite', file: join(dir, 'foothold.sqlite') });
  await store.ensureWorkspace({ id: WS, name: 'W', kind: 'research' });
  for (const id of ['a', 'b', 'c']) await store.putCase(WS, richCase(id), { replace: false });
});
afterAll(async () => {
  await store.close();
  await otherProcess.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('AnalysisCache', () => {
  it('analyzes an unchanged case once, and gives the same analysis a fresh run gives', async () => {
    const cache = new AnalysisCache();
    const first = await analyzeFirm(store, WS, 'a', now, cache);
    const second = await analyzeFirm(store, WS, 'a', now, cache);
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
    expect(second).toBe(first);
    expect(second).toEqual(analyzeLoaded((await store.getCase(WS, 'a'))!, now));
  });

  it('analyzes again after any write to the case, by this process or another', async () => {
    const cache = new AnalysisCache();
    const before = await analyzeFirm(store, WS, 'b', now, cache);
    await store.updateRecord(WS, 'b', 'challengeRatings', { ...richCase('b').challengeRatings[0]!, level: 'Low' }, 1);
    const afterOwnWrite = await analyzeFirm(store, WS, 'b', now, cache);
    expect(afterOwnWrite).not.toEqual(before);
    expect(afterOwnWrite.challenges.find((c) => c.category === 'regulatory_institutional')?.level).toBe('Low');

    await otherProcess.updateRecord(WS, 'b', 'challengeRatings', { ...richCase('b').challengeRatings[0]!, level: 'Medium' }, 2);
    const afterOtherWrite = await analyzeFirm(store, WS, 'b', now, cache);
    expect(afterOtherWrite.challenges.find((c) => c.category === 'regulatory_institutional')?.level).toBe('Medium');
    expect(cache.stats).toEqual({ hits: 0, misses: 3 });
  });

  it('analyzes again in a new year, and after the firm is deleted and imported anew', async () => {
    const cache = new AnalysisCache();
    await analyzeFirm(store, WS, 'c', now, cache);
    await analyzeFirm(store, WS, 'c', new Date('2026-01-02T00:00:00Z'), cache);
    expect(cache.stats.misses).toBe(2);
    await store.deleteFirm(WS, 'c');
    await expect(analyzeFirm(store, WS, 'c', now, cache)).rejects.toThrow(new NotFoundError('firm', 'c'));
    await store.putCase(WS, { ...richCase('c'), firm: { ...richCase('c').firm, name: 'Reborn' } }, { replace: false });
    expect((await analyzeFirm(store, WS, 'c', now, cache)).profile.name).toBe('Reborn');
  });

  it('hands out analyses that the comparison, the tables and the reports only read', async () => {
    const cache = new AnalysisCache();
    const loaded = await loadAnalyzed(store, WS, ['a'], now, cache);
    const deepFreeze = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
      Object.freeze(value);
      for (const child of Object.values(value)) deepFreeze(child);
    };
    deepFreeze(loaded);
    // Strict-mode code throws on any write to a frozen object, so each of these proves it writes nothing.
    await compareFirms(store, WS, ['a', 'a'], now, cache);
    for (const n of [7, 8, 9, 10] as const) await thesisTable(store, WS, n, ['a'], now, true, cache);
    await renderReport(store, WS, ['a'], 'md', now, cache);
    await renderReport(store, WS, ['a', 'b'], 'html', now, cache);
    expect(cache.stats.misses).toBe(2);
  });

  it('keeps at most its size, dropping the least recently used', async () => {
    const cache = new AnalysisCache(2);
    await compareFirms(store, WS, ['a', 'b'], now, cache);
    await analyzeFirm(store, WS, 'a', now, cache); // a is now the most recent
    await analyzeFirm(store, WS, 'c', now, cache); // evicts b
    expect(cache.stats).toEqual({ hits: 1, misses: 3 });
    await analyzeFirm(store, WS, 'a', now, cache);
    await analyzeFirm(store, WS, 'b', now, cache);
    expect(cache.stats).toEqual({ hits: 2, misses: 4 });
  });
});

describe('loadAnalyzed', () => {
  it('needs at least one firm', async () => {
    await expect(loadAnalyzed(store, WS, [], now)).rejects.toMatchObject({ problems: [{ pointer: '', message: 'name at least one firm' }] });
  });
});

describe('thesis tables', () => {
  it('name the first missing firm for the tables built from the cases as stored (2–6)', async () => {
    await expect(thesisTable(store, WS, 2, ['a', 'ghost', 'gone'], now)).rejects.toThrow(new NotFoundError('firm', 'ghost'));
  });

  it("keep a user-defined challenge category in Table 10's grid only when asked for all rows", async () => {
    expect((await thesisTableView(store, WS, 10, ['a'], now)).rowKeys).toEqual(['regulatory_institutional']);
    expect((await thesisTableView(store, WS, 10, ['a'], now, true)).rowKeys).toEqual(['regulatory_institutional', 'logistics']);
  });
});
