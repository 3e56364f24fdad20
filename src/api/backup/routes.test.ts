// A workspace's backup over HTTP, in-process over SQLite with login required: only the owner (and
// not through a read-only token) downloads it; it holds this workspace's case files and no other's,
// each the same JSON as the case export, with a manifest that counts their records; and its case
// files import back, through the import service, into an empty workspace that then exports the same
// cases. Outsiders get the 404 of a workspace that does not exist, callers without a session 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, validateCaseValue } from '../../core/case-file/index.js';
import type { Role } from '../../core/access/policy.js';
import { readZip } from '../../core/qda/qdpx-zip.js';
import { addUser } from '../../services/account-service.js';
import { importCases } from '../../services/case-service.js';
import { WORKSPACE_BACKUP_FORMAT, workspaceBackupFileName, type WorkspaceBackupManifest } from '../../services/workspace-backup-service.js';
import { VERSION } from '../../shared/version.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { parsedCase, richCase } from '../../test-support/cases.js';
import { sampleCaseText } from '../../test-support/samples.js';
import { everyRoleSignedIn, sessionHeaders } from '../../test-support/sessions.js';
import { dumpTables } from '../../test-support/stores.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';

const NOW = new Date('2026-03-04T09:00:00Z');
const PASSWORD = 'correct horse battery staple';
const WS = 'agency';
const BACKUP = `/api/workspaces/${WS}/backup`;
const FIRMS = ['company-a', 'company-b', 'gobi-pharma'];
const OTHER_FIRM = 'steppe-secret';
const ROLES: readonly Role[] = ['owner', 'analyst', 'advisor', 'viewer'];
const emailOf = (role: Role) => `${role}@agency.example`;

let store: CaseStore;
let app: ReturnType<typeof createApp>;
/** The same store with login off: reads any workspace, as the single-user mode does. */
let local: ReturnType<typeof createApp>;
const headersOf = new Map<string, Record<string, string>>();

const as = (who: string) => headersOf.get(who) ?? {};
const get = (who: string, path: string) => app.request(path, { headers: as(who) });
const decoded = (bytes: Uint8Array | undefined): unknown => JSON.parse(new TextDecoder().decode(bytes));

async function downloaded(res: Response): Promise<Map<string, Uint8Array>> {
  expect(res.status).toBe(200);
  return readZip(new Uint8Array(await res.arrayBuffer()), 'backup.zip');
}

/** A firm's case as GET …/firms/{firmId}/case answers it. */
async function caseExport(workspace: string, firm: string): Promise<unknown> {
  const res = await local.request(`/api/workspaces/${workspace}/firms/${firm}/case`);
  expect(res.status, `${workspace}/${firm}`).toBe(200);
  return res.json();
}

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => NOW, logger: silentLogger, auth: 'required' });
  local = createApp({ store, now: () => NOW, logger: silentLogger });
  for (const [who, headers] of await everyRoleSignedIn(app, store, { workspace: WS, password: PASSWORD, now: NOW, emailOf })) headersOf.set(who, headers);
  await addUser(store, { email: 'owner@hidden.example', password: PASSWORD, workspace: 'ws-hidden', role: 'owner' }, NOW);
  headersOf.set('outsider', await sessionHeaders(app, 'owner@hidden.example', PASSWORD));
  await addUser(store, { email: 'owner@empty.example', password: PASSWORD, workspace: 'empty', role: 'owner' }, NOW);
  headersOf.set('owner of an empty workspace', await sessionHeaders(app, 'owner@empty.example', PASSWORD));

  for (const firm of ['company-a', 'company-b']) {
    const res = await app.request(`/api/workspaces/${WS}/cases`, {
      method: 'POST',
      headers: { ...as('owner'), 'content-type': 'application/json' },
      body: sampleCaseText(firm),
    });
    expect(res.status).toBe(201);
  }
  await store.putCase(WS, richCase('gobi-pharma'), { replace: false });
  await store.putCase('ws-hidden', parsedCase({ format: 'foothold.case/2', firm: { id: OTHER_FIRM, name: 'Hidden Steppe Works', countryOfOrigin: 'MN' } }), {
    replace: false,
  });
});
afterAll(() => store.close());

