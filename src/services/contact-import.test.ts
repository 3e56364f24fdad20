// Contact imports end to end on a real SQLite store: a LinkedIn export read, matched and written in
// one transaction; the same file again writes nothing; a dry run and a broken file write nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateCaseValue } from '../core/case-file/index.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { parsedCase } from '../test-support/cases.js';
import { sampleCaseInput } from '../core/case-file/test-case.js';
import { ANNA, JANE, OLA, connectionsCsv } from '../test-support/linkedin-export.js';
import { dumpTables } from '../test-support/stores.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { importContacts, listContacts, type ContactImportStage } from './contact-import.js';

const WS = 'w';
const FIRM = 'acme';
const now = new Date('2025-06-01T10:00:00Z');

const linkedin = (...lines: string[]) => new TextEncoder().encode(connectionsCsv(...lines));
const file = (bytes: Uint8Array) => ({ name: 'Connections.csv', bytes });

let store: CaseStore;
beforeEach(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  await store.ensureWorkspace({ id: WS, name: 'W', kind: 'research' });
  await store.putCase(WS, parsedCase(sampleCaseInput(FIRM)), { replace: false });
});
afterEach(() => store.close());

describe('importContacts', () => {
  it('adds the people of a LinkedIn export, lists them by name, and adds nothing the second time', async () => {
    const stages: string[] = [];
    const onProgress = (stage: ContactImportStage, done: number, total: number) => {
      if (done === total && !stages.includes(stage)) stages.push(stage);
    };
    const first = await importContacts(store, WS, FIRM, file(linkedin(OLA, JANE, ANNA)), { now, onProgress });
    expect(first).toEqual({ format: 'linkedin', dryRun: false, created: 3, updated: 0, unchanged: 0, organizationsCreated: 2, skipped: [], review: [] });
    expect(stages).toEqual(['reading', 'matching', 'writing']);
    expect(await listContacts(store, WS, FIRM)).toEqual([
      {
        id: 'act-anna-berg',
        name: 'Anna Berg',
        organization: 'Apotek Hjärtat',
        position: 'Buyer',
        emails: [],
        profileUrl: 'https://www.linkedin.com/in/anna-berg',
        connectedOn: '2024-01-30',
      },
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
    const stored = await store.getCase(WS, FIRM);
    expect(validateCaseValue(stored).ok).toBe(true);
    expect(stored?.ties.filter((t) => t.subtype === 'linkedin_connection').map((t) => [t.from, t.to, t.networkType, t.since])).toEqual([
      ['acme', 'act-ola-nordmann', 'business', '2019-11-02'],
      ['acme', 'act-jane-doe', 'business', '2021-03-14'],
      ['acme', 'act-anna-berg', 'business', '2024-01-30'],
    ]);

    const revision = await store.caseRevision(WS, FIRM);
    const before = await dumpTables(store);
    const second = await importContacts(store, WS, FIRM, file(linkedin(OLA, JANE, ANNA)), { now: new Date('2025-07-01T00:00:00Z') });
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 3, organizationsCreated: 0, skipped: [], review: [] });
    // Not even touched: cached analyses of the case stay valid.
    expect(await store.caseRevision(WS, FIRM)).toBe(revision);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('updates a changed position from a later export', async () => {
    await importContacts(store, WS, FIRM, file(linkedin(OLA, JANE)), { now });
    const promoted = JANE.replace('Head of Regulatory Affairs', 'VP Regulatory');
    const later = await importContacts(store, WS, FIRM, file(linkedin(OLA, promoted)), { now });
    expect(later).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect((await listContacts(store, WS, FIRM)).map((c) => [c.name, c.position])).toEqual([
      ['Jane Doe', 'VP Regulatory'],
      ['Ola Nordmann', 'CEO'],
    ]);
    expect((await store.getRecord(WS, FIRM, 'actors', 'act-jane-doe'))?.version).toBe(2);
  });

  it('on a dry run shows what it would do and writes nothing', async () => {
    await importContacts(store, WS, FIRM, file(linkedin(OLA)), { now });
    const before = await dumpTables(store);
    const dry = await importContacts(store, WS, FIRM, file(linkedin(OLA.replace('CEO', 'Chair'), JANE)), { now, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, created: 1, updated: 1, unchanged: 0 });
    expect(dry.contacts).toEqual([
      {
        line: 5,
        actorId: 'act-ola-nordmann',
        name: 'Ola Nordmann',
        organization: 'Nordic Pharma AB',
        position: 'Chair',
        action: 'update',
        changes: ['position'],
      },
      {
        line: 6,
        actorId: 'act-jane-doe',
        name: 'Jane Doe',
        organization: 'Nordic Pharma AB',
        position: 'Head of Regulatory Affairs',
        action: 'create',
        changes: [],
      },
    ]);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('reports rows it skipped and rows merged into an earlier one, by line', async () => {
    const result = await importContacts(store, WS, FIRM, file(linkedin(JANE, ',,,,,,', JANE.replace('Jane,Doe', 'Jane,D.'))), { now });
    expect(result.created).toBe(1);
    expect(result.skipped).toEqual([
      { line: 6, reason: expect.stringMatching(/name/) as string },
      { line: 7, reason: 'same person as line 5 (same profile address); merged into it' },
    ]);
  });

  it('lists unreadable rows and merged rows together, in the order of the file', async () => {
    const again = (row: string) => row.replace(/^(\w+),/, '$1,X');
    const result = await importContacts(store, WS, FIRM, file(linkedin(JANE, again(JANE), ',,,,,,', OLA, again(OLA), ',,,,,,')), { now });
    expect(result.skipped.map((s) => s.line)).toEqual([6, 7, 9, 10]);
    expect(result.skipped.map((s) => s.reason.startsWith('same person'))).toEqual([true, false, true, false]);
  });

  it('refuses a malformed file with its name and line, writing nothing', async () => {
    const before = await dumpTables(store);
    const broken = importContacts(store, WS, FIRM, file(linkedin(JANE, 'Ola,"Nordmann,https://x,,A,B,1 Jan 2020', ANNA)), { now });
    await expect(broken).rejects.toBeInstanceOf(ValidationError);
    const err = (await broken.catch((e: unknown) => e)) as ValidationError;
    expect(err.problems).toEqual([{ file: 'Connections.csv', pointer: '', message: expect.stringContaining('line 6') as string }]);
    // The reader's message names the line itself: it is not put in front a second time.
    expect(err.problems[0]?.message.match(/line 6/g)).toHaveLength(1);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('puts the line in front of a problem that does not name it, and none before a problem of the whole file', async () => {
    const problemsOf = async (name: string, text: string) => {
      const err = (await importContacts(store, WS, FIRM, { name, bytes: new TextEncoder().encode(text) }, { now }).catch((e: unknown) => e)) as ValidationError;
      expect(err).toBeInstanceOf(ValidationError);
      return err.problems.map((p) => [p.file, p.message]);
    };
    expect(await problemsOf('empty.csv', ' \n')).toEqual([['empty.csv', expect.stringMatching(/^empty\.csv is empty; expected /) as string]]);
    expect(await problemsOf('people.csv', 'Who,Where\nAda,London\n')).toEqual([
      ['people.csv', expect.stringMatching(/^line 1: cannot tell what kind of contact file people\.csv is/) as string],
    ]);
  });

  it('reads a file from disk within the size limit, naming it when it cannot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foothold-contacts-'));
    const path = join(dir, 'Connections.csv');
    writeFileSync(path, linkedin(JANE));
    expect(await importContacts(store, WS, FIRM, path, { now })).toMatchObject({ created: 1 });
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'Who,Where\n');
    const err = (await importContacts(store, WS, FIRM, broken, { now }).catch((e: unknown) => e)) as ValidationError;
    expect(err.problems.map((p) => p.file)).toEqual([broken]);
    await expect(importContacts(store, WS, FIRM, dir, { now })).rejects.toThrow(
      `${dir}: /: cannot read the file: is a folder, expected a contact file (.csv or .vcf)`,
    );
    const missing = join(dir, 'nope.csv');
    await expect(importContacts(store, WS, FIRM, missing, { now })).rejects.toThrow(`${missing}: /: cannot read the file: no such file`);
    await expect(importContacts(store, WS, FIRM, { name: 'big.csv', bytes: new Uint8Array(50 * 1024 * 1024 + 1) }, { now })).rejects.toThrow(
      'big.csv: the file is 50.0 MB; at most 50 MB is accepted',
    );
  });

  it('merges an address book into the people a LinkedIn export brought, and adds its organizations', async () => {
    await importContacts(store, WS, FIRM, file(linkedin(JANE)), { now });
    const vcard = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Jane Doe',
      'ORG:Nordic Pharma AB',
      'EMAIL;TYPE=work:Jane@NordicPharma.se',
      'EMAIL;TYPE=home:jane.doe@example.com',
      'TEL:+46 8 123 45',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'KIND:org',
      'FN:Baltic Biotech',
      'EMAIL:hello@baltic.example',
      'END:VCARD',
      '',
    ].join('\r\n');
    const result = await importContacts(store, WS, FIRM, { name: 'contacts.vcf', bytes: new TextEncoder().encode(vcard) }, { now, as: 'social' });
    expect(result).toMatchObject({ format: 'vcard', created: 1, updated: 1, unchanged: 0, organizationsCreated: 0 });
    const jane = (await store.getRecord(WS, FIRM, 'actors', 'act-jane-doe'))?.record;
    expect(jane?.contact).toMatchObject({
      emails: ['jane@nordicpharma.se', 'jane.doe@example.com'],
      phones: ['+46 8 123 45'],
      position: 'Head of Regulatory Affairs',
    });
    expect(jane?.contact?.importedFrom?.map((i) => i.format)).toEqual(['linkedin', 'vcard']);
    const ties = (await store.getCase(WS, FIRM))?.ties ?? [];
    // Jane keeps her one tie from the firm; the organization from the address book gets its own.
    expect(ties.filter((t) => t.to === 'act-jane-doe').map((t) => t.subtype)).toEqual(['linkedin_connection']);
    expect(ties.filter((t) => t.subtype === 'address_book').map((t) => [t.to, t.networkType])).toEqual([['act-baltic-biotech', 'social']]);
  });

  it('draws the ties from a key person with the network type asked for, and needs that person to exist', async () => {
    await store.insertRecords(WS, FIRM, 'keyPeople', [{ id: 'kp-cto', role: 'Chief technology officer' }]);
    await importContacts(store, WS, FIRM, file(linkedin(JANE)), { now, person: 'kp-cto', as: 'social' });
    expect((await store.getCase(WS, FIRM))?.ties.at(-1)).toMatchObject({ from: 'kp-cto', to: 'act-jane-doe', networkType: 'social' });
    await expect(importContacts(store, WS, FIRM, file(linkedin(OLA)), { now, person: 'kp-nobody' })).rejects.toThrow(
      new NotFoundError('key person', 'kp-nobody'),
    );
    await expect(importContacts(store, WS, 'ghost', file(linkedin(OLA)), { now })).rejects.toThrow(new NotFoundError('firm', 'ghost'));
    await expect(importContacts(store, WS, 'ghost', file(linkedin(OLA)), { now, dryRun: true })).rejects.toThrow(new NotFoundError('firm', 'ghost'));
    await expect(listContacts(store, WS, 'ghost')).rejects.toThrow(new NotFoundError('firm', 'ghost'));
  });

  it('waits for a progress listener that returns a promise, at the steps of each stage', async () => {
    const heard: string[] = [];
    let release: () => void = () => {};
    const onProgress = (stage: ContactImportStage, done: number, total: number) => {
      heard.push(`${stage} ${done}/${total}`);
      // Held at the start of the matching: nothing may go on until the listener lets it.
      if (heard.length === 3) return new Promise<void>((resume) => (release = resume));
      return undefined;
    };
    const importing = importContacts(store, WS, FIRM, file(linkedin(OLA, JANE)), { now, onProgress });
    await new Promise((resume) => setTimeout(resume, 20));
    expect(heard).toEqual(['reading 0/1', 'reading 1/1', 'matching 0/2']);
    release();
    expect(await importing).toMatchObject({ created: 2 });
    // 2 people and 1 organization, 2 ties: after the actors the import reports where it is, and waits again.
    expect(heard.slice(3)).toEqual(['matching 0/2', 'matching 2/2', 'writing 0/5', 'writing 3/5', 'writing 3/5', 'writing 5/5', 'writing 5/5']);
  });
});

describe('listContacts', () => {
  it('sorts by name as people read it: case and accents aside, numbers by value, then by id', async () => {
    const person = (id: string, name: string) => ({
      id,
      name,
      kind: 'person' as const,
      roles: [],
      lawfulBasis: 'legitimate_interests' as const,
      contact: { emails: [] },
    });
    await store.insertRecords(WS, FIRM, 'actors', [
      person('act-lee-c', 'Lee'),
      person('act-agent-10', 'Agent 10'),
      person('act-anna-2', 'anna'),
      person('act-lee-a', 'Lee'),
      person('act-agent-9', 'Agent 9'),
      person('act-anna-1', 'Änna'),
      person('act-lee-b', 'Lee'),
    ]);
    expect((await listContacts(store, WS, FIRM)).map((c) => c.id)).toEqual([
      'act-agent-9',
      'act-agent-10',
      'act-anna-1',
      'act-anna-2',
      'act-lee-a',
      'act-lee-b',
      'act-lee-c',
    ]);
  });
});
