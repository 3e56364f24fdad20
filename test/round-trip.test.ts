// Import → export → import of each sample case on every store (SQLite, PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): the case that comes back equals the file, and a failed import of
// several files writes none of them.
import { afterAll, describe, expect, it } from 'vitest';
import { caseFileText } from '../src/services/case-files.js';
import { exportCase, importCases } from '../src/services/case-service.js';
import { ConflictError } from '../src/shared/errors.js';
import { parseCaseOrThrow, SAMPLE_IDS, sampleCase } from '../src/test-support/samples.js';
import { storeTargets } from '../src/test-support/stores.js';

const samples = SAMPLE_IDS.map((id) => ({ origin: `${id}.json`, caseFile: sampleCase(id) }));

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
      const reread = parseCaseOrThrow(caseFileText(exported));
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
