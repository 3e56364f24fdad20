/** A tie from the firm, a key person or an actor to another actor or key person. */
import { z } from 'zod';
import { countryCodeSchema, partialDateSchema, placesFields, recordBase, refSchema, textSchema } from './primitives.js';
import { benefitKindSchema, networkTypeSchema, tieOriginKindSchema, tieStatusSchema } from './vocabulary.js';
import { challengeCategoryRefSchema } from './challenge.js';

export const tieOriginSchema = z
  .object({
    kind: tieOriginKindSchema,
    referredByTie: refSchema.optional().describe('For referrals: the tie through which the introduction came'),
    description: z.string().optional(),
  })
  .strict()
  .superRefine((origin, ctx) => {
    if (origin.referredByTie !== undefined && origin.kind !== 'referral') {
      ctx.addIssue({ code: 'custom', path: ['referredByTie'], message: `referredByTie goes with kind "referral", not "${origin.kind}"` });
    }
  });

const scale = z.number().int().min(1).max(5);

export const tieSchema = z
  .object({
    ...recordBase,
    from: refSchema.describe('Id of the firm, a key person or an actor'),
    to: refSchema.describe('Id of an actor or a key person'),
    networkType: networkTypeSchema,
    subtype: textSchema.optional().describe('e.g. friend, alumnus, contract_manufacturer, agency, linkedin_group'),
    strength: scale.optional().describe('1 (weak) to 5 (strong)'),
    trust: scale.optional().describe('1 (low) to 5 (high)'),
    status: tieStatusSchema.default('active').describe('"unknown" when the source does not say; left out, the tie is taken as active'),
    since: partialDateSchema.optional(),
    lastContact: partialDateSchema.optional(),
    origin: tieOriginSchema.optional(),
    helpedWith: z
      .object({
        challenges: z.array(challengeCategoryRefSchema).default([]),
        benefits: z.array(benefitKindSchema).default([]),
      })
      .strict()
      .optional(),
    markets: z.array(countryCodeSchema).optional().describe('Countries this tie reaches into'),
    regions: placesFields.regions.describe('Blocs or regions this tie reaches into, e.g. "EU", "EAEU"'),
    description: textSchema.optional(),
  })
  .strict()
  .superRefine((tie, ctx) => {
    if (tie.from === tie.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'a tie cannot go from a record to itself' });
  });
export type Tie = z.infer<typeof tieSchema>;
