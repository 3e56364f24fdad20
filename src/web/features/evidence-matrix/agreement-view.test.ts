import { describe, expect, it } from 'vitest';
import {
  agreementRows,
  chosenCoders,
  codersOf,
  disagreementUnits,
  kappaText,
  percentText,
  transcribedSources,
  unitCount,
  unitsText,
  type SourceAgreement,
} from './agreement-view';

const figure = (both: number, onlyA: number, onlyB: number, neither: number) => {
  const units = both + onlyA + onlyB + neither;
  const observed = (both + neither) / units;
  const pa = (both + onlyA) / units;
  const pb = (both + onlyB) / units;
  const expected = pa * pb + (1 - pa) * (1 - pb);
  return { units, both, onlyA, onlyB, neither, observed, expected, kappa: expected === 1 ? null : (observed - expected) / (1 - expected) };
};

// Four turns, three codes. Social: MB on turn 1 only. Institutional: both on turn 0. Financial: JK on turn 2 only.
const agreement: SourceAgreement = {
  source: 'src-k',
  transcript: 't-k',
  coders: ['MB', 'JK'],
  unitKind: 'turns',
  overall: figure(1, 1, 1, 9),
  perCode: [
    { code: 'challenge:financial', ...figure(0, 0, 1, 3) },
    { code: 'network:institutional', ...figure(1, 0, 0, 3) },
    { code: 'network:social', ...figure(0, 1, 0, 3) },
    { code: 'unnamed', ...figure(0, 0, 0, 4) },
  ],
  disagreements: [
    { unit: 2, start: 91, end: 132, code: 'challenge:financial', appliedBy: 'B' },
    { unit: 1, start: 43, end: 89, code: 'network:social', appliedBy: 'A' },
    { unit: 2, start: 91, end: 132, code: 'network:social', appliedBy: 'A' },
  ],
  unitTexts: { '1': 'Bob: Our friends helped.', '2': 'Alice: The loan came.' },
  codeNames: { 'challenge:financial': 'Financial constraints', 'network:institutional': 'Institutional network', 'network:social': 'Social network' },
};

describe('the figures in words', () => {
  it('write kappa to two decimals with a true minus, and n/a where it is undefined', () => {
    // Pooled: observed (1 + 9) / 12 = 0.8333; A applied 2/12, B 2/12; expected = (1/6)² + (5/6)² = 26/36 = 0.7222;
    // kappa = (0.8333 − 0.7222) / (1 − 0.7222) = 0.1111 / 0.2778 = 0.40.
    expect(kappaText(agreement.overall.kappa)).toBe('0.40');
    expect(kappaText(1)).toBe('1.00');
    expect(kappaText(-0.2)).toBe('−0.20');
    // A tiny negative rounds to 0.00, written without a sign.
    expect(kappaText(-0.001)).toBe('0.00');
    expect(kappaText(null)).toBe('n/a');
  });

  it('write shares as whole percentages and units with their word', () => {
    expect(percentText(10 / 12)).toBe('83%');
    expect(percentText(1)).toBe('100%');
    expect(unitsText('turns', 4)).toBe('4 speaker turns');
    expect(unitsText('paragraphs', 1)).toBe('1 paragraph');
    expect(unitCount(agreement)).toBe(4);
    expect(unitCount({ ...agreement, perCode: [] })).toBe(0);
  });
});

describe('the per-code rows', () => {
  it('name each code, give kappa or n/a, and the counts of both, only A, only B and neither', () => {
    expect(agreementRows(agreement)).toEqual([
      // Financial: observed 3/4; A 0/4, B 1/4; expected = 1 × 3/4 = 0.75; kappa = 0.
      { code: 'challenge:financial', name: 'Financial constraints', kappa: '0.00', observed: '75%', both: 0, onlyA: 0, onlyB: 1, neither: 3 },
      // Institutional: both on 1 of 4; expected = (1/4)² + (3/4)² = 0.625; kappa = (1 − 0.625) / 0.375 = 1.
      { code: 'network:institutional', name: 'Institutional network', kappa: '1.00', observed: '100%', both: 1, onlyA: 0, onlyB: 0, neither: 3 },
      { code: 'network:social', name: 'Social network', kappa: '0.00', observed: '75%', both: 0, onlyA: 1, onlyB: 0, neither: 3 },
      // Nobody applied it: chance agreement is 1, kappa undefined; the id stands for the missing name.
      { code: 'unnamed', name: 'unnamed', kappa: 'n/a', observed: '100%', both: 0, onlyA: 0, onlyB: 0, neither: 4 },
    ]);
  });
});

