/**
 * Network competence self-assessment: twelve statements of our own, three for each of four
 * dimensions, each answered 1 (not at all true of us) to 5 (fully true of us).
 */
import { z } from 'zod';
import { partialDateSchema, recordBase, refSchema } from './primitives.js';

export const COMPETENCE_DIMENSIONS = ['coordination', 'relational_skills', 'partner_knowledge', 'internal_communication'] as const;
export type CompetenceDimension = (typeof COMPETENCE_DIMENSIONS)[number];

export const COMPETENCE_DIMENSION_LABELS: Record<CompetenceDimension, string> = {
  coordination: 'Coordination',
  relational_skills: 'Relational skills',
  partner_knowledge: 'Partner knowledge',
  internal_communication: 'Internal communication',
};

export interface CompetenceItem {
  id: string;
  dimension: CompetenceDimension;
  text: string;
}

export const COMPETENCE_ITEMS: readonly CompetenceItem[] = [
  { id: 'coord-1', dimension: 'coordination', text: 'For each target market we decide which partners we need and what each of them should bring.' },
  { id: 'coord-2', dimension: 'coordination', text: 'We keep track of what each important partner is doing for us and follow up when it stalls.' },
  { id: 'coord-3', dimension: 'coordination', text: 'When a task needs more than one partner, we bring them together ourselves.' },
  { id: 'rel-1', dimension: 'relational_skills', text: 'We can build trust with a new partner from another culture within a few meetings.' },
  { id: 'rel-2', dimension: 'relational_skills', text: 'We settle disagreements with partners openly, without losing the relationship.' },
  { id: 'rel-3', dimension: 'relational_skills', text: 'We keep in touch with important contacts even when no deal is under way.' },
  { id: 'know-1', dimension: 'partner_knowledge', text: 'We know the strengths, weaknesses and plans of our main partners abroad.' },
  { id: 'know-2', dimension: 'partner_knowledge', text: "We know who in our partners' own networks could introduce us further." },
  { id: 'know-3', dimension: 'partner_knowledge', text: 'We know which institutions in each target market could support us.' },
  { id: 'int-1', dimension: 'internal_communication', text: 'Whoever deals with a partner shares what they learn with the rest of the firm.' },
  { id: 'int-2', dimension: 'internal_communication', text: 'We regularly talk together about our partners and our network.' },
  { id: 'int-3', dimension: 'internal_communication', text: 'Contacts held by one person are known to others, so they are not lost when that person leaves.' },
];

const ITEM_IDS = new Set(COMPETENCE_ITEMS.map((i) => i.id));

export const competenceAssessmentSchema = z
  .object({
    ...recordBase,
    date: partialDateSchema.optional(),
    respondent: refSchema.optional().describe('Id of the key person who answered'),
    answers: z
      .record(z.string(), z.number().int().min(1).max(5))
      .describe(`Score 1–5 per item id (${[...ITEM_IDS].join(', ')}); unanswered items are left out`)
      .superRefine((answers, ctx) => {
        for (const key of Object.keys(answers)) {
          if (!ITEM_IDS.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: `unknown item "${key}"; expected one of ${[...ITEM_IDS].join('|')}` });
        }
      }),
  })
  .strict();
export type CompetenceAssessment = z.infer<typeof competenceAssessmentSchema>;
