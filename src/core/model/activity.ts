/** A value-chain activity (thesis Table 4), located in countries and carried by actors through ties. */
import { z } from 'zod';
import { countryCodeSchema, recordBase, refSchema, textSchema } from './primitives.js';
import { valueChainStepSchema } from './vocabulary.js';

export const activitySchema = z
  .object({
    ...recordBase,
    step: valueChainStepSchema,
    label: textSchema.describe('The activity as the source names it'),
    countries: z.array(countryCodeSchema).default([]),
    regions: z.array(textSchema).optional().describe('Blocs or regions, e.g. "EU"'),
    role: z.string().optional().describe('What the activity does there, as the source puts it'),
    actors: z.array(refSchema).optional(),
    ties: z.array(refSchema).optional(),
  })
  .strict();
export type Activity = z.infer<typeof activitySchema>;
