// Writes src/web/lib/api-schema.d.ts, the web app's types for the HTTP API, from the OpenAPI
// document the server serves at /api/openapi.json. Run `npm run api:types` after changing a route
// or a schema; a test fails while the file is older than the document (it records the document's hash).
// The generator, openapi-typescript, is run through npx at a fixed version rather than installed:
// it asks for TypeScript 5 as a peer, which this package (TypeScript 6) cannot also install.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument, API_TYPES_FILE, apiTypesHeader } from './api-document.js';

const root = new URL('..', import.meta.url).pathname;
const doc = await openApiDocument();
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const input = join(tmp, 'openapi.json');
const output = join(tmp, 'api-schema.d.ts');
writeFileSync(input, doc);
const run = spawnSync('npx', ['--yes', 'openapi-typescript@7.13.0', input, '--output', output, '--root-types', '--root-types-no-schema-prefix'], {
  cwd: root,
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);
const target = join(root, API_TYPES_FILE);
writeFileSync(target, apiTypesHeader(doc) + readFileSync(output, 'utf8'));
spawnSync('npx', ['prettier', '--write', target], { cwd: root, stdio: 'ignore' });
console.log(`wrote ${API_TYPES_FILE}`);
