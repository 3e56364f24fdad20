import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Tie } from '../core/model/index.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../shared/errors.js';
import { minimalCase, richCase } from '../test-support/cases.js';
import { dumpTables, storeTargets } from '../test-support/stores.js';
import { kyselyOf } from './case-store.js';
import type { CaseStore } from './types.js';

const WS = 'research';
const FIRM = 'gobi-pharma';

const newTie: Tie = { id: 'tie-new', from: 'kp-export', to: 'act-linkedin', networkType: 'digital', status: 'active', strength: 2 };

describe.each(storeTargets())('records on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'Research project', kind: 'research' });
    await store.putCase(WS, richCase(FIRM), { replace: false });
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  /** The query columns of one tie as stored, to check they follow the record. */
  const tieColumns = async (id: string) =>
    (
      await sql<{
        from_id: string;
        to_id: string;
        network_type: string;
        status: string;
        strength: number | null;
      }>`select from_id, to_id, network_type, status, strength from ties where firm_id = ${FIRM} and id = ${id}`.execute(kyselyOf(store))
    ).rows;

  it('appends an inserted record after the last one, at version 1', async () => {
    expect(await store.insertRecord(WS, FIRM, 'ties', newTie)).toBe(1);
    const ties = await store.listRecords(WS, FIRM, 'ties');
    expect(ties.map((t) => t.record.id)).toEqual(['tie-chamber', 'tie-friend', 'tie-distributor', 'tie-new']);
    expect(ties.at(-1)).toEqual({ record: newTie, version: 1 });
    expect(await store.getRecord(WS, FIRM, 'ties', 'tie-new')).toEqual({ record: newTie, version: 1 });
    expect((await store.getCase(WS, FIRM))?.ties.at(-1)).toStrictEqual(newTie);
    expect(await tieColumns('tie-new')).toEqual([{ from_id: 'kp-export', to_id: 'act-linkedin', network_type: 'digital', status: 'active', strength: 2 }]);
    // The firm's version moves only with updateFirm.
    expect((await store.getFirm(WS, FIRM))?.version).toBe(1);
  });

  it('gives each appended record its own position after the last, whatever its id', async () => {
    // Ids that sort before the existing ones: only the position keeps them in the order they were added.
    await store.insertRecord(WS, FIRM, 'facts', { id: 'a-first', topic: 'other', text: '1' });
    await store.insertRecord(WS, FIRM, 'facts', { id: 'a-second', topic: 'other', text: '2' });
    expect((await store.getCase(WS, FIRM))?.facts.map((f) => f.id)).toEqual(['fact-size', 'fact-markets', 'a-first', 'a-second']);
    expect((await store.listRecords(WS, FIRM, 'facts')).map((f) => f.record.id)).toEqual(['fact-size', 'fact-markets', 'a-first', 'a-second']);
    const positions = (await dumpTables(store)).facts.filter((r) => r['firm_id'] === FIRM).map((r) => Number(r['position']));
    expect(new Set(positions).size).toBe(positions.length);
    // Into an empty collection, the first record goes to position 0.
    await store.putCase(WS, minimalCase('empty-firm'), { replace: false });
    await store.insertRecord(WS, 'empty-firm', 'keyPeople', { id: 'kp-new', role: 'Owner' });
    expect((await dumpTables(store)).key_people.filter((r) => r['firm_id'] === 'empty-firm').map((r) => Number(r['position']))).toEqual([0]);
  });

  it('refuses an id used anywhere in the case, naming where', async () => {
    const before = await dumpTables(store);
    const takenByActor = store.insertRecord(WS, FIRM, 'ties', { ...newTie, id: 'act-friend' });
    await expect(takenByActor).rejects.toBeInstanceOf(ConflictError);
    await expect(takenByActor).rejects.toThrow('id "act-friend" is already used in actors of firm "gobi-pharma"');
    await expect(store.insertRecord(WS, FIRM, 'ties', { ...newTie, id: 'tie-chamber' })).rejects.toThrow('already used in ties');
    await expect(store.insertRecord(WS, FIRM, 'segments', { id: 'src-ia1', source: 'src-ia1', quote: 'q', location: 'l', codes: [] })).rejects.toThrow(
      'already used in sources',
    );
    await expect(store.insertRecord(WS, FIRM, 'facts', { id: FIRM, topic: 'other', text: 'x' })).rejects.toThrow(`id "${FIRM}" is the id of the firm itself`);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('lets only one of two concurrent inserts of the same id land', async () => {
    // On PostgreSQL these run on two pooled connections; the firm-row lock taken first decides.
    const results = await Promise.allSettled([
      store.insertRecord(WS, FIRM, 'facts', { id: 'contested', topic: 'other', text: 'a' }),
      store.insertRecord(WS, FIRM, 'markets', { id: 'contested', country: 'KZ', status: 'target' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failure = results.find((r) => r.status === 'rejected');
    expect(failure?.reason).toBeInstanceOf(ConflictError);
    const holders = [await store.getRecord(WS, FIRM, 'facts', 'contested'), await store.getRecord(WS, FIRM, 'markets', 'contested')];
    expect(holders.filter((h) => h !== undefined)).toHaveLength(1);
  });

  it('needs the firm to exist', async () => {
    await expect(store.insertRecord(WS, 'ghost', 'ties', newTie)).rejects.toThrow(new NotFoundError('firm', 'ghost'));
    await expect(store.listRecords(WS, 'ghost', 'ties')).rejects.toThrow(new NotFoundError('firm', 'ghost'));
    expect(await store.getRecord(WS, 'ghost', 'ties', 'tie-chamber')).toBeUndefined();
  });

  it('updates a record in place with its version, copying the query columns again', async () => {
    const changed: Tie = { id: 'tie-friend', from: 'kp-ceo', to: 'act-friend', networkType: 'business', status: 'ended', description: 'Went quiet' };
    expect(await store.updateRecord(WS, FIRM, 'ties', changed, 1)).toBe(2);
    expect(await store.updateRecord(WS, FIRM, 'ties', { ...changed, strength: 5 }, 2)).toBe(3);
    const ties = await store.listRecords(WS, FIRM, 'ties');
    expect(ties.map((t) => [t.record.id, t.version])).toEqual([
      ['tie-chamber', 1],
      ['tie-friend', 3],
      ['tie-distributor', 1],
    ]);
    expect(ties[1]?.record).toStrictEqual({ ...changed, strength: 5 });
    expect(await tieColumns('tie-friend')).toEqual([{ from_id: 'kp-ceo', to_id: 'act-friend', network_type: 'business', status: 'ended', strength: 5 }]);
    expect(await store.updateRecord(WS, FIRM, 'ties', changed, 3)).toBe(4);
    expect(await tieColumns('tie-friend')).toEqual([expect.objectContaining({ strength: null })]);
  });

  it('refuses a stale update and leaves the record as it was', async () => {
    const first = richCase(FIRM).markets[0]!;
    await store.updateRecord(WS, FIRM, 'markets', { ...first, status: 'exited' }, 1);
    const stale = store.updateRecord(WS, FIRM, 'markets', { ...first, status: 'failed' }, 1);
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toThrow('market "mkt-lk" was changed by someone else: you sent version 1, the stored version is 2');
    expect(await store.getRecord(WS, FIRM, 'markets', 'mkt-lk')).toEqual({ record: { ...first, status: 'exited' }, version: 2 });
  });

  it('reports an update of a missing record as not found', async () => {
    await expect(store.updateRecord(WS, FIRM, 'ties', newTie, 1)).rejects.toThrow(new NotFoundError('tie', 'tie-new'));
    await expect(store.updateRecord(WS, 'ghost', 'ties', newTie, 1)).rejects.toThrow(new NotFoundError('firm', 'ghost'));
  });

  it('deletes records, checking the version when one is given', async () => {
    await expect(store.deleteRecord(WS, FIRM, 'actors', 'act-linkedin', 7)).rejects.toThrow(new StaleVersionError('actor', 'act-linkedin', 7, 1));
    expect(await store.getRecord(WS, FIRM, 'actors', 'act-linkedin')).toBeDefined();
    await store.deleteRecord(WS, FIRM, 'actors', 'act-linkedin', 1);
    await store.deleteRecord(WS, FIRM, 'facts', 'fact-size');
    expect(await store.getRecord(WS, FIRM, 'actors', 'act-linkedin')).toBeUndefined();
    expect((await store.getCase(WS, FIRM))?.facts.map((f) => f.id)).toEqual(['fact-markets']);
    await expect(store.deleteRecord(WS, FIRM, 'actors', 'act-linkedin')).rejects.toThrow(new NotFoundError('actor', 'act-linkedin'));
    await expect(store.deleteRecord(WS, FIRM, 'actors', 'act-linkedin', 1)).rejects.toThrow(new NotFoundError('actor', 'act-linkedin'));
    // A deleted id is free again, and the new record goes to the end.
    await store.insertRecord(WS, FIRM, 'facts', { id: 'fact-size', topic: 'company_size', text: 'Now 140 people' });
    expect((await store.listRecords(WS, FIRM, 'facts')).map((f) => f.record.text)).toEqual(['Sri Lanka (ශ්‍රී ලංකා) and Kazakhstan', 'Now 140 people']);
  });

  it('counts the records of collections per firm of one workspace in one go, leaving out firms with none', async () => {
    await store.putCase(WS, minimalCase('empty-firm'), { replace: false });
    await store.ensureWorkspace({ id: 'other', name: 'Other', kind: 'research' });
    await store.putCase('other', richCase('elsewhere'), { replace: false });
    await store.insertRecord(WS, FIRM, 'ties', newTie);
    expect(await store.countRecords(WS, ['ties', 'actors', 'benefits'])).toEqual(
      new Map([
        ['ties', new Map([[FIRM, 4]])],
        ['actors', new Map([[FIRM, richCase().actors.length]])],
        ['benefits', new Map([[FIRM, richCase().benefits.length]])],
      ]),
    );
    expect(await store.countRecords('other', ['ties'])).toEqual(new Map([['ties', new Map([['elsewhere', 3]])]]));
    expect(await store.countRecords('nowhere', ['ties'])).toEqual(new Map([['ties', new Map()]]));
    expect(await store.countRecords(WS, [])).toEqual(new Map());
  });

  it("reads collections of every firm of one workspace in stored order, and every firm's record, leaving out other workspaces", async () => {
    await store.putCase(WS, minimalCase('empty-firm'), { replace: false });
    await store.putCase(WS, richCase('second-firm'), { replace: false });
    await store.ensureWorkspace({ id: 'other', name: 'Other', kind: 'research' });
    await store.putCase('other', richCase('elsewhere'), { replace: false });
    await store.insertRecord(WS, FIRM, 'ties', newTie);
    await store.deleteRecord(WS, 'second-firm', 'ties', 'tie-chamber');
    const read = await store.recordsOfFirms(WS, ['ties', 'markets', 'ties']);
    expect([...read.keys()].sort()).toEqual([FIRM, 'second-firm']);
    expect(read.get(FIRM)?.ties).toEqual((await store.listRecords(WS, FIRM, 'ties')).map((v) => v.record));
    expect(read.get(FIRM)?.ties?.at(-1)).toEqual(newTie);
    expect(read.get('second-firm')?.ties?.map((t) => t.id)).toEqual(['tie-friend', 'tie-distributor']);
    expect(read.get(FIRM)?.markets).toEqual(richCase(FIRM).markets);
    expect(await store.recordsOfFirms('nowhere', ['ties'])).toEqual(new Map());

    const firms = await store.firmRecords(WS);
    expect([...firms.keys()].sort()).toEqual(['empty-firm', FIRM, 'second-firm']);
    expect(firms.get(FIRM)).toEqual(await store.getFirm(WS, FIRM));
    expect(await store.firmRecords('nowhere')).toEqual(new Map());
  });

  it('undoes record writes when the surrounding transaction fails', async () => {
    const before = await dumpTables(store);
    await expect(
      store.transaction(async (tx) => {
        await tx.insertRecord(WS, FIRM, 'ties', newTie);
        await tx.updateRecord(WS, FIRM, 'ties', { ...newTie, strength: 4 }, 1);
        await tx.deleteRecord(WS, FIRM, 'segments', 'seg-2');
        await tx.insertRecord(WS, FIRM, 'actors', { id: 'tie-new', name: 'Clash', kind: 'person', roles: [] });
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await dumpTables(store)).toEqual(before);
  });
});
