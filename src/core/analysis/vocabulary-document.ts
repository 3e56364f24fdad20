/**
 * The vocabulary document: every value the case-file model takes for challenges, networks, ties,
 * markets, pathways and benefits, with its label and meaning in plain words, so that a client (the
 * web app's intake and record forms) never spells a label itself. The values come from the model's
 * zod enums, so a value added there cannot be missing here (the text records are typed by them).
 */
import { z } from 'zod';
import {
  COMPETENCE_DIMENSION_LABELS,
  COMPETENCE_DIMENSIONS,
  COMPETENCE_ITEMS,
  benefitKindSchema,
  builtinChallengeCategorySchema,
  challengeLevelSchema,
  competenceAssessmentSchema,
  entryModeSchema,
  marketStatusSchema,
  networkTypeSchema,
  pathwaySchema,
  tieOriginKindSchema,
  tieSchema,
  tieStatusSchema,
  utilizationLevelSchema,
} from '../model/index.js';
import { CHALLENGE_LABELS, CHALLENGE_QUESTIONS } from './challenges.js';
import { NETWORK_TYPE_LABELS } from './compare.js';
import { DEFAULT_TIE_STRENGTH } from './utilization.js';
import {
  BENEFIT_WORDS,
  CHALLENGE_DEFINITIONS,
  CHALLENGE_LEVEL_WORDS,
  ENTRY_MODE_WORDS,
  MARKET_STATUS_WORDS,
  NETWORK_TYPE_WORDS,
  PAPER_NETWORKS,
  PATHWAY_WORDS,
  TIE_ORIGIN_WORDS,
  TIE_SCALE_WORDS,
  TIE_STATUS_WORDS,
  UTILIZATION_LEVEL_WORDS,
  type PlainWords,
} from './vocabulary-text.js';

const text = z.string().min(1);

/** A value as the case-file schema spells it, with its label and meaning. */
function termSchema<T extends z.ZodType>(value: T, id: string, of: string) {
  return z
    .object({
      value: value.describe('The value as the case file spells it'),
      label: text.describe('What to show for it'),
      meaning: text.describe('What it means, in a sentence'),
    })
    .meta({ id, description: `A ${of}: its value, label and meaning` });
}

const challengeCategoryTermSchema = z
  .object({
    id: builtinChallengeCategorySchema.describe('The category id as ratings and utilization cells name it'),
    label: text.describe('The label as thesis Table 9 words it'),
    definition: text.describe('What the category covers, in one or two plain sentences'),
    examples: z.array(text).min(2).describe('Made-up examples from different sectors and countries; none describes a real firm'),
    question: text.describe('What to find out when the level is not known: a clause that follows "Find out …", lower-case, without a full stop'),
  })
  .meta({ id: 'ChallengeCategoryTerm', description: 'A built-in challenge category' });

const subtypeSuggestionSchema = z.object({ value: text.describe('A subtype as the sample cases spell it'), label: text }).meta({ id: 'TieSubtypeSuggestion' });

const networkTypeTermSchema = z
  .object({
    value: networkTypeSchema,
    label: text.describe('The label as thesis Table 8 words it'),
    definition: text.describe('What the type covers, in one or two plain sentences'),
    paperNetwork: z
      .enum(PAPER_NETWORKS)
      .describe('The paper’s network kind this type belongs to: informal → social; formal → business or institutional; virtual → digital'),
    paperMapping: text.describe('The mapping in a sentence'),
    examples: z.array(text).min(2).describe('Made-up examples from different sectors; none describes a real firm'),
    suggestedSubtypes: z.array(subtypeSuggestionSchema).describe('Suggestions only: a tie’s subtype is free text, so any other word is accepted'),
  })
  .meta({ id: 'NetworkTypeTerm', description: 'A network type of a tie' });

const tieScaleSchema = z
  .object({
    label: text,
    meaning: text.describe('What the rating measures'),
    min: z.number().int(),
    max: z.number().int(),
    minMeaning: text.describe('What the lowest value means'),
    maxMeaning: text.describe('What the highest value means'),
    whenBlank: text.describe('What happens when the rating is left out (it is optional)'),
  })
  .meta({ id: 'TieScale', description: 'A whole-number rating of a tie' });

const competenceSchema = z
  .object({
    dimensions: z.array(z.object({ value: z.enum(COMPETENCE_DIMENSIONS), label: text })).describe('The four dimensions, in the order the summary lists them'),
    items: z
      .array(
        z.object({
          id: text.describe('The key of the answer in an assessment'),
          dimension: z.enum(COMPETENCE_DIMENSIONS),
          text: text.describe('The statement, as the respondent reads it'),
        }),
      )
      .describe('The statements, three per dimension'),
    scale: z
      .object({ min: z.number().int(), max: z.number().int(), minMeaning: text, maxMeaning: text })
      .describe('Each statement is answered with a whole number in this range; an unanswered one is left out'),
  })
  .meta({ id: 'CompetenceQuestionnaire', description: 'The network-competence self-assessment: its dimensions, statements and answer scale' });

