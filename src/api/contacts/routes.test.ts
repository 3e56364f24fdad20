import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { BusyError } from '../../shared/errors.js';
import { sampleCaseInput } from '../../core/case-file/test-case.js';
import { JANE, OLA, connectionsCsv } from '../../test-support/linkedin-export.js';
import { dumpTables } from '../../test-support/stores.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const firm = '/api/workspaces/default/firms/acme';

const connections = connectionsCsv;

const KARI = 'Kari,Virtanen,https://www.linkedin.com/in/kari-v,kari@example.fi,"Helsinki Oncology, Ltd",CFO,05 Jan 2022';
const LISA = 'Lisa,Berg,https://www.linkedin.com/in/lisa-berg,,"Helsinki Oncology, Ltd",Buyer,30 Jun 2023';

const post = (query: string, body: string, type = 'text/csv; charset=utf-8') =>
  app.request(`${firm}/contacts/import${query}`, { method: 'POST', headers: { 'content-type': type }, body });

/** A streamed import: the lines of its body, read as they come, each parsed. */
async function streamed(res: Response): Promise<unknown[]> {
  expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += value;
  }
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

const postStreamed = (query: string, body: string, to = app) =>
  to.request(`${firm}/contacts/import${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson, application/json;q=0.5' },
    body,
  });

// Every test starts from a store of its own, holding the sample firm, and imports the contacts it
// needs: a test that relied on the ones before it would fail when run alone, as a mutation run runs it.
beforeEach(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2025-06-01T12:00:00Z'), logger: silentLogger });
  const res = await app.request('/api/workspaces/default/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sampleCaseInput()),
  });
  expect(res.status).toBe(201);
});
afterEach(async () => store.close());

/** Imports these Connections.csv rows for real (no dry run), as the state a test starts from. */
async function importContacts(...rows: string[]): Promise<void> {
  const res = await post('', connections(...rows));
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ dryRun: false, created: rows.length });
}

describe('POST …/firms/{firmId}/contacts/import', () => {
  it('previews an import on a dry run and writes nothing', async () => {
    const before = await dumpTables(store);
    const res = await post('?dryRun=true', connections(JANE, OLA));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      format: 'linkedin',
      dryRun: true,
      created: 2,
      updated: 0,
      unchanged: 0,
      organizationsCreated: 1,
      skipped: [],
      review: [],
      contacts: [
        {
          line: 5,
          actorId: 'act-jane-doe',
          name: 'Jane Doe',
          organization: 'Nordic Pharma AB',
          position: 'Head of Regulatory Affairs',
          action: 'create',
          changes: [],
        },
        { line: 6, actorId: 'act-ola-nordmann', name: 'Ola Nordmann', organization: 'Nordic Pharma AB', position: 'CEO', action: 'create', changes: [] },
      ],
    });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('imports the file, lists the contacts with ISO dates, and adds nothing the second time', async () => {
    const first = await post('?as=social', connections(JANE, OLA), 'application/octet-stream');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ dryRun: false, created: 2, updated: 0, unchanged: 0, skipped: [], review: [] });
    const list = await app.request(`${firm}/contacts`);
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual([
      {
        id: 'act-jane-doe',
        name: 'Jane Doe',
        organization: 'Nordic Pharma AB',
        position: 'Head of Regulatory Affairs',
        emails: ['jane@nordicpharma.se'],
        profileUrl: 'https://www.linkedin.com/in/jane-doe-42',
        connectedOn: '2021-03-14',
      },
      {
        id: 'act-ola-nordmann',
        name: 'Ola Nordmann',
        organization: 'Nordic Pharma AB',
        position: 'CEO',
        emails: [],
        profileUrl: 'https://www.linkedin.com/in/ola-n',
        connectedOn: '2019-11-02',
      },
    ]);
    const tie = (await (await app.request(`${firm}/ties`)).json()) as { record: { to: string; networkType: string; subtype?: string } }[];
    expect(tie.filter((t) => t.record.subtype === 'linkedin_connection').map((t) => [t.record.to, t.record.networkType])).toEqual([
      ['act-jane-doe', 'social'],
      ['act-ola-nordmann', 'social'],
    ]);
    const again = await post('', connections(OLA, JANE.replace('Head of Regulatory Affairs', 'VP Regulatory')));
    expect(await again.json()).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
  });

  it('refuses a malformed file with 422 and the line, writing nothing', async () => {
    const before = await dumpTables(store);
    const res = await post('?name=Connections.csv', connections(JANE, 'Ola,"Nordmann,https://x,,A,B,1 Jan 2020', OLA));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; problems: { file: string; message: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.problems).toEqual([{ file: 'Connections.csv', pointer: '', message: expect.stringContaining('line 6') as string }]);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('takes the file only as a file type, with known options, for a firm and key person that exist', async () => {
    const asJson = await post('', connections(JANE), 'application/json');
    expect(asJson.status).toBe(415);
    expect(((await asJson.json()) as { error: { message: string } }).error.message).toContain('text/csv, text/vcard, text/x-vcard or application/octet-stream');
    expect((await post('', connections(JANE), 'text/plain')).status).toBe(415);
    expect((await post('?as=friendly', connections(JANE))).status).toBe(422);
    expect((await post('?format=excel', connections(JANE))).status).toBe(422);
    expect((await post('?person=kp-nobody', connections(JANE))).status).toBe(404);
    expect(
      (
        await app.request('/api/workspaces/default/firms/ghost/contacts/import', {
          method: 'POST',
          headers: { 'content-type': 'text/csv' },
          body: connections(JANE),
        })
      ).status,
    ).toBe(404);
    expect((await app.request('/api/workspaces/default/firms/ghost/contacts')).status).toBe(404);
  });

  it('refuses a body over 50 MB with 413', async () => {
    const res = await app.request(`${firm}/contacts/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'content-length': String(50 * 1024 * 1024 + 1) },
      body: 'x',
    });
    expect(res.status).toBe(413);
  });
});

