// Single-record writes check only what they touch, yet keep exactly the rules of a whole case file:
// a differential test holds them to checkReferences on the case as it would stand, and a recording
// store proves no write reads the whole case.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkReferences, COLLECTION_NAMES, referencesOf, validateCaseValue, type CaseFile } from '../core/case-file/index.js';
import { BUILTIN_CHALLENGE_CATEGORIES } from '../core/model/index.js';
import { ConflictError, FootholdError, NotFoundError, ValidationError } from '../shared/errors.js';
import { richCase } from '../test-support/cases.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { createFirm, createRecord, deleteRecord, getFirm, getRecord, listRecords, updateFirm, updateRecord } from './record-service.js';

const WS = 'w';
const FIRM = 'gobi-pharma';
let store: CaseStore;

/** A fresh in-memory store holding only the rich case, every record at version 1. */
async function storeWithRichCase(): Promise<CaseStore> {
  const fresh = await openStore({ kind: 'sqlite', file: ':memory:' });
  await fresh.ensureWorkspace({ id: WS, name: 'W', kind: 'research' });
  await fresh.putCase(WS, richCase(), { replace: false });
  return fresh;
}

// Each test starts from its own state (a fresh store), because a mutation run runs a test alone.
beforeEach(async () => {
  store = await storeWithRichCase();
});
afterEach(() => store.close());

class Rollback extends Error {}

/** Runs a write in a transaction that is always undone, returning what the write did. */
async function tryWrite(write: (tx: CaseStore) => Promise<unknown>): Promise<'ok' | FootholdError> {
  let outcome: 'ok' | FootholdError = 'ok';
  await store
    .transaction(async (tx) => {
      try {
        await write(tx);
      } catch (err) {
        if (!(err instanceof FootholdError)) throw err;
        outcome = err;
      }
      throw new Rollback();
    })
    .catch((err: unknown) => {
      if (!(err instanceof Rollback)) throw err;
    });
  return outcome;
}

/** Sets the value at a JSON pointer inside a copy of record. */
function withValueAt<T>(record: T, pointer: string, value: string): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  const keys = pointer.split('/').slice(1);
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy as T;
}

const base = richCase();
const ids = [base.firm.id, ...COLLECTION_NAMES.flatMap((name) => base[name].map((r) => r.id))];
const candidateIds = [...ids, ...BUILTIN_CHALLENGE_CATEGORIES, 'missing-1'];
const withRefs = COLLECTION_NAMES.flatMap((name) => base[name].map((record, index) => ({ name, index, refs: referencesOf(name, record) }))).filter(
  (r) => r.refs.length > 0,
);

