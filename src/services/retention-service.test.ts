// Retention of imported contacts on every store: two LinkedIn imports years apart, one old contact
// edited by hand. The purge removes only the old contact nobody used, with its import tie, and
// keeps it in the audit log only as { id, erased }; a dry run writes nothing.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { validateCaseValue } from '../core/case-file/index.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { kyselyOf } from '../store/case-store.js';
import type { CaseStore } from '../store/types.js';
import { minimalCase } from '../test-support/cases.js';
import { ANNA, JANE, OLA, connectionsCsv } from '../test-support/linkedin-export.js';
import { STORE_TABLES, storeTargets } from '../test-support/stores.js';
import { importContacts } from './contact-import.js';
import { purgeContacts, readRetention, setRetention } from './retention-service.js';

const WS = 'kg';
const FIRM = 'ala-too';
const TABLES = [...STORE_TABLES, 'audit_changes', 'audit_items', 'retention_settings'] as const;
const linkedin = (...rows: string[]) => ({ name: 'Connections.csv', bytes: new TextEncoder().encode(connectionsCsv(...rows)) });
const now = new Date('2025-06-30T12:00:00Z');

async function everyRow(store: CaseStore): Promise<string[]> {
  const rows: string[] = [];
  for (const table of TABLES) for (const row of await kyselyOf(store).selectFrom(table).selectAll().execute()) rows.push(`${table}: ${JSON.stringify(row)}`);
  return rows;
}

describe.each(storeTargets())('retention of imported contacts on $name', (target) => {
  let store: CaseStore;
  afterAll(() => target.cleanup());
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'Kyrgyz textiles', kind: 'firm' });
    await store.transaction((tx) => tx.putCase(WS, minimalCase(FIRM, 'Ala-Too Textile'), { replace: false }));
    await importContacts(store, WS, FIRM, linkedin(JANE, OLA), { now: new Date('2022-01-10T09:00:00Z') });
    await importContacts(store, WS, FIRM, linkedin(ANNA), { now: new Date('2025-05-01T09:00:00Z') });
    const ola = await store.getRecord(WS, FIRM, 'actors', 'act-ola-nordmann');
    if (ola === undefined) throw new Error('fixture');
    await store.updateRecord(WS, FIRM, 'actors', { ...ola.record, note: 'Introduced us to Nordic buyers' }, ola.version);
  });

  it('keeps the setting per workspace, and refuses a period out of range or an unknown workspace', async () => {
    expect(await readRetention(store, WS)).toEqual({ workspace: WS, contactsDays: null, updatedAt: null });
    expect(await setRetention(store, WS, 365, now)).toEqual({ workspace: WS, contactsDays: 365, updatedAt: now.toISOString() });
    expect((await setRetention(store, WS, null, now)).contactsDays).toBeNull();
    await expect(setRetention(store, WS, 0, now)).rejects.toThrow(ValidationError);
    await expect(setRetention(store, 'nowhere', 30, now)).rejects.toThrow(NotFoundError);
    await expect(purgeContacts(store, WS, { now })).rejects.toThrow(/removed by hand; set a retention period/);
  });

  it('on a dry run, lists the contacts due and those kept, and writes nothing', async () => {
    await setRetention(store, WS, 365, now);
    const before = await everyRow(store);
    const result = await purgeContacts(store, WS, { now, dryRun: true });
    expect(result).toMatchObject({ dryRun: true, contactsDays: 365, cutoff: '2024-06-30' });
    expect(result.firms).toEqual([
      {
        firmId: FIRM,
        purged: [{ id: 'act-jane-doe', name: 'Jane Doe', lastImported: '2022-01-10' }],
        tiesRemoved: 1,
        kept: [{ id: 'act-ola-nordmann', name: 'Ola Nordmann', lastImported: '2022-01-10', reason: 'edited' }],
        auditItems: 0,
      },
    ]);
    expect(await everyRow(store)).toEqual(before);
  });

  it('removes only the old unused contact and its tie, and leaves it in the audit log as { id, erased } only', async () => {
    await setRetention(store, WS, 365, now);
    const result = await purgeContacts(store, WS, { now });
    expect(result.firms[0]?.purged.map((p) => p.id)).toEqual(['act-jane-doe']);
    const c = await store.getCase(WS, FIRM);
    expect(validateCaseValue(JSON.parse(JSON.stringify(c))).ok).toBe(true);
    expect(c?.actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual(['act-ola-nordmann', 'act-anna-berg']);
    expect(c?.ties.map((t) => t.to)).toEqual(['act-ola-nordmann', 'act-anna-berg']);
    const rows = await everyRow(store);
    for (const trace of ['Jane', 'jane@nordicpharma.se', 'jane-doe-42'])
      expect(
        rows.filter((r) => r.includes(trace)),
        trace,
      ).toEqual([]);
    const items = await kyselyOf(store).selectFrom('audit_items').selectAll().where('record_id', '=', 'act-jane-doe').execute();
    expect(items.map((i) => [i.before, i.after])).toEqual([
      [null, JSON.stringify({ id: 'act-jane-doe', erased: true })],
      [JSON.stringify({ id: 'act-jane-doe', erased: true }), null],
    ]);
    // Nothing more is due: a second purge removes nothing.
    expect((await purgeContacts(store, WS, { now })).firms[0]?.purged).toEqual([]);
  });
});
