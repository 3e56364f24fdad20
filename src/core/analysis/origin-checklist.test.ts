// The country-of-origin checklist: which markets get one (rating for the market or firm-wide, the
// market's status, a group company's market, a checklist kept already), where each measure stands,
// and the open measures as plan steps — one per measure across markets, weighted by the worst level.
import { describe, expect, it } from 'vitest';
import { smallCase } from '../../test-support/samples.js';
import { originChecklistsOf, originPlanActions } from './origin-checklist.js';

const name = (code: string) => ({ KZ: 'Kazakhstan', KG: 'Kyrgyzstan', CN: 'China', UZ: 'Uzbekistan', DE: 'Germany' })[code] ?? code;

const caseWith = (markets: unknown[], ratings: unknown[], actors: unknown[] = []) =>
  smallCase({ markets, challengeRatings: ratings, actors }, { countryOfOrigin: 'MN' });

describe('originChecklistsOf', () => {
  it('lists markets the firm serves or plans where the effect is rated High or Medium, the market’s own rating first', () => {
    const c = caseWith(
      [
        { id: 'm-kz', country: 'KZ', status: 'target' },
        { id: 'm-kg', country: 'KG', status: 'serving' },
        { id: 'm-cn', country: 'CN', status: 'failed' },
        { id: 'm-uz', country: 'UZ', status: 'exploring' },
        { id: 'm-de', country: 'DE', status: 'target' },
        { id: 'm-eaeu', region: 'EAEU', status: 'target' },
      ],
      // The market ratings first: the firm-wide one must not be taken for one of them, nor they for it.
      [
        { id: 'r-kz', category: 'country_of_origin', level: 'High', market: 'm-kz' },
        { id: 'r-de', category: 'country_of_origin', level: 'Low', market: 'm-de' },
        { id: 'r-firm', category: 'country_of_origin', level: 'Medium' },
      ],
    );
    const lists = originChecklistsOf(c, name);
    expect(lists.map((l) => [l.marketId, l.market, l.place, l.level])).toEqual([
      ['m-kz', 'KZ', 'Kazakhstan', 'High'],
      ['m-kg', 'KG', 'Kyrgyzstan', 'Medium'],
      ['m-uz', 'UZ', 'Uzbekistan', 'Medium'],
      ['m-eaeu', 'EAEU', 'EAEU', 'Medium'],
    ]);
    expect(lists[0]?.items.every((i) => i.evidence.length === 0 && i.note === undefined && i.due === undefined)).toBe(true);
    expect(lists[0]?.items.map((i) => [i.measure, i.status, i.recorded])).toEqual([
      ['branding', 'to_do', false],
      ['certification', 'to_do', false],
      ['third_party_validation', 'to_do', false],
      ['reputable_partners', 'to_do', false],
    ]);
    expect(lists[0]?.items[1]?.step).toBe("Get the certificates buyers in Kazakhstan recognise (quality, safety, or the market's own approvals)");
    expect(lists[0]?.settled).toBe(0);
  });

  it('keeps what the market records, and lists a market with a checklist whatever its rating or status', () => {
    const c = caseWith(
      [
        {
          id: 'm-de',
          country: 'DE',
          status: 'failed',
          originMitigation: [
            { measure: 'certification', status: 'done', note: 'GMP certificate', due: '2026-03' },
            { measure: 'branding', status: 'not_needed' },
            { measure: 'reputable_partners', status: 'in_progress' },
          ],
        },
      ],
      [],
    );
    const [list] = originChecklistsOf(c, name);
    expect(list?.level).toBeUndefined();
    expect(list?.items.map((i) => [i.measure, i.status, i.recorded, i.note, i.due])).toEqual([
      ['branding', 'not_needed', true, undefined, undefined],
      ['certification', 'done', true, 'GMP certificate', '2026-03'],
      ['third_party_validation', 'to_do', false, undefined, undefined],
      ['reputable_partners', 'in_progress', true, undefined, undefined],
    ]);
    expect(list?.settled).toBe(2);
  });

  it('leaves out a market a group company serves, and markets where the effect is Low, Unknown or not rated', () => {
    const c = caseWith(
      [
        { id: 'm-cn', country: 'CN', status: 'serving', servedBy: 'sub' },
        { id: 'm-kz', country: 'KZ', status: 'target' },
      ],
      [{ id: 'r', category: 'country_of_origin', level: 'High' }],
      [{ id: 'sub', name: 'Food subsidiary', kind: 'organization', organizationType: 'company', groupRelation: 'subsidiary' }],
    );
    expect(originChecklistsOf(c, name).map((l) => l.marketId)).toEqual(['m-kz']);
    for (const level of ['Low', 'Unknown']) {
      expect(
        originChecklistsOf(caseWith([{ id: 'm-kz', country: 'KZ', status: 'target' }], [{ id: 'r', category: 'country_of_origin', level }]), name),
      ).toEqual([]);
    }
    expect(originChecklistsOf(caseWith([{ id: 'm-kz', country: 'KZ', status: 'target' }], []), name)).toEqual([]);
    // Another challenge rated High for the market does not make a checklist.
    const other = caseWith(
      [{ id: 'm-kz', country: 'KZ', status: 'target' }],
      [
        { id: 'r-fin', category: 'financial_resource', level: 'High', market: 'm-kz' },
        { id: 'r-coo', category: 'country_of_origin', level: 'Low' },
      ],
    );
    expect(originChecklistsOf(other, name)).toEqual([]);
  });
});