describe('GET /api/workspaces/{workspace}/backup', () => {
  it('is the owner’s alone: analyst, advisor and viewer get 403, and so does the owner’s read-only token', async () => {
    const before = await dumpTables(store);
    const statuses: Record<string, string> = {};
    for (const who of [...ROLES, 'owner read token', 'owner write token']) {
      const res = await get(who, BACKUP);
      const { error } = res.status === 200 ? { error: undefined } : ((await res.json()) as { error: { message: string } });
      statuses[who] =
        `${res.status}${error === undefined ? '' : /API token is read-only/.test(error.message) ? ' scope' : / which may not back up/.test(error.message) ? ' role' : ' ?'}`;
    }
    expect(statuses).toEqual({
      owner: '200',
      analyst: '403 role',
      advisor: '403 role',
      viewer: '403 role',
      'owner read token': '403 scope',
      'owner write token': '200',
    });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('downloads a zip as an attachment with a safe file name, kept out of caches', async () => {
    const res = await get('owner', BACKUP);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="foothold-${WS}-2026-03-04.zip"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect([...(await downloaded(res)).keys()]).toEqual(['manifest.json', ...FIRMS.map((firm) => `cases/${firm}.json`)]);
  });

  it('holds each firm’s case as the case export has it, and a manifest with the workspace, the version, the date and the record counts', async () => {
    const entries = await downloaded(await get('owner', BACKUP));
    const manifest = decoded(entries.get('manifest.json')) as WorkspaceBackupManifest;
    expect({ ...manifest, firms: [] }).toEqual({ format: WORKSPACE_BACKUP_FORMAT, workspace: WS, foothold: VERSION, createdAt: NOW.toISOString(), firms: [] });
    expect(manifest.firms.map((f) => [f.id, f.file])).toEqual(FIRMS.map((firm) => [firm, `cases/${firm}.json`]));
    for (const firm of manifest.firms) {
      expect(decoded(entries.get(firm.file)), firm.id).toEqual(await caseExport(WS, firm.id));
      // The counts of the firm overview, which counts in the store without reading the case.
      const overview = (await (await get('owner', `/api/workspaces/${WS}/firms/${firm.id}/overview`)).json()) as { counts: Record<string, number> };
      expect(firm.records, firm.id).toEqual(overview.counts);
      expect(Object.keys(firm.records)).toEqual([...COLLECTION_NAMES]);
    }
    // Not a case of another workspace, nor anything about accounts.
    const everything = [...entries.values()].map((bytes) => new TextDecoder().decode(bytes)).join('\n');
    for (const secret of [OTHER_FIRM, 'Hidden Steppe Works', 'ws-hidden', 'owner@agency.example', 'argon2']) expect(everything).not.toContain(secret);
  });

  it('gives case files that import back into an empty workspace, which then exports the same cases', async () => {
    const entries = await downloaded(await get('owner', BACKUP));
    const manifest = decoded(entries.get('manifest.json')) as WorkspaceBackupManifest;
    const items = manifest.firms.map((firm) => {
      const parsed = validateCaseValue(decoded(entries.get(firm.file)));
      if (!parsed.ok) throw new Error(`${firm.file}: ${JSON.stringify(parsed.problems)}`);
      return { origin: firm.file, caseFile: parsed.caseFile };
    });
    expect((await store.listFirms('restored')).length).toBe(0);
    const result = await importCases(store, 'restored', items, { replace: false });
    expect(result.imported.map((i) => i.firmId)).toEqual(FIRMS);
    for (const firm of FIRMS) expect(await caseExport('restored', firm), firm).toEqual(await caseExport(WS, firm));
  });

  it('is a manifest alone for a workspace without firms', async () => {
    const entries = await downloaded(await get('owner of an empty workspace', '/api/workspaces/empty/backup'));
    expect([...entries.keys()]).toEqual(['manifest.json']);
    expect(decoded(entries.get('manifest.json'))).toMatchObject({ workspace: 'empty', firms: [] });
  });

  it('answers a member of another workspace with the 404 of a workspace that does not exist, and callers without a login 401', async () => {
    const nowhere = await (await get('outsider', '/api/workspaces/nowhere/backup')).text();
    const res = await get('outsider', BACKUP);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(nowhere.replaceAll('nowhere', WS));
    expect((await app.request(BACKUP)).status).toBe(401);
    // With login off there is nobody to refuse: a workspace that does not exist is still 404.
    expect((await local.request('/api/workspaces/nowhere/backup')).status).toBe(404);
  });
});

describe('workspaceBackupFileName', () => {
  it('keeps only lower-case letters, digits, ".", "_" and "-" of the workspace, with the day', () => {
    const day = new Date('2026-12-02T23:30:00Z');
    expect(workspaceBackupFileName('vaasa-study', day)).toBe('foothold-vaasa-study-2026-12-02.zip');
    for (const workspace of ['Ala Too/"x"\r\n', '../..', '"; filename=evil.exe', '']) {
      const name = workspaceBackupFileName(workspace, day);
      expect(name, workspace).toMatch(/^foothold-[a-z0-9][a-z0-9._-]*-2026-12-02\.zip$/);
      expect(name, workspace).not.toMatch(/["/\\\s;]|\.\./);
    }
  });
});
