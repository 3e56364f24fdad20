/**
 * The shapes of the hand-kept market reference data under data/reference/: trade blocs and
 * regulatory zones, the directory of institutions that help firms abroad, and World Bank income
 * groups. Every file and every entry names its source and the date it was recorded.
 */
import { z } from 'zod';
import { BUILTIN_CHALLENGE_CATEGORIES } from '../../shared/challenge-categories.js';
import { INSTITUTION_KINDS, type InstitutionKind } from '../../shared/institution-kinds.js';
import { countryCodeSchema, isCalendarDate, textSchema } from '../model/primitives.js';
import { sectorFamilySchema } from '../model/vocabulary.js';

/** A whole day, YYYY-MM-DD: reference dates are exact. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { message: 'no such day in the calendar' });

/** Where a figure comes from: a web page of the body that publishes it. */
export const referenceSourceSchema = z
  .object({
    url: z.string().url().startsWith('https://', 'expected an https:// address'),
    title: textSchema.optional(),
    publisher: textSchema.optional(),
  })
  .strict();
export type ReferenceSource = z.infer<typeof referenceSourceSchema>;

/** A body only a seed study names, without saying which one it is: the seed and where in it. */
export const seedSourceSchema = z
  .object({
    seed: textSchema.describe('The seed study that names it (a file name under shared/seeds)'),
    location: textSchema.describe('Where in the seed: section, page or table'),
  })
  .strict();

/** What a file says about itself: what it holds, how it was made, when. */
const fileHeader = {
  title: textSchema,
  method: textSchema.describe('How the entries were recorded, and what to check before relying on them'),
  recordedOn: daySchema,
};

export const BLOC_KINDS = ['economic_union', 'single_market', 'customs_union', 'free_trade_area', 'regulatory_zone', 'regional_organization'] as const;
export const blocKindSchema = z.enum(BLOC_KINDS);
export type BlocKind = z.infer<typeof blocKindSchema>;

/** What membership lets a firm do across the members: one approval valid in many markets. */
export const RECOGNITION_DOMAINS = ['medicines', 'medical_devices', 'goods', 'services', 'professional_qualifications'] as const;
export const recognitionDomainSchema = z.enum(RECOGNITION_DOMAINS);
export type RecognitionDomain = z.infer<typeof recognitionDomainSchema>;

export const blocMemberSchema = z
  .object({
    country: countryCodeSchema,
    joined: daySchema.describe('Day the country became a member (for founders, the day the bloc or its predecessor took effect)'),
    left: daySchema.optional().describe('First day the country was no longer a member (the day after the withdrawal day)'),
    suspendedSince: daySchema.optional().describe('Day the membership was suspended, when it is'),
    note: textSchema.optional(),
  })
  .strict();
export type BlocMember = z.infer<typeof blocMemberSchema>;

export const blocSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case id such as "eu" or "eaeu"')
      .describe('Stable id, lower case'),
    code: z
      .string()
      .regex(/^[A-Z][A-Za-z0-9-]*$/, 'expected a code such as "EU" or "EAEU"')
      .describe('The short name a market record uses as its region, e.g. "EU", "EAEU"'),
    name: textSchema,
    kind: blocKindSchema,
    inForceSince: daySchema.describe('Day the bloc (or the predecessor its members count from) took effect'),
    recognition: z
      .array(z.object({ domain: recognitionDomainSchema, description: textSchema }).strict())
      .default([])
      .describe('What one approval, registration or certificate obtained in one member is valid for in the others'),
    members: z.array(blocMemberSchema).min(2),
    source: referenceSourceSchema,
    asOf: daySchema,
    note: textSchema.optional(),
  })
  .strict();
export type Bloc = z.infer<typeof blocSchema>;

export const blocFileSchema = z.object({ ...fileHeader, blocs: z.array(blocSchema).min(1) }).strict();
export type BlocFile = z.infer<typeof blocFileSchema>;

export { INSTITUTION_KINDS, type InstitutionKind };
export const institutionKindSchema = z.enum(INSTITUTION_KINDS);

/**
 * Whom an institution helps: `exporters` from its own country going abroad, `entrants` from abroad
 * coming into its country (or bloc), or `both`.
 */
export const INSTITUTION_AUDIENCES = ['exporters', 'entrants', 'both'] as const;
export const institutionAudienceSchema = z.enum(INSTITUTION_AUDIENCES);
export type InstitutionAudience = z.infer<typeof institutionAudienceSchema>;

export const institutionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as "kotra" or "business-finland"')
      .describe('Stable id, lower case'),
    name: textSchema.describe('Name in English as the body gives it'),
    abbreviation: textSchema.optional(),
    localName: textSchema.optional().describe('Name in the language of its country, when it differs'),
    country: countryCodeSchema.describe('Country where it is based'),
    blocs: z.array(z.string()).optional().describe('Ids of blocs (data/reference/blocs.json) it acts for, for a body of a bloc such as the EMA'),
    kind: institutionKindSchema,
    audience: institutionAudienceSchema,
    sectors: z.array(sectorFamilySchema).optional().describe('Sector families it serves; absent: every sector'),
    helps: z.array(z.enum(BUILTIN_CHALLENGE_CATEGORIES)).min(1).describe('Challenge categories it helps with'),
    programmes: z
      .array(z.object({ name: textSchema, description: textSchema }).strict())
      .default([])
      .describe('Services and programmes a firm can apply for or use'),
    description: textSchema,
    url: z
      .string()
      .url()
      .startsWith('https://', 'expected an https:// address')
      .optional()
      .describe('Home page; absent only for a body a seed names without saying which'),
    source: z.union([referenceSourceSchema, seedSourceSchema]),
    asOf: daySchema,
    namedIn: z.array(textSchema).optional().describe('Seed studies that name it (file names under shared/seeds)'),
    note: textSchema.optional(),
  })
  .strict();
export type Institution = z.infer<typeof institutionSchema>;

export const institutionFileSchema = z.object({ ...fileHeader, institutions: z.array(institutionSchema).min(1) }).strict();
export type InstitutionFile = z.infer<typeof institutionFileSchema>;

export const INCOME_GROUPS = ['low', 'lower_middle', 'upper_middle', 'high'] as const;
export const incomeGroupSchema = z.enum(INCOME_GROUPS);
export type IncomeGroup = z.infer<typeof incomeGroupSchema>;

export const incomeGroupFileSchema = z
  .object({
    ...fileHeader,
    fiscalYear: z.string().regex(/^FY\d{4}$/, 'expected a fiscal year such as "FY2026"'),
    source: referenceSourceSchema,
    groups: z
      .object({
        low: z.array(countryCodeSchema),
        lower_middle: z.array(countryCodeSchema),
        upper_middle: z.array(countryCodeSchema),
        high: z.array(countryCodeSchema),
      })
      .strict(),
  })
  .strict();
export type IncomeGroupFile = z.infer<typeof incomeGroupFileSchema>;
