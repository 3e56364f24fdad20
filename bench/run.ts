// `npm run bench`: times importing and exporting a large generated case on the embedded SQLite store
// (and PostgreSQL when BENCH_DATABASE_URL is set), prints the figures and writes BENCHMARKS.md.
// Benchmarks are not tests: nothing here asserts a time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { caseFileSchema, checkReferences, type CaseFileInput } from '../src/core/case-file/index.js';
import { NETWORK_TYPES } from '../src/core/model/index.js';
import { exportCase, importCases } from '../src/services/case-service.js';
import pg from 'pg';
import { openStore, type StoreConfig } from '../src/store/open.js';

function generatedCase(actors: number, tiesPerActor: number): CaseFileInput {
  const c: CaseFileInput = { format: 'foothold.case/1', firm: { id: 'bench-firm', name: 'Bench firm', countryOfOrigin: 'FI' }, actors: [], ties: [] };
  for (let i = 0; i < actors; i++)
    c.actors!.push({ id: `a${i}`, name: `Actor ${i}`, kind: i % 3 === 0 ? 'person' : 'organization', country: i % 2 ? 'DE' : 'MN' });
  let t = 0;
  for (let i = 0; i < actors; i++) {
    c.ties!.push({ id: `t${t++}`, from: 'bench-firm', to: `a${i}`, networkType: NETWORK_TYPES[i % 4]!, strength: (i % 5) + 1 });
    for (let k = 1; k < tiesPerActor; k++) {
      const to = (i * 7 + k * 13) % actors;
      if (to !== i) c.ties!.push({ id: `t${t++}`, from: `a${i}`, to: `a${to}`, networkType: 'business' });
    }
  }
  return c;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

const rows: string[] = [];
const sizes = [
  { actors: 1_000, tiesPerActor: 5 },
  { actors: 20_000, tiesPerActor: 5 },
];
const dir = mkdtempSync(join(tmpdir(), 'foothold-bench-'));
const targets: { name: string; config: () => StoreConfig }[] = [
  { name: 'sqlite', config: () => ({ kind: 'sqlite', file: join(dir, `${Date.now()}.sqlite`) }) },
];
if (process.env['BENCH_DATABASE_URL'])
  targets.push({ name: 'postgres', config: () => ({ kind: 'postgres', connectionString: process.env['BENCH_DATABASE_URL']!, schema: `bench_${Date.now()}` }) });

for (const target of targets) {
  for (const size of sizes) {
    const input = generatedCase(size.actors, size.tiesPerActor);
    const [parsed, parseMs] = await time(() => caseFileSchema.parse(input));
    const [, refMs] = await time(() => checkReferences(parsed));
    const config = target.config();
    const store = await openStore(config);
    const [, importMs] = await time(() => importCases(store, 'bench', [{ origin: 'bench', caseFile: parsed }], { replace: false }));
    const [, exportMs] = await time(() => exportCase(store, 'bench', 'bench-firm'));
    await store.close();
    if (config.kind === 'postgres' && config.schema !== undefined) {
      const admin = new pg.Pool({ connectionString: config.connectionString });
      await admin.query(`drop schema ${config.schema} cascade`);
      await admin.end();
    }
    const line = `| ${target.name} | ${size.actors.toLocaleString('en')} | ${parsed.ties.length.toLocaleString('en')} | ${parseMs.toFixed(0)} | ${refMs.toFixed(0)} | ${importMs.toFixed(0)} | ${exportMs.toFixed(0)} |`;
    console.log(line);
    rows.push(line);
  }
}
rmSync(dir, { recursive: true, force: true });

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
writeFileSync(
  new URL('../BENCHMARKS.md', import.meta.url),
  `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; ${machine}. Times in milliseconds, one run each.\n\n| store | actors | ties | schema parse | reference check | import (one transaction) | export |\n| --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`,
);
console.log('wrote BENCHMARKS.md');
