// `foothold upgrade` as a user runs it: format-1 files rewritten as format 2, into a folder or in place,
// nothing written for an invalid file (the upgrade itself: src/core/case-file/upgrade.test.ts and
// test/format-upgrade.test.ts).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/test-support/samples.js';
import { cli } from './run-cli.js';

const v1Text = (id: string) => readFileSync(join(REPO_ROOT, `test/fixtures/cases-v1/${id}.json`), 'utf8');

describe('foothold upgrade', () => {
  it('rewrites format-1 files into a folder, lists the changes, and leaves current files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'foothold-upgrade-'));
    const v1 = join(dir, 'company-b.json');
    writeFileSync(v1, v1Text('company-b'));
    const out = join(dir, 'out');
    mkdirSync(out);
    const run = cli(['upgrade', v1, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${v1}: upgraded → ${join(out, 'company-b.json')}`);
    expect(run.stdout).toContain('markets: status "entered" → "serving": 3');
    expect(readFileSync(v1, 'utf8')).toBe(v1Text('company-b'));
    const again = cli(['upgrade', join(out, 'company-b.json')]);
    expect(again.stdout).toContain('foothold.case/2 already, left as it is');
    expect(JSON.parse(readFileSync(join(out, 'company-b.json'), 'utf8')).format).toBe('foothold.case/2');
  });

  it('writes nothing for an invalid file, and says why in the house form', () => {
    const dir = mkdtempSync(join(tmpdir(), 'foothold-upgrade-'));
    const file = join(dir, 'bad.json');
    const text = JSON.stringify({
      format: 'foothold.case/1',
      firm: { id: 'f', name: 'F', countryOfOrigin: 'FI' },
      actors: [{ id: 'a', name: 'A', kind: 'person', country: 'XX' }],
    });
    writeFileSync(file, text);
    const run = cli(['upgrade', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: /actors/0/country: not an assigned ISO 3166-1 alpha-2 country code`);
    expect(run.stderr).toContain(`${file}: not upgraded (nothing written)`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
