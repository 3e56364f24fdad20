/**
 * The thesis tables Foothold reproduces, by number. Apart from table-views.ts and with no imports,
 * so that the CLI can name them in its help without loading the analysis.
 */

/** Tables 2–6 describe each firm's data (interviews, sources, activities, key people); 7–10 compare firms. */
export const CASE_TABLES = [2, 3, 4, 5, 6] as const;
export const CROSS_CASE_TABLES = [7, 8, 9, 10] as const;
export const THESIS_TABLES = [...CASE_TABLES, ...CROSS_CASE_TABLES] as const;
export type CaseTableNumber = (typeof CASE_TABLES)[number];
export type CrossCaseTableNumber = (typeof CROSS_CASE_TABLES)[number];
export type ThesisTableNumber = (typeof THESIS_TABLES)[number];
