/** An actor the firm can reach: a person, an organization, or a digital platform or community. */
import { z } from 'zod';
import { countryCodeSchema, recordBase, textSchema } from './primitives.js';
import { actorKindSchema, lawfulBasisSchema, organizationTypeSchema, platformTypeSchema } from './vocabulary.js';

export const actorSchema = z
  .object({
    ...recordBase,
    name: textSchema.describe('Name, or a description when the study anonymizes it'),
    kind: actorKindSchema,
    organizationType: organizationTypeSchema.optional().describe('For organizations'),
    platformType: platformTypeSchema.optional().describe('For platforms'),
    country: countryCodeSchema.optional(),
    region: z.string().optional().describe('Bloc or region when the actor is not tied to one country, e.g. "EU"'),
    sector: z.string().optional(),
    roles: z.array(textSchema).default([]).describe('Roles towards the firm, e.g. "contract_manufacturer"'),
    isGroup: z.boolean().optional().describe('True when the record stands for several unnamed people or bodies'),
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
  });
export type Actor = z.infer<typeof actorSchema>;
