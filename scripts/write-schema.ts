// Writes schema/case.schema.json from the zod schemas. Run `npm run schema` after changing src/core/model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { caseJsonSchema } from '../src/core/case-file/index.js';

const target = new URL('../schema/case.schema.json', import.meta.url);
mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(target, JSON.stringify(caseJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
