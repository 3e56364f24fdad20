// The PGlite dialect on its own, always on PGlite (even when FOOTHOLD_TEST_STORES narrows the store
// suites to SQLite): several stores share one PGlite, each in its schema, one at a time.
import { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalCase } from '../test-support/cases.js';
import { kyselyOf } from './case-store.js';
import { openStore } from './open.js';
import { pgliteDialect } from './pglite-dialect.js';
import type { CaseStore } from './types.js';

let pglite: PGlite;
beforeAll(async () => {
  pglite = await PGlite.create();
});
afterAll(() => pglite.close());

describe('pgliteDialect', () => {
  it('keeps stores on one PGlite in their own schemas, and interleaved transactions apart', async () => {
    const a: CaseStore = await openStore({ kind: 'pglite', pglite, schema: 'dialect_a' });
    const b: CaseStore = await openStore({ kind: 'pglite', pglite, schema: 'dialect_b' });
    await a.ensureWorkspace({ id: 'w', name: 'A', kind: 'research' });
    await b.ensureWorkspace({ id: 'w', name: 'B', kind: 'research' });
    // Both transactions are open at once; each statement must still run in its own store's schema.
    await Promise.all([
      a.transaction(async (tx) => {
        await tx.putCase('w', minimalCase('only-a'), { replace: false });
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(await tx.firmExists('w', 'only-a')).toBe(true);
      }),
      b.transaction(async (tx) => {
        await tx.putCase('w', minimalCase('only-b'), { replace: false });
        expect(await tx.firmExists('w', 'only-a')).toBe(false);
      }),
    ]);
    expect((await a.listFirms('w')).map((f) => f.id)).toEqual(['only-a']);
    expect((await b.listFirms('w')).map((f) => f.id)).toEqual(['only-b']);
    // A rolled-back transaction leaves nothing behind.
    await expect(
      a.transaction(async (tx) => (await tx.putCase('w', minimalCase('gone'), { replace: false }), Promise.reject(new Error('undo')))),
    ).rejects.toThrow('undo');
    expect((await a.listFirms('w')).map((f) => f.id)).toEqual(['only-a']);
    // Closing a store leaves the shared PGlite open for the others.
    await a.close();
    expect((await b.listWorkspaces()).map((w) => w.name)).toEqual(['B']);
    expect((await kyselyOf(b).executeQuery(CompiledQuery.raw('select current_schema() as s'))).rows).toEqual([{ s: 'dialect_b' }]);
    await b.close();
    expect((await pglite.query<{ n: number }>('select 1 as n')).rows).toEqual([{ n: 1 }]);
  });

  it('refreshes planner statistics after a large import, and only then', async () => {
    const store = await openStore({ kind: 'pglite', pglite, schema: 'dialect_stats' });
    try {
      await store.ensureWorkspace({ id: 'w', name: 'W', kind: 'research' });
      const facts = Array.from({ length: 1000 }, (_, i) => ({ id: `fact-${i}`, topic: 'other' as const, text: `${i}` }));
      await store.putCase('w', { ...minimalCase('big'), facts }, { replace: false });
      await store.putCase('w', { ...minimalCase('small'), facts: [{ id: 'one', topic: 'other', text: '1' }] }, { replace: false });
      const analyzed = async () =>
        (
          await kyselyOf(store).executeQuery<{ relname: string }>(
            CompiledQuery.raw("select relname from pg_stat_user_tables where schemaname = 'dialect_stats' and last_analyze is not null order by relname"),
          )
        ).rows.map((r) => r.relname);
      expect(await analyzed()).toEqual(['case_references', 'facts']);
    } finally {
      await store.close();
    }
  });

  it('runs without a schema in the default search path, and streams results in chunks', async () => {
    const db = new Kysely<Record<string, never>>({ dialect: pgliteDialect(pglite, undefined) });
    try {
      expect((await db.executeQuery(CompiledQuery.raw('select current_schema() as s'))).rows).toEqual([{ s: 'public' }]);
      const chunks: unknown[][] = [];
      const streamed = await db.connection().execute(async (conn) => {
        for await (const chunk of conn.getExecutor().stream(CompiledQuery.raw('select generate_series(1, 5) as n'), 2)) {
          chunks.push(chunk.rows);
        }
        return chunks;
      });
      expect(streamed.map((rows) => rows.length)).toEqual([2, 2, 1]);
      await db.executeQuery(CompiledQuery.raw('create temp table t (n int)'));
      const inserted = await db.executeQuery(CompiledQuery.raw('insert into t values (1), (2)'));
      expect(inserted.numAffectedRows).toBe(2n);
    } finally {
      await db.destroy();
    }
  });
});
