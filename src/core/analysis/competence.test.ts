import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../case-file/index.js';
import { competenceOf } from './competence.js';

const withAnswers = (answers: Record<string, number>) =>
  caseFileSchema.parse({
    format: 'foothold.case/2',
    firm: { id: 'f', name: 'F', countryOfOrigin: 'FI' },
    competenceAssessments: [{ id: 'ca-1', date: '2025-05', answers }],
  });

describe('competenceOf', () => {
  it('averages the answered items of each dimension', () => {
    const [summary] = competenceOf(withAnswers({ 'coord-1': 4, 'coord-2': 5, 'rel-1': 2, 'int-1': 1, 'int-2': 2, 'int-3': 2 }));
    expect(summary?.dimensions.map((d) => [d.dimension, d.mean, d.answered])).toEqual([
      ['coordination', 4.5, 2],
      ['relational_skills', 2, 1],
      ['partner_knowledge', undefined, 0],
      ['internal_communication', 1.67, 3],
    ]);
    expect(summary?.overall).toBe(2.67);
    // Each of the four dimensions has three items in the questionnaire, answered or not.
    expect(summary?.dimensions.map((d) => [d.label, d.items])).toEqual([
      ['Coordination', 3],
      ['Relational skills', 3],
      ['Partner knowledge', 3],
      ['Internal communication', 3],
    ]);
    expect(summary).toMatchObject({ assessmentId: 'ca-1', date: '2025-05', respondent: undefined });
  });
  it('is empty without assessments', () => {
    expect(competenceOf({ competenceAssessments: [] })).toEqual([]);
  });
  it('rejects an unknown item and a score outside 1–5', () => {
    const r = caseFileSchema.safeParse({
      format: 'foothold.case/2',
      firm: { id: 'f', name: 'F', countryOfOrigin: 'FI' },
      competenceAssessments: [{ id: 'a', answers: { 'coord-9': 3, 'rel-1': 6 } }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('/')).sort()).toEqual(['competenceAssessments/0/answers/coord-9', 'competenceAssessments/0/answers/rel-1']);
  });
});
