/** An actor the firm can reach: a person, an organization, or a digital platform or community. */
import { z } from 'zod';
import { CONTACT_FORMATS } from '../contacts/types.js';
import { isCalendarDate, languageCodeSchema, networkReachSchema, placesFields, recordBase, refSchema, textSchema } from './primitives.js';
import { actorKindSchema, groupRelationSchema, lawfulBasisSchema, organizationTypeSchema, platformTypeSchema } from './vocabulary.js';

/** A whole day, as contact files give it: YYYY-MM-DD and nothing shorter. */
const contactDaySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { message: 'no such day in the calendar (check the day of the month, and February in leap years)' });

/**
 * What the user's own address book or professional network says about a person (format 2, optional):
 * filled by `foothold contacts import` and matched on again by the next import, so the same file
 * imported twice adds nothing. Addresses are kept as given; the matching keys are derived from them.
 */
export const contactDetailsSchema = z
  .object({
    emails: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[^\s@]+@[^\s@]+$/, 'expected an e-mail address such as "name@example.com"'),
      )
      .default([])
      .describe('E-mail addresses, lower case, in the order the contact file gave them'),
    phones: z.array(textSchema).optional().describe('Telephone numbers as the contact file wrote them'),
    profileUrl: z.string().url().optional().describe('Address of the profile on a professional network, e.g. https://www.linkedin.com/in/…'),
    organization: textSchema.optional().describe('Employer or organization as the contact file names it (the actor is also memberOf that organization)'),
    position: textSchema.optional().describe('Job title or position there'),
    connectedOn: contactDaySchema.optional().describe('Day the user connected with the person (LinkedIn\'s "Connected On"), YYYY-MM-DD'),
    importedFrom: z
      .array(
        z
          .object({
            format: z.enum(CONTACT_FORMATS).describe('Kind of file: linkedin (Connections.csv), vcard, google or outlook (contact CSV)'),
            on: contactDaySchema.describe('Day of the import, YYYY-MM-DD'),
          })
          .strict(),
      )
      .optional()
      .describe('Contact files this person was imported or updated from, oldest first'),
  })
  .strict()
  .describe("Contact details from the user's own contact export (LinkedIn, vCard, Google or Outlook)");
export type ContactDetails = z.infer<typeof contactDetailsSchema>;

export const actorSchema = z
  .object({
    ...recordBase,
    name: textSchema.describe('Name, or a description when the study anonymizes it'),
    kind: actorKindSchema,
    organizationType: organizationTypeSchema.optional().describe('For organizations'),
    platformType: platformTypeSchema.optional().describe('For platforms'),
    countries: placesFields.countries.describe('Countries the actor is based or active in; several for a group of people or a multinational'),
    regions: placesFields.regions,
    sector: z.string().optional(),
    roles: z.array(textSchema).default([]).describe('Roles towards the firm, e.g. "distributor", "trading_house", "advisor"'),
    isGroup: z.boolean().optional().describe('True when the record stands for several unnamed people or bodies'),
    groupRelation: groupRelationSchema
      .optional()
      .describe("Set when this company belongs to the firm's own group (its subsidiary, parent or sister company): part of the firm, not a network tie"),
    memberOf: z.array(refSchema).optional().describe('Organizations this actor belongs to or works for, without a tie of the firm to them'),
    languages: z.array(languageCodeSchema).optional().describe('For people: languages they speak'),
    networkReach: networkReachSchema.optional(),
    url: z.string().url().optional(),
    description: z.string().optional(),
    lawfulBasis: lawfulBasisSchema.optional().describe('For people: lawful basis for holding their data'),
    contact: contactDetailsSchema.optional(),
  })
  .strict()
  .superRefine((actor, ctx) => {
    if (actor.kind !== 'organization' && actor.organizationType !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['organizationType'], message: `organizationType applies only to kind "organization", not "${actor.kind}"` });
    }
    if (actor.kind !== 'platform' && actor.platformType !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['platformType'], message: `platformType applies only to kind "platform", not "${actor.kind}"` });
    }
    if (actor.kind !== 'organization' && actor.groupRelation !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['groupRelation'],
        message: `groupRelation applies only to kind "organization" (a company of the firm's group), not "${actor.kind}"`,
      });
    }
  });
export type Actor = z.infer<typeof actorSchema>;
