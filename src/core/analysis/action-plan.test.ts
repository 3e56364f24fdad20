import { describe, expect, it } from 'vitest';
import { actionPlanOf } from './action-plan.js';
import type { BlindSpot, Recommendation, TieRef } from './types.js';

const chamber: TieRef = { tieId: 't-chamber', actorId: 'a-chamber', actorName: 'Tallinn Chamber', networkType: 'institutional' };
const rec = (ruleId: string, challenge: string, severity: number, actions: string[], more: Partial<Recommendation> = {}): Recommendation => ({
  ruleId,
  challenge,
  challengeLabel: `Label of ${challenge}`,
  networkType: 'institutional',
  title: ruleId,
  rationale: 'r',
  actions,
  tiesUsed: [],
  sectorFamily: undefined,
  examples: [],
  citations: [],
  because: [`the challenge “Label of ${challenge}” is rated High, and institutional ties are not used against it (as recorded)`],
  severity,
  ...more,
});
const spot: BlindSpot = {
  challenge: 'market_specific',
  label: 'Market specific challenges',
  networkTypesThatCouldTell: ['social'],
  findOut: 'whether demand makes entry hard',
  ask: [{ tieId: 't-friend', actorId: 'a-friend', actorName: 'Aino', networkType: 'social' }],
  evidence: [],
};
const order = ['regulatory_institutional', 'financial_resource', 'market_specific', 'cultural_communication'];

describe('actionPlanOf', () => {
  it('ranks by the gap first, then a warm tie, keeps at most two steps of one gap in the top five, and explains each', () => {
    const plan = actionPlanOf(
      [
        rec('reg', 'regulatory_institutional', 4, ['Reg step 1', 'Reg step 2', 'Reg step 3']),
        rec('fin', 'financial_resource', 2, ['Ask Tallinn Chamber about export credit', 'Fin step 2'], { tiesUsed: [chamber] }),
        rec('cult', 'cultural_communication', 1, ['Cult step']),
      ],
      [spot],
      order,
    );
    expect(plan.top.map((a) => a.text)).toEqual([
      'Reg step 1',
      'Reg step 2',
      // A Medium-like gap (2) with a warm tie ranks with the worst gaps.
      'Ask Tallinn Chamber about export credit',
      'Find out whether demand makes entry hard: ask Aino.',
      'Fin step 2',
    ]);
    expect(plan.top[2]).toMatchObject({ source: 'fin', tiesUsed: [chamber], challengeLabel: 'Label of financial_resource' });
    expect(plan.top[2]?.why).toBe(
      'The challenge “Label of financial_resource” is rated High, and institutional ties are not used against it (as recorded); it starts from a tie you already have (Tallinn Chamber).',
    );
    expect(plan.top[3]).toMatchObject({
      source: 'blind-spot',
      networkType: undefined,
      why: 'Nobody has rated “Market specific challenges” yet, so it may be worse than it looks; people you already know can tell.',
    });
    // The rest, by challenge in table order.
    expect(plan.byChallenge.map((g) => [g.challenge, g.actions.map((a) => a.text)])).toEqual([
      ['regulatory_institutional', ['Reg step 3']],
      ['cultural_communication', ['Cult step']],
    ]);
  });

  it('counts a step two rules propose once, and asks people who know the market when the firm has no tie to ask', () => {
    const plan = actionPlanOf(
      [rec('a', 'financial_resource', 1, ['Same step']), rec('b', 'financial_resource', 4, ['Same step'])],
      [{ ...spot, ask: [] }],
      order,
    );
    expect(plan.top.map((a) => [a.text, a.source])).toEqual([
      ['Same step', 'b'],
      ['Find out whether demand makes entry hard: ask people who have sold to your target markets.', 'blind-spot'],
    ]);
    expect(plan.byChallenge).toEqual([]);
  });

  it('is empty without recommendations or blind spots', () => {
    expect(actionPlanOf([], [], order)).toEqual({ top: [], byChallenge: [] });
  });
});