describe('POST …/contacts/import with Accept: application/x-ndjson', () => {
  const progress = (stage: string, done: number, total: number) => ({ progress: { stage, done, total } });

  it('streams the progress of a dry run, then the preview, and writes nothing', async () => {
    const before = await dumpTables(store);
    const res = await postStreamed('?dryRun=true', connections(KARI));
    expect(res.status).toBe(200);
    expect(await streamed(res)).toEqual([
      progress('reading', 0, 1),
      progress('reading', 1, 1),
      progress('matching', 0, 1),
      progress('matching', 1, 1),
      {
        result: {
          format: 'linkedin',
          dryRun: true,
          created: 1,
          updated: 0,
          unchanged: 0,
          organizationsCreated: 1,
          skipped: [],
          review: [],
          contacts: [
            {
              line: 5,
              actorId: 'act-kari-virtanen',
              name: 'Kari Virtanen',
              organization: 'Helsinki Oncology, Ltd',
              position: 'CFO',
              action: 'create',
              changes: [],
            },
          ],
        },
      },
    ]);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('streams reading, matching and writing, then the same result as the JSON answer; the contacts are there after', async () => {
    // Kari and Lisa work at one company: 2 people and 1 organization to add, 2 ties from the firm.
    const lines = await streamed(await postStreamed('?name=Connections.csv', connections(KARI, LISA)));
    expect(lines).toEqual([
      progress('reading', 0, 1),
      progress('reading', 1, 1),
      progress('matching', 0, 2),
      progress('matching', 2, 2),
      progress('writing', 0, 5),
      progress('writing', 5, 5),
      { result: { format: 'linkedin', dryRun: false, created: 2, updated: 0, unchanged: 0, organizationsCreated: 1, skipped: [], review: [] } },
    ]);
    const names = ((await (await app.request(`${firm}/contacts`)).json()) as { name: string; connectedOn: string }[]).map((c) => `${c.name} ${c.connectedOn}`);
    expect(names).toEqual(['Kari Virtanen 2022-01-05', 'Lisa Berg 2023-06-30']);

    // The same file again: nothing to write, so no writing stage at all.
    const again = await streamed(await postStreamed('', connections(KARI, LISA)));
    expect(again.at(-1)).toEqual({ result: expect.objectContaining({ created: 0, updated: 0, unchanged: 2 }) as unknown });
    expect(again.some((line) => (line as { progress?: { stage: string } }).progress?.stage === 'writing')).toBe(false);
  });

  it('ends with the error line the error answer would carry, after a 200, and writes nothing', async () => {
    const before = await dumpTables(store);
    const malformed = await postStreamed('?name=Connections.csv', connections(JANE, 'Ola,"Nordmann,https://x,,A,B,1 Jan 2020', OLA));
    expect(malformed.status).toBe(200);
    const lines = await streamed(malformed);
    expect(lines[0]).toEqual(progress('reading', 0, 1));
    const last = lines.at(-1) as { error: { code: string; message: string; problems: { file: string; message: string }[] } };
    expect(Object.keys(lines.at(-1) as object)).toEqual(['error']);
    expect(last.error.code).toBe('validation_failed');
    expect(last.error.problems).toEqual([{ file: 'Connections.csv', pointer: '', message: expect.stringContaining('line 6') as string }]);
    // The JSON answer to the same request carries the same error object.
    const plain = await post('?name=Connections.csv', connections(JANE, 'Ola,"Nordmann,https://x,,A,B,1 Jan 2020', OLA));
    expect(await plain.json()).toEqual({ error: last.error });

    expect((await streamed(await postStreamed('?person=kp-nobody', connections(JANE)))).at(-1)).toEqual({
      error: { code: 'not_found', message: 'key person "kp-nobody" was not found' },
    });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('rolls back a failure while writing: progress lines, an error line, and nothing written', async () => {
    // The store fails when the ties are written, after the actors: the transaction must undo those.
    const failing = createApp({ store: failingTieWrites(store), now: () => new Date('2025-06-01T12:00:00Z'), logger: silentLogger });
    const before = await dumpTables(store);
    const lines = await streamed(await postStreamed('', connections('Mia,Koski,https://www.linkedin.com/in/mia-k,,Koski Oy,CEO,01 Feb 2024'), failing));
    expect(lines.slice(-2)).toEqual([progress('writing', 0, 3), { error: { code: 'busy', message: 'the database is locked' } }]);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('refuses before streaming what it refuses without: a wrong type, a body too large, a bad option', async () => {
    const stream = { accept: 'application/x-ndjson' };
    const asJson = await app.request(`${firm}/contacts/import`, { method: 'POST', headers: { ...stream, 'content-type': 'application/json' }, body: '{}' });
    expect([asJson.status, asJson.headers.get('content-type')]).toEqual([415, 'application/json']);
    const tooLarge = await app.request(`${firm}/contacts/import`, {
      method: 'POST',
      headers: { ...stream, 'content-type': 'text/csv', 'content-length': String(50 * 1024 * 1024 + 1) },
      body: 'x',
    });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: { code: string } }).error.code).toBe('too_large');
    expect(
      (await app.request(`${firm}/contacts/import?as=friendly`, { method: 'POST', headers: { ...stream, 'content-type': 'text/csv' }, body: 'x' })).status,
    ).toBe(422);
  });

  it('answers plain JSON when the Accept header does not name the stream', async () => {
    await importContacts(KARI);
    for (const accept of ['application/json', '*/*', 'application/x-ndjsonx']) {
      const res = await app.request(`${firm}/contacts/import?dryRun=true`, {
        method: 'POST',
        headers: { accept, 'content-type': 'text/csv' },
        body: connections(KARI),
      });
      expect(res.headers.get('content-type'), accept).toBe('application/json');
      expect(await res.json()).toMatchObject({ dryRun: true, unchanged: 1 });
    }
  });
});

/** The store, except that writing ties inside a transaction fails as a locked database would. */
function failingTieWrites(real: CaseStore): CaseStore {
  const failing = (tx: CaseStore): CaseStore =>
    new Proxy(tx, {
      get(target, key) {
        if (key === 'insertRecords') {
          return async (...args: Parameters<CaseStore['insertRecords']>) => {
            if (args[2] === 'ties') throw new BusyError('the database is locked');
            return target.insertRecords(...args);
          };
        }
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(real, {
    get(target, key) {
      if (key === 'transaction') return <T>(fn: (tx: CaseStore) => Promise<T>) => target.transaction((tx) => fn(failing(tx)));
      if (key === 'writeCase') {
        return <T>(workspaceId: string, firmId: string, fn: (tx: CaseStore) => Promise<T>) => target.writeCase(workspaceId, firmId, (tx) => fn(failing(tx)));
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
