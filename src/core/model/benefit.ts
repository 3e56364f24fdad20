/** A benefit (paper Figure 1) that a tie or a network type brought. */
import { z } from 'zod';
import { recordBase, refSchema } from './primitives.js';
import { benefitKindSchema, networkTypeSchema } from './vocabulary.js';

export const benefitSchema = z
  .object({
    ...recordBase,
    benefit: benefitKindSchema,
    networkType: networkTypeSchema.optional(),
    tie: refSchema.optional(),
    description: z.string().optional(),
  })
  .strict()
  .refine((b) => b.networkType !== undefined || b.tie !== undefined, {
    message: 'expected a "networkType" or a "tie" that brought the benefit',
    path: ['networkType'],
  });
export type Benefit = z.infer<typeof benefitSchema>;
