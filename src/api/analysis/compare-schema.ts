/**
 * Response schema of the compare route (`GET …/compare`): thesis Tables 7–10 side by side, as
 * services/analysis-service.ts#compareFirms returns them, with a missing value sent as null (JSON
 * has no undefined in an array; `comparisonJson` says so explicitly). The type check at the end keeps
 * the schema and core/analysis/types.ts#CrossCaseComparison from drifting apart.
 */
import { z } from 'zod';
import { challengeLevelSchema, networkTypeSchema, utilizationLevelSchema } from '../../core/model/index.js';
import type { CrossCaseComparison } from '../../core/analysis/index.js';
import type { Same } from '../schema-check.js';

const rowOf = <V extends z.ZodType>(value: V) =>
  z.object({
    key: z.string().describe('The row’s key: a profile field, a network type, or a challenge category'),
    label: z.string().describe('The row as the thesis labels it'),
    values: z.array(value.nullable()).describe('One value per firm, in the order of `firms`; null where the firm has none'),
    differs: z.boolean().describe('True when the firms’ values are not all equal (a missing value counts as one of its own)'),
  });

const textRowSchema = rowOf(z.string()).strict().meta({ id: 'ComparisonRow', description: 'One row of Table 7 or 8 across the firms compared' });
const challengeRowSchema = rowOf(challengeLevelSchema)
  .strict()
  .meta({ id: 'ChallengeComparisonRow', description: 'One challenge category of Table 9 across the firms compared' });
const utilizationRowSchema = rowOf(utilizationLevelSchema)
  .extend({ challenge: z.string().describe('Challenge category'), networkType: networkTypeSchema })
  .strict()
  .meta({ id: 'UtilizationComparisonRow', description: 'One challenge × network type cell row of Table 10 across the firms compared' });

export const crossCaseComparisonSchema = z
  .object({
    firms: z.array(z.object({ firmId: z.string(), name: z.string() }).strict()).describe('The firms compared, in the order asked'),
    profile: z.array(textRowSchema).describe('Table 7: the profile rows'),
    networkTypes: z.array(textRowSchema).describe('Table 8: main networking types, then one row per network type'),
    challenges: z.array(challengeRowSchema).describe('Table 9: every challenge category at least one firm rated'),
    utilization: z.array(utilizationRowSchema).describe('Table 10: recorded utilization, every challenge at least one firm recorded × the four network types'),
  })
  .strict()
  .meta({ id: 'CrossCaseComparison', description: 'Thesis Tables 7–10 side by side, each row marked where the firms differ' });

/** A comparison row as JSON carries it: a missing value is null. */
type RowJson<R> = R extends { values: readonly (infer V)[] } ? Omit<R, 'values'> & { values: (Exclude<V, undefined> | null)[] } : R;
type ComparisonJson = { [K in keyof CrossCaseComparison]: CrossCaseComparison[K] extends readonly (infer R)[] ? RowJson<R>[] : CrossCaseComparison[K] };

/** A list of rows with every missing value as null. */
function rowsJson<R extends { values: readonly unknown[] }>(list: readonly R[]): RowJson<R>[] {
  return list.map((r) => ({ ...r, values: r.values.map((v) => v ?? null) }) as RowJson<R>);
}

/** The comparison with every missing value as null, as the schema describes it. */
export function comparisonJson(cmp: CrossCaseComparison): ComparisonJson {
  return {
    firms: cmp.firms,
    profile: rowsJson(cmp.profile),
    networkTypes: rowsJson(cmp.networkTypes),
    challenges: rowsJson(cmp.challenges),
    utilization: rowsJson(cmp.utilization),
  };
}

// Stops the build when the schema and the core type differ: a field missing, extra or typed differently.
const fits: Same<ComparisonJson, typeof crossCaseComparisonSchema> = true;
void fits;
