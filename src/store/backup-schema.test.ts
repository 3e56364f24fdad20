// The tables of backups as the migrations make them: every table db-schema.ts declares has its
// choice (carried or not), each table comes after those it refers to, and the columns say their
// type, whether they may be null and whether they hold JSON.
import { describe, expect, it } from 'vitest';
import { backupTablesAt, CARRIED_IN_BACKUPS, KNOWN_MIGRATIONS, memoryDatabaseAt, tablesAt } from './backup-schema.js';
import { MIGRATIONS } from './migrations/index.js';

describe('the tables at a migration level', () => {
  it('at the latest level are exactly the tables db-schema.ts declares, so none is carried without a choice', async () => {
    const names = (await tablesAt(KNOWN_MIGRATIONS)).map((t) => t.name);
    expect([...names].sort()).toEqual(Object.keys(CARRIED_IN_BACKUPS).sort());
    expect(KNOWN_MIGRATIONS).toEqual(Object.keys(MIGRATIONS));
  });

  it('leave sessions and failed logins out of backups, and carry accounts and tokens', async () => {
    const carried = (await backupTablesAt(KNOWN_MIGRATIONS)).map((t) => t.name);
    expect(carried).not.toContain('sessions');
    expect(carried).not.toContain('login_failures');
    expect(carried).toEqual(expect.arrayContaining(['users', 'memberships', 'api_tokens', 'workspaces', 'firms', 'ties', 'case_references']));
  });

  it('come each after the tables it refers to', async () => {
    const tables = await tablesAt(KNOWN_MIGRATIONS);
    const place = new Map(tables.map((t, i) => [t.name, i]));
    for (const table of tables)
      for (const parent of table.parents) expect(place.get(parent), `${parent} before ${table.name}`).toBeLessThan(place.get(table.name)!);
    expect(tables.find((t) => t.name === 'memberships')?.parents).toEqual(expect.arrayContaining(['users', 'workspaces']));
    expect(tables.find((t) => t.name === 'ties')?.parents).toEqual(['firms']);
    expect(tables.find((t) => t.name === 'firms')?.parents).toEqual(['workspaces']);
  });

  it('say each column’s type, nullability and JSON, and the primary key', async () => {
    const tables = await tablesAt(KNOWN_MIGRATIONS);
    const ties = tables.find((t) => t.name === 'ties')!;
    const column = (name: string) => ties.columns.find((c) => c.name === name);
    expect(column('strength')).toEqual({ name: 'strength', type: 'integer', nullable: true, json: false });
    expect(column('record')).toEqual({ name: 'record', type: 'text', nullable: false, json: true });
    expect(column('from_id')).toEqual({ name: 'from_id', type: 'text', nullable: false, json: false });
    expect(ties.primaryKey).toEqual(['workspace_id', 'firm_id', 'id']);
    // SQLite would let a text primary key be null; no backup may.
    expect(tables.find((t) => t.name === 'users')!.columns.find((c) => c.name === 'id')?.nullable).toBe(false);
    expect(tables.find((t) => t.name === 'firms')!.columns.find((c) => c.name === 'case_meta')?.json).toBe(true);
    expect(tables.find((t) => t.name === 'login_failures')!.primaryKey).toEqual([]);
  });

  it('at the first migration are that migration’s tables and columns', async () => {
    const tables = await tablesAt(KNOWN_MIGRATIONS.slice(0, 1));
    const names = tables.map((t) => t.name);
    expect(names).toContain('segments');
    expect(names).not.toContain('users');
    expect(names).not.toContain('case_references');
    expect(tables.find((t) => t.name === 'firms')!.columns.map((c) => c.name)).toEqual([
      'workspace_id',
      'id',
      'name',
      'country',
      'record',
      'case_meta',
      'version',
      'created_at',
      'updated_at',
    ]);
  });

  it('are known only for the first migrations of this Foothold, in order', async () => {
    await expect(memoryDatabaseAt([KNOWN_MIGRATIONS[1]!])).rejects.toThrow(/expected the first migrations/);
    await expect(memoryDatabaseAt([])).rejects.toThrow(/expected the first migrations/);
  });
});
