import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { immediateSqliteDialect, withStatementCache } from './sqlite-dialect.js';

describe('withStatementCache', () => {
  const open: SqliteDatabase.Database[] = [];
  const database = () => {
    const db = new SqliteDatabase(':memory:');
    open.push(db);
    return db;
  };
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });

  it('compiles a statement once and hands it out again for the same text', () => {
    const cached = withStatementCache(database(), 3);
    const first = cached.prepare('select 1 as one');
    expect(cached.prepare('select 1 as one')).toBe(first);
    expect(cached.prepare('select 2 as two')).not.toBe(first);
  });

  it('drops the least recently used statement when full', () => {
    const cached = withStatementCache(database(), 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a); // now "select 2" is the least recently used
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('closes the database', () => {
    const db = database();
    withStatementCache(db, 2).close();
    expect(db.open).toBe(false);
  });

  it('gives right answers through Kysely when statements are reused, also after the schema changed under them', async () => {
    const kysely = new Kysely<Record<string, Record<string, unknown>>>({ dialect: immediateSqliteDialect(database()) });
    await sql`create table t (a integer)`.execute(kysely);
    const insert = CompiledQuery.raw('insert into t (a) values (?), (?)', [1, 2]);
    await kysely.executeQuery(insert);
    await kysely.executeQuery(CompiledQuery.raw('insert into t (a) values (?), (?)', [3, 4]));
    const read = () => kysely.executeQuery<{ total: number }>(CompiledQuery.raw('select sum(a) as total from t'));
    expect((await read()).rows).toEqual([{ total: 10 }]);
    await sql`alter table t add column b text`.execute(kysely);
    await kysely.executeQuery(CompiledQuery.raw('insert into t (a) values (?), (?)', [5, 6]));
    expect((await read()).rows).toEqual([{ total: 21 }]);
    await kysely.destroy();
  });
});
