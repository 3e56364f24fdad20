/**
 * A partner search: the route Company A takes to a contract manufacturer, CRO or consultant — a long
 * list of candidates (often about 20), referrals from trusted contacts, audits, then a contract —
 * with the firm's own weighted criteria, each candidate's scores and notes, and a log of every move
 * between stages with its reason (docs/decisions/0014-partner-search.md).
 */
import { z } from 'zod';
import { PARTNER_STAGE_LABELS, PARTNER_STAGES } from '../../shared/partner-stages.js';
import { countryCodeSchema, idSchema, partialDateSchema, recordBase, refSchema, textSchema } from './primitives.js';
import { organizationTypeSchema } from './vocabulary.js';

/** The stages a candidate passes through, in board order; `dropped` is where eliminated candidates go. */
export { PARTNER_STAGES };
export const partnerStageSchema = z.enum(PARTNER_STAGES).describe(`Stage of a candidate: ${PARTNER_STAGES.join(', ')}`);
export type PartnerStage = z.infer<typeof partnerStageSchema>;

export { PARTNER_STAGE_LABELS };

export const PARTNER_SEARCH_STATUSES = ['open', 'closed'] as const;
export const partnerSearchStatusSchema = z.enum(PARTNER_SEARCH_STATUSES);
export type PartnerSearchStatus = z.infer<typeof partnerSearchStatusSchema>;

/** How much a criterion counts: 1 (a little) to 5 (decisive). */
export const criterionWeightSchema = z.number().int().min(1).max(5).describe('How much the criterion counts: 1 (a little) to 5 (decisive)');
/** How well a candidate meets a criterion: 0 (not at all) to 5 (fully). */
export const criterionScoreSchema = z.number().int().min(0).max(5).describe('How well the candidate meets the criterion: 0 (not at all) to 5 (fully)');

export const partnerCriterionSchema = z
  .object({
    id: idSchema.describe('Unique within the search; the key of the candidates’ scores'),
    name: textSchema.describe('e.g. "GMP certified", "Personal engagement and cultural fit"'),
    weight: criterionWeightSchema,
  })
  .strict();
export type PartnerCriterion = z.infer<typeof partnerCriterionSchema>;

export const candidateNoteSchema = z.object({ on: partialDateSchema, text: textSchema }).strict();
export type CandidateNote = z.infer<typeof candidateNoteSchema>;

export const partnerCandidateSchema = z
  .object({
    id: idSchema.describe('Unique within the search'),
    actor: refSchema.optional().describe('Id of the actor, when the candidate is in the network already'),
    name: textSchema.describe("The candidate's name (the actor's name when there is one)"),
    stage: partnerStageSchema.default('long_list'),
    scores: z
      .record(z.string(), criterionScoreSchema)
      .default({})
      .describe('Score 0–5 per criterion id; a criterion not scored yet is left out (missing, not 0)'),
    notes: z.array(candidateNoteSchema).default([]),
    referredBy: refSchema.optional().describe('Id of the actor or key person who recommended the candidate'),
  })
  .strict();
export type PartnerCandidate = z.infer<typeof partnerCandidateSchema>;

export const stageDecisionSchema = z
  .object({
    on: partialDateSchema,
    candidate: idSchema.describe('Id of a candidate of this search'),
    from: partnerStageSchema,
    to: partnerStageSchema,
    reason: textSchema.optional().describe('Why; required when the candidate is dropped'),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.from === d.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `a decision moves a candidate to another stage; "${d.to}" is where it was` });
    if (d.to === 'dropped' && d.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'dropping a candidate needs a reason, e.g. "no personal engagement"' });
    }
  });
export type StageDecision = z.infer<typeof stageDecisionSchema>;

export const partnerSearchSchema = z
  .object({
    ...recordBase,
    title: textSchema.describe('e.g. "API contract manufacturer 2025"'),
    purpose: textSchema.optional().describe('What the partner is for, e.g. "contract manufacturer in the EU"'),
    market: countryCodeSchema.optional().describe('The country the partner should be in or reach'),
    organizationType: organizationTypeSchema.optional().describe('The kind of organization sought'),
    role: textSchema.optional().describe('The role sought, as actors and ties spell it, e.g. "contract_manufacturer", "cro", "consultant"'),
    opened: partialDateSchema,
    status: partnerSearchStatusSchema.default('open'),
    criteria: z.array(partnerCriterionSchema).default([]),
    candidates: z.array(partnerCandidateSchema).default([]),
    decisions: z.array(stageDecisionSchema).default([]).describe('Every move of a candidate between stages, oldest first'),
  })
  .strict()
  .superRefine((search, ctx) => {
    const criteria = new Map<string, number>();
    search.criteria.forEach((c, i) => {
      const earlier = criteria.get(c.id);
      if (earlier !== undefined)
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `duplicate criterion id "${c.id}": already used at /criteria/${earlier}` });
      else criteria.set(c.id, i);
    });
    const known = [...criteria.keys()];
    const candidates = new Map<string, number>();
    const actors = new Map<string, number>();
    search.candidates.forEach((c, i) => {
      const earlier = candidates.get(c.id);
      if (earlier !== undefined)
        ctx.addIssue({ code: 'custom', path: ['candidates', i, 'id'], message: `duplicate candidate id "${c.id}": already used at /candidates/${earlier}` });
      else candidates.set(c.id, i);
      if (c.actor !== undefined) {
        const same = actors.get(c.actor);
        if (same !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['candidates', i, 'actor'], message: `actor "${c.actor}" is a candidate already, at /candidates/${same}` });
        } else actors.set(c.actor, i);
      }
      for (const key of Object.keys(c.scores)) {
        if (!criteria.has(key)) {
          const expected = known.length === 0 ? 'the search has no criteria yet' : `expected one of ${known.join('|')}`;
          ctx.addIssue({ code: 'custom', path: ['candidates', i, 'scores', key], message: `unknown criterion "${key}"; ${expected}` });
        }
      }
    });
    search.decisions.forEach((d, i) => {
      if (!candidates.has(d.candidate)) {
        ctx.addIssue({ code: 'custom', path: ['decisions', i, 'candidate'], message: `"${d.candidate}" is not a candidate of this search` });
      }
    });
  });
export type PartnerSearch = z.infer<typeof partnerSearchSchema>;
