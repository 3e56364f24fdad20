// Membership changes in the audit log, on every store: adding a member, giving them another role and
// removing them are each one change with one item (collection "members", no firm, the account's id,
// { email, role } before and after) written in the transaction that makes them, by whoever acts. The
// same role again, a refusal and a rollback leave nothing; the firm filter leaves memberships out,
// an erasure's lookups of a firm never see them, and undo refuses them, saying how to change them back.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAs, type ActingUser } from '../shared/acting-user.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import { richCase } from '../test-support/cases.js';
import { storeTargets } from '../test-support/stores.js';
import type { AuditChangeFilter, CaseStore } from '../store/types.js';
import { addUser, removeMember, setMemberRole } from './account-service.js';
import { auditChange, listAudit, undoChange } from './audit-service.js';

const WS = 'agency';
const FIRM = 'gobi-pharma';
const PW = 'correct horse battery';
const OWEN = 'owen@example.org';
const ANN = 'ann@example.org';
const NOW = new Date('2026-03-02T09:00:00Z');

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (err: unknown) => err,
  );
}

describe.each(storeTargets())('membership changes in the audit log on $name', (target) => {
  let store: CaseStore;
  let owen: ActingUser;
  beforeEach(async () => {
    store = await target.open();
    // The first owner is made outside any request or command: "local".
    const { user } = await addUser(store, { email: OWEN, password: PW, workspace: WS, role: 'owner' }, NOW);
    owen = { userId: user.id, label: OWEN };
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  const list = (filter: Partial<AuditChangeFilter> = {}) => listAudit(store, WS, filter);
  const ids = async (filter: Partial<AuditChangeFilter> = {}) => (await list(filter)).map((c) => c.id);
  const asOwen = <T>(fn: () => Promise<T>): Promise<T> => runAs(owen, fn);
  /** Ann, a new account with the role in WS, added by Owen; answers her account id. */
  const addAnn = async (role: 'analyst' | 'viewer') => (await asOwen(() => addUser(store, { email: ANN, password: PW, workspace: WS, role }, NOW))).user.id;
  const roleOf = async (email: string) => (await store.accounts.membersOf(WS)).find((m) => m.user.email === email)?.role;

  it('adds a member as one change by whoever acts, with one item: no firm, the account id, nothing before, the e-mail and role after', async () => {
    const annId = await addAnn('analyst');
    const [added, first, ...more] = await list();
    expect(more).toEqual([]);
    expect(added).toEqual({
      id: expect.stringMatching(/^chg-/),
      workspaceId: WS,
      at: expect.any(String),
      userId: owen.userId,
      actor: OWEN,
      undoOf: null,
      undoneBy: null,
      itemCount: 1,
      items: [{ firmId: '', collection: 'members', recordId: annId, kind: 'insert', member: { email: ANN, role: 'analyst' } }],
    });
    expect((await auditChange(store, WS, added!.id)).items).toEqual([
      {
        firmId: '',
        collection: 'members',
        recordId: annId,
        kind: 'insert',
        member: { email: ANN, role: 'analyst' },
        before: null,
        after: { email: ANN, role: 'analyst' },
        versionAfter: null,
      },
    ]);
    expect(first).toMatchObject({ actor: 'local', userId: null, items: [{ recordId: owen.userId, kind: 'insert', member: { email: OWEN, role: 'owner' } }] });
  });

  it('gives a member another role as an update, and writes nothing when the role stays the same', async () => {
    const annId = await addAnn('viewer');
    await asOwen(() => setMemberRole(store, WS, ANN, 'analyst', NOW));
    const [changed] = await list();
    expect(changed).toMatchObject({
      actor: OWEN,
      itemCount: 1,
      items: [{ firmId: '', collection: 'members', recordId: annId, kind: 'update', member: { email: ANN, role: 'analyst' } }],
    });
    expect((await auditChange(store, WS, changed!.id)).items[0]).toMatchObject({
      before: { email: ANN, role: 'viewer' },
      after: { email: ANN, role: 'analyst' },
    });

    const before = await ids();
    await asOwen(() => setMemberRole(store, WS, ANN.toUpperCase(), 'analyst', NOW));
    await asOwen(() => addUser(store, { email: ANN, workspace: WS, role: 'analyst' }, NOW));
    expect(await ids()).toEqual(before);
    expect(await roleOf(ANN)).toBe('analyst');
  });

  it('puts a membership of another workspace in that workspace’s log, not this one’s', async () => {
    const annId = await addAnn('viewer');
    const before = await ids();
    await asOwen(() => addUser(store, { email: ANN, workspace: 'client-a', role: 'advisor' }, NOW));
    expect(await ids()).toEqual(before);
    const [other, ...more] = await listAudit(store, 'client-a', {});
    expect(more).toEqual([]);
    expect(other).toMatchObject({ workspaceId: 'client-a', items: [{ recordId: annId, kind: 'insert', member: { email: ANN, role: 'advisor' } }] });
  });

  it('removes a member as a delete that keeps the role they had, and writes nothing for one who is not a member', async () => {
    const annId = await addAnn('viewer');
    await asOwen(() => removeMember(store, WS, annId));
    const [removed] = await list();
    expect(removed).toMatchObject({
      actor: OWEN,
      items: [{ firmId: '', collection: 'members', recordId: annId, kind: 'delete', member: { email: ANN, role: 'viewer' } }],
    });
    expect((await auditChange(store, WS, removed!.id)).items[0]).toMatchObject({ before: { email: ANN, role: 'viewer' }, after: null });

    const before = await ids();
    await expect(asOwen(() => removeMember(store, WS, annId))).rejects.toBeInstanceOf(NotFoundError);
    expect(await ids()).toEqual(before);
  });

  it('writes nothing when the change is refused or its transaction rolls back', async () => {
    const annId = await addAnn('viewer');
    const before = await ids();
    // The only owner keeps the role and stays a member.
    expect(await rejection(asOwen(() => setMemberRole(store, WS, OWEN, 'viewer', NOW)))).toBeInstanceOf(ConflictError);
    expect(await rejection(asOwen(() => removeMember(store, WS, owen.userId ?? '')))).toBeInstanceOf(ConflictError);
    // A password for an existing account is refused after nothing was written.
    expect(await rejection(asOwen(() => addUser(store, { email: ANN, password: PW, workspace: WS, role: 'analyst' }, NOW)))).toBeInstanceOf(ConflictError);
    // The membership and its audit item are one transaction: a rollback takes both.
    await expect(
      store.transaction(async (tx) => {
        await tx.accounts.setMembership(WS, annId, 'analyst', NOW.toISOString());
        expect((await tx.audit.list(WS, { limit: 1 }))[0]?.items[0]).toMatchObject({ recordId: annId, kind: 'update' });
        throw new Error('stop here');
      }),
    ).rejects.toThrow('stop here');
    expect(await ids()).toEqual(before);
    expect(await roleOf(ANN)).toBe('viewer');
    expect(await roleOf(OWEN)).toBe('owner');
  });

  it('lists memberships among the changes of cases; a firm filter leaves them out, an account filter keeps them', async () => {
    await asOwen(() => store.putCase(WS, richCase(FIRM), { replace: false }));
    const annId = await addAnn('analyst');
    const summary = async (filter: Partial<AuditChangeFilter> = {}) => (await list(filter)).map((c) => [c.items[0]?.collection, c.items[0]?.recordId]);
    expect(await summary()).toEqual([
      ['members', annId],
      ['case', FIRM],
      ['members', owen.userId],
    ]);
    expect(await summary({ firmId: FIRM })).toEqual([['case', FIRM]]);
    expect(await summary({ userId: owen.userId ?? '' })).toEqual([
      ['members', annId],
      ['case', FIRM],
    ]);
    // What a person's export or erasure reads of a firm's log: never a membership, even by e-mail.
    expect((await store.audit.findItems(WS, FIRM, 'all')).map((i) => i.collection)).toEqual(['case']);
    expect(await store.audit.findItems(WS, FIRM, [ANN, annId])).toEqual([]);
    const [added] = await list();
    const before = await auditChange(store, WS, added!.id);
    expect(await store.audit.redactItems(WS, FIRM, { needles: 'all', redact: () => ({ erased: true }) })).toBe(1);
    expect(await auditChange(store, WS, added!.id)).toEqual(before);
  });

  it('refuses to undo a membership change with a ConflictError that says how to change it back, writing nothing', async () => {
    const annId = await addAnn('viewer');
    await asOwen(() => setMemberRole(store, WS, ANN, 'analyst', NOW));
    await asOwen(() => removeMember(store, WS, annId));
    const before = await list();
    for (const change of before.slice(0, 3)) {
      const err = await rejection(asOwen(() => undoChange(store, WS, change.id)));
      expect(err, change.items[0]?.kind).toBeInstanceOf(ConflictError);
      expect((err as Error).message).toBe(
        `change ${change.id} changed the membership of ${ANN}, and a membership change is not undone: set the role again on the Members page ` +
          `(or with foothold user add ${ANN} --workspace ${WS} --role <role>), or remove the member there`,
      );
    }
    expect(await list()).toEqual(before);
    expect(await roleOf(ANN)).toBeUndefined();
  });
});
