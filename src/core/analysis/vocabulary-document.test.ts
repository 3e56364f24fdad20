import { describe, expect, it } from 'vitest';
import {
  COMPETENCE_DIMENSIONS,
  COMPETENCE_ITEMS,
  benefitKindSchema,
  competenceAssessmentSchema,
  builtinChallengeCategorySchema,
  challengeLevelSchema,
  entryModeSchema,
  marketStatusSchema,
  networkTypeSchema,
  pathwaySchema,
  tieOriginKindSchema,
  tieStatusSchema,
  utilizationLevelSchema,
} from '../model/index.js';
import { BENEFIT_LABELS } from '../report/context.js';
import { CHALLENGE_LABELS, CHALLENGE_QUESTIONS } from './challenges.js';
import { DEFAULT_TIE_STRENGTH } from './utilization.js';
import { buildVocabulary, vocabularySchema } from './vocabulary-document.js';

const vocabulary = buildVocabulary();

/** Every string in a value, with the path to it. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}/${i}`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}/${k}`));
  return [];
}

describe('the vocabulary document', () => {
  it('matches its own schema', () => {
    expect(vocabularySchema.parse(vocabulary)).toEqual(vocabulary);
  });

  it.each([
    ['challengeLevels', challengeLevelSchema.options],
    ['utilizationLevels', utilizationLevelSchema.options],
    ['networkTypes', networkTypeSchema.options],
    ['tieStatuses', tieStatusSchema.options],
    ['tieOrigins', tieOriginKindSchema.options],
    ['marketStatuses', marketStatusSchema.options],
    ['entryModes', entryModeSchema.options],
    ['pathways', pathwaySchema.options],
    ['benefits', benefitKindSchema.options],
  ] as const)('gives every value of the model’s enum a label and a meaning, in the schema’s order: %s', (key, values) => {
    const list: readonly { value: string; label: string; meaning?: string; definition?: string }[] = vocabulary[key];
    expect(list.map((t) => t.value)).toEqual([...values]);
    for (const term of list) {
      expect(term.label.trim(), term.value).not.toBe('');
      expect((term.meaning ?? term.definition ?? '').trim(), term.value).not.toBe('');
    }
  });

  it('covers every built-in challenge category with the thesis label and the existing question', () => {
    expect(vocabulary.challengeCategories.map((c) => c.id)).toEqual([...builtinChallengeCategorySchema.options]);
    for (const c of vocabulary.challengeCategories) {
      expect(c.label).toBe(CHALLENGE_LABELS[c.id]);
      expect(c.question).toBe(CHALLENGE_QUESTIONS[c.id]);
    }
  });

  it('has no empty or padded text anywhere', () => {
    const all = strings(vocabulary);
    expect(all.length).toBeGreaterThan(100);
    for (const [path, s] of all) {
      expect(s, path).not.toBe('');
      expect(s, path).toBe(s.trim());
    }
  });

  it('keeps definitions and meanings short enough to read at a glance', () => {
    for (const [path, s] of strings(vocabulary)) {
      if (/\/(definition|meaning|minMeaning|maxMeaning|paperMapping|whenBlank)$/.test(path)) expect(s.length, path).toBeLessThanOrEqual(300);
      if (/\/examples\/\d+$/.test(path)) expect(s.length, path).toBeLessThanOrEqual(200);
    }
  });

  it('gives each category and network type at least two distinct examples that end as sentences', () => {
    for (const term of [...vocabulary.challengeCategories, ...vocabulary.networkTypes]) {
      expect(term.examples.length).toBeGreaterThanOrEqual(2);
      expect(new Set(term.examples).size).toBe(term.examples.length);
      for (const example of term.examples) expect(example).toMatch(/[.!]$/);
    }
  });

  it('draws its examples from many sectors, not from the seed studies’ pharma and IT firms', () => {
    const examples = [...vocabulary.challengeCategories, ...vocabulary.networkTypes].flatMap((t) => t.examples).join('\n');
    expect(examples).not.toMatch(/pharma|Company [AB]\b|Sri Lanka|Mongolia/i);
    for (const sector of ['food|spice|coffee|fruit|cheese|olive|wine', 'machinery|machine|pump|tool|parts', 'software|app', 'textile|knitwear|shoe']) {
      expect(examples, sector).toMatch(new RegExp(sector, 'i'));
    }
  });

  it('maps the network types onto the paper’s informal, formal and virtual networks', () => {
    expect(Object.fromEntries(vocabulary.networkTypes.map((t) => [t.value, t.paperNetwork]))).toEqual({
      social: 'informal',
      business: 'formal',
      institutional: 'formal',
      digital: 'virtual',
    });
  });

  it('suggests tie subtypes for every network type, spelled as ids the way the sample cases spell them', () => {
    const values = vocabulary.networkTypes.flatMap((t) => t.suggestedSubtypes.map((s) => s.value));
    for (const t of vocabulary.networkTypes) expect(t.suggestedSubtypes.length, t.value).toBeGreaterThan(0);
    for (const value of values) expect(value).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(new Set(values).size).toBe(values.length);
  });

  it('labels the benefits as the report does', () => {
    expect(Object.fromEntries(vocabulary.benefits.map((b) => [b.value, b.label]))).toEqual(BENEFIT_LABELS);
  });

  it('reads the strength and trust ranges from the tie schema and says what a blank strength counts as', () => {
    expect(vocabulary.tieScales.strength).toMatchObject({ min: 1, max: 5 });
    expect(vocabulary.tieScales.trust).toMatchObject({ min: 1, max: 5 });
    expect(vocabulary.tieScales.strength.whenBlank).toContain(`as ${DEFAULT_TIE_STRENGTH}`);
  });

  it('offers every competence statement once, under a listed dimension, answered on the schema’s 1–5 scale', () => {
    const { dimensions, items, scale } = vocabulary.competence;
    expect(dimensions.map((d) => d.value)).toEqual([...COMPETENCE_DIMENSIONS]);
    expect(items.map((i) => i.id)).toEqual(COMPETENCE_ITEMS.map((i) => i.id));
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
    for (const d of COMPETENCE_DIMENSIONS) expect(items.filter((i) => i.dimension === d)).toHaveLength(3);
    expect(scale).toMatchObject({ min: 1, max: 5 });
    const answers = Object.fromEntries(items.map((i) => [i.id, scale.max]));
    expect(competenceAssessmentSchema.safeParse({ id: 'ca', answers }).success).toBe(true);
    expect(competenceAssessmentSchema.safeParse({ id: 'ca', answers: { [items[0]?.id ?? '']: scale.max + 1 } }).success).toBe(false);
  });

  it('is the same document every time', () => {
    expect(buildVocabulary()).toEqual(vocabulary);
  });
});
