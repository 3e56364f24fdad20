/** Challenge categories, challenge ratings (thesis Table 9) and network utilization (Table 10). */
import { z } from 'zod';
import { ID_PATTERN, recordBase, refSchema, textSchema } from './primitives.js';
import { BUILTIN_CHALLENGE_CATEGORIES, challengeLevelSchema, levelBasisSchema, networkTypeSchema, utilizationLevelSchema } from './vocabulary.js';

const basis = levelBasisSchema.optional().describe('stated: the source gives this level; inferred: the analyst read it from the source');

/** A challenge category: one of the built-in ones, or the id of a category defined in the case. */
export const challengeCategoryRefSchema = z
  .string()
  .regex(ID_PATTERN, 'expected a challenge category id')
  .describe(`A built-in category (${BUILTIN_CHALLENGE_CATEGORIES.join(', ')}) or the id of a user-defined category`);

export const challengeCategorySchema = z
  .object({
    ...recordBase,
    label: textSchema,
    description: z.string().optional(),
  })
  .strict()
  .refine((c) => !(BUILTIN_CHALLENGE_CATEGORIES as readonly string[]).includes(c.id), {
    message: 'this id is a built-in category already; pick another id for a user-defined one',
    path: ['id'],
  });
export type ChallengeCategory = z.infer<typeof challengeCategorySchema>;

export const challengeRatingSchema = z
  .object({
    ...recordBase,
    category: challengeCategoryRefSchema,
    level: challengeLevelSchema,
    market: refSchema.optional().describe('Id of a market when the rating is for one market only'),
    basis,
    description: z.string().optional(),
  })
  .strict();
export type ChallengeRating = z.infer<typeof challengeRatingSchema>;

export const utilizationCellSchema = z
  .object({
    ...recordBase,
    challenge: challengeCategoryRefSchema,
    networkType: networkTypeSchema,
    level: utilizationLevelSchema,
    basis,
    description: z.string().optional(),
  })
  .strict();
export type UtilizationCell = z.infer<typeof utilizationCellSchema>;
