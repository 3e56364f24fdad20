/** Small value schemas shared by the domain records: ids, dates, countries, evidence links. */
import { z } from 'zod';
import countries from 'i18n-iso-countries';

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'expected an id: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 80 characters')
  .describe('Identifier, unique within a case file');

/** A reference to another record's id; checked against the file by the reference checker. */
export const refSchema = idSchema.describe('Reference to the id of another record in the same case');

/** Year, year-month or full date: sources often give only a year. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('Date as YYYY, YYYY-MM or YYYY-MM-DD');

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 country code in capitals, such as "FI" or "MN"', abort: true })
  .refine((code) => countries.isValid(code), { message: 'not an assigned ISO 3166-1 alpha-2 country code' })
  .describe('ISO 3166-1 alpha-2 country code');

export const textSchema = z.string().trim().min(1, 'expected a non-empty text');

export const evidenceSchema = z.array(refSchema).describe('Ids of evidence segments that back this record').optional();

/** Fields every editable record may carry. */
export const recordBase = {
  id: idSchema,
  note: z.string().optional().describe("Analyst's note"),
  evidence: evidenceSchema,
};