describe('originPlanActions', () => {
  it('makes one step per open measure naming its markets, weighted by the worst level, under way first among equals', () => {
    const c = caseWith(
      [
        { id: 'm-kz', country: 'KZ', status: 'target', originMitigation: [{ measure: 'certification', status: 'in_progress' }] },
        {
          id: 'm-kg',
          country: 'KG',
          status: 'serving',
          originMitigation: [
            { measure: 'certification', status: 'done' },
            { measure: 'branding', status: 'not_needed' },
          ],
        },
      ],
      [
        { id: 'r-firm', category: 'country_of_origin', level: 'Medium' },
        { id: 'r-kz', category: 'country_of_origin', level: 'High', market: 'm-kz' },
      ],
    );
    const steps = originPlanActions(originChecklistsOf(c, name), 'Country-of-origin effect');
    expect(steps.map((s) => [s.text, s.score])).toEqual([
      ['Build a brand in Kazakhstan that leads with what the product does rather than where it is made.', 30],
      ["Get the certificates buyers in Kazakhstan recognise (quality, safety, or the market's own approvals).", expect.closeTo(30.9, 12)],
      [
        'Have the product validated by a third party buyers in Kazakhstan and Kyrgyzstan trust: a test lab, a reference customer, an award.',
        expect.closeTo(29.8, 12),
      ],
      ['Partner with a brand or distributor that buyers in Kazakhstan and Kyrgyzstan already know.', expect.closeTo(29.7, 12)],
    ]);
    expect(steps[1]).toMatchObject({
      source: 'origin-checklist',
      challenge: 'country_of_origin',
      challengeLabel: 'Country-of-origin effect',
      networkType: undefined,
      tiesUsed: [],
      why: 'Buyers may trust the firm less for where it comes from (the country-of-origin effect, rated High); it is under way in Kazakhstan (thesis §5.2).',
    });
    expect(steps[0]?.why).toContain('this measure is not started');
  });

  it('weighs a Medium effect below a High one and an unrated checklist lowest, and has no step when all is settled', () => {
    const medium = caseWith([{ id: 'm-kz', country: 'KZ', status: 'target' }], [{ id: 'r', category: 'country_of_origin', level: 'Medium' }]);
    const [first] = originPlanActions(originChecklistsOf(medium, name), 'COO');
    expect(first?.score).toBe(20);
    expect(first?.why).toContain('(the country-of-origin effect, rated Medium)');
    const unrated = caseWith([{ id: 'm-kz', country: 'KZ', status: 'target', originMitigation: [{ measure: 'branding', status: 'to_do' }] }], []);
    expect(originPlanActions(originChecklistsOf(unrated, name), 'COO')[0]).toMatchObject({
      score: 10,
      why: expect.stringContaining('(the country-of-origin effect);'),
    });
    const settled = caseWith(
      [
        {
          id: 'm-kz',
          country: 'KZ',
          status: 'target',
          originMitigation: ['branding', 'certification', 'third_party_validation', 'reputable_partners'].map((measure) => ({ measure, status: 'done' })),
        },
      ],
      [{ id: 'r', category: 'country_of_origin', level: 'High' }],
    );
    expect(originPlanActions(originChecklistsOf(settled, name), 'COO')).toEqual([]);
  });
});

describe('the market record’s checklist', () => {
  it('refuses a measure listed twice, naming the second', () => {
    expect(() =>
      caseWith(
        [
          {
            id: 'm-kz',
            country: 'KZ',
            status: 'target',
            originMitigation: [
              { measure: 'branding', status: 'done' },
              { measure: 'branding', status: 'to_do' },
            ],
          },
        ],
        [],
      ),
    ).toThrow(/\/markets\/0\/originMitigation\/1\/measure: "branding" is on this market's checklist already; keep one entry per measure/);
  });

  it('checks that the evidence of a measure names a segment of the case', () => {
    expect(() =>
      caseWith([{ id: 'm-kz', country: 'KZ', status: 'target', originMitigation: [{ measure: 'branding', status: 'done', evidence: ['seg-none'] }] }], []),
    ).toThrow(/\/markets\/0\/originMitigation\/0\/evidence\/0/);
  });
});
