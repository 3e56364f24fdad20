import { describe, expect, it } from 'vitest';
import { PARTNER_STAGES, partnerSearchSchema } from '../model/index.js';
import { partnerBoard } from './board.js';
import { moveCandidate } from './edits.js';

const search = () =>
  partnerSearchSchema.parse({
    id: 'cmo',
    title: 'API contract manufacturer',
    purpose: 'contract manufacturer in the EU',
    opened: '2025-03-01',
    criteria: [
      { id: 'gmp', name: 'GMP certified', weight: 4 },
      { id: 'fit', name: 'Cultural fit', weight: 1 },
    ],
    candidates: [
      { id: 'low', name: 'Low scorer', scores: { gmp: 1, fit: 1 } },
      { id: 'none', name: 'Not scored yet' },
      { id: 'high', name: 'High scorer', scores: { gmp: 5, fit: 3 }, referredBy: 'actor-nl-consulting' },
      { id: 'half', name: 'Half assessed', scores: { gmp: 5 } },
      { id: 'ref', name: 'Referred one', stage: 'referred', referredBy: 'kp-unknown' },
      { id: 'gone', name: 'Gone', stage: 'dropped' },
    ],
    decisions: [
      { on: '2025-03-05', candidate: 'ref', from: 'long_list', to: 'referred', reason: 'Recommended by a trusted contact' },
      { on: '2025-03-06', candidate: 'gone', from: 'long_list', to: 'dropped', reason: 'No personal engagement' },
    ],
  });

describe('partnerBoard', () => {
  it('has one column per stage in the route’s order, dropped last', () => {
    const board = partnerBoard(search());
    expect(board.columns.map((c) => [c.stage, c.label])).toEqual([
      ['long_list', 'Long list'],
      ['contacted', 'Contacted'],
      ['referred', 'Referred'],
      ['audit', 'Audit'],
      ['negotiation', 'Negotiation'],
      ['contract', 'Contract'],
      ['dropped', 'Dropped'],
    ]);
    expect(board.columns.map((c) => c.stage)).toEqual([...PARTNER_STAGES]);
    expect([board.active, board.total]).toEqual([5, 6]);
  });

  it('ranks each column by weighted score: a fully assessed 100 % before a half-assessed one, unscored last', () => {
    const longList = partnerBoard(search()).columns[0]!;
    // high: (4×5 + 1×3) / 25 = 0.92; half: 20/20 = 1 on 80 % of the weight; low: 5/25 = 0.2.
    expect(longList.candidates.map((c) => [c.id, c.rank, c.score.value])).toEqual([
      ['half', 1, 1],
      ['high', 2, 0.92],
      ['low', 3, 0.2],
      ['none', 4, null],
    ]);
    expect(longList.candidates[0]?.score.missing.map((m) => m.id)).toEqual(['fit']);
    expect(longList.candidates[0]?.score.coverage).toBeCloseTo(0.8, 12);
  });

  it('names who referred a candidate, and shows the decision that brought it to its stage', () => {
    const board = partnerBoard(search(), new Map([['actor-nl-consulting', 'Consulting firm (Netherlands)']]));
    const high = board.columns[0]!.candidates.find((c) => c.id === 'high');
    expect(high?.referredBy).toEqual({ id: 'actor-nl-consulting', name: 'Consulting firm (Netherlands)' });
    expect(high?.lastDecision).toBeUndefined();
    const referred = board.columns[2]!.candidates[0];
    expect(referred?.referredBy).toEqual({ id: 'kp-unknown', name: 'kp-unknown' });
    expect(referred?.lastDecision).toEqual({
      on: '2025-03-05',
      candidate: 'ref',
      from: 'long_list',
      to: 'referred',
      reason: 'Recommended by a trusted contact',
    });
  });

  it('lists the decisions newest first, and leaves a candidate moved back without a stale last decision', () => {
    const back = moveCandidate(search(), 'ref', 'long_list', '2025-03-07', 'Referral withdrawn');
    const board = partnerBoard(back);
    expect(board.decisions.map((d) => d.on)).toEqual(['2025-03-07', '2025-03-06', '2025-03-05']);
    expect(board.columns[0]?.candidates.find((c) => c.id === 'ref')?.lastDecision?.reason).toBe('Referral withdrawn');
    expect(board.columns[2]?.candidates).toEqual([]);
  });

  it('carries the search’s own fields, without the absent ones', () => {
    expect(partnerBoard(search()).search).toEqual({
      id: 'cmo',
      title: 'API contract manufacturer',
      purpose: 'contract manufacturer in the EU',
      opened: '2025-03-01',
      status: 'open',
      criteria: search().criteria,
    });
  });
});
