import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from './json-schema.js';

describe('schema/case.schema.json', () => {
  it('is the one generated from the zod schemas (run `npm run schema` after changing the model)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../../schema/case.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(caseJsonSchema());
  });
  it('lists the network types as an enum', () => {
    const text = JSON.stringify(caseJsonSchema());
    expect(text).toContain('"enum":["social","business","institutional","digital"]');
  });
});
