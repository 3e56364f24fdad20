import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Tie } from '../core/model/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { richCase } from '../test-support/cases.js';
import { dumpTables, storeTargets } from '../test-support/stores.js';
import { kyselyOf } from './case-store.js';
import type { CaseStore } from './types.js';

const WS = 'research';
const FIRM = 'gobi-pharma';
const EXISTING_ACTORS = richCase(FIRM).actors.map((a) => a.id);

/** n people, each a member of the chamber, with ids p-0 … p-(n-1). */
const people = (n: number, position = 'Buyer'): Actor[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `p-${i}`,
    name: `Person ${i}`,
    kind: 'person',
    roles: [],
    memberOf: ['act-trade-body'],
    contact: { emails: [`p${i}@example.com`], position },
  }));
const tiesTo = (actors: readonly Actor[]): Tie[] =>
  actors.map((a) => ({ id: `t-${a.id}`, from: FIRM, to: a.id, networkType: 'business', subtype: 'linkedin_connection', status: 'active' }));

describe.each(storeTargets())('bulk record writes on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'Research project', kind: 'research' });
    await store.putCase(WS, richCase(FIRM), { replace: false });
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  const referrerIds = async (id: string) => (await store.referrersOf(WS, FIRM, id)).map((r) => `${r.collection}:${r.id}${r.field}`);

  it('appends many records after the last, in order, at version 1, with their query columns and references', async () => {
    const before = await store.caseRevision(WS, FIRM);
    const added = people(1203);
    await store.transaction(async (tx) => {
      await tx.insertRecords(WS, FIRM, 'actors', added);
      await tx.insertRecords(WS, FIRM, 'ties', tiesTo(added));
    });
    const actors = await store.listRecords(WS, FIRM, 'actors');
    expect(actors.map((a) => a.record.id)).toEqual([...EXISTING_ACTORS, ...added.map((a) => a.id)]);
    expect(actors.at(-1)).toEqual({ record: added.at(-1), version: 1 });
    expect((await store.getCase(WS, FIRM))?.ties.slice(-2).map((t) => t.to)).toEqual(['p-1201', 'p-1202']);
    expect(await referrerIds('p-1202')).toEqual(['ties:t-p-1202/to']);
    expect((await referrerIds('act-trade-body')).filter((r) => r.startsWith('actors:p-'))).toHaveLength(1203);
    const columns = await sql<{ kind: string; name: string }>`select kind, name from actors where firm_id = ${FIRM} and id = 'p-7'`.execute(kyselyOf(store));
    expect(columns.rows).toEqual([{ kind: 'person', name: 'Person 7' }]);
    expect(await store.caseRevision(WS, FIRM)).not.toBe(before);
    expect(await store.recordKinds(WS, FIRM, ['p-0', 't-p-0'])).toEqual(
      new Map([
        ['p-0', 'actors'],
        ['t-p-0', 'ties'],
      ]),
    );
  });

  it('refuses ids taken anywhere in the case or given twice, writing none of the records', async () => {
    const before = await dumpTables(store);
    const clash = store.insertRecords(WS, FIRM, 'actors', [...people(600), { id: 'tie-chamber', name: 'Clash', kind: 'person', roles: [] }]);
    await expect(clash).rejects.toBeInstanceOf(ConflictError);
    await expect(clash).rejects.toThrow('id "tie-chamber" is already used in ties of firm "gobi-pharma"');
    await expect(store.insertRecords(WS, FIRM, 'actors', [{ id: FIRM, name: 'Clash', kind: 'person', roles: [] }])).rejects.toThrow(
      `id "${FIRM}" is the id of the firm itself`,
    );
    await expect(store.insertRecords(WS, FIRM, 'actors', [...people(3), ...people(1)])).rejects.toThrow(
      'id "p-0" is given to two of the records written together',
    );
    await expect(store.insertRecords(WS, FIRM, 'actors', [...people(3), ...people(1)])).rejects.toMatchObject({ path: '/id' });
    // More ids than are looked up one by one: the firm's id is still found.
    await expect(store.insertRecords(WS, FIRM, 'actors', [...people(600), { id: FIRM, name: 'Clash', kind: 'person', roles: [] }])).rejects.toThrow(
      `id "${FIRM}" is the id of the firm itself`,
    );
    await expect(store.insertRecords(WS, 'ghost', 'actors', people(1))).rejects.toThrow(new NotFoundError('firm', 'ghost'));
    expect(await dumpTables(store)).toEqual(before);
  });

  it('replaces many records in place: same positions, versions up by one, references rewritten', async () => {
    const added = people(700);
    await store.insertRecords(WS, FIRM, 'actors', added);
    // Every other person changes position and leaves the chamber.
    const changed = added
      .filter((_, i) => i % 2 === 0)
      .map(({ memberOf: _m, ...a }) => ({ ...a, name: `${a.name} (moved)`, contact: { emails: [], position: 'CEO' } }));
    await store.replaceRecords(WS, FIRM, 'actors', changed);
    const actors = await store.listRecords(WS, FIRM, 'actors');
    expect(actors.map((a) => a.record.id)).toEqual([...EXISTING_ACTORS, ...added.map((a) => a.id)]);
    expect(actors.find((a) => a.record.id === 'p-0')).toEqual({ record: changed[0], version: 2 });
    expect(actors.find((a) => a.record.id === 'p-1')).toEqual({ record: added[1], version: 1 });
    expect((await referrerIds('act-trade-body')).filter((r) => r.startsWith('actors:p-'))).toHaveLength(350);
    expect(await referrerIds('act-trade-body')).not.toContain('actors:p-0/memberOf/0');
    const columns = await sql<{ name: string }>`select name from actors where firm_id = ${FIRM} and id = 'p-698'`.execute(kyselyOf(store));
    expect(columns.rows).toEqual([{ name: 'Person 698 (moved)' }]);
    await store.replaceRecords(WS, FIRM, 'actors', changed.slice(0, 1));
    expect((await store.getRecord(WS, FIRM, 'actors', 'p-0'))?.version).toBe(3);
  });

  it('replaces nothing when one record is missing or given twice, inside a transaction that fails', async () => {
    await store.insertRecords(WS, FIRM, 'actors', people(3));
    const before = await dumpTables(store);
    const missing = store.transaction((tx) =>
      tx.replaceRecords(WS, FIRM, 'actors', [...people(3, 'CEO'), { id: 'nobody', name: 'X', kind: 'person', roles: [] }]),
    );
    await expect(missing).rejects.toThrow(new NotFoundError('actor', 'nobody'));
    await expect(store.replaceRecords(WS, FIRM, 'actors', [...people(2), ...people(1)])).rejects.toThrow('id "p-0" is given to two');
    await expect(
      store.transaction(async (tx) => {
        await tx.insertRecords(WS, FIRM, 'ties', tiesTo(people(3)));
        await tx.replaceRecords(WS, FIRM, 'actors', people(3, 'CEO'));
        await tx.insertRecords(WS, FIRM, 'facts', [{ id: 'p-1', topic: 'other', text: 'clash' }]);
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('names text that cannot be stored by the record’s place in the write, and writes none of it', async () => {
    const before = await dumpTables(store);
    const [first, second] = people(2);
    const bad = { ...second!, name: 'Nul\u0000Person' };
    const inserting = store.insertRecords(WS, FIRM, 'actors', [first!, bad]);
    await expect(inserting).rejects.toBeInstanceOf(ValidationError);
    await expect(inserting).rejects.toMatchObject({ problems: [{ pointer: '/actors/1/name' }] });
    expect(await dumpTables(store)).toEqual(before);
    await store.insertRecords(WS, FIRM, 'actors', people(2));
    await expect(store.replaceRecords(WS, FIRM, 'actors', [first!, bad])).rejects.toMatchObject({ problems: [{ pointer: '/actors/1/name' }] });
  });

  it('writes more rows than one statement takes, in as many statements as needed', async () => {
    // 5,000 people are more parameters than SQLite takes in one statement, and more records than
    // are looked up at once on a replace.
    const many = people(5000).map(({ memberOf: _m, ...a }) => a);
    const progress: number[] = [];
    await store.insertRecords(WS, FIRM, 'actors', many, (written) => progress.push(written));
    expect(progress.at(-1)).toBe(5000);
    expect(progress.length).toBeGreaterThan(1);
    await store.replaceRecords(
      WS,
      FIRM,
      'actors',
      many.map((a) => ({ ...a, name: `${a.name} (moved)` })),
    );
    const actors = await store.listRecords(WS, FIRM, 'actors');
    expect(actors).toHaveLength(EXISTING_ACTORS.length + 5000);
    expect(actors.at(-1)).toEqual({ record: { ...many.at(-1), name: 'Person 4999 (moved)' }, version: 2 });
  });
});
