import { describe, expect, it } from 'vitest';
import type { SearchRecord, Suggestion } from './api';
import {
  candidateCount,
  criteriaOf,
  dayOf,
  emptySearchDraft,
  filtersText,
  fitText,
  freeId,
  idFromName,
  latestNote,
  moveProblem,
  moveText,
  newSearchRecord,
  pathStrengthText,
  percent,
  roleOf,
  scoreInputs,
  scoresToSend,
  scoreText,
  stageCounts,
  STAGES,
  strengthText,
} from './partners-view';

const criteria: SearchRecord['criteria'] = [
  { id: 'gmp', name: 'GMP certified', weight: 5 },
  { id: 'fit', name: 'Cultural fit', weight: 3 },
];

const candidate = (id: string, stage: SearchRecord['candidates'][number]['stage']): SearchRecord['candidates'][number] => ({
  id,
  name: id,
  stage,
  scores: {},
  notes: [],
});

describe('stages', () => {
  it('keeps the board order of the server', () => {
    expect(STAGES).toEqual(['long_list', 'contacted', 'referred', 'audit', 'negotiation', 'contract', 'dropped']);
  });

  it('counts the candidates per stage in board order, leaving out empty stages', () => {
    const candidates = [candidate('a', 'dropped'), candidate('b', 'long_list'), candidate('c', 'long_list'), candidate('d', 'audit')];
    expect(stageCounts({ candidates })).toEqual([
      { stage: 'long_list', label: 'Long list', count: 2 },
      { stage: 'audit', label: 'Audit', count: 1 },
      { stage: 'dropped', label: 'Dropped', count: 1 },
    ]);
    expect(stageCounts({ candidates: [] })).toEqual([]);
  });

  it('says how many candidates there are', () => {
    expect([candidateCount(0), candidateCount(1), candidateCount(12)]).toEqual(['No candidates yet', '1 candidate', '12 candidates']);
  });

  it('writes a move with the stages’ words', () => {
    expect(moveText({ from: 'long_list', to: 'contacted' })).toBe('Long list → Contacted');
  });
});

