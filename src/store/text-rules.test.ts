// The stores accept and refuse the same text. PostgreSQL cannot hold U+0000 and no UTF-8 database can
// hold a lone surrogate; SQLite could store both. Every store refuses them, the same way, before any
// SQL runs — on every kind of write — and keeps everything else byte for byte.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFile } from '../core/case-file/index.js';
import { ValidationError } from '../shared/errors.js';
import { minimalCase, richCase } from '../test-support/cases.js';
import { dumpTables, storeTargets } from '../test-support/stores.js';
import type { CaseStore } from './types.js';

const WS = 'texts';
const NUL = 'a\u0000b';
const LONE = 'x\ud800y';

describe.each(storeTargets())('text rules on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'Texts', kind: 'research' });
    await store.putCase(WS, richCase(), { replace: false });
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  async function expectRefused(write: () => Promise<unknown>, pointer: string, what: RegExp): Promise<void> {
    const before = await dumpTables(store);
    const attempt = write();
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ problems: [{ pointer, message: expect.stringMatching(what) }] });
    expect(await dumpTables(store)).toEqual(before);
  }

  it('refuses NUL and lone surrogates in a whole case, naming the field', async () => {
    const withNul: CaseFile = { ...minimalCase('nul-firm'), firm: { ...minimalCase('nul-firm').firm, name: NUL } };
    await expectRefused(() => store.putCase(WS, withNul, { replace: false }), '/firm/name', /NUL character/);
    const rich = richCase('other');
    const lone: CaseFile = { ...rich, ties: [rich.ties[0]!, { ...rich.ties[1]!, description: LONE }, ...rich.ties.slice(2)] };
    await expectRefused(() => store.putCase(WS, lone, { replace: false }), '/ties/1/description', /lone surrogate/);
    await expectRefused(() => store.putCase(WS, { ...minimalCase('meta'), notes: ['fine', NUL] }, { replace: false }), '/notes/1', /NUL/);
  });

  it('refuses them in single-record writes and firm updates, pointing into the record', async () => {
    const rich = richCase();
    await expectRefused(() => store.insertRecord(WS, rich.firm.id, 'actors', { id: 'act-nul', name: NUL, kind: 'person', roles: [] }), '/name', /NUL/);
    const tie = rich.ties[0]!;
    await expectRefused(() => store.updateRecord(WS, rich.firm.id, 'ties', { ...tie, subtype: LONE }, 1), '/subtype', /lone surrogate/);
    await expectRefused(() => store.updateFirm(WS, { ...rich.firm, sector: NUL }, 1), '/sector', /NUL/);
    await expectRefused(() => store.ensureWorkspace({ id: 'ws-nul', name: NUL, kind: 'research' }), '/name', /NUL/);
  });

  it('keeps every other character as written, in the record and in its query columns', async () => {
    const tricky = 'tab\there, \\u0000 as text, "quotes", 😀 and ශ්‍රී';
    await store.insertRecord(WS, richCase().firm.id, 'actors', { id: 'act-tricky', name: tricky, kind: 'person', roles: [] });
    expect((await store.getRecord(WS, richCase().firm.id, 'actors', 'act-tricky'))?.record.name).toBe(tricky);
    const rows = (await dumpTables(store)).actors.filter((r) => r['id'] === 'act-tricky');
    expect(rows.map((r) => r['name'])).toEqual([tricky]);
  });
});
