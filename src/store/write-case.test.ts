// writeCase on every store: the case is locked (touched) first, writers of one firm in a process go
// one at a time and hold no connection while they wait, other firms' writers and readers go on,
// a failure rolls back only its own write, and inside a transaction it joins it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minimalCase } from '../test-support/cases.js';
import { storeTargets } from '../test-support/stores.js';
import { dropSchema, openStore } from './open.js';
import type { CaseStore } from './types.js';

const WS = 'w';
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe.each(storeTargets())('writeCase on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'W', kind: 'portfolio' });
    await store.putCase(WS, minimalCase('one'), { replace: false });
    await store.putCase(WS, minimalCase('two'), { replace: false });
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  it('runs the writers of one firm one at a time, in order, each seeing the last one’s write, with a new revision each', async () => {
    const revisions = new Set([await store.caseRevision(WS, 'one')]);
    let inside = 0;
    let most = 0;
    const write = (n: number) =>
      store.writeCase(WS, 'one', async (tx) => {
        inside++;
        most = Math.max(most, inside);
        revisions.add(await tx.caseRevision(WS, 'one'));
        const count = (await tx.listRecords(WS, 'one', 'facts')).length;
        await pause();
        await tx.insertRecord(WS, 'one', 'facts', { id: `fact-${n}`, topic: 'other', text: `written after ${count}` });
        inside--;
      });
    await Promise.all([1, 2, 3, 4, 5].map(write));
    expect(most).toBe(1);
    expect((await store.listRecords(WS, 'one', 'facts')).map((f) => f.record.text)).toEqual([0, 1, 2, 3, 4].map((n) => `written after ${n}`));
    expect(revisions.size).toBe(6);
  });

  it('lets readers go on while the writers of a firm wait their turn', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = store.writeCase(WS, 'one', async () => held);
    const second = store.writeCase(WS, 'one', async (tx) => tx.insertRecord(WS, 'one', 'facts', { id: 'fact-late', topic: 'other', text: 'late' }));
    // The pool is not taken by the waiting writer: a read of another firm answers now (on SQLite, readers never wait for the writer).
    expect((await store.getFirm(WS, 'two'))?.record.id).toBe('two');
    release();
    await Promise.all([first, second]);
    expect((await store.getRecord(WS, 'one', 'facts', 'fact-late'))?.version).toBe(1);
  });

  it('rolls back a failed write only, and the next writer of the firm still runs', async () => {
    const failing = store.writeCase(WS, 'one', async (tx) => {
      await tx.insertRecord(WS, 'one', 'facts', { id: 'fact-lost', topic: 'other', text: 'lost' });
      throw new Error('refused');
    });
    const next = store.writeCase(WS, 'one', (tx) => tx.insertRecord(WS, 'one', 'facts', { id: 'fact-kept', topic: 'other', text: 'kept' }));
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe(1);
    expect((await store.listRecords(WS, 'one', 'facts')).map((f) => f.record.id)).toEqual(['fact-kept']);
  });

  it('answers NotFoundError for a firm that does not exist, writing nothing', async () => {
    await expect(store.writeCase(WS, 'ghost', async () => 'never')).rejects.toThrow('firm "ghost" was not found');
  });

  it('joins the transaction it is called in, rolling back with it', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.writeCase(WS, 'one', (inner) => inner.insertRecord(WS, 'one', 'facts', { id: 'fact-a', topic: 'other', text: 'a' }));
        await store.writeCase(WS, 'two', (inner) => inner.insertRecord(WS, 'two', 'facts', { id: 'fact-b', topic: 'other', text: 'b' }));
        throw new Error('undo both');
      }),
    ).rejects.toThrow('undo both');
    expect(await store.getRecord(WS, 'one', 'facts', 'fact-a')).toBeUndefined();
    expect(await store.getRecord(WS, 'two', 'facts', 'fact-b')).toBeUndefined();
  });
});

const url = process.env['TEST_DATABASE_URL'];
describe.skipIf(url === undefined || url === '')('writeCase on PostgreSQL with a pool of two connections', () => {
  it('keeps the waiting writers of a busy firm off the pool: a read of another firm still gets a connection', async () => {
    const connectionString = url!;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const store = await openStore({ kind: 'postgres', connectionString, schema, poolSize: 2 });
    try {
      await store.ensureWorkspace({ id: WS, name: 'W', kind: 'portfolio' });
      await store.putCase(WS, minimalCase('one'), { replace: false });
      await store.putCase(WS, minimalCase('two', 'Tbilisi Honey Co'), { replace: false });
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let entered: () => void = () => {};
      const inside = new Promise<void>((resolve) => (entered = resolve));
      // The first writer holds one connection (and the firm's row lock) until released.
      const first = store.writeCase(WS, 'one', async () => {
        entered();
        await held;
      });
      await inside;
      // Five more writers of the same firm: were each to take a connection and wait on the row lock,
      // the one connection left would be gone and the read below would wait for the first writer.
      const waiting = [1, 2, 3, 4, 5].map((n) =>
        store.writeCase(WS, 'one', (tx) => tx.insertRecord(WS, 'one', 'facts', { id: `fact-${n}`, topic: 'other', text: `queued ${n}` })),
      );
      const read = store.getFirm(WS, 'two').then((firm) => firm?.record.name);
      const starved = new Promise<string>((resolve) => setTimeout(() => resolve('the read got no connection'), 20_000).unref());
      const outcome = await Promise.race([read, starved]);
      release();
      await Promise.all([first, ...waiting]);
      expect(outcome).toBe('Tbilisi Honey Co');
      expect((await store.listRecords(WS, 'one', 'facts')).map((f) => f.record.id)).toEqual(['fact-1', 'fact-2', 'fact-3', 'fact-4', 'fact-5']);
    } finally {
      await store.close();
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      try {
        await dropSchema(admin, schema);
      } finally {
        await admin.end();
      }
    }
  });
});