export const vocabularySchema = z
  .object({
    challengeCategories: z.array(challengeCategoryTermSchema).describe('The built-in categories in thesis Table 9’s order, the country-of-origin effect last'),
    challengeLevels: z.array(termSchema(challengeLevelSchema, 'ChallengeLevelTerm', 'challenge level (thesis Table 9)')),
    utilizationLevels: z.array(termSchema(utilizationLevelSchema, 'UtilizationLevelTerm', 'network utilization level (thesis Table 10)')),
    networkTypes: z.array(networkTypeTermSchema),
    tieStatuses: z.array(termSchema(tieStatusSchema, 'TieStatusTerm', 'tie status')),
    tieOrigins: z.array(termSchema(tieOriginKindSchema, 'TieOriginTerm', 'way a tie came about')),
    marketStatuses: z.array(termSchema(marketStatusSchema, 'MarketStatusTerm', 'market status')),
    entryModes: z.array(termSchema(entryModeSchema, 'EntryModeTerm', 'market entry mode')),
    pathways: z.array(termSchema(pathwaySchema, 'PathwayTerm', 'internationalization pathway')),
    benefits: z.array(termSchema(benefitKindSchema, 'BenefitTerm', 'benefit of networks (paper Figure 1)')),
    tieScales: z.object({ strength: tieScaleSchema, trust: tieScaleSchema }).describe('The optional 1–5 ratings of a tie'),
    competence: competenceSchema,
  })
  .meta({ id: 'Vocabulary', description: 'The product’s vocabulary in plain words: every value a case file takes, with its label and meaning' });
export type Vocabulary = z.infer<typeof vocabularySchema>;

/** Each value of an enum, in the schema's order, with its words. */
function terms<V extends string>(values: readonly V[], words: Record<V, PlainWords>): { value: V; label: string; meaning: string }[] {
  return values.map((value) => ({ value, label: words[value].label, meaning: words[value].meaning }));
}

/** The range of one of the tie's ratings, read from the tie schema so the two cannot disagree. */
function scaleRange(field: 'strength' | 'trust'): { min: number; max: number } {
  const scale = tieSchema.shape[field].unwrap();
  if (scale.minValue === null || scale.maxValue === null) throw new Error(`the tie's ${field} has no range`);
  return { min: scale.minValue, max: scale.maxValue };
}

/** The range of a competence answer, read from the assessment schema so the two cannot disagree. */
function answerRange(): { min: number; max: number } {
  const score = competenceAssessmentSchema.shape.answers.valueType;
  if (!(score instanceof z.ZodNumber) || score.minValue === null || score.maxValue === null) throw new Error('a competence answer has no range');
  return { min: score.minValue, max: score.maxValue };
}

/** The vocabulary document; the same every time, so a caller may build it once. */
export function buildVocabulary(): Vocabulary {
  return {
    challengeCategories: builtinChallengeCategorySchema.options.map((id) => ({
      id,
      label: CHALLENGE_LABELS[id],
      definition: CHALLENGE_DEFINITIONS[id].definition,
      examples: [...CHALLENGE_DEFINITIONS[id].examples],
      question: CHALLENGE_QUESTIONS[id],
    })),
    challengeLevels: terms(challengeLevelSchema.options, CHALLENGE_LEVEL_WORDS),
    utilizationLevels: terms(utilizationLevelSchema.options, UTILIZATION_LEVEL_WORDS),
    networkTypes: networkTypeSchema.options.map((value) => {
      const words = NETWORK_TYPE_WORDS[value];
      return {
        value,
        label: NETWORK_TYPE_LABELS[value],
        definition: words.definition,
        paperNetwork: words.paperNetwork,
        paperMapping: words.paperMapping,
        examples: [...words.examples],
        suggestedSubtypes: words.suggestedSubtypes.map((s) => ({ ...s })),
      };
    }),
    tieStatuses: terms(tieStatusSchema.options, TIE_STATUS_WORDS),
    tieOrigins: terms(tieOriginKindSchema.options, TIE_ORIGIN_WORDS),
    marketStatuses: terms(marketStatusSchema.options, MARKET_STATUS_WORDS),
    entryModes: terms(entryModeSchema.options, ENTRY_MODE_WORDS),
    pathways: terms(pathwaySchema.options, PATHWAY_WORDS),
    benefits: terms(benefitKindSchema.options, BENEFIT_WORDS),
    tieScales: {
      strength: {
        ...TIE_SCALE_WORDS.strength,
        ...scaleRange('strength'),
        whenBlank: `Optional. Left out, the suggested utilization counts the tie as ${DEFAULT_TIE_STRENGTH}, a middling tie.`,
      },
      trust: { ...TIE_SCALE_WORDS.trust, ...scaleRange('trust'), whenBlank: 'Optional: leave it out when you are not sure.' },
    },
    competence: {
      dimensions: COMPETENCE_DIMENSIONS.map((value) => ({ value, label: COMPETENCE_DIMENSION_LABELS[value] })),
      items: COMPETENCE_ITEMS.map((item) => ({ ...item })),
      scale: { ...answerRange(), minMeaning: 'Not at all true of us', maxMeaning: 'Fully true of us' },
    },
  };
}