describe('the disagreements side by side', () => {
  it('group by unit in the text’s order, counted from 1, with each code and which coder applied it', () => {
    expect(disagreementUnits(agreement)).toEqual([
      { unit: 1, label: 'Turn 2', text: 'Bob: Our friends helped.', codes: [{ code: 'network:social', name: 'Social network', byA: true, byB: false }] },
      {
        unit: 2,
        label: 'Turn 3',
        text: 'Alice: The loan came.',
        codes: [
          { code: 'challenge:financial', name: 'Financial constraints', byA: false, byB: true },
          { code: 'network:social', name: 'Social network', byA: true, byB: false },
        ],
      },
    ]);
  });

  it('say paragraph for a transcript without turns, and leave the text empty when the answer has none', () => {
    const units = disagreementUnits({ ...agreement, unitKind: 'paragraphs', unitTexts: {} });
    expect(units.map((u) => [u.label, u.text])).toEqual([
      ['Paragraph 2', ''],
      ['Paragraph 3', ''],
    ]);
  });
});

describe('what can be compared', () => {
  const source = (id: string, title: string) => ({ id, title, kind: 'interview' as const });
  const transcript = (id: string, sourceId: string) => ({ id, source: sourceId, text: '', format: 'text' as const });
  const segment = (id: string, coder: string | undefined, transcriptId: string | undefined) => ({
    id,
    source: 's',
    quote: 'q',
    codes: ['x'],
    ...(coder === undefined ? {} : { coder }),
    ...(transcriptId === undefined ? {} : { span: { transcript: transcriptId, start: 0, end: 1 } }),
  });

  it('is the sources with a transcript, in the sources’ order', () => {
    const sources = [source('s1', 'One'), source('s2', 'Two'), source('s3', 'Three')];
    expect(transcribedSources(sources, [transcript('t3', 's3'), transcript('t1', 's1'), transcript('tx', 'gone')])).toEqual([
      { id: 's1', title: 'One', transcript: 't1' },
      { id: 's3', title: 'Three', transcript: 't3' },
    ]);
  });

  it('is coded by the coders the transcript’s segments name, A–Z, with their segment counts; no coder counts for nobody', () => {
    const segments = [
      segment('1', 'MB', 't1'),
      segment('2', 'JK', 't1'),
      segment('3', 'MB', 't1'),
      segment('4', 'ZZ', 't2'),
      segment('5', undefined, 't1'),
      segment('6', 'QQ', undefined),
      segment('7', '', 't1'),
    ];
    expect(codersOf(segments, 't1')).toEqual([
      { name: 'JK', segments: 1 },
      { name: 'MB', segments: 2 },
    ]);
    expect(codersOf(segments, 'none')).toEqual([]);
  });

  it('takes the address’s pair, else the only two coders, else none', () => {
    const two = [
      { name: 'JK', segments: 1 },
      { name: 'MB', segments: 2 },
    ];
    const three = [...two, { name: 'ZZ', segments: 1 }];
    expect(chosenCoders('MB,ZZ', three)).toEqual(['MB', 'ZZ']);
    expect(chosenCoders(' MB , JK ', two)).toEqual(['MB', 'JK']);
    expect(chosenCoders(null, two)).toEqual(['JK', 'MB']);
    expect(chosenCoders(null, three)).toBeUndefined();
    // Half a pair, the same coder twice, or three names are no pair.
    expect(chosenCoders('MB,', three)).toBeUndefined();
    expect(chosenCoders('MB,MB', three)).toBeUndefined();
    expect(chosenCoders('MB,JK,ZZ', three)).toBeUndefined();
    expect(chosenCoders('MB,', two)).toEqual(['JK', 'MB']);
  });
});
