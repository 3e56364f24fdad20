/** A foreign market — a country or a bloc/region — and the firm's status there. */
import { z } from 'zod';
import { countryCodeSchema, partialDateSchema, recordBase, textSchema } from './primitives.js';
import { entryModeSchema, marketStatusSchema } from './vocabulary.js';

export const marketSchema = z
  .object({
    ...recordBase,
    country: countryCodeSchema.optional(),
    region: textSchema.optional().describe('Bloc or region code, e.g. "EU", "EAEU", "Central Asia"'),
    status: marketStatusSchema,
    entryMode: entryModeSchema.optional(),
    startedOn: partialDateSchema.optional(),
    endedOn: partialDateSchema.optional(),
    description: z.string().optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if ((m.country === undefined) === (m.region === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'expected exactly one of "country" or "region"' });
    }
  });
export type Market = z.infer<typeof marketSchema>;
