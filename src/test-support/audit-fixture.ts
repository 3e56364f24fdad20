/**
 * What the audit-log service tests share (audit-service.test.ts, audit-undo.test.ts): before each
 * test, a new store on the target with the rich case of FIRM imported into the workspace WS, so
 * that the log starts with that import; closed after each test, and the target cleaned up at the end.
 */
import { afterAll, afterEach, beforeEach } from 'vitest';
import { listAudit } from '../services/audit-service.js';
import type { CaseStore } from '../store/types.js';
import { richCase } from './cases.js';
import type { StoreTarget } from './stores.js';

export const WS = 'research';
export const FIRM = 'gobi-pharma';

export interface AuditFixture {
  /** This test's store. */
  readonly store: CaseStore;
  /** The id of the newest change in WS. */
  latestId(): Promise<string>;
}

/** Registers the hooks in the describe block it is called in, and answers the fixture its tests use. */
export function auditFixture(target: StoreTarget): AuditFixture {
  let current: CaseStore | undefined;
  beforeEach(async () => {
    current = await target.open();
    await current.ensureWorkspace({ id: WS, name: 'Research project', kind: 'research' });
    await current.putCase(WS, richCase(FIRM), { replace: false });
  });
  afterEach(() => current?.close());
  afterAll(() => target.cleanup());
  const fixture: AuditFixture = {
    get store() {
      if (current === undefined) throw new Error('the audit fixture has a store inside a test only (opened before each)');
      return current;
    },
    latestId: async () => (await listAudit(fixture.store, WS, { limit: 1 }))[0]!.id,
  };
  return fixture;
}
