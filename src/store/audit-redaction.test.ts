// Finding and rewriting audit items by what they hold, on every store: LIKE's wildcards in a
// needle are taken literally, ASCII case is ignored, and a rewrite touches only what it changes.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { minimalCase } from '../test-support/cases.js';
import { storeTargets } from '../test-support/stores.js';
import type { CaseStore } from './types.js';

const WS = 'w';
const FIRM = 'nomad-tea';

describe.each(storeTargets())('audit items by content on $name', (target) => {
  let store: CaseStore;
  afterAll(() => target.cleanup());
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'W', kind: 'research' });
    await store.putCase(WS, minimalCase(FIRM), { replace: false });
    await store.insertRecord(WS, FIRM, 'facts', { id: 'f-percent', topic: 'main_business', text: 'Sells 100%_organic tea' });
    await store.insertRecord(WS, FIRM, 'facts', { id: 'f-plain', topic: 'main_business', text: 'Sells 100 organic teas' });
    await store.insertRecord(WS, FIRM, 'facts', { id: 'f-quote', topic: 'main_business', text: 'Called "Steppe\\Gold" by SARAA' });
  });

  it('finds the items holding a needle literally, in any ASCII case, or by record id', async () => {
    const ids = async (needles: readonly string[] | 'all') => (await store.audit.findItems(WS, FIRM, needles)).map((i) => i.recordId);
    expect(await ids(['100%_organic'])).toEqual(['f-percent']);
    expect(await ids(['"Steppe\\Gold"'])).toEqual(['f-quote']);
    expect(await ids(['Saraa'])).toEqual(['f-quote']);
    expect(await ids(['f-plain'])).toEqual(['f-plain']);
    expect(await ids([])).toEqual([]);
    expect(await ids('all')).toEqual([FIRM, 'f-percent', 'f-plain', 'f-quote']);
    const [item] = await store.audit.findItems(WS, FIRM, ['f-plain']);
    expect(item).toMatchObject({ actor: 'local', userId: null, kind: 'insert', before: null, after: { text: 'Sells 100 organic teas' }, versionAfter: 1 });
  });

  it('rewrites what the redaction changes and counts it, leaving the rest as it was', async () => {
    const before = await store.audit.findItems(WS, FIRM, 'all');
    const changed = await store.audit.redactItems(WS, FIRM, {
      needles: ['organic'],
      redact: (collection, recordId) => (recordId === 'f-percent' ? { id: recordId, erased: true, collection } : undefined),
    });
    expect(changed).toBe(1);
    const after = await store.audit.findItems(WS, FIRM, 'all');
    expect(after.find((i) => i.recordId === 'f-percent')?.after).toEqual({ id: 'f-percent', erased: true, collection: 'facts' });
    expect(after.filter((i) => i.recordId !== 'f-percent')).toEqual(before.filter((i) => i.recordId !== 'f-percent'));
  });
});
