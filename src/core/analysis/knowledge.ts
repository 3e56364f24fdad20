/**
 * The knowledge base of recommendations (data/knowledge/rules.json): rules keyed by challenge ×
 * network type × context, each with a rationale in our own words and citations only to works that
 * the seed studies cite. This file holds its schema; the data lives in data/knowledge/.
 */
import { z } from 'zod';
import { BUILTIN_CHALLENGE_CATEGORIES, economyClassSchema, networkTypeSchema, pathwaySchema } from '../model/index.js';

export const SEEDS = ['000_027afc1053f9dfb9.txt', '003_7a904afc5627ed05.txt'] as const;

export const citationSchema = z
  .object({
    work: z.string().min(3).describe('As the seed cites it in its text, e.g. "Musteen et al. (2014)"'),
    seed: z.enum(SEEDS).describe('The seed that cites the work'),
    location: z.string().min(2).describe('Where the seed cites it for this point: section and page, or table'),
  })
  .strict();

export const ruleContextSchema = z
  .object({
    economyClass: economyClassSchema.optional(),
    regulatedSector: z.boolean().optional().describe('true: only firms in a regulated sector (pharmaceuticals, medical, food, finance …)'),
    pathway: z.array(pathwaySchema).min(1).optional(),
    sizeClass: z
      .array(z.enum(['micro', 'small', 'medium', 'large']))
      .min(1)
      .optional(),
  })
  .strict();
export type RuleContext = z.infer<typeof ruleContextSchema>;

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    challenge: z.enum(BUILTIN_CHALLENGE_CATEGORIES),
    networkType: networkTypeSchema,
    when: ruleContextSchema.default({}),
    title: z.string().min(5),
    rationale: z.string().min(40).describe('Our own words: why this network type helps with this challenge'),
    actions: z.array(z.string().min(5)).min(1).describe('Concrete next steps for the firm'),
    citations: z.array(citationSchema).min(1),
  })
  .strict();
export type KnowledgeRule = z.infer<typeof ruleSchema>;

export const knowledgeBaseSchema = z
  .object({
    title: z.string(),
    note: z.string().optional(),
    recordedOn: z.string(),
    rules: z.array(ruleSchema),
  })
  .strict();
export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;
