// Import → export → import of each sample case on every store (SQLite, PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): the case that comes back equals the file, and a failed import of
// several files writes none of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCaseText, type CaseFile } from '../src/core/case-file/index.js';
import { caseFileText } from '../src/services/case-files.js';
import { exportCase, importCases } from '../src/services/case-service.js';
import { ConflictError } from '../src/shared/errors.js';
import { storeTargets } from '../src/test-support/stores.js';

const root = new URL('..', import.meta.url).pathname;
const ids = ['company-a', 'company-b', 'sl-it-sme'];
const parse = (text: string): CaseFile => {
  const r = parseCaseText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.caseFile;
};
const samples = ids.map((id) => ({ origin: `${id}.json`, caseFile: parse(readFileSync(join(root, 'examples/cases', `${id}.json`), 'utf8')) }));

const targets = storeTargets();
afterAll(async () => {
  for (const t of targets) await t.cleanup();
});

describe.each(targets)('on $name', (target) => {
  it('exports each sample case equal to its file, and the export re-imports to an equal case', async () => {
    const store = await target.open();
    await importCases(store, 'default', samples, { replace: false });
    for (const sample of samples) {
      const exported = await exportCase(store, 'default', sample.caseFile.firm.id);
      expect(exported).toEqual(sample.caseFile);
      const reread = parse(caseFileText(exported));
      await importCases(store, 'copy', [{ origin: 'export', caseFile: reread }], { replace: false });
      expect(await exportCase(store, 'copy', sample.caseFile.firm.id)).toEqual(sample.caseFile);
    }
  });

  it('writes nothing when one of several cases conflicts', async () => {
    const store = await target.open();
    await importCases(store, 'default', [samples[1]!], { replace: false });
    const before = await store.listFirms('default');
    await expect(importCases(store, 'default', [samples[0]!, samples[2]!, samples[1]!], { replace: false })).rejects.toBeInstanceOf(ConflictError);
    expect(await store.listFirms('default')).toEqual(before);
  });
});