describe('single-record writes against the whole-case rules', () => {
  it('accept a changed reference exactly when the case stays valid, and point at the same fields', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withRefs), fc.nat(), fc.constantFrom(...candidateIds), fc.boolean(), async (target, pick, newId, asNew) => {
        const ref = target.refs[pick % target.refs.length]!;
        const original = base[target.name][target.index]!;
        const changed = withValueAt(original, ref.field, newId);
        const record = asNew ? { ...changed, id: 'fresh-record' } : changed;
        const list = [...base[target.name]] as unknown[];
        if (asNew) list.push(record);
        else list[target.index] = record;
        // The oracle: the whole case as it would stand, through the file validator (schema and references).
        const whole = validateCaseValue({ ...base, [target.name]: list });
        const expected = whole.ok ? [] : whole.problems;

        const outcome = await tryWrite((tx) =>
          asNew ? createRecord(tx, WS, FIRM, target.name, record) : updateRecord(tx, WS, FIRM, target.name, record.id, record, 1),
        );
        if (expected.length === 0) expect(outcome).toBe('ok');
        else {
          expect(outcome).toBeInstanceOf(ValidationError);
          const at = `/${target.name}/${asNew ? list.length - 1 : target.index}`;
          const pointers = expected.map((p) => (p.pointer.startsWith(at) ? p.pointer.slice(at.length) : '(elsewhere)'));
          expect((outcome as ValidationError).problems.map((p) => p.pointer).sort()).toEqual(pointers.map((p) => (p === '(elsewhere)' ? '' : p)).sort());
        }
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    );
  });

  it('delete a record exactly when nothing else in the case names it', async () => {
    for (const name of COLLECTION_NAMES) {
      for (const record of base[name]) {
        const without = { ...base, [name]: base[name].filter((r) => r.id !== record.id) } as CaseFile;
        const dangling = checkReferences(without).filter((p) => p.message.startsWith(`"${record.id}" does not exist`) || p.message.includes(`"${record.id}";`));
        const outcome = await tryWrite((tx) => deleteRecord(tx, WS, FIRM, name, record.id));
        if (dangling.length === 0) expect(outcome, `${name}/${record.id}`).toBe('ok');
        else {
          expect(outcome, `${name}/${record.id}`).toBeInstanceOf(ConflictError);
          expect((outcome as ConflictError).message).toContain(`"${record.id}" is still referred to by`);
        }
      }
    }
  });

  it('says what a wrongly named id is, without a file position, and what was expected', async () => {
    const outcome = await tryWrite((tx) => createRecord(tx, WS, FIRM, 'ties', { id: 'tie-x', from: FIRM, to: 'mkt-lk', networkType: 'business' }));
    expect((outcome as ValidationError).problems).toEqual([{ pointer: '/to', message: '"mkt-lk" is a market; expected the id of an actor or a key person' }]);
    const missing = await tryWrite((tx) => createRecord(tx, WS, FIRM, 'benefits', { id: 'ben-x', benefit: 'reputation', tie: 'tie-gone' }));
    expect((missing as ValidationError).problems).toEqual([
      { pointer: '/tie', message: '"tie-gone" does not exist in the case of firm "gobi-pharma"; expected the id of a tie' },
    ]);
  });

  it('names the records that still refer to what is deleted, and where', async () => {
    const outcome = await tryWrite((tx) => deleteRecord(tx, WS, FIRM, 'actors', 'act-distributor'));
    expect((outcome as ConflictError).message).toBe(
      'actor "act-distributor" is still referred to by activity "act-sales" at /actors/0, market "mkt-lk" at /intermediaries/0, tie "tie-distributor" at /to; change or delete those first',
    );
    const segment = await tryWrite((tx) => deleteRecord(tx, WS, FIRM, 'segments', 'seg-1'));
    expect((segment as ConflictError).message).toBe(
      'evidence segment "seg-1" is still referred to by competence assessment "ca-2025" at /evidence/0, the firm at /evidence/0, the firm at /pathway/evidence/0; change or delete those first',
    );
  });

  it('refuses a second record for a table cell, whichever of the two is written', async () => {
    const c = richCase();
    const dup = await tryWrite((tx) => createRecord(tx, WS, FIRM, 'utilization', { ...c.utilization[0]!, id: 'u-dup' }));
    expect((dup as ValidationError).problems).toEqual([
      { pointer: '', message: 'the cell "regulatory_institutional" × "institutional" is recorded already at utilization cell "u-reg-inst"' },
    ]);
    // Moving the first rating onto the second one's cell is caught too (a whole-file check would flag the later record).
    const moved = await tryWrite((tx) =>
      updateRecord(tx, WS, FIRM, 'challengeRatings', 'cr-reg', { ...c.challengeRatings[0]!, category: 'logistics', market: 'mkt-lk' }, 1),
    );
    expect(moved).toBeInstanceOf(ValidationError);
  });

  it('answers 404-type errors for a missing firm or record before anything else', async () => {
    expect(await tryWrite((tx) => createRecord(tx, WS, 'nobody', 'facts', { id: 'f', topic: 'other', text: 'x' }))).toEqual(
      new NotFoundError('firm', 'nobody'),
    );
    expect(await tryWrite((tx) => updateRecord(tx, WS, FIRM, 'facts', 'nope', { id: 'nope', topic: 'other', text: 'x' }, 1))).toEqual(
      new NotFoundError('fact', 'nope'),
    );
    // A missing record is missing even when the body would not pass either.
    expect(await tryWrite((tx) => updateRecord(tx, WS, FIRM, 'ties', 'nope', { id: 'nope', from: 'kp-ceo', to: 'nowhere', networkType: 'social' }, 1))).toEqual(
      new NotFoundError('tie', 'nope'),
    );
    // The id names a record of another collection: not this collection's record.
    expect(await tryWrite((tx) => deleteRecord(tx, WS, FIRM, 'facts', 'tie-friend'))).toEqual(new NotFoundError('fact', 'tie-friend'));
  });

  it('checks a firm update against the evidence it names', async () => {
    const bad = await tryWrite((tx) => updateFirm(tx, WS, FIRM, { ...base.firm, evidence: ['seg-2', 'act-friend', 'nowhere'] }, 1));
    expect((bad as ValidationError).problems.map((p) => p.pointer)).toEqual(['/evidence/1', '/evidence/2']);
    expect(await tryWrite((tx) => updateFirm(tx, WS, FIRM, { ...base.firm, evidence: ['seg-2'] }, 1))).toBe('ok');
  });
});

