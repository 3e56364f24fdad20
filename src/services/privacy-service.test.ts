// A person's export and erasure across a workspace, on every store: two firms hold the actor under
// the same id and a third holds someone of the same name under another id. After the erasure the
// actor, its ties and every spelling of the name are nowhere in the store — not in a table, not in
// the audit log — while each case still passes every rule and each quote still is its transcript's
// text; a dry run and a refused erasure write nothing.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { validateCaseValue, type CaseFile, type CaseFileInput } from '../core/case-file/index.js';
import { sliceCodePoints } from '../core/evidence/code-points.js';
import { CYRILLIC, EMAIL, NAME, PERSON, alaTooCase } from '../core/privacy/test-case.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { kyselyOf } from '../store/case-store.js';
import type { CaseStore } from '../store/types.js';
import { parsedCase } from '../test-support/cases.js';
import { STORE_TABLES, storeTargets } from '../test-support/stores.js';
import { undoChange } from './audit-service.js';
import { erasePerson, exportPerson } from './privacy-service.js';

const WS = 'kg';
const SPELLINGS = ['Aibek', 'Asanov', 'Айбек', 'Асанов', EMAIL, 'aibek-asanov', '555 123 456'];
const TABLES = [...STORE_TABLES, 'audit_changes', 'audit_items', 'retention_settings'] as const;

