import { describe, expect, it } from 'vitest';
import { MITIGATION_STATUSES as CORE_STATUSES, ORIGIN_MEASURES as CORE_MEASURES } from '../../../core/model/vocabulary';
import type { Market, MarketRecord, OriginChecklist } from './api';
import {
  draftChanged,
  draftOf,
  marketsIn,
  MITIGATION_STATUSES,
  mitigationOf,
  ORIGIN_MEASURES,
  settledCount,
  settledText,
  startedChecklist,
  withMitigation,
  type OriginEntry,
} from './origin-checklist-edit';

const KZ: Market = { id: 'mkt-kz', country: 'KZ', status: 'target', evidence: ['seg-kz'] };

const recorded: OriginEntry[] = [
  { measure: 'certification', status: 'in_progress', note: 'GMP audit booked', due: '2025-09', evidence: ['seg-gmp'] },
  { measure: 'branding', status: 'not_needed' },
];

describe('the vocabulary', () => {
  it('is core’s, in its order', () => {
    expect(ORIGIN_MEASURES).toEqual(CORE_MEASURES);
    expect(MITIGATION_STATUSES).toEqual(CORE_STATUSES);
  });
});

describe('the form’s values', () => {
  it('are every measure, to do without a note when the record does not list it', () => {
    expect(draftOf(undefined)).toEqual({
      branding: { status: 'to_do', note: '' },
      certification: { status: 'to_do', note: '' },
      third_party_validation: { status: 'to_do', note: '' },
      reputable_partners: { status: 'to_do', note: '' },
    });
    expect(draftOf(recorded)).toMatchObject({
      branding: { status: 'not_needed', note: '' },
      certification: { status: 'in_progress', note: 'GMP audit booked' },
    });
  });

  it('count as changed only when a status or a note (trimmed) differs from the record', () => {
    const draft = draftOf(recorded);
    expect(draftChanged(recorded, draft)).toBe(false);
    expect(draftChanged(recorded, { ...draft, certification: { status: 'in_progress', note: ' GMP audit booked  ' } })).toBe(false);
    expect(draftChanged(recorded, { ...draft, certification: { status: 'done', note: 'GMP audit booked' } })).toBe(true);
    expect(draftChanged(recorded, { ...draft, reputable_partners: { status: 'to_do', note: 'ask the distributor' } })).toBe(true);
    expect(draftChanged(undefined, draftOf([]))).toBe(false);
  });
});

describe('the record’s new checklist', () => {
  it('adds only the measures the form changed, in the measures’ order', () => {
    const draft = { ...draftOf(undefined), certification: { status: 'done' as const, note: '' } };
    expect(mitigationOf(undefined, draft)).toEqual([{ measure: 'certification', status: 'done' }]);
    expect(mitigationOf(undefined, draftOf(undefined))).toEqual([]);
    const noted = { ...draftOf(recorded), third_party_validation: { status: 'to_do' as const, note: '  ask the lab ' } };
    expect(mitigationOf(recorded, noted).map((e) => e.measure)).toEqual(['branding', 'certification', 'third_party_validation']);
    expect(mitigationOf(recorded, noted)[2]).toEqual({ measure: 'third_party_validation', status: 'to_do', note: 'ask the lab' });
  });

  it('keeps a listed measure’s due date and evidence, and drops its note when the form empties it', () => {
    const draft = { ...draftOf(recorded), certification: { status: 'done' as const, note: ' ' } };
    const next = mitigationOf(recorded, draft);
    expect(next.find((e) => e.measure === 'certification')).toEqual({ measure: 'certification', status: 'done', due: '2025-09', evidence: ['seg-gmp'] });
    // A listed measure set back to do stays listed.
    expect(mitigationOf(recorded, { ...draftOf(recorded), branding: { status: 'to_do', note: '' } })[0]).toEqual({ measure: 'branding', status: 'to_do' });
  });

  it('goes on the whole record, and an empty one is left out', () => {
    expect(withMitigation(KZ, [{ measure: 'certification', status: 'done' }])).toEqual({
      ...KZ,
      originMitigation: [{ measure: 'certification', status: 'done' }],
    });
    expect(withMitigation({ ...KZ, originMitigation: recorded }, [])).toEqual(KZ);
    expect('originMitigation' in withMitigation({ ...KZ, originMitigation: recorded }, [])).toBe(false);
  });

  it('starts with every measure to do, each listed', () => {
    expect(startedChecklist()).toEqual(CORE_MEASURES.map((measure) => ({ measure, status: 'to_do' })));
  });
});

describe('the settled count', () => {
  it('counts done and not needed, of four', () => {
    expect(settledCount(undefined)).toBe(0);
    expect(settledCount(recorded)).toBe(1);
    expect(settledCount([...recorded, { measure: 'reputable_partners', status: 'done' }])).toBe(2);
    expect(settledText(2)).toBe('2 of 4 settled');
  });
});

describe('the market records of a country', () => {
  const versioned = (record: Market, version = 1): MarketRecord => ({ version, record });
  const checklist = (marketId: string, market: string): OriginChecklist => ({ marketId, market, place: market, level: 'High', items: [], settled: 0 });
  const records = [
    versioned({ id: 'mkt-eaeu', region: 'EAEU', status: 'target' }),
    versioned(KZ, 3),
    versioned({ id: 'mkt-cn', country: 'CN', status: 'failed' }),
    versioned({ id: 'mkt-cn-food', country: 'CN', status: 'serving', servedBy: 'actor-food' }),
  ];
  const lists = [checklist('mkt-eaeu', 'EAEU'), checklist('mkt-kz', 'KZ')];

  it('pairs each with the analysis’s checklist for it, when there is one', () => {
    expect(marketsIn('KZ', records, lists, 'Kazakhstan')).toEqual([{ market: records[1], checklist: lists[1], label: 'Kazakhstan' }]);
    expect(marketsIn('CN', records, lists, 'China').map((m) => m.checklist)).toEqual([undefined, undefined]);
  });

  it('names the record in the labels when the country has several', () => {
    expect(marketsIn('CN', records, lists, 'China').map((m) => m.label)).toEqual(['China (mkt-cn)', 'China (mkt-cn-food)']);
  });

  it('leaves out regions, and finds nothing in a country the firm has no record for', () => {
    expect(marketsIn('DE', records, lists, 'Germany')).toEqual([]);
    expect(marketsIn('EAEU', records, lists, 'EAEU')).toEqual([]);
  });
});
