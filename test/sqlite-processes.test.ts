// Several Foothold processes on one SQLite file — two `serve` processes, and an import beside them —
// answer version races with 200/201 for the winner and 409 for the loser, never 500: write
// transactions take the write lock when they begin and wait for it (docs/decisions/0003-storage.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../src/core/case-file/test-case.js';
import { cli, cliAsync, freshDataDir } from './cli/run-cli.js';
import { serve, type Served } from './e2e/serve.js';

const dataDir = freshDataDir();
let servers: Served[] = [];
const firmUrl = (s: Served, path = '') => `${s.url}/api/workspaces/default/firms/acme${path}`;
const send = (url: string, method: string, body?: unknown) =>
  fetch(url, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

beforeAll(async () => {
  const file = join(dataDir, 'acme.json');
  writeFileSync(file, JSON.stringify(sampleCaseInput('acme')));
  expect(cli(['import', file], { FOOTHOLD_DATA: dataDir }).code).toBe(0);
  servers = await Promise.all([serve(dataDir), serve(dataDir)]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** Counts of each status seen. */
function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

describe('two serve processes on one SQLite file', () => {
  it('let exactly one of two updates from the same version win, the other getting 409', async () => {
    const [a, b] = servers as [Served, Served];
    const statuses: number[] = [];
    for (let round = 0; round < 40; round++) {
      const read = (await (await send(firmUrl(a, '/actors/act-agency'), 'GET')).json()) as { version: number; record: Record<string, unknown> };
      const results = await Promise.all(
        [a, b, a, b].map((s, i) =>
          send(firmUrl(s, '/actors/act-agency'), 'PUT', { version: read.version, record: { ...read.record, name: `Agency ${round}-${i}` } }),
        ),
      );
      const round_ = results.map((r) => r.status);
      statuses.push(...round_);
      expect(
        round_.filter((s) => s === 200),
        `round ${round}: ${round_.join(',')}`,
      ).toHaveLength(1);
    }
    expect(Object.keys(tally(statuses)).sort()).toEqual(['200', '409']);
  });

  it('let exactly one of two creates of the same id win', async () => {
    const [a, b] = servers as [Served, Served];
    const statuses: number[] = [];
    for (let round = 0; round < 40; round++) {
      const fact = { id: `fact-race-${round}`, topic: 'other', text: `round ${round}` };
      const results = await Promise.all([a, b, b, a].map((s) => send(firmUrl(s, '/facts'), 'POST', fact)));
      statuses.push(...results.map((r) => r.status));
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    }
    expect(Object.keys(tally(statuses)).sort()).toEqual(['201', '409']);
  });

  it('keep answering writes with 2xx or 409 while an import replaces the firm beside them', async () => {
    const [a, b] = servers as [Served, Served];
    const big = sampleCaseInput('acme');
    big.actors = [...(big.actors ?? []), ...Array.from({ length: 30_000 }, (_, i) => ({ id: `bulk-${i}`, name: `Bulk ${i}`, kind: 'person' as const }))];
    const file = join(dataDir, 'acme-big.json');
    writeFileSync(file, JSON.stringify(big));
    let done = false;
    const importing = cliAsync(['import', file, '--replace'], { FOOTHOLD_DATA: dataDir }).finally(() => (done = true));
    const statuses: number[] = [];
    let duringImport = 0;
    for (let i = 0; i < 200 && !(done && i >= 20); i++) {
      if (!done) duringImport++;
      const results = await Promise.all([a, b].map((s, k) => send(firmUrl(s, '/facts'), 'POST', { id: `fact-during-${i}-${k}`, topic: 'other', text: 'x' })));
      statuses.push(...results.map((r) => r.status));
    }
    const imported = await importing;
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    // The firm exists throughout (the replace is one transaction) and every id is new: every write lands.
    expect(tally(statuses)).toEqual({ 201: statuses.length });
    expect(duringImport).toBeGreaterThan(0);
  });
});
