/** A benefit (paper Figure 1) that a tie or a network type brought, or that a source reports. */
import { z } from 'zod';
import { recordBase, refSchema } from './primitives.js';
import { benefitKindSchema, networkTypeSchema } from './vocabulary.js';

export const benefitSchema = z
  .object({
    ...recordBase,
    benefit: benefitKindSchema,
    networkType: networkTypeSchema.optional().describe("The network type that brought it; with a tie, the tie's own type"),
    tie: refSchema.optional(),
    description: z.string().optional(),
  })
  .strict()
  .refine((b) => b.networkType !== undefined || b.tie !== undefined || (b.evidence?.length ?? 0) > 0, {
    message: 'expected a "networkType" or a "tie" that brought the benefit, or "evidence" for a benefit known only from a source',
    path: ['networkType'],
  });
export type Benefit = z.infer<typeof benefitSchema>;
