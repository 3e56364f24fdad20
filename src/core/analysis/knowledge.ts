/**
 * The knowledge base of recommendations (data/knowledge/rules.json): rules keyed by challenge ×
 * network type × context, worded for any firm, with optional per-sector-family wording, actions
 * that name the firm's own ties where it has the kind of actor they need, labelled examples from the
 * seed studies, and citations only to works we can show. This file holds its schema; the data lives
 * in data/knowledge/.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  BUILTIN_CHALLENGE_CATEGORIES,
  economyClassSchema,
  networkTypeSchema,
  ORGANIZATION_TYPES,
  pathwaySchema,
  PLATFORM_TYPES,
  SECTOR_FAMILIES,
  sectorFamilySchema,
} from '../model/index.js';

export const SEEDS = ['000_027afc1053f9dfb9.txt', '003_7a904afc5627ed05.txt'] as const;

/** A work as a seed study cites it, and where the seed cites it for this point. */
export const seedCitationSchema = z
  .object({
    work: z.string().min(3).describe('As the seed cites it in its text, e.g. "Musteen et al. (2014)"'),
    seed: z.enum(SEEDS).describe('The seed that cites the work'),
    location: z.string().min(2).describe('Where the seed cites it for this point: section and page, or table'),
  })
  .strict();

/** An official source found and read on a given day: a regulator's, an agency's, a bloc's own page. */
export const officialCitationSchema = z
  .object({
    work: z.string().min(3).describe('Title of the page or document'),
    publisher: z.string().min(2).describe('Who publishes it, e.g. "European Commission"'),
    url: z.string().url(),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the date it was read as YYYY-MM-DD'),
  })
  .strict();

export const citationSchema = z.union([seedCitationSchema, officialCitationSchema]);
export type KnowledgeCitation = z.infer<typeof citationSchema>;

/** The kind of actor an action needs; a firm with a live tie to one is told to use that tie. */
export const seekSchema = z
  .object({
    actorKinds: z.array(z.enum(ACTOR_KINDS)).min(1).optional(),
    organizationTypes: z.array(z.enum(ORGANIZATION_TYPES)).min(1).optional(),
    platformTypes: z.array(z.enum(PLATFORM_TYPES)).min(1).optional(),
    roles: z.array(z.string().min(2)).min(1).optional().describe('Roles towards the firm, as actors record them, e.g. "distributor"'),
    networkTypes: z.array(networkTypeSchema).min(1).optional().describe('Only ties of these network types count'),
  })
  .strict()
  .refine((s) => Object.values(s).some((v) => v !== undefined), { message: 'expected at least one condition on the actor sought' });
export type Seek = z.infer<typeof seekSchema>;

/**
 * One step. Plain text; or text for a firm without the kind of actor it needs, with `withTie`
 * ("Ask {actor} for …") for a firm that has a live tie to one — {actor} is replaced by its name.
 */
export const actionSchema = z.union([
  z.string().min(5),
  z
    .object({
      text: z.string().min(5),
      seek: seekSchema,
      withTie: z
        .string()
        .min(5)
        .regex(/\{actor\}/, 'expected the placeholder {actor} where the tie is named'),
    })
    .strict(),
]);
export type KnowledgeAction = z.infer<typeof actionSchema>;

/** Wording of a rule for one sector family; what it leaves out comes from the general wording. */
export const variantSchema = z
  .object({
    title: z.string().min(5).optional(),
    rationale: z.string().min(40).optional(),
    actions: z.array(actionSchema).min(1).optional(),
    citations: z.array(citationSchema).min(1).optional().describe("Added to the rule's citations for this family: sources only its wording relies on"),
  })
  .strict();

/**
 * A sample firm's story, shown only as a labelled example with where the seed tells it — and only to
 * firms of its sector family, so no firm reads another family's terms.
 */
export const exampleSchema = z
  .object({
    text: z.string().min(20),
    seed: z.enum(SEEDS),
    location: z.string().min(2),
    sectorFamily: sectorFamilySchema.optional().describe("The sample firm's sector family; left out, the example suits any firm"),
  })
  .strict();

export const ruleContextSchema = z
  .object({
    economyClass: z.array(economyClassSchema).min(1).optional().describe('Only firms from economies of these classes'),
    pathway: z.array(pathwaySchema).min(1).optional(),
    sizeClass: z
      .array(z.enum(['micro', 'small', 'medium', 'large']))
      .min(1)
      .optional(),
    sectorFamilies: z.array(sectorFamilySchema).min(1).optional().describe('Only firms of these sector families'),
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
    rationale: z.string().min(40).describe('Our own words, for any sector: why this network type helps with this challenge'),
    actions: z.array(actionSchema).min(1).describe('Concrete next steps for the firm'),
    variants: z.partialRecord(sectorFamilySchema, variantSchema).optional().describe('Wording for one sector family'),
    examples: z.array(exampleSchema).optional(),
    citations: z.array(citationSchema).min(1),
  })
  .strict();
export type KnowledgeRule = z.infer<typeof ruleSchema>;

export const sectorFamilyInfoSchema = z
  .object({
    label: z.string().min(3),
    keywords: z.array(z.string().min(2)).min(1).describe('Words of a recorded sector or product type that place a firm in this family'),
    lexicon: z.array(z.string().min(2)).min(1).describe("Terms only this family's advice may use"),
  })
  .strict();

export const knowledgeBaseSchema = z
  .object({
    title: z.string(),
    note: z.string().optional(),
    recordedOn: z.string(),
    sectorFamilies: z
      .object(
        Object.fromEntries(SECTOR_FAMILIES.map((f) => [f, sectorFamilyInfoSchema])) as Record<(typeof SECTOR_FAMILIES)[number], typeof sectorFamilyInfoSchema>,
      )
      .strict(),
    rules: z.array(ruleSchema),
  })
  .strict();
export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;
