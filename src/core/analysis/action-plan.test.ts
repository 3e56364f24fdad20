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
  institutions: [],
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

describe('actionPlanOf: ranking details', () => {
  it('names every tie to ask about a blind spot, and a blind spot without one ranks below one with some', () => {
    const three = {
      ...spot,
      ask: ['Aino', 'Bo', 'Cai'].map((name, i) => ({ tieId: `t${i}`, actorId: `a${i}`, actorName: name, networkType: 'social' as const })),
    };
    const lonely = {
      ...spot,
      challenge: 'cultural_communication',
      label: 'Cultural and communication differences',
      findOut: 'whether language gets in the way',
      ask: [],
    };
    const plan = actionPlanOf([], [lonely, three], order);
    expect(plan.top.map((a) => a.text)).toEqual([
      'Find out whether demand makes entry hard: ask Aino, Bo and Cai.',
      'Find out whether language gets in the way: ask people who have sold to your target markets.',
    ]);
    expect(plan.top[1]?.why).toBe('Nobody has rated “Cultural and communication differences” yet, so it may be worse than it looks.');
    expect(plan.top[1]?.tiesUsed).toEqual([]);
  });

  it('puts a rule written for firms like this one before a general rule of the same gap, and a warm tie only on the action that names it', () => {
    const general = rec('general', 'financial_resource', 2, ['General step']);
    const specific = rec('specific', 'financial_resource', 2, ['Specific step'], { because: [...general.because, 'the firm is from an emerging economy'] });
    expect(actionPlanOf([general, specific], [], order).top.map((a) => a.text)).toEqual(['Specific step', 'General step']);
    const warm = rec('warm', 'financial_resource', 2, ['Cold step', 'Ask Tallinn Chamber first'], { tiesUsed: [chamber] });
    const [first, second] = actionPlanOf([warm], [], order).top;
    expect(first).toMatchObject({ text: 'Ask Tallinn Chamber first', tiesUsed: [chamber] });
    expect(first?.why).toMatch(/; it starts from a tie you already have \(Tallinn Chamber\)\.$/);
    expect(second).toMatchObject({ text: 'Cold step', tiesUsed: [] });
    expect(second?.why).toBe('The challenge “Label of financial_resource” is rated High, and institutional ties are not used against it (as recorded).');
  });

  it('keeps the better-placed of two proposals of a step, and groups the rest in the order of the challenges table', () => {
    const plan = actionPlanOf(
      [
        rec('first', 'cultural_communication', 4, ['C1', 'C2', 'C3', 'Shared']),
        rec('second', 'cultural_communication', 4, ['Shared']),
        rec('fin', 'financial_resource', 4, ['F1', 'F2', 'F3']),
        rec('reg', 'regulatory_institutional', 4, ['R1', 'R2', 'R3']),
        rec('odd', 'not_in_the_table', 1, ['O1']),
      ],
      [],
      order,
    );
    expect(plan.byChallenge.map((g) => g.challenge)).toEqual(['regulatory_institutional', 'financial_resource', 'cultural_communication', 'not_in_the_table']);
    const shared = [...plan.top, ...plan.byChallenge.flatMap((g) => g.actions)].filter((a) => a.text === 'Shared');
    // First in its rule ranks above fourth in another.
    expect(shared.map((a) => a.source)).toEqual(['second']);
  });

  it('keeps two gaps of one challenge apart when capping the top five', () => {
    const social = rec('s', 'financial_resource', 4, ['S1', 'S2', 'S3'], { networkType: 'social' });
    const digital = rec('d', 'financial_resource', 4, ['D1', 'D2', 'D3'], { networkType: 'digital' });
    // Two steps of each gap: the challenge is the same, the network types differ.
    expect(actionPlanOf([social, digital], [], order).top.map((a) => a.text)).toEqual(['S1', 'D1', 'S2', 'D2']);
  });

  it('groups the rest in table order when none of them is the table’s first challenge', () => {
    const plan = actionPlanOf([rec('fin', 'financial_resource', 4, ['F1', 'F2', 'F3']), rec('mkt', 'market_specific', 2, ['M1', 'M2', 'M3'])], [], order);
    expect(plan.byChallenge.map((g) => [g.challenge, g.actions.map((a) => a.text)])).toEqual([
      ['financial_resource', ['F3']],
      ['market_specific', ['M3']],
    ]);
  });

  it('names every tie a step starts from', () => {
    const aino: TieRef = { tieId: 't-aino', actorId: 'a-aino', actorName: 'Aino', networkType: 'social' };
    const [step] = actionPlanOf([rec('two', 'financial_resource', 2, ['Ask Tallinn Chamber or Aino'], { tiesUsed: [chamber, aino] })], [], order).top;
    expect(step?.why).toMatch(/; it starts from a tie you already have \(Tallinn Chamber, Aino\)\.$/);
  });

  it('keeps the better of two proposals of a step when the better comes first', () => {
    const plan = actionPlanOf([rec('b', 'financial_resource', 4, ['Same step']), rec('a', 'financial_resource', 1, ['Same step'])], [], order);
    expect(plan.top.map((a) => [a.text, a.source])).toEqual([['Same step', 'b']]);
  });

  it('keeps blind spots alike in weight in the order given', () => {
    const market = { ...spot, ask: [] };
    const culture = {
      ...market,
      challenge: 'cultural_communication',
      label: 'Cultural and communication differences',
      findOut: 'whether language gets in the way',
    };
    expect(actionPlanOf([], [market, culture], order).top.map((a) => a.challenge)).toEqual(['market_specific', 'cultural_communication']);
    expect(actionPlanOf([], [culture, market], order).top.map((a) => a.challenge)).toEqual(['cultural_communication', 'market_specific']);
  });

  it('ranks a blind spot above the steps of a lesser gap, however specific their rule', () => {
    const general = rec('general', 'financial_resource', 1, ['Specific step']);
    const specific = {
      ...general,
      ruleId: 'specific',
      because: [...general.because, 'the firm is from an emerging economy', 'its pathway is traditional', 'it is a small firm'],
    };
    expect(actionPlanOf([specific], [{ ...spot, ask: [] }], order).top.map((a) => a.source)).toEqual(['blind-spot', 'specific']);
  });

  it('ranks a more specific rule above a general one, however far down its list the step is', () => {
    const general = rec('general', 'regulatory_institutional', 2, ['Shared']);
    const specific = rec('specific', 'financial_resource', 2, ['S1', 'S2', 'S3', 'S4', 'S5', 'Shared'], {
      because: [...general.because, 'the firm is from an emerging economy'],
    });
    const plan = actionPlanOf([general, specific], [], order);
    const shared = [...plan.top, ...plan.byChallenge.flatMap((g) => g.actions)].filter((a) => a.text === 'Shared');
    expect(shared.map((a) => a.source)).toEqual(['specific']);
  });
});
