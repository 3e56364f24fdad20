import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors.js';
import { minimalCase } from '../test-support/cases.js';
import { dropSchema, openStore, retryCatalogRace, SCHEMA_DROP_LOCK, storeConfigFromEnv } from './open.js';

describe('storeConfigFromEnv', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'foothold-env-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('chooses PostgreSQL when DATABASE_URL is set', () => {
    const config = storeConfigFromEnv({ DATABASE_URL: 'postgres://u@db:5432/foothold', FOOTHOLD_DATA: '/ignored' }, '/also-ignored');
    expect(config).toEqual({ kind: 'postgres', connectionString: 'postgres://u@db:5432/foothold' });
  });

  it('takes the PostgreSQL pool size from FOOTHOLD_DB_POOL_SIZE, and refuses one that is not a whole number from 1 to 500', () => {
    const url = 'postgres://u@db:5432/foothold';
    expect(storeConfigFromEnv({ DATABASE_URL: url, FOOTHOLD_DB_POOL_SIZE: '25' }, '/unused')).toEqual({
      kind: 'postgres',
      connectionString: url,
      poolSize: 25,
    });
    expect(storeConfigFromEnv({ DATABASE_URL: url, FOOTHOLD_DB_POOL_SIZE: ' ' }, '/unused')).toEqual({ kind: 'postgres', connectionString: url });
    for (const bad of ['0', '-3', '2.5', 'ten', '501', '1e3']) {
      expect(() => storeConfigFromEnv({ DATABASE_URL: url, FOOTHOLD_DB_POOL_SIZE: bad }, '/unused')).toThrow(
        new ValidationError([
          { pointer: '/FOOTHOLD_DB_POOL_SIZE', message: `expected a whole number of connections from 1 to 500, got ${JSON.stringify(bad)}` },
        ]),
      );
    }
  });

  it('puts SQLite in FOOTHOLD_DATA, creating the folder', () => {
    const data = join(tempDir(), 'nested', 'data');
    expect(storeConfigFromEnv({ FOOTHOLD_DATA: data, DATABASE_URL: '' }, '/unused')).toEqual({ kind: 'sqlite', file: join(data, 'foothold.sqlite') });
    expect(existsSync(data)).toBe(true);
  });

  it('falls back to the default data folder', () => {
    const fallback = join(tempDir(), '.foothold');
    expect(storeConfigFromEnv({}, fallback)).toEqual({ kind: 'sqlite', file: join(fallback, 'foothold.sqlite') });
    expect(existsSync(fallback)).toBe(true);
  });

  it('treats an empty FOOTHOLD_DATA as unset', () => {
    const fallback = join(tempDir(), '.foothold');
    expect(storeConfigFromEnv({ FOOTHOLD_DATA: '' }, fallback)).toEqual({ kind: 'sqlite', file: join(fallback, 'foothold.sqlite') });
  });
});

describe('openStore', () => {
  it('opens an in-memory SQLite database', async () => {
    const store = await openStore({ kind: 'sqlite', file: ':memory:' });
    try {
      expect(store.kind).toBe('sqlite');
      await store.ensureWorkspace({ id: 'default', name: 'Default', kind: 'research' });
      await store.putCase('default', minimalCase(), { replace: false });
      expect(await store.getCase('default', 'nomad-tea')).toStrictEqual(minimalCase());
    } finally {
      await store.close();
    }
    // Closing twice is harmless: shutdown paths often overlap.
    await store.close();
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    const attempt = openStore({ kind: 'postgres', connectionString: 'postgres://root@127.0.0.1:1/none', schema: 'x"; drop table firms; --' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow('cannot be a schema name');
  });
});

describe('retryCatalogRace', () => {
  const failure = (code: string) => new Error('database migration failed: schema "t_other" does not exist', { cause: Object.assign(new Error('x'), { code }) });

  it('runs the start-up again when a schema or table vanished under it, up to three times in all', async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls < 3) throw failure(calls === 1 ? '3F000' : '42P01');
      return 'migrated';
    };
    await expect(retryCatalogRace(flaky)).resolves.toBe('migrated');
    expect(calls).toBe(3);
  });

  it('gives up after the third attempt with the last error, and never retries another failure', async () => {
    let calls = 0;
    const gone = async () => {
      calls++;
      throw failure('3F000');
    };
    await expect(retryCatalogRace(gone)).rejects.toThrow('schema "t_other" does not exist');
    expect(calls).toBe(3);

    calls = 0;
    const broken = async () => {
      calls++;
      throw failure('42601');
    };
    await expect(retryCatalogRace(broken)).rejects.toThrow('database migration failed');
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      retryCatalogRace(async () => {
        calls++;
        throw new Error('plain');
      }),
    ).rejects.toThrow('plain');
    expect(calls).toBe(1);
  });
});

const url = process.env['TEST_DATABASE_URL'];
describe.skipIf(url === undefined || url === '')('dropSchema on PostgreSQL', () => {
  it('waits while a start-up holds the schema lock, then drops the schema; a bad name is refused', async () => {
    const { default: pg } = await import('pg');
    const starting = new pg.Client({ connectionString: url });
    const admin = new pg.Client({ connectionString: url });
    await Promise.all([starting.connect(), admin.connect()]);
    const schema = `t_drop_${Date.now().toString(36)}`;
    try {
      await admin.query(`create schema ${schema}`);
      await starting.query('select pg_advisory_lock_shared($1)', [SCHEMA_DROP_LOCK]);
      let dropped = false;
      const drop = dropSchema(admin, schema).then(() => (dropped = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(dropped).toBe(false);
      await starting.query('select pg_advisory_unlock_shared($1)', [SCHEMA_DROP_LOCK]);
      await drop;
      const left = await admin.query('select 1 from pg_namespace where nspname = $1', [schema]);
      expect(left.rowCount).toBe(0);
      await expect(dropSchema(admin, 'x"; drop table y; --')).rejects.toBeInstanceOf(ValidationError);
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await Promise.all([starting.end(), admin.end()]);
    }
  });
});
