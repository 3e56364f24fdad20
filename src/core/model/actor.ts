/** An actor the firm can reach: a person, an organization, or a digital platform or community. */
import { z } from 'zod';
import { languageCodeSchema, networkReachSchema, placesFields, recordBase, refSchema, textSchema } from './primitives.js';
import { actorKindSchema, groupRelationSchema, lawfulBasisSchema, organizationTypeSchema, platformTypeSchema } from './vocabulary.js';

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
