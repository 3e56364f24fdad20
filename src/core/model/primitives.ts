/** Small value schemas shared by the domain records: ids, dates, countries, evidence links. */
import { z } from 'zod';
import countries from 'i18n-iso-countries';
import languages from 'iso-639-1';

import { isCalendarDate } from '../../shared/calendar-date.js';
import { ID_PATTERN } from '../../shared/ids.js';

export { ID_PATTERN };

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'expected an id: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 80 characters')
  .describe('Identifier, unique within a case file');

/** A reference to another record's id; checked against the file by the reference checker. */
export const refSchema = idSchema.describe('Reference to the id of another record in the same case');

export { isCalendarDate } from '../../shared/calendar-date.js';

/** Year, year-month or full date: sources often give only a year. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { message: 'no such day in the calendar (check the day of the month, and February in leap years)' })
  .describe('Date as YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Orders two partial dates by what they say: a date given only as a year or a month is compared on
 * that part only, so "2020" and "2020-05" compare equal (neither is known to be earlier).
 */
export function compareDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 country code in capitals, such as "FI" or "MN"', abort: true })
  .refine((code) => countries.isValid(code), { message: 'not an assigned ISO 3166-1 alpha-2 country code' })
  .describe('ISO 3166-1 alpha-2 country code');

export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2}$/, { message: 'expected an ISO 639-1 language code in lower case, such as "en", "si" or "mn"', abort: true })
  .refine((code) => languages.validate(code), { message: 'not an ISO 639-1 language code' })
  .describe('ISO 639-1 language code');

export const textSchema = z.string().trim().min(1, 'expected a non-empty text');

export const evidenceSchema = z.array(refSchema).describe('Ids of evidence segments that back this record').optional();

/** Fields every editable record may carry. */
export const recordBase = {
  id: idSchema,
  note: z.string().optional().describe("Analyst's note"),
  evidence: evidenceSchema,
};

/** Where something reaches: countries and, for blocs or regions without one country, their names. */
export const placesFields = {
  countries: z.array(countryCodeSchema).optional().describe('ISO 3166-1 alpha-2 country codes'),
  regions: z.array(textSchema).optional().describe('Blocs or regions, e.g. "EU", "EAEU", "Central Asia"'),
};

/** Which countries or regions a person's or organization's own network reaches (format 2). */
export const networkReachSchema = z
  .object({ ...placesFields, description: z.string().optional() })
  .strict()
  .describe("Which countries or regions this person's or organization's own network reaches");
