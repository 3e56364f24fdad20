import { describe, expect, it } from 'vitest';
import { RANKING_PARTS as CORE_PARTS } from '../../../core/markets/rank-markets';
import { allZero, candidatesText, parseCandidates, parseWeights, RANKING_PARTS, requestOf, weightOf, withView } from './markets-address';

const WEIGHTS = { language: 1, contiguity: 1, region: 0.5, bloc: 1.5, income: 0.5, reach: 2, experience: 1, challenges: 1.5 };

describe('the parts', () => {
  it('are core’s, in its order', () => {
    expect(RANKING_PARTS).toEqual(CORE_PARTS);
  });
});

describe('the candidates', () => {
  it('reads codes separated by commas or spaces, in capitals, each once', () => {
    expect(parseCandidates('kz, KG cn;KZ')).toEqual({ codes: ['KZ', 'KG', 'CN'], invalid: [] });
    expect(parseCandidates('  ')).toEqual({ codes: [], invalid: [] });
  });

  it('keeps back what is no assigned country code', () => {
    expect(parseCandidates('KZ, XX, Kazakhstan, K')).toEqual({ codes: ['KZ'], invalid: ['XX', 'Kazakhstan', 'K'] });
  });

  it('writes them back as the input shows them', () => {
    expect(candidatesText(['KZ', 'KG', 'CN'])).toBe('KZ, KG, CN');
    expect(candidatesText([])).toBe('');
  });
});

describe('the weights', () => {
  it('takes numbers from 0 to 10 only', () => {
    expect(weightOf('0')).toBe(0);
    expect(weightOf('2.5')).toBe(2.5);
    expect(weightOf('10')).toBe(10);
    expect(weightOf('10.5')).toBeUndefined();
    expect(weightOf('-1')).toBeUndefined();
    expect(weightOf('')).toBeUndefined();
    expect(weightOf(' ')).toBeUndefined();
    expect(weightOf('two')).toBeUndefined();
  });

  it('reads the API’s form in the parts’ order, dropping what is no part or no weight', () => {
    expect(parseWeights('reach=3, bloc = 2')).toEqual({ bloc: 2, reach: 3 });
    expect(Object.keys(parseWeights('reach=3,bloc=2'))).toEqual(['bloc', 'reach']);
    expect(parseWeights('reach=-1,bloc=x,size=2,income=1=2,language')).toEqual({});
    expect(parseWeights(null)).toEqual({});
  });

  it('knows when every weight would be 0', () => {
    const zeros = { language: 0, contiguity: 0, region: 0, bloc: 0, income: 0, reach: 0, experience: 0, challenges: 0 };
    expect(allZero(WEIGHTS, zeros)).toBe(true);
    const { reach: _reach, ...allButReach } = zeros;
    expect(allZero({ ...WEIGHTS, reach: 0 }, allButReach)).toBe(true);
    expect(allZero(WEIGHTS, { reach: 0 })).toBe(false);
  });
});

describe('the address', () => {
  it('reads the candidates and the weights', () => {
    expect(requestOf(new URLSearchParams('candidates=KZ,kg,XX&weights=reach%3D3,bloc%3D2'))).toEqual({
      candidates: ['KZ', 'KG'],
      weights: { bloc: 2, reach: 3 },
    });
    expect(requestOf(new URLSearchParams(''))).toEqual({ candidates: [], weights: {} });
  });

  it('writes what changes and keeps the rest; empty values leave their parameter out', () => {
    const start = new URLSearchParams('country=KZ&other=1');
    const next = withView(start, { candidates: ['KZ', 'CN'], weights: { reach: 0, language: 2 } });
    expect(next.toString()).toBe('country=KZ&other=1&candidates=KZ%2CCN&weights=language%3D2%2Creach%3D0');
    expect(requestOf(next)).toEqual({ candidates: ['KZ', 'CN'], weights: { language: 2, reach: 0 } });
    expect(withView(next, { candidates: [], weights: {}, country: null }).toString()).toBe('other=1');
    expect(withView(next, { country: 'CN' }).get('country')).toBe('CN');
    expect(start.toString()).toBe('country=KZ&other=1');
  });
});
