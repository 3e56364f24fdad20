// `foothold contacts import` and `contacts list` through the built binary, on a LinkedIn export:
// the same file twice adds nothing, a later export updates a changed position, a dry run and a
// broken file write nothing, and the list prints ISO dates.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ANNA, JANE, OLA, connectionsCsv } from '../../src/test-support/linkedin-export.js';
import { cli, freshDataDir, root } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'foothold-contacts-cli-'));
/** Writes a Connections.csv as LinkedIn does (a "Notes:" preamble, then the header): data rows start on line 5. */
function connections(name: string, ...rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, connectionsCsv(...rows));
  return file;
}

interface Summary {
  created: number;
  updated: number;
  unchanged: number;
  skipped: { line: number; reason: string }[];
  review: unknown[];
}

let env: Record<string, string>;
beforeEach(() => {
  env = { FOOTHOLD_DATA: freshDataDir() };
  expect(cli(['import', join(root, 'examples/cases/company-a.json')], env).code).toBe(0);
});

const importJson = (file: string, ...more: string[]): Summary => {
  const r = cli(['contacts', 'import', file, '--firm', 'company-a', '--json', ...more], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Summary;
};
const listJson = () => {
  const r = cli(['contacts', 'list', 'company-a', '--json'], env);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
};

describe('foothold contacts import', () => {
  it('adds the people of a LinkedIn export, and nothing when the same file comes again', () => {
    const file = connections('first.csv', JANE, OLA, ANNA);
    expect(importJson(file)).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: [], review: [] });
    expect(importJson(file)).toEqual({ created: 0, updated: 0, unchanged: 3, skipped: [], review: [] });
    expect(listJson()).toEqual([
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
  });

  it('updates a position that changed in a later export', () => {
    importJson(connections('first.csv', JANE, OLA));
    expect(importJson(connections('later.csv', JANE, OLA.replace('CEO', 'Chair of the Board')))).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
      skipped: [],
      review: [],
    });
    expect(listJson().map((c) => [c['name'], c['position']])).toEqual([
      ['Jane Doe', 'Head of Regulatory Affairs'],
      ['Ola Nordmann', 'Chair of the Board'],
    ]);
  });

  it('on --dry-run says what it would do and writes nothing', () => {
    const r = cli(['contacts', 'import', connections('first.csv', JANE, OLA), '--firm', 'company-a', '--dry-run'], env);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(
      /first\.csv \(linkedin\): 2 would be created, 0 would be updated, 0 unchanged; 1 organization would be added for their companies$/,
    );
    expect(r.stdout).toContain('dry run: nothing was written.');
    expect(listJson()).toEqual([]);
  });

  it('prints the lines it skipped and the rows to review, with their reasons', () => {
    importJson(connections('first.csv', JANE));
    // Line 5 has no name; line 7 is Ola again; line 8 is someone of Jane's name at another company, with no profile address to tell.
    const file = connections('second.csv', ',,,,,,', OLA, OLA.replace('Ola,', 'O.,'), 'Jane,Doe,,,Baltic Biotech,CTO,01 Jan 2024');
    const r = cli(['contacts', 'import', file, '--firm', 'company-a'], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/second\.csv \(linkedin\): 1 created, 0 updated, 0 unchanged$/);
    expect(lines.slice(1, 4)).toEqual([
      '2 lines skipped:',
      expect.stringMatching(/^ {2}line 5: .*name/) as string,
      '  line 7: same person as line 6 (same profile address); merged into it',
    ]);
    expect(lines.slice(4)).toEqual([
      '1 row to review, not imported (record or merge them by hand):',
      '  line 8: Jane Doe: someone of this name is recorded already, but not at Baltic Biotech: the same person after a move, or someone else; recorded: Jane Doe (act-jane-doe, Nordic Pharma AB)',
    ]);
    expect(importJson(file).review).toHaveLength(1);
  });

  it('refuses a malformed file with its line and exit code 1, writing nothing', () => {
    const file = connections('broken.csv', JANE, 'Ola,"Nordmann,https://x,,A,B,1 Jan 2020', ANNA);
    const r = cli(['contacts', 'import', file, '--firm', 'company-a'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.csv: \/: .*line 6/);
    expect(r.stderr).toContain('nothing was written.');
    expect(listJson()).toEqual([]);
  });

  it('names a missing firm or key person, and refuses an unknown network type as a usage error', () => {
    const file = connections('first.csv', JANE);
    const noFirm = cli(['contacts', 'import', file, '--firm', 'ghost'], env);
    expect([noFirm.code, noFirm.stderr.trim()]).toEqual([1, 'error: firm "ghost" was not found']);
    const noPerson = cli(['contacts', 'import', file, '--firm', 'company-a', '--person', 'kp-nobody'], env);
    expect([noPerson.code, noPerson.stderr.trim()]).toEqual([1, 'error: key person "kp-nobody" was not found']);
    const badType = cli(['contacts', 'import', file, '--firm', 'company-a', '--as', 'friendly'], env);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('Allowed choices are social, business, institutional, digital');
  });
});

describe('foothold contacts list', () => {
  it('prints the contacts by name for a person, and says when there are none', () => {
    expect(cli(['contacts', 'list', 'company-a'], env).stdout.trim()).toBe(
      'Firm company-a has no contacts yet: import some with foothold contacts import FILE --firm company-a.',
    );
    importJson(connections('first.csv', OLA, JANE));
    expect(cli(['contacts', 'list', 'company-a'], env).stdout.trim().split('\n')).toEqual([
      '2 contacts of company-a:',
      '- Jane Doe (Head of Regulatory Affairs, Nordic Pharma AB) — connected 2021-03-14 [act-jane-doe]',
      '- Ola Nordmann (CEO, Nordic Pharma AB) — connected 2019-11-02 [act-ola-nordmann]',
    ]);
  });
});
