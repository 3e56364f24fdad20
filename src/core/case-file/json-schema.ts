/** The published JSON Schema of case files, generated from the zod schemas (never written by hand). */
import { z } from 'zod';
import { CASE_FORMAT, caseFileSchema } from './schema.js';

export const CASE_SCHEMA_ID = 'https://foothold.invalid/schema/case.schema.json';

export function caseJsonSchema(): Record<string, unknown> {
  // Files are inputs: fields with defaults are optional there, so describe the input side.
  const generated = z.toJSONSchema(caseFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...generated,
    $id: CASE_SCHEMA_ID,
    title: `Foothold case file (${CASE_FORMAT})`,
    description:
      'One firm with its key people, facts, actors, ties, markets, activities, challenge ratings, network utilization, benefits, digital presence, sources, evidence segments, competence assessments and partner searches. Ids are unique within a file; references are checked by `foothold validate`, which this schema cannot express.',
  };
}
