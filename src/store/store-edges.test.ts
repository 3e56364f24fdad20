// The store's edges that the suites over whole cases do not reach: misuse, stale firm updates,
// migration names, PostgreSQL connection strings and unreachable servers.
import { describe, expect, it } from 'vitest';
import { NotFoundError, StaleVersionError, ValidationError } from '../shared/errors.js';
import { minimalCase } from '../test-support/cases.js';
import { kyselyOf } from './case-store.js';
import { migrateTo } from './migrate.js';
import { openStore, withSearchPath } from './open.js';
import type { CaseStore } from './types.js';

describe('a store used the wrong way', () => {
  it('refuses to give the database of something that is not a store', () => {
    expect(() => kyselyOf({} as CaseStore)).toThrow(new TypeError('kyselyOf expects a store made by openStore'));
  });

  it('refuses to close the store handed to a transaction, and closes itself once', async () => {
    const store = await openStore({ kind: 'sqlite', file: ':memory:' });
    await expect(store.transaction((tx) => tx.close())).rejects.toThrow('close the store itself, not the store handed to a transaction');
    await store.close();
    await store.close();
    await expect(store.listWorkspaces()).rejects.toThrow();
  });

  it('names the firm, both versions and what to do in a stale firm update', async () => {
    const store = await openStore({ kind: 'sqlite', file: ':memory:' });
    try {
      await store.ensureWorkspace({ id: 'w', name: 'W', kind: 'research' });
      await store.putCase('w', minimalCase('f'), { replace: false });
      await store.updateFirm('w', { ...minimalCase('f').firm, name: 'F2' }, 1);
      const stale = store.updateFirm('w', { ...minimalCase('f').firm, name: 'F3' }, 1);
      await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
      await expect(stale).rejects.toThrow(
        'firm "f" was changed by someone else: you sent version 1, the stored version is 2. Reload it and apply your change again.',
      );
      await expect(store.deleteFirm('w', 'ghost')).rejects.toThrow(new NotFoundError('firm', 'ghost'));
      await expect(store.touchCase('w', 'ghost')).rejects.toThrow(new NotFoundError('firm', 'ghost'));
    } finally {
      await store.close();
    }
  });
});

describe('migrations and connections', () => {
  it('names the migrations it knows when asked for one it does not', async () => {
    const store = await openStore({ kind: 'sqlite', file: ':memory:' });
    try {
      await expect(migrateTo(kyselyOf(store), '9999-nothing')).rejects.toThrow(
        'no migration named "9999-nothing"; known: 0001-initial, 0002-competence-assessments, 0003-reference-index, 0004-case-format-2, 0005-partner-searches',
      );
    } finally {
      await store.close();
    }
  });

  it('puts the schema into the connection options, keeping options already there', () => {
    const plain = new URL(withSearchPath('postgres://u@db:5432/foothold', 'ws_1'));
    expect(plain.searchParams.get('options')).toBe('-c search_path=ws_1');
    const kept = new URL(withSearchPath('postgres://u@db:5432/foothold?options=-c%20statement_timeout%3D5000&sslmode=disable', 'ws_1'));
    expect(kept.searchParams.get('options')).toBe('-c statement_timeout=5000 -c search_path=ws_1');
    expect(kept.searchParams.get('sslmode')).toBe('disable');
    expect(() => withSearchPath('not a url', 'ws_1')).toThrow(ValidationError);
  });

  it('reports a PostgreSQL server it cannot reach instead of hanging, and keeps nothing open', async () => {
    await expect(openStore({ kind: 'postgres', connectionString: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toThrow(/ECONNREFUSED|connect/);
    await expect(openStore({ kind: 'postgres', connectionString: 'postgres://nobody@127.0.0.1:1/none', schema: 'ok_schema' })).rejects.toThrow();
  });
});