/** Every row of every table as JSON text, with its table; rows of `except` (a firm id) left out. */
async function everyRow(store: CaseStore, except?: string): Promise<string[]> {
  const db = kyselyOf(store);
  const rows: string[] = [];
  for (const table of TABLES) {
    for (const row of (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[]) {
      if (except !== undefined && (row['firm_id'] === except || (table === 'firms' && row['id'] === except))) continue;
      rows.push(`${table}: ${JSON.stringify(row)}`);
    }
  }
  return rows;
}

/** Issyk Felt: no actor "act-aibek", but "act-7" of the same name, quoted once. */
function issykFelt(): CaseFileInput {
  return {
    format: 'foothold.case/2',
    firm: { id: 'issyk-felt', name: 'Issyk Felt', countryOfOrigin: 'KG' },
    actors: [{ id: 'act-7', name: NAME, kind: 'person', contact: { emails: [EMAIL] } }],
    sources: [{ id: 'src-1', kind: 'document', title: 'Trade fair report' }],
    segments: [{ id: 'seg-1', source: 'src-1', quote: `${NAME} ordered felt slippers.`, location: 'p. 2' }],
  };
}

function checkSpans(c: CaseFile): void {
  for (const s of c.segments) {
    if (s.span === undefined) continue;
    const text = c.transcripts.find((t) => t.id === s.span?.transcript)?.text ?? '';
    expect(s.quote, s.id).toBe(sliceCodePoints(text, s.span.start, s.span.end));
  }
}

describe.each(storeTargets())('person export and erasure on $name', (target) => {
  let store: CaseStore;
  afterAll(() => target.cleanup());
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'Kyrgyz textiles', kind: 'portfolio' });
    await store.transaction(async (tx) => {
      await tx.putCase(WS, parsedCase(alaTooCase('ala-too', { notes: true })), { replace: false });
      await tx.putCase(WS, parsedCase(alaTooCase('tien-shan-wool')), { replace: false });
      await tx.putCase(WS, parsedCase(issykFelt()), { replace: false });
    });
    // Later edits, so that the audit log holds the person record by record too.
    const actor = await store.getRecord(WS, 'tien-shan-wool', 'actors', PERSON);
    if (actor === undefined) throw new Error('fixture');
    await store.updateRecord(WS, 'tien-shan-wool', 'actors', { ...actor.record, description: `${NAME} of Bishkek, a wholesaler` }, actor.version);
    await store.insertRecord(WS, 'tien-shan-wool', 'facts', { id: 'fact-1', topic: 'main_business', text: `Wool sold through ${CYRILLIC}` });
  });

  it('exports, per firm, the records about the person, the quotes naming them, and the audit items that hold them', async () => {
    const exported = await exportPerson(store, WS, PERSON, { aliases: [CYRILLIC] });
    expect(exported.names).toEqual([NAME, CYRILLIC]);
    expect(exported.firms.map((f) => [f.firmId, f.foundBy])).toEqual([
      ['ala-too', 'id'],
      ['issyk-felt', 'name'],
      ['tien-shan-wool', 'id'],
    ]);
    const [alaToo, issyk, tienShan] = exported.firms;
    expect(alaToo?.actor?.name).toBe(NAME);
    expect(alaToo?.ties.map((t) => t.id)).toEqual(['tie-aibek', 'tie-kp-aibek', 'tie-aibek-dana']);
    expect(alaToo?.quotes.map((q) => q.segment)).toEqual(['seg-friend', 'seg-buyers', 'seg-cousin', 'seg-order']);
    expect(issyk?.lookalikes.map((l) => [l.id, l.sameAs])).toEqual([['act-7', ['name', 'email']]]);
    expect(issyk?.quotes.map((q) => q.segment)).toEqual(['seg-1']);
    // Issyk Felt's import names act-7, which may be the person: listed.
    expect(issyk?.audit.map((i) => i.collection)).toEqual(['case']);
    expect(tienShan?.audit.map((i) => [i.collection, i.recordId, i.kind])).toEqual([
      ['case', 'tien-shan-wool', 'insert'],
      ['actors', PERSON, 'update'],
      ['facts', 'fact-1', 'insert'],
    ]);
    expect(tienShan?.audit[1]).toMatchObject({ actor: 'local', after: { description: `${NAME} of Bishkek, a wholesaler` } });
    await expect(exportPerson(store, WS, 'act-nobody')).rejects.toThrow(NotFoundError);
  });

  it('erases the person from every firm with the id in one change, and leaves no trace of them in any table', async () => {
    const result = await erasePerson(store, WS, PERSON, { aliases: [CYRILLIC] });
    expect(result.dryRun).toBe(false);
    expect(result.firms.map((f) => f.firmId)).toEqual(['ala-too', 'tien-shan-wool']);
    expect(result.firms[1]?.changed).toContainEqual({ collection: 'facts', id: 'fact-1' });
    for (const firmId of ['ala-too', 'tien-shan-wool']) {
      const c = await store.getCase(WS, firmId);
      expect(validateCaseValue(JSON.parse(JSON.stringify(c))).ok).toBe(true);
      expect(c?.actors.map((a) => a.id)).toEqual(['act-dana', 'act-chamber']);
      expect(c?.ties.map((t) => t.id)).toEqual(['tie-dana', 'tie-chamber']);
      checkSpans(c as CaseFile);
    }
    const rows = await everyRow(store, 'issyk-felt');
    for (const spelling of SPELLINGS)
      expect(
        rows.filter((row) => row.includes(spelling)),
        spelling,
      ).toEqual([]);
    // The id stays only where the audit log keeps who changed what: as a stub, or as a record id.
    const naming = rows.filter((row) => row.includes(`"${PERSON}"`) && !row.startsWith('audit_items'));
    expect(naming).toEqual([]);
    const items = await kyselyOf(store).selectFrom('audit_items').selectAll().where('record_id', '=', PERSON).execute();
    // Tien Shan Wool's edit and its deletion; Ala-Too's case named the person in its notes, so it was written whole.
    expect(items.map((i) => [i.firm_id, i.collection])).toEqual([
      ['tien-shan-wool', 'actors'],
      ['tien-shan-wool', 'actors'],
    ]);
    for (const item of items) for (const json of [item.before, item.after]) expect([null, JSON.stringify({ id: PERSON, erased: true })]).toContain(json);
    // One change for the whole erasure.
    const changes = await store.audit.list(WS, { limit: 10 });
    const own = changes[0]?.items.filter((i) => ['case', 'actors'].includes(i.collection)).map((i) => [i.firmId, i.collection, i.kind]);
    expect(own).toEqual([
      ['ala-too', 'case', 'update'],
      ['tien-shan-wool', 'actors', 'delete'],
    ]);
    // The erasure cannot be undone: its "before" holds the person only as { id, erased }, which no
    // store takes (today the undo stops at the database's NOT NULL rather than with a typed error).
    const after = await everyRow(store);
    await expect(undoChange(store, WS, changes[0]?.id ?? '')).rejects.toThrow();
    expect(await everyRow(store)).toEqual(after);
    // Issyk Felt, where only the name matched, is as it was.
    expect(await store.getCase(WS, 'issyk-felt')).toEqual(parsedCase(issykFelt()));
    await expect(exportPerson(store, WS, PERSON)).rejects.toThrow(NotFoundError);
  });

  it('on a dry run, says what it would do and writes nothing', async () => {
    const before = await everyRow(store);
    const result = await erasePerson(store, WS, PERSON, { aliases: [CYRILLIC], dryRun: true });
    expect(result.dryRun).toBe(true);
    expect(result.firms.map((f) => [f.firmId, f.removed.length, f.masked])).toEqual([
      ['ala-too', 4, 8],
      ['tien-shan-wool', 4, 8],
    ]);
    expect(result.firms[1]?.auditItems).toBe(3);
    expect(await everyRow(store)).toEqual(before);
  });

  it('writes nothing in any firm when one case would break a rule, or when the actor is not a person', async () => {
    // A case stored broken (the store keeps what it is given): its check after the erasure fails.
    const broken = parsedCase(alaTooCase('tien-shan-wool'));
    broken.benefits.push({ id: 'ben-ghost', benefit: 'market_access', tie: 'tie-ghost', audiences: [] } as never);
    await store.transaction((tx) => tx.putCase(WS, broken, { replace: true }));
    const before = await everyRow(store);
    const refused = erasePerson(store, WS, PERSON, { aliases: [CYRILLIC] });
    await expect(refused).rejects.toThrow(ValidationError);
    await expect(refused).rejects.toThrow(/tien-shan-wool/);
    expect(await everyRow(store)).toEqual(before);
    await expect(erasePerson(store, WS, 'act-chamber')).rejects.toThrow(/is an organization; only people are erased/);
    expect(await everyRow(store)).toEqual(before);
  });
});
