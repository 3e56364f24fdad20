/**
 * Thesis Tables 2–6 from the sample cases (the data `foothold table N --format json` gives) put in
 * the thesis's notation, and the thesis's transcribed cells with the samples' documented readings
 * applied: the tests of every layer compare the two.
 */
import type { CaseTableData } from '../src/core/report/case-tables.js';
import type { CaseTableNumber } from '../src/core/report/table-views.js';
import { SAMPLE_READINGS, TABLE_2, TABLE_3, TABLE_4, TABLE_4_PLACES, TABLE_5, TABLE_6 } from './thesis-tables.js';

const THESIS_TABLES = { 2: TABLE_2, 3: TABLE_3, 4: TABLE_4, 5: TABLE_5, 6: TABLE_6 } as const;

/** The firms the thesis gives a table for: both for Tables 2 and 3, Company A for 4 and 5, Company B for 6. */
export const thesisFirms = (n: CaseTableNumber): string[] => Object.keys(THESIS_TABLES[n] as object);

/** "2025-03-24", 33 → "24.03.2025 – 33 min", as Table 2 writes a session. */
const thesisSession = (s: { date: string; durationMinutes?: number }) =>
  `${s.date.split('-').reverse().join('.')}${s.durationMinutes === undefined ? '' : ` – ${s.durationMinutes} min`}`;

/** Table 4's "Netherlands, Poland, UK, France, and Germany" → ["NL", "PL", "GB", "FR", "DE"]. */
export function thesisPlaces(cell: string): string[] {
  return cell.split(/, and |, | and /).map((name) => {
    const code = TABLE_4_PLACES[name];
    if (code === undefined) throw new Error(`no code for the place "${name}" of Table 4`);
    return code;
  });
}

/** Does a case's source title stand for the thesis's words? See SAMPLE_READINGS.addedSources. */
export const titleMatches = (title: string, thesisWords: string) =>
  title
    .replace(/\bCompany [A-Z]\b/g, 'Company')
    .toLowerCase()
    .includes(thesisWords.toLowerCase());

/** The rows of a firm without the ones its case adds to the thesis's table, which must all be there. */
function withoutAdded<R>(rows: R[], labelOf: (r: R) => string, added: readonly string[] = []): R[] {
  const labels = rows.map(labelOf);
  const missing = added.filter((a) => !labels.includes(a));
  if (missing.length > 0) throw new Error(`expected the rows the sample adds to the thesis's table: ${missing.join(', ')}`);
  return rows.filter((r) => !added.includes(labelOf(r)));
}

/** A sample's Table 2–6 data, for the firms the thesis's table covers, in the notation of the transcriptions. */
export function asThesisCells(n: CaseTableNumber, data: unknown): Record<string, unknown> {
  const firms = thesisFirms(n);
  switch (n) {
    case 2: {
      const d = data as CaseTableData[2];
      return Object.fromEntries(
        firms.map((f) => [
          f,
          {
            'Company main business': d[f]?.mainBusiness,
            Interviewee: (d[f]?.interviews ?? []).map((i) => ({ role: i.interviewee, abbreviation: i.participantId })),
            'Interview date and duration': (d[f]?.interviews ?? []).flatMap((i) => i.sessions.map(thesisSession)),
          },
        ]),
      );
    }
    case 3: {
      const d = data as CaseTableData[3];
      return Object.fromEntries(
        firms.map((f) => {
          const titles = withoutAdded(
            (d[f]?.sources ?? []).map((s) => s.title),
            (t) => t,
            SAMPLE_READINGS.addedSources[f],
          );
          const thesis = TABLE_3[f as keyof typeof TABLE_3];
          // Each title in the thesis's words when it matches the thesis's item at its place; else as it is, to fail visibly.
          return [f, titles.map((t, i) => (thesis[i] !== undefined && titleMatches(t, thesis[i]) ? thesis[i] : t))];
        }),
      );
    }
    case 4: {
      const d = data as CaseTableData[4];
      return Object.fromEntries(
        firms.map((f) => [
          f,
          withoutAdded(d[f] ?? [], (a) => a.activity, SAMPLE_READINGS.addedActivities[f]).map((a) => [a.activity, [...a.countries, ...a.regions], a.role]),
        ]),
      );
    }
    case 5:
    case 6: {
      const d = data as CaseTableData[5];
      return Object.fromEntries(
        firms.map((f) => [
          f,
          withoutAdded(d[f] ?? [], (p) => p.role, SAMPLE_READINGS.addedKeyPeople[f]).map((p) => [p.role, p.education, p.experience, p.internationalNetworking]),
        ]),
      );
    }
  }
}

/** The thesis's Table 2–6 as transcribed, with the samples' readings applied, in asThesisCells's shape. */
export function expectedThesisCells(n: CaseTableNumber): Record<string, unknown> {
  switch (n) {
    case 2:
      return Object.fromEntries(
        Object.entries(TABLE_2).map(([f, t]) => [
          f,
          {
            ...t,
            Interviewee: t.Interviewee.map((i) => ({ ...i, abbreviation: SAMPLE_READINGS.abbreviations[f]?.[i.abbreviation] ?? i.abbreviation })),
          },
        ]),
      );
    case 3:
      return TABLE_3;
    case 4:
      return { 'company-a': TABLE_4['company-a'].map(([activity, country, role]) => [activity, thesisPlaces(country ?? ''), role]) };
    case 5:
      return TABLE_5;
    case 6:
      return TABLE_6;
  }
}
