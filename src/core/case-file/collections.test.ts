import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, RECORD_NOUN } from './collections.js';
import { CASE_COLLECTIONS, caseFileSchema } from './schema.js';

describe('the collection names', () => {
  it('are the schema’s collections, in the same order', () => {
    expect(Object.keys(CASE_COLLECTIONS)).toEqual([...COLLECTION_NAMES]);
  });

  it('are the fields of a case after the firm, in the order files are written', () => {
    const fields = Object.keys(caseFileSchema.shape).filter((key) => key in CASE_COLLECTIONS);
    expect(fields).toEqual([...COLLECTION_NAMES]);
  });

  it('each have a noun for messages', () => {
    for (const name of COLLECTION_NAMES) expect(RECORD_NOUN[name]).toMatch(/^[a-z][a-z ]+$/);
  });
});