describe('reads, firms and messages', () => {
  it('say which firm or record is missing', async () => {
    await expect(listRecords(store, WS, 'nobody', 'ties')).rejects.toThrow(new NotFoundError('firm', 'nobody'));
    await expect(getRecord(store, WS, 'nobody', 'ties', 'tie-friend')).rejects.toThrow(new NotFoundError('firm', 'nobody'));
    await expect(getRecord(store, WS, FIRM, 'ties', 'nope')).rejects.toThrow(new NotFoundError('tie', 'nope'));
    await expect(getFirm(store, WS, 'nobody')).rejects.toThrow(new NotFoundError('firm', 'nobody'));
    expect((await listRecords(store, WS, FIRM, 'ties')).map((t) => t.record.id)).toEqual(['tie-chamber', 'tie-friend', 'tie-distributor']);
  });

  it('tell what came where something else was expected', async () => {
    const outcome = await tryWrite((tx) =>
      createRecord(tx, WS, FIRM, 'ties', { id: 'tie-x', from: FIRM, to: 'act-friend', networkType: 'social', strength: 'strong' }),
    );
    expect((outcome as ValidationError).problems).toEqual([{ pointer: '/strength', message: 'expected number, got "strong"' }]);
  });

  it('list at most ten referrers and count the rest', async () => {
    const outcome = await tryWrite(async (tx) => {
      for (let i = 0; i < 12; i++)
        await createRecord(tx, WS, FIRM, 'ties', { id: `tie-${String(i).padStart(2, '0')}`, from: FIRM, to: 'act-linkedin', networkType: 'digital' });
      await deleteRecord(tx, WS, FIRM, 'actors', 'act-linkedin');
    });
    const message = (outcome as ConflictError).message;
    expect(message).toMatch(/^actor "act-linkedin" is still referred to by digital presence snapshot "dp-linkedin" at \/actor, tie "tie-00" at \/to, /);
    expect(message).toContain('tie "tie-08" at /to and 3 more; change or delete those first');
  });

  it('let a record go that only names itself', async () => {
    const outcome = await tryWrite(async (tx) => {
      await createRecord(tx, WS, FIRM, 'segments', { id: 'seg-self', source: 'src-ia1', quote: 'q', location: 'p. 1', evidence: ['seg-self'] });
      await deleteRecord(tx, WS, FIRM, 'segments', 'seg-self');
    });
    expect(outcome).toBe('ok');
  });

  it('create a firm with an empty case, and refuse one that exists, as a request body', async () => {
    const outcome = await tryWrite(async (tx) => {
      expect(await createFirm(tx, WS, { id: 'new-firm', name: 'New', countryOfOrigin: 'KE' })).toEqual({
        record: { id: 'new-firm', name: 'New', countryOfOrigin: 'KE', isPseudonym: false },
        version: 1,
      });
      expect((await tx.getCase(WS, 'new-firm'))?.ties).toEqual([]);
      await createFirm(tx, WS, { id: FIRM, name: 'Again', countryOfOrigin: 'MN' });
    });
    expect((outcome as ConflictError).message).toBe(`request body: firm "${FIRM}" already exists in workspace "${WS}"`);
    // Starting a firm cannot replace one, so the import's hint to do so is not passed on.
    expect((outcome as ConflictError).hint).toBeUndefined();
  });

  it('refuse a new firm that names evidence its empty case cannot hold, as a validation error', async () => {
    const outcome = await tryWrite((tx) => createFirm(tx, WS, { id: 'new-firm', name: 'New', countryOfOrigin: 'KE', evidence: ['seg-1'] }));
    expect(outcome).toBeInstanceOf(ValidationError);
    expect((outcome as ValidationError).problems.map((p) => p.pointer)).toEqual(['/firm/evidence/0']);
  });

  it('update a firm, returning what was stored, and check its id and its pathway evidence', async () => {
    const outcome = await tryWrite(async (tx) => {
      expect(await updateFirm(tx, WS, FIRM, { ...base.firm, sector: 'Herbal' }, 1)).toEqual({ record: { ...base.firm, sector: 'Herbal' }, version: 2 });
      const renamed = await updateFirm(tx, WS, FIRM, { ...base.firm, id: 'other' }, 2).catch((e: unknown) => e);
      expect((renamed as ValidationError).problems).toEqual([{ pointer: '/id', message: `expected "${FIRM}" (the id in the address); ids cannot be changed` }]);
      const badPathway = await updateFirm(tx, WS, FIRM, { ...base.firm, pathway: { value: 'born_global', evidence: ['nowhere'] } }, 2).catch((e: unknown) => e);
      expect((badPathway as ValidationError).problems.map((p) => p.pointer)).toEqual(['/pathway/evidence/0']);
    });
    expect(outcome).toBe('ok');
  });
});

