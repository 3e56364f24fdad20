// Wrote test/fixtures/store-0001-sample-cases.json: every row of the three sample cases as the
// store laid them out at migration 0001 (before 0002 added competence_assessments). Upgrade tests
// load these rows into a database at 0001 and migrate it, as a copy of real data. The fixture is
// frozen with its release: do not regenerate it after a migration changes those tables.
import { writeFileSync } from 'node:fs';
import { readCaseFile } from '../src/services/case-files.js';
import { importCases } from '../src/services/case-service.js';
import { kyselyOf } from '../src/store/case-store.js';
import { openStore } from '../src/store/open.js';
import { STORE_TABLES } from '../src/test-support/stores.js';

// Every table but the one migration 0002 added.
const TABLES_AT_0001 = STORE_TABLES.filter((t) => t !== 'competence_assessments');

const store = await openStore({ kind: 'sqlite', file: ':memory:' }, { now: () => '2026-11-23T12:00:00.000Z' });
const items = await Promise.all(
  ['company-a', 'company-b', 'sl-it-sme'].map(async (id) => ({ origin: id, caseFile: await readCaseFile(`examples/cases/${id}.json`) })),
);
await importCases(store, 'default', items, { replace: false });
const db = kyselyOf(store);
const dump: Record<string, unknown[]> = {};
for (const table of TABLES_AT_0001) dump[table] = await db.selectFrom(table).selectAll().execute();
await store.close();
writeFileSync('test/fixtures/store-0001-sample-cases.json', JSON.stringify({ migration: '0001-initial', tables: dump }) + '\n');
console.log('wrote test/fixtures/store-0001-sample-cases.json');
