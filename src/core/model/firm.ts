/** The firm (a case), its key people, and the facts stated about it. */
import { z } from 'zod';
import { countryCodeSchema, languageCodeSchema, networkReachSchema, recordBase, refSchema, textSchema } from './primitives.js';
import { economyClassSchema, factTopicSchema, pathwaySchema, sectorFamilySchema } from './vocabulary.js';

export const employeeCountSchema = z
  .object({
    value: z.number().int().nonnegative(),
    qualifier: z
      .enum(['exact', 'about', 'less_than', 'more_than'])
      .default('exact')
      .describe('How precise the figure is: sources often say "less than 10" or "about 150"'),
    asOf: z.string().optional(),
  })
  .strict();
export type EmployeeCount = z.infer<typeof employeeCountSchema>;

export const turnoverSchema = z
  .object({
    amount: z.number().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "EUR"'),
    year: z.number().int().optional(),
  })
  .strict();

export const firmSchema = z
  .object({
    ...recordBase,
    name: textSchema.describe('Name, or the pseudonym used in the study'),
    isPseudonym: z.boolean().default(false),
    countryOfOrigin: countryCodeSchema,
    economyClassOverride: z
      .object({ value: economyClassSchema, reason: textSchema })
      .strict()
      .optional()
      .describe('Set only to depart from the reference data; the reason is required'),
    foundedYear: z.number().int().min(1800).max(2100).optional(),
    employees: employeeCountSchema.optional(),
    turnover: turnoverSchema.optional(),
    sector: textSchema.optional(),
    sectorFamily: sectorFamilySchema
      .optional()
      .describe('Which family of sectors the advice is worded for; left out, it is read from the sector and product type'),
    productType: textSchema.optional(),
    pathway: z
      .object({ value: pathwaySchema, evidence: z.array(refSchema).optional() })
      .strict()
      .optional(),
    firstInternationalYear: z.number().int().min(1800).max(2100).optional(),
    description: z.string().optional(),
  })
  .strict()
  .superRefine((firm, ctx) => {
    if (firm.foundedYear !== undefined && firm.firstInternationalYear !== undefined && firm.firstInternationalYear < firm.foundedYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['firstInternationalYear'],
        message: `expected a year from the founding year ${firm.foundedYear} on, got ${firm.firstInternationalYear}: a firm cannot go abroad before it is founded`,
      });
    }
  });
export type Firm = z.infer<typeof firmSchema>;

export const keyPersonSchema = z
  .object({
    ...recordBase,
    role: textSchema.describe('Position, e.g. "Chief executive officer"'),
    name: z.string().optional().describe('Name or pseudonym; leave out to keep the person anonymous'),
    participantId: z.string().optional().describe('Pseudonymous interview id, e.g. "IA1"'),
    education: z.string().optional(),
    experience: z.string().optional(),
    internationalNetworking: z.string().optional(),
    founder: z.boolean().optional().describe('True when this person founded the firm'),
    isGroup: z.boolean().optional().describe('True when the record stands for several people, e.g. "the founding team"'),
    languages: z.array(languageCodeSchema).optional().describe('Languages the person speaks'),
    memberOf: z.array(refSchema).optional().describe('Organizations the person belongs to (an association, a board), without a tie of the firm to them'),
    networkReach: networkReachSchema.optional(),
  })
  .strict();
export type KeyPerson = z.infer<typeof keyPersonSchema>;

/** A statement about the firm as a source words it: the cells of thesis Tables 7 and 8. */
export const firmFactSchema = z
  .object({
    ...recordBase,
    topic: factTopicSchema,
    text: textSchema,
  })
  .strict();
export type FirmFact = z.infer<typeof firmFactSchema>;