describe('what a single-record write reads', () => {
  const WHOLE_CASE_READS = new Set(['getCase', 'getStoredCase', 'listRecords']);

  /** A store that records which of its methods were called, on itself and on its transactions. */
  function recording(inner: CaseStore, calls: string[]): CaseStore {
    return new Proxy(inner, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(prop));
          if (prop === 'transaction') {
            const fn = args[0] as (tx: CaseStore) => Promise<unknown>;
            return target.transaction((tx) => fn(recording(tx, calls)));
          }
          if (prop === 'writeCase') {
            // writeCase touches the case, then hands its transaction on.
            const [workspaceId, firmId, fn] = args as [string, string, (tx: CaseStore) => Promise<unknown>];
            calls.push('touchCase');
            return target.writeCase(workspaceId, firmId, (tx) => fn(recording(tx, calls)));
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }

  const probeTie = { id: 'tie-probe', from: FIRM, to: 'act-friend', networkType: 'social', evidence: ['seg-1'] };
  /** Stores the probe tie (at version 1) outside the recording, for the writes that change it. */
  const withProbeTie = (s: CaseStore) => createRecord(s, WS, FIRM, 'ties', probeTie);
  const nothing = async () => {};

  it.each<[string, (s: CaseStore) => Promise<unknown>, (s: CaseStore) => Promise<unknown>]>([
    ['create', nothing, (s) => createRecord(s, WS, FIRM, 'ties', probeTie)],
    [
      'update',
      withProbeTie,
      (s) => updateRecord(s, WS, FIRM, 'ties', 'tie-probe', { id: 'tie-probe', from: 'kp-ceo', to: 'act-friend', networkType: 'social' }, 1),
    ],
    ['delete', withProbeTie, (s) => deleteRecord(s, WS, FIRM, 'ties', 'tie-probe')],
    ['firm update', nothing, (s) => updateFirm(s, WS, FIRM, { ...base.firm, sector: 'Pharma' }, 1)],
  ])('%s never loads the whole case', async (_, prepare, write) => {
    await prepare(store);
    const calls: string[] = [];
    await write(recording(store, calls));
    expect(calls.filter((c) => WHOLE_CASE_READS.has(c))).toEqual([]);
    expect(calls).toContain('touchCase');
  });

  it('loads only the records some rule between records could find at fault', async () => {
    const calls: string[] = [];
    const loads = () => calls.filter((c) => c === 'getRecord' || c === 'getFirm');
    const outcome = await tryWrite(async (tx) => {
      // The tie names the firm, an actor and a segment; only the actor it leads to has a rule (no group company).
      await createRecord(recording(tx, calls), WS, FIRM, 'ties', { id: 'tie-probe', from: FIRM, to: 'act-friend', networkType: 'social', evidence: ['seg-1'] });
      expect(loads()).toEqual(['getRecord']);
    });
    expect(outcome).toBe('ok');
  });
});

describe('rules between records, on single writes in both directions', () => {
  const problemsOf = (outcome: 'ok' | FootholdError) => (outcome instanceof ValidationError ? outcome.problems : outcome);

  it("refuses a benefit whose network type is not its tie's, and a tie change that would leave one so", async () => {
    expect(
      problemsOf(
        await tryWrite((tx) => createRecord(tx, WS, FIRM, 'benefits', { id: 'ben-x', benefit: 'reputation', tie: 'tie-chamber', networkType: 'social' })),
      ),
    ).toEqual([
      {
        pointer: '/networkType',
        message:
          'tie "tie-chamber" is an institutional tie, so the benefit it brought counts as institutional; expected networkType "institutional" or none, got "social"',
      },
    ]);
    // tie-distributor's benefit names no network type: changing the tie's type is fine.
    expect(await tryWrite((tx) => updateRecord(tx, WS, FIRM, 'ties', 'tie-distributor', { ...base.ties[2]!, networkType: 'social' }, 1))).toBe('ok');
    const outcome = await tryWrite(async (tx) => {
      await createRecord(tx, WS, FIRM, 'benefits', { id: 'ben-y', benefit: 'market_access', tie: 'tie-chamber', networkType: 'institutional' });
      await updateRecord(tx, WS, FIRM, 'ties', 'tie-chamber', { ...base.ties[0]!, networkType: 'business' }, 1);
    });
    expect(problemsOf(outcome)).toEqual([
      {
        pointer: '',
        message:
          'a benefit "ben-y" names this record at /tie: tie "tie-chamber" is a business tie, so the benefit it brought counts as business; expected networkType "business" or none, got "institutional"',
      },
    ]);
  });

  it("refuses a tie to a company of the firm's own group, and making a tied actor one", async () => {
    const toSubsidiary = await tryWrite((tx) =>
      createRecord(tx, WS, FIRM, 'ties', { id: 'tie-sub', from: FIRM, to: 'act-kz-subsidiary', networkType: 'business' }),
    );
    expect(problemsOf(toSubsidiary)).toEqual([
      {
        pointer: '/to',
        message:
          'actor "act-kz-subsidiary" is the firm\'s own subsidiary (groupRelation), part of the firm, not a network tie; leave the tie out and name the company in activities or markets',
      },
    ]);
    // Ties from a group company to others are the group's own reach, and allowed.
    expect(
      await tryWrite((tx) => createRecord(tx, WS, FIRM, 'ties', { id: 'tie-sub-out', from: 'act-kz-subsidiary', to: 'act-friend', networkType: 'social' })),
    ).toBe('ok');
    const distributor = base.actors.find((a) => a.id === 'act-distributor')!;
    const made = await tryWrite((tx) => updateRecord(tx, WS, FIRM, 'actors', 'act-distributor', { ...distributor, groupRelation: 'sister' }, 1));
    expect(problemsOf(made)).toEqual([
      expect.objectContaining({ pointer: '', message: expect.stringMatching(/^a tie "tie-distributor" names this record at \/to: /) }),
    ]);
  });

  it('asks for an organization as what a person belongs to, a group company to serve a market, and an interview to report from', async () => {
    const ceo = base.keyPeople[0]!;
    expect(problemsOf(await tryWrite((tx) => updateRecord(tx, WS, FIRM, 'keyPeople', 'kp-ceo', { ...ceo, memberOf: ['act-friend'] }, 1)))).toEqual([
      { pointer: '/memberOf/0', message: 'actor "act-friend" is a person; expected the id of an organization the record belongs to' },
    ]);
    const chamber = base.actors.find((a) => a.id === 'act-trade-body')!;
    const demoted = await tryWrite((tx) =>
      updateRecord(tx, WS, FIRM, 'actors', 'act-trade-body', { ...chamber, kind: 'person', organizationType: undefined }, 1),
    );
    expect((problemsOf(demoted) as { message: string }[]).map((p) => p.message.split(':')[0])).toEqual([
      'an actor "act-distributor" names this record at /memberOf/0',
      'a key person "kp-ceo" names this record at /memberOf/0',
    ]);
    const market = base.markets.find((m) => m.id === 'mkt-eaeu')!;
    expect(problemsOf(await tryWrite((tx) => updateRecord(tx, WS, FIRM, 'markets', 'mkt-eaeu', { ...market, servedBy: 'act-distributor' }, 1)))).toEqual([
      {
        pointer: '/servedBy',
        message:
          'actor "act-distributor" is not a company of the firm\'s own group; expected an actor with groupRelation (set it on the actor, or name the actor in intermediaries)',
      },
    ]);
    const segment = base.segments.find((s) => s.id === 'seg-2')!;
    expect(problemsOf(await tryWrite((tx) => updateRecord(tx, WS, FIRM, 'segments', 'seg-2', { ...segment, reportedFrom: 'src-report' }, 1)))).toEqual([
      {
        pointer: '/reportedFrom',
        message: 'source "src-report" is a report; expected an interview source (or a key person) that the words were reported from',
      },
    ]);
    expect(await tryWrite((tx) => updateRecord(tx, WS, FIRM, 'segments', 'seg-2', { ...segment, reportedFrom: 'kp-ceo' }, 1))).toBe('ok');
    const interview = base.sources.find((s) => s.id === 'src-ia1')!;
    const retyped = await tryWrite((tx) => updateRecord(tx, WS, FIRM, 'sources', 'src-ia1', { id: interview.id, kind: 'document', title: interview.title }, 1));
    expect(problemsOf(retyped)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^an evidence segment "seg-2" names this record at \/reportedFrom: /) }),
    ]);
  });

  it('checks a record that names itself against itself as written, once', async () => {
    const personOfItself = { id: 'act-self', name: 'Self', kind: 'person', roles: [], memberOf: ['act-self'] };
    const expected = [{ pointer: '/memberOf/0', message: 'actor "act-self" is a person; expected the id of an organization the record belongs to' }];
    expect(problemsOf(await tryWrite((tx) => createRecord(tx, WS, FIRM, 'actors', personOfItself)))).toEqual(expected);
    // Stored as an organization, then written as a person: the record as written is at fault, not as stored, and only at its own field.
    const outcome = await tryWrite(async (tx) => {
      await createRecord(tx, WS, FIRM, 'actors', { ...personOfItself, kind: 'organization' });
      await updateRecord(tx, WS, FIRM, 'actors', 'act-self', personOfItself, 1);
    });
    expect(problemsOf(outcome)).toEqual(expected);
  });
});
