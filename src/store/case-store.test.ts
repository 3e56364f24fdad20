import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFile } from '../core/case-file/index.js';
import { COLLECTION_NAMES } from '../core/case-file/index.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../shared/errors.js';
import { minimalCase, parsedCase, richCase } from '../test-support/cases.js';
import { STORE_TABLES, dumpTables, rowCountsOfFirm, storeTargets } from '../test-support/stores.js';
import { kyselyOf } from './case-store.js';
import type { CaseStore } from './types.js';

const WS = 'research';

describe.each(storeTargets())('case store on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'Research project', kind: 'research' });
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  describe('whole cases', () => {
    it('gives back a rich case exactly as it was put', async () => {
      const rich = richCase();
      // The fixture must exercise every collection, or the round trip proves less than it claims.
      for (const name of COLLECTION_NAMES) expect(rich[name].length, name).toBeGreaterThan(0);
      await store.putCase(WS, rich, { replace: false });
      const back = await store.getCase(WS, rich.firm.id);
      expect(back).toStrictEqual(rich);
      // Same keys in the same order, and the unicode intact.
      expect(JSON.stringify(back)).toBe(JSON.stringify(rich));
      expect(back?.markets[0]?.description).toBe('ශ්‍රී ලංකා: first market');
      expect(back?.firm.name).toBe('Говь Фарм ХХК');
    });

    it('leaves out title, notes and $schema when the case had none', async () => {
      const bare = minimalCase();
      await store.putCase(WS, bare, { replace: false });
      const back = await store.getCase(WS, bare.firm.id);
      expect(back).toStrictEqual(bare);
      expect(back === undefined ? [] : Object.keys(back)).toEqual(['format', 'firm', ...COLLECTION_NAMES]);
    });

    it('keeps the order records had in the case, not id order', async () => {
      const c = parsedCase({
        format: 'foothold.case/2',
        firm: { id: 'f', name: 'F', countryOfOrigin: 'FI' },
        facts: ['zeta', 'alpha', 'mid', 'beta'].map((id) => ({ id, topic: 'other' as const, text: id })),
      });
      await store.putCase(WS, c, { replace: false });
      expect((await store.getCase(WS, 'f'))?.facts.map((f) => f.id)).toEqual(['zeta', 'alpha', 'mid', 'beta']);
      expect((await store.listRecords(WS, 'f', 'facts')).map((r) => [r.record.id, r.version])).toEqual([
        ['zeta', 1],
        ['alpha', 1],
        ['mid', 1],
        ['beta', 1],
      ]);
    });

    it('answers undefined for a firm it does not have', async () => {
      expect(await store.getCase(WS, 'nobody')).toBeUndefined();
      expect(await store.getFirm(WS, 'nobody')).toBeUndefined();
      expect(await store.firmExists(WS, 'nobody')).toBe(false);
    });

    it('refuses to overwrite a firm without replace, and keeps the stored case', async () => {
      const rich = richCase();
      await store.putCase(WS, rich, { replace: false });
      const before = await dumpTables(store);
      const other = parsedCase({ format: 'foothold.case/2', title: 'Other', firm: { id: rich.firm.id, name: 'Someone else', countryOfOrigin: 'FI' } });
      const attempt = store.putCase(WS, other, { replace: false });
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      await expect(attempt).rejects.toThrow(`firm "${rich.firm.id}" exists already in workspace "${WS}"`);
      expect(await dumpTables(store)).toEqual(before);
      expect(await store.getCase(WS, rich.firm.id)).toStrictEqual(rich);
    });

    it('replaces the whole case when asked, leaving none of the old records', async () => {
      const rich = richCase();
      await store.putCase(WS, rich, { replace: false });
      const smaller = parsedCase({
        format: 'foothold.case/2',
        notes: ['second reading'],
        firm: { id: rich.firm.id, name: 'Gobi Pharma', countryOfOrigin: 'MN' },
        actors: [{ id: 'act-new', name: 'New partner', kind: 'organization' }],
      });
      await store.putCase(WS, smaller, { replace: true });
      expect(await store.getCase(WS, rich.firm.id)).toStrictEqual(smaller);
      const counts = await rowCountsOfFirm(store, WS, rich.firm.id);
      expect(counts).toMatchObject({ firms: 1, actors: 1, ties: 0, segments: 0, key_people: 0 });
      expect(await store.getFirm(WS, rich.firm.id)).toEqual({ record: smaller.firm, version: 1 });
    });

    it('rejects a case whose ids repeat across collections, writing nothing', async () => {
      const bad: CaseFile = {
        ...minimalCase('dup'),
        facts: [{ id: 'same', topic: 'other', text: 'a' }],
        markets: [{ id: 'same', country: 'LK', status: 'target' }],
      };
      const before = await dumpTables(store);
      await expect(store.putCase(WS, bad, { replace: false })).rejects.toThrow('id "same" is used twice in the case of firm "dup", at /facts/0 and /markets/0');
      expect(await dumpTables(store)).toEqual(before);
    });

    it('lets only one of two concurrent puts of a new firm land', async () => {
      const results = await Promise.allSettled([
        store.putCase(WS, minimalCase('race', 'First'), { replace: false }),
        store.putCase(WS, minimalCase('race', 'Second'), { replace: false }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(ConflictError);
      expect(await store.listFirms(WS)).toHaveLength(1);
    });

    // Only PostgreSQL runs two writers' transactions at once (SQLite begins immediate, PGlite has one
    // connection), so only there can both see "no such firm" and race to insert it. The race is held at
    // that point on purpose: the first transaction has inserted and waits; the second is checked to be
    // blocked on the first's row before the first commits.
    if (target.name === 'postgres') {
      it('turns the unique violation of a put that lost the race into ConflictError, and keeps the winner', async () => {
        const other = await target.reopen(store);
        const probe = kyselyOf(store);
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        let winnerXid!: string;
        let inserted!: () => void;
        const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
        const winner = store.transaction(async (tx) => {
          await tx.putCase(WS, minimalCase('race', 'First'), { replace: false });
          winnerXid = (await sql<{ xid: string }>`select txid_current()::text as xid`.execute(kyselyOf(tx))).rows[0]!.xid;
          inserted();
          await gate;
        });
        await insertedOnce;
        const loser = other.putCase(WS, minimalCase('race', 'Second'), { replace: false }).then(
          () => 'landed',
          (err: unknown) => err,
        );
        const waiting = async () =>
          Number(
            (
              await sql<{
                n: string;
              }>`select count(*)::text as n from pg_locks where locktype = 'transactionid' and transactionid::text = ${winnerXid} and not granted`.execute(
                probe,
              )
            ).rows[0]?.n,
          );
        // A deadline, not a count: on a busy machine the second put may take seconds to get there.
        const deadline = Date.now() + 30_000;
        while ((await waiting()) === 0) {
          if (Date.now() > deadline) throw new Error('the second put never blocked on the first');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        release();
        await winner;
        const outcome = await loser;
        expect(outcome).toBeInstanceOf(ConflictError);
        expect((outcome as ConflictError).message).toContain(`firm "race" exists already in workspace "${WS}"`);
        expect((await store.getFirm(WS, 'race'))?.record.name).toBe('First');
      });
    }

    it('needs the workspace to exist', async () => {
      await expect(store.putCase('no-such-ws', minimalCase(), { replace: false })).rejects.toThrow(new NotFoundError('workspace', 'no-such-ws'));
    });
  });

  describe('transactions', () => {
    it('undoes everything when fn throws after putCase', async () => {
      await store.putCase(WS, minimalCase('kept'), { replace: false });
      const before = await dumpTables(store);
      const boom = new Error('boom after putCase');
      await expect(
        store.transaction(async (tx) => {
          await tx.putCase(WS, richCase(), { replace: false });
          await tx.putCase(WS, minimalCase('kept'), { replace: true });
          await tx.ensureWorkspace({ id: 'temp', name: 'Temp', kind: 'firm' });
          expect(await tx.firmExists(WS, 'gobi-pharma')).toBe(true);
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(await dumpTables(store)).toEqual(before);
    });

    it('commits every write of fn together and returns its value', async () => {
      const result = await store.transaction(async (tx) => {
        await tx.putCase(WS, minimalCase('a'), { replace: false });
        await tx.putCase(WS, minimalCase('b'), { replace: false });
        return 'done';
      });
      expect(result).toBe('done');
      expect((await store.listFirms(WS)).map((f) => f.id)).toEqual(['a', 'b']);
    });

    it('joins nested transactions to the outer one, also when started on the root store', async () => {
      const boom = new Error('outer fails');
      await expect(
        store.transaction(async (tx) => {
          await tx.transaction((inner) => inner.putCase(WS, minimalCase('inner-tx'), { replace: false }));
          // The root store called inside fn must see the uncommitted row and join, not wait for a second connection.
          await store.transaction((inner) => inner.putCase(WS, minimalCase('inner-root'), { replace: false }));
          expect(await store.firmExists(WS, 'inner-tx')).toBe(true);
          expect((await tx.listFirms(WS)).map((f) => f.id)).toEqual(['inner-root', 'inner-tx']);
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(await store.listFirms(WS)).toEqual([]);
    });

    it('refuses work through a transaction store after the transaction ended', async () => {
      let leaked: CaseStore | undefined;
      await store.transaction((tx) => {
        leaked = tx;
        return Promise.resolve();
      });
      await expect(leaked?.listFirms(WS)).rejects.toThrow('this transaction has ended');
    });
  });

  describe('firms', () => {
    it('lists firms by id with their summary', async () => {
      for (const id of ['zebra', 'alpha', 'mango']) await store.putCase(WS, minimalCase(id, `Firm ${id}`), { replace: false });
      const firms = await store.listFirms(WS);
      expect(firms.map((f) => f.id)).toEqual(['alpha', 'mango', 'zebra']);
      expect(firms[0]).toMatchObject({ id: 'alpha', name: 'Firm alpha', countryOfOrigin: 'MN', version: 1 });
      expect(firms[0]?.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });

    it('orders ids by code unit on every dialect, whatever the database collation', async () => {
      for (const id of ['ab', 'a_b', 'a.d', 'a-c', 'b1', 'a0']) await store.putCase(WS, minimalCase(id), { replace: false });
      expect((await store.listFirms(WS)).map((f) => f.id)).toEqual(['a-c', 'a.d', 'a0', 'a_b', 'ab', 'b1']);
    });

    it('updates the firm with its version, refusing stale and unknown ones', async () => {
      const rich = richCase();
      await store.putCase(WS, rich, { replace: false });
      const renamed = { ...rich.firm, name: 'Gobi Pharma LLC', countryOfOrigin: 'KZ' };
      expect(await store.updateFirm(WS, renamed, 1)).toBe(2);
      expect(await store.getFirm(WS, rich.firm.id)).toEqual({ record: renamed, version: 2 });
      expect((await store.getCase(WS, rich.firm.id))?.firm).toStrictEqual(renamed);
      expect(await store.listFirms(WS)).toMatchObject([{ id: rich.firm.id, name: 'Gobi Pharma LLC', countryOfOrigin: 'KZ', version: 2 }]);

      const stale = store.updateFirm(WS, { ...renamed, name: 'Lost update' }, 1);
      await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
      await expect(stale).rejects.toThrow('you sent version 1, the stored version is 2');
      expect((await store.getFirm(WS, rich.firm.id))?.record.name).toBe('Gobi Pharma LLC');
      await expect(store.updateFirm(WS, { ...renamed, id: 'ghost' }, 1)).rejects.toThrow(new NotFoundError('firm', 'ghost'));
    });

    it('deletes a firm with every row under it, and only that firm', async () => {
      const rich = richCase();
      await store.putCase(WS, rich, { replace: false });
      await store.putCase(WS, richCase('other-firm'), { replace: false });
      const before = await rowCountsOfFirm(store, WS, rich.firm.id);
      expect(before.ties).toBe(3);
      expect(Object.values(before).reduce((a, b) => a + b, 0)).toBeGreaterThan(25);

      await store.deleteFirm(WS, rich.firm.id);
      const after = await rowCountsOfFirm(store, WS, rich.firm.id);
      expect(after).toEqual(Object.fromEntries(STORE_TABLES.map((t) => [t, 0])));
      expect(await store.getCase(WS, 'other-firm')).toStrictEqual(richCase('other-firm'));
      await expect(store.deleteFirm(WS, rich.firm.id)).rejects.toThrow(new NotFoundError('firm', rich.firm.id));
    });
  });

  describe('workspaces', () => {
    it('ensures a workspace once and keeps its first name', async () => {
      await store.ensureWorkspace({ id: 'agency', name: 'Agency portfolio', kind: 'portfolio' });
      await store.ensureWorkspace({ id: 'agency', name: 'Renamed?', kind: 'firm' });
      expect(await store.listWorkspaces()).toEqual([
        { id: 'agency', name: 'Agency portfolio', kind: 'portfolio' },
        { id: WS, name: 'Research project', kind: 'research' },
      ]);
    });

    it('keeps the same firm id apart in two workspaces', async () => {
      await store.ensureWorkspace({ id: 'agency', name: 'Agency portfolio', kind: 'portfolio' });
      const mine = richCase('shared-id');
      const theirs = minimalCase('shared-id', 'Their view of the firm');
      await store.putCase(WS, mine, { replace: false });
      await store.putCase('agency', theirs, { replace: false });
      expect(await store.getCase(WS, 'shared-id')).toStrictEqual(mine);
      expect(await store.getCase('agency', 'shared-id')).toStrictEqual(theirs);
      expect(await store.listRecords('agency', 'shared-id', 'ties')).toEqual([]);

      // Record ids may repeat across workspaces too.
      expect(await store.insertRecord('agency', 'shared-id', 'ties', mine.ties[1]!)).toBe(1);
      await store.deleteFirm(WS, 'shared-id');
      expect(await store.getCase(WS, 'shared-id')).toBeUndefined();
      expect((await store.getCase('agency', 'shared-id'))?.ties).toEqual([mine.ties[1]]);
      expect(await store.listFirms(WS)).toEqual([]);
      expect((await store.listFirms('agency')).map((f) => f.name)).toEqual(['Their view of the firm']);
    });
  });
});
