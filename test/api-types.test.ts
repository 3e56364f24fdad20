import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesHeader, openApiDocument } from '../scripts/api-document.js';

describe('the web app’s API types', () => {
  it('were generated from the OpenAPI document the server serves now (else run npm run api:types)', async () => {
    const header = readFileSync(new URL(`../${API_TYPES_FILE}`, import.meta.url), 'utf8').split('\n')[0] + '\n';
    expect(header, 'src/web/lib/api-schema.d.ts is older than the API: run npm run api:types').toBe(apiTypesHeader(await openApiDocument()));
  });
});