describe('a new search', () => {
  it('makes ids from names as the server does, and finds a free one', () => {
    expect(idFromName('API contract manufacturer — Zürich 2025!', 'x')).toBe('api-contract-manufacturer-zurich-2025');
    expect(idFromName('???', 'criterion')).toBe('criterion');
    expect(idFromName('a'.repeat(70), 'x')).toHaveLength(60);
    expect(freeId('gmp', new Set())).toBe('gmp');
    expect(freeId('gmp', new Set(['gmp', 'gmp-2']))).toBe('gmp-3');
  });

  it('builds the record the record route takes: id from the title, criteria with ids and weights, only the fields given', () => {
    const draft = {
      ...emptySearchDraft(),
      title: '  API contract manufacturer ',
      market: 'DE',
      role: 'Contract manufacturer',
      organizationType: 'company',
      criteria: [
        { name: 'GMP certified', weight: '5' },
        { name: '', weight: '3' },
        { name: 'GMP-certified', weight: '2' },
      ],
    };
    expect(newSearchRecord(draft, '2025-06-01', new Set(['ps-api-contract-manufacturer']))).toEqual({
      record: {
        id: 'ps-api-contract-manufacturer-2',
        title: 'API contract manufacturer',
        opened: '2025-06-01',
        market: 'DE',
        organizationType: 'company',
        role: 'contract_manufacturer',
        criteria: [
          { id: 'gmp-certified', name: 'GMP certified', weight: 5 },
          { id: 'gmp-certified-2', name: 'GMP-certified', weight: 2 },
        ],
      },
      problems: [],
    });
  });

  it('asks for a title, and names a criterion given twice or with a weight outside 1–5', () => {
    const draft = {
      ...emptySearchDraft(),
      criteria: [
        { name: 'Price', weight: '3' },
        { name: ' price ', weight: '9' },
      ],
    };
    expect(newSearchRecord(draft, '2025-06-01', new Set()).problems).toEqual([
      { field: 'title', message: 'give the search a title, e.g. "API contract manufacturer 2025"' },
      { field: 'criterion-1-weight', message: 'the weight of "price" is 1 (counts a little) to 5 (decisive)' },
      { field: 'criterion-1-name', message: '"price" is criterion 1 already; give each criterion once' },
    ]);
    expect(criteriaOf([{ name: '', weight: '0' }])).toEqual({ criteria: [], problems: [] });
  });

  it('spells a role as actors do, and dates the search by the local day', () => {
    expect(roleOf(' Contract manufacturer ')).toBe('contract_manufacturer');
    expect(roleOf('cro')).toBe('cro');
    expect(dayOf(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});

describe('scores and moves', () => {
  it('shows a score and its coverage as percentages, or that nothing is scored', () => {
    expect(percent(0.925)).toBe('93%');
    expect(scoreText({ value: 0.925, coverage: 0.625, missing: [] })).toEqual({ score: 'Score 93%', coverage: 'Coverage 63%' });
    expect(scoreText({ value: null, coverage: 0, missing: criteria })).toEqual({ score: 'No score yet', coverage: 'Coverage 0%' });
    expect(scoreText({ value: null, coverage: 0, missing: [] })).toEqual({ score: 'No score yet', coverage: 'The search has no criteria yet' });
  });

  it('needs a stage, and a reason to drop', () => {
    expect(moveProblem('', '')).toBe('choose the stage to move the candidate to');
    expect(moveProblem('dropped', '  ')).toBe('dropping a candidate needs a reason, e.g. "no personal engagement"');
    expect(moveProblem('dropped', 'No personal engagement')).toBeUndefined();
    expect(moveProblem('contacted', '')).toBeUndefined();
  });

  it('sends only the scores that changed, null for one cleared, and names a score out of range', () => {
    const inputs = scoreInputs(criteria, { gmp: 4 });
    expect(inputs).toEqual({ gmp: '4', fit: '' });
    expect(scoresToSend(criteria, { gmp: 4 }, inputs)).toEqual({ scores: {}, problems: [] });
    expect(scoresToSend(criteria, { gmp: 4 }, { gmp: '', fit: '0' })).toEqual({ scores: { gmp: null, fit: 0 }, problems: [] });
    expect(scoresToSend(criteria, {}, { gmp: '5', fit: '' })).toEqual({ scores: { gmp: 5 }, problems: [] });
    expect(scoresToSend(criteria, {}, { gmp: '6', fit: '2.5' }).problems).toEqual([
      { field: 'gmp', message: 'the score for "GMP certified" is a whole number from 0 (not at all) to 5 (fully), not "6"' },
      { field: 'fit', message: 'the score for "Cultural fit" is a whole number from 0 (not at all) to 5 (fully), not "2.5"' },
    ]);
  });

  it('takes the newest note', () => {
    expect(latestNote({ notes: [] })).toBeUndefined();
    expect(
      latestNote({
        notes: [
          { on: '2025-01-01', text: 'old' },
          { on: '2025-02-01', text: 'new' },
        ],
      }),
    ).toEqual({ on: '2025-02-01', text: 'new' });
  });
});

describe('suggestions', () => {
  const suggestion = (matched: Suggestion['matched']): Pick<Suggestion, 'matched' | 'organizationType'> => ({ matched, organizationType: 'company' });

  it('says why a suggestion fits, by what the search sets', () => {
    const filters = { organizationType: 'company' as const, market: 'DE', role: 'contract_manufacturer' };
    expect(fitText(suggestion({ organizationType: true, market: 'country', role: 'role' }), filters)).toBe(
      'a company; based in Germany; contract manufacturer by its roles',
    );
    expect(fitText(suggestion({ market: 'tie', role: 'tie' }), filters)).toBe('a tie to it names Germany; contract manufacturer by the tie to it');
    expect(fitText(suggestion({}), {})).toBe('');
  });

  it('names the filters, the strengths and the path strength', () => {
    expect(filtersText({ market: 'GB', role: 'consultant' })).toBe('market United Kingdom, role consultant');
    expect(filtersText({ organizationType: 'trade_promotion_body' })).toBe('kind trade promotion body');
    expect(filtersText({})).toBe('');
    expect([strengthText(4), strengthText(undefined)]).toEqual(['tie strength 4', 'strength not recorded']);
    expect(pathStrengthText(0.72)).toBe('path strength 72%');
  });
});
