import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ValidationError } from '../../shared/errors.js';
import { parseCaseText, validateCaseValue, type CaseFile, type CaseFileInput } from '../case-file/index.js';
import { anonymizeCase, DEFAULT_FIRM_PSEUDONYM } from './anonymize.js';
import { codePointLength, sliceCodePoints } from './code-points.js';

function valid(input: CaseFileInput | CaseFile): CaseFile {
  const parsed = validateCaseValue(JSON.parse(JSON.stringify(input)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 1));
  return parsed.caseFile;
}

/** Where `fragment` first is in `text`, in code points. */
function spanOf(text: string, fragment: string): { start: number; end: number } {
  const index = text.indexOf(fragment);
  if (index < 0) throw new Error(`"${fragment}" is not in the text`);
  const start = codePointLength(text.slice(0, index));
  return { start, end: start + codePointLength(fragment) };
}

// Names before, inside and after coded segments, among emoji (a flag is two code points), Sinhala
// with a zero-width joiner, and Cyrillic.
const TEXT = "Bold Batbayar: 👋 Сайн байна уу. I met Saraa in ශ්‍රී ලංකා 🇱🇰 with Дорж.\nSaraa Dorj: Bold's team helped us; ලලිත් too. Gobi Trade grew.";
// The same text rewritten by hand: Saraa Dorj is Contact 1, Дорж Пүрэв Contact 2, ලලිත් පෙරේරා Contact 3.
const EXPECTED =
  "Key person 1: 👋 Сайн байна уу. I met Contact 1 in ශ්‍රී ලංකා 🇱🇰 with Contact 2.\nContact 1: Key person 1's team helped us; Contact 3 too. Company X grew.";
const FRAGMENTS = {
  'seg-met': ['I met Saraa in ශ්‍රී ලංකා 🇱🇰', 'I met Contact 1 in ශ්‍රී ලංකා 🇱🇰'],
  'seg-helped': ['team helped us', 'team helped us'],
  // Starts inside "Batbayar": widens to the whole pseudonym.
  'seg-cut': ['bayar: 👋', 'Key person 1: 👋'],
  'seg-hello': ['Сайн байна уу', 'Сайн байна уу'],
} as const;

function gobiTrade(): CaseFile {
  const newline = TEXT.indexOf('\n');
  return valid({
    format: 'foothold.case/2',
    title: 'Gobi Trade LLC, Mongolia',
    notes: ['Gobi Trade LLC agreed to take part; Gobi Trade asked to be anonymized.'],
    firm: { id: 'gobi-trade', name: 'Gobi Trade LLC', countryOfOrigin: 'MN', description: 'Gobi Trade exports cashmere.', evidence: ['seg-met'] },
    keyPeople: [{ id: 'bold-batbayar', role: 'Chief executive officer', name: 'Bold Batbayar', participantId: 'IA1', experience: 'Bold founded Gobi Trade' }],
    actors: [
      {
        id: 'act-saraa',
        name: 'Saraa Dorj',
        kind: 'person',
        countries: ['MN'],
        url: 'https://www.linkedin.com/in/saraa-dorj',
        description: 'Met Bold at a fair in Ulaanbaatar',
        lawfulBasis: 'consent',
        contact: { emails: ['saraa@example.mn'], phones: ['+976 9911 2233'], profileUrl: 'https://www.linkedin.com/in/saraa-dorj' },
      },
      { id: 'act-purev', name: 'Дорж Пүрэв', kind: 'person', countries: ['MN'] },
      { id: 'act-lalith', name: 'ලලිත් පෙරේරා', kind: 'person', countries: ['LK'] },
      {
        id: 'act-agency',
        name: 'Trade agency',
        kind: 'organization',
        organizationType: 'trade_promotion_body',
        url: 'https://gobitrade.mn/partners',
        contact: { emails: ['info@gobitrade.mn', 'desk@agency.mn'] },
      },
    ],
    ties: [
      { id: 'tie-bold-saraa', from: 'bold-batbayar', to: 'act-saraa', networkType: 'social', description: 'Saraa Dorj knows Bold from school' },
      { id: 'tie-firm-agency', from: 'gobi-trade', to: 'act-agency', networkType: 'institutional' },
    ],
    sources: [
      { id: 'src-int', kind: 'interview', title: 'Interview with Bold Batbayar', participantId: 'IA1', participant: 'bold-batbayar' },
      { id: 'src-web', kind: 'website', title: 'Gobi Trade LLC website', url: 'https://www.gobitrade.mn' },
    ],
    transcripts: [
      {
        id: 'tr-int',
        source: 'src-int',
        text: TEXT,
        format: 'text',
        fileName: 'bold-batbayar-interview.txt',
        turns: [
          { start: 0, end: codePointLength(TEXT.slice(0, newline)), speaker: 'Bold Batbayar', at: '00:00:01' },
          { start: codePointLength(TEXT.slice(0, newline + 1)), end: codePointLength(TEXT), speaker: 'Saraa Dorj' },
        ],
      },
    ],
    codes: [{ id: 'gobi-trade-exports', name: 'Gobi Trade exports', description: 'Where Gobi Trade sells' }],
    segments: [
      ...Object.entries(FRAGMENTS).map(([id, [fragment]]) => ({
        id,
        source: 'src-int',
        quote: fragment,
        span: { transcript: 'tr-int', ...spanOf(TEXT, fragment) },
        codes: ['gobi-trade-exports'],
      })),
      { id: 'seg-cyrillic', source: 'src-web', quote: 'Болд Батбаяр said the agency helped', location: 'About page' },
    ],
    partnerSearches: [
      {
        id: 'ps-1',
        title: 'Distributor search',
        opened: '2025',
        candidates: [{ id: 'cand-saraa', name: 'Saraa Dorj', actor: 'act-saraa' }],
        decisions: [{ on: '2025-02', candidate: 'cand-saraa', from: 'long_list', to: 'contacted' }],
      },
    ],
  });
}

const EXTRA = [
  { original: 'Болд Батбаяр', pseudonym: 'Key person 1', kind: 'person' },
  { original: 'Ulaanbaatar', pseudonym: 'City M', kind: 'place' },
] as const;

describe('anonymizeCase on a hand-built case', () => {
  const input = gobiTrade();
  const before = JSON.stringify(input);
  const result = anonymizeCase(input, { extra: EXTRA });
  const out = result.caseFile;
  const json = JSON.stringify(out);

  it('leaves no part of any name anywhere, in any case', () => {
    const names = ['Bold', 'Batbayar', 'Saraa', 'Dorj', 'Gobi', 'Болд', 'Батбаяр', 'Дорж', 'Пүрэв', 'ලලිත්', 'පෙරේරා', 'Ulaanbaatar', 'lalith', 'purev'];
    for (const name of names) expect(json.toLowerCase()).not.toContain(name.toLowerCase());
  });

  it('gives a valid case, its references renamed together', () => {
    expect(valid(out)).toEqual(out);
    expect(out.firm.id).toBe('company-x');
    expect(out.keyPeople.map((p) => p.id)).toEqual(['key-person-1']);
    expect(out.actors.map((a) => a.id)).toEqual(['contact-1', 'contact-2', 'contact-3', 'act-agency']);
    expect(out.ties.map((t) => [t.id, t.from, t.to])).toEqual([
      ['tie-key-person-1-contact-1', 'key-person-1', 'contact-1'],
      ['tie-firm-agency', 'company-x', 'act-agency'],
    ]);
    expect(out.sources[0]?.participant).toBe('key-person-1');
    expect(out.codes.map((c) => c.id)).toEqual(['company-x-exports']);
    expect(out.segments.slice(0, 4).map((s) => s.codes)).toEqual(Array(4).fill(['company-x-exports']));
    const search = out.partnerSearches[0];
    expect([search?.candidates[0]?.id, search?.candidates[0]?.actor, search?.decisions[0]?.candidate]).toEqual([
      'cand-contact-1',
      'contact-1',
      'cand-contact-1',
    ]);
  });

  it('replaces names consistently in free text', () => {
    expect(out.title).toBe('Company X, Mongolia');
    expect(out.notes).toEqual(['Company X agreed to take part; Company X asked to be anonymized.']);
    expect(out.firm).toMatchObject({ name: 'Company X', isPseudonym: true, description: 'Company X exports cashmere.' });
    expect(out.keyPeople[0]).toMatchObject({ name: 'Key person 1', experience: 'Key person 1 founded Company X', participantId: 'IA1' });
    expect(out.actors.map((a) => a.name)).toEqual(['Contact 1', 'Contact 2', 'Contact 3', 'Trade agency']);
    expect(out.actors[0]?.description).toBe('Met Key person 1 at a fair in City M');
    expect(out.ties[0]?.description).toBe('Contact 1 knows Key person 1 from school');
    expect(out.sources.map((s) => s.title)).toEqual(['Interview with Key person 1', 'Company X website']);
    expect(out.segments[4]?.quote).toBe('Key person 1 said the agency helped');
  });

  it('rewrites the transcript and maps every span and turn onto it', () => {
    const transcript = out.transcripts[0];
    expect(transcript?.text).toBe(EXPECTED);
    for (const [id, [, fragment]] of Object.entries(FRAGMENTS)) {
      const segment = out.segments.find((s) => s.id === id);
      expect(segment?.span).toEqual({ transcript: 'tr-int', ...spanOf(EXPECTED, fragment) });
      expect(segment?.quote).toBe(fragment);
    }
    const newline = EXPECTED.indexOf('\n');
    expect(transcript?.turns).toEqual([
      { start: 0, end: codePointLength(EXPECTED.slice(0, newline)), speaker: 'Key person 1', at: '00:00:01' },
      { start: codePointLength(EXPECTED.slice(0, newline + 1)), end: codePointLength(EXPECTED), speaker: 'Contact 1' },
    ]);
  });

  it("drops people's contact details and addresses that name someone", () => {
    expect(out.actors[0]).not.toHaveProperty('contact');
    expect(out.actors[0]).not.toHaveProperty('url');
    expect(out.actors[0]?.lawfulBasis).toBe('consent');
    expect(out.actors[3]).not.toHaveProperty('url');
    expect(out.actors[3]?.contact?.emails).toEqual(['desk@agency.mn']);
    expect(out.sources[1]).not.toHaveProperty('url');
    expect(out.transcripts[0]).not.toHaveProperty('fileName');
  });

  it('lists the pseudonyms, and leaves the input as it was', () => {
    expect(result.pseudonyms).toEqual([
      { original: 'Gobi Trade LLC', pseudonym: 'Company X', kind: 'firm' },
      { original: 'Bold Batbayar', pseudonym: 'Key person 1', kind: 'person' },
      { original: 'Saraa Dorj', pseudonym: 'Contact 1', kind: 'person' },
      { original: 'Дорж Пүрэв', pseudonym: 'Contact 2', kind: 'person' },
      { original: 'ලලිත් පෙරේරා', pseudonym: 'Contact 3', kind: 'person' },
      { original: 'Болд Батбаяр', pseudonym: 'Key person 1', kind: 'person' },
      { original: 'Ulaanbaatar', pseudonym: 'City M', kind: 'place' },
    ]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('lists the capitalised words left, without the pseudonyms', () => {
    const words = result.remaining.map((r) => r.word);
    // "Mongolia" (title), "Trade" (the agency's name), "Chief" (a role), "Interview" (a title), "Сайн" (a sentence start).
    for (const word of ['Mongolia', 'Trade', 'Chief', 'Interview', 'Сайн']) expect(words).toContain(word);
    for (const word of ['Company', 'Key', 'Contact', 'City']) expect(words).not.toContain(word);
  });

  it('does nothing more the second time', () => {
    expect(anonymizeCase(out, { extra: EXTRA }).caseFile).toEqual(out);
  });
});

describe('anonymizeCase rules', () => {
  const small = (over: Partial<CaseFileInput>): CaseFile =>
    valid({ format: 'foothold.case/2', firm: { id: 'f', name: 'Acme Oy', countryOfOrigin: 'FI' }, ...over });

  it('uses the firm pseudonym given, finds the name without its legal form, and keeps a pseudonym already given', () => {
    const c = small({ notes: ['Acme Oy, or Acme for short; not Acmes.'] });
    expect(anonymizeCase(c).caseFile.notes).toEqual([`${DEFAULT_FIRM_PSEUDONYM}, or ${DEFAULT_FIRM_PSEUDONYM} for short; not Acmes.`]);
    expect(anonymizeCase(c, { firmPseudonym: 'Firm F' }).caseFile.notes).toEqual(['Firm F, or Firm F for short; not Acmes.']);
    const pseudonymous = small({ firm: { id: 'f', name: 'Company A', isPseudonym: true, countryOfOrigin: 'FI' }, notes: ['Company A grew.'] });
    expect(anonymizeCase(pseudonymous).caseFile.notes).toEqual(['Company A grew.']);
    expect(anonymizeCase(pseudonymous).pseudonyms).toEqual([]);
    const trading = small({ firm: { id: 'f', name: 'Acme Trading Co., Ltd.', countryOfOrigin: 'FI' }, notes: ['Acme Trading Co., Ltd. is Acme Trading.'] });
    expect(anonymizeCase(trading).caseFile.notes).toEqual(['Company X is Company X.']);
  });

  it('replaces a part two people share by both pseudonyms, and whole names across line breaks', () => {
    const c = small({
      keyPeople: [{ id: 'kp', role: 'CEO', name: 'Bold Batbayar' }],
      actors: [{ id: 'a', name: 'Bold Erdene', kind: 'person' }],
      notes: ['Bold\nBatbayar met Bold. Erdene and Bolder.'],
    });
    expect(anonymizeCase(c).caseFile.notes).toEqual(['Key person 1 met Key person 1 or Contact 1. Contact 1 and Bolder.']);
  });

  it('matches whole words only, a combining mark being part of the word', () => {
    // "කමලා" is කමල with the vowel sign ා (a combining mark): another name. "René" is written with
    // a combining acute accent (U+0301).
    const c = small({
      actors: [
        { id: 'a', name: 'කමල පෙරේරා', kind: 'person' },
        { id: 'b', name: 'Rene Dupont', kind: 'person' },
      ],
      notes: ['කමල සහ කමලා; Rene, not Rene\u0301e or Renes.'],
    });
    expect(anonymizeCase(c).caseFile.notes).toEqual(['Contact 1 සහ කමලා; Contact 2, not Rene\u0301e or Renes.']);
  });

  it('takes a whole name before a part spelt the same, and passes over titles and particles', () => {
    const c = small({
      keyPeople: [{ id: 'kp', role: 'CEO', name: 'Prof. Ludwig van Dam' }],
      actors: [{ id: 'a', name: 'Ludwig', kind: 'person' }],
      notes: ['Prof. Ludwig van Dam spoke; Ludwig agreed; Dam too. Prof. Smith and the van left.'],
    });
    expect(anonymizeCase(c).caseFile.notes).toEqual(['Key person 1 spoke; Contact 1 agreed; Key person 1 too. Prof. Smith and the van left.']);
  });

  it('names a part shared by more than three people by the first and a count', () => {
    const c = small({
      actors: ['Anna Berg', 'Anna Lind', 'Anna Ek', 'Anna Holm'].map((name, i) => ({ id: `a${i}`, name, kind: 'person' as const })),
      notes: ['Anna called; Anna Ek did not.'],
    });
    expect(anonymizeCase(c).caseFile.notes).toEqual(['Contact 1 or 3 others called; Contact 3 did not.']);
  });

  it('replaces a descriptive name only whole', () => {
    const c = small({
      actors: [{ id: 'a', name: 'Former colleagues', kind: 'person', isGroup: true }],
      notes: ['Former colleagues helped; Former partners did not.'],
    });
    expect(anonymizeCase(c).caseFile.notes).toEqual(['Contact 1 helped; Former partners did not.']);
  });

  it('leaves inflected forms, which the re-identification check then lists', () => {
    const c = small({ actors: [{ id: 'a', name: 'Дорж Пүрэв', kind: 'person' }], notes: ['Дорж said: Доржийн ах тусалсан.'] });
    const result = anonymizeCase(c);
    expect(result.caseFile.notes).toEqual(['Contact 1 said: Доржийн ах тусалсан.']);
    expect(result.remaining.map((r) => r.word)).toContain('Доржийн');
  });

  it('refuses an empty pseudonym', () => {
    expect(() => anonymizeCase(small({}), { extra: [{ original: 'Vaasa', pseudonym: ' ' }] })).toThrow(ValidationError);
  });
});

describe('anonymizeCase on the Company A sample', () => {
  const parsed = parseCaseText(readFileSync(new URL('../../../examples/cases/company-a.json', import.meta.url)));
  if (!parsed.ok) throw new Error('examples/cases/company-a.json does not parse');
  const input = parsed.caseFile;
  const result = anonymizeCase(input);
  const json = JSON.stringify(result.caseFile);

  it("contains none of its key people's and person actors' names", () => {
    const names = [
      ...input.keyPeople.flatMap((p) => (p.name === undefined ? [] : [p.name])),
      ...input.actors.filter((a) => a.kind === 'person').map((a) => a.name),
    ];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(json).not.toContain(name);
    expect(validateCaseValue(JSON.parse(json)).ok).toBe(true);
  });

  it('lists the capitalised words left, most frequent first', () => {
    const { remaining } = result;
    expect(remaining.length).toBeGreaterThan(0);
    for (let i = 1; i < remaining.length; i++) {
      const [a, b] = [remaining[i - 1]!, remaining[i]!];
      expect(a.count > b.count || (a.count === b.count && a.word < b.word)).toBe(true);
    }
    for (const r of remaining) expect(r.where.length).toBe(Math.min(3, new Set(r.where).size));
  });
});

describe('anonymizeCase on any transcript', () => {
  // Pieces that cannot spell a name: no "B", "Б" or "Dorj" among them.
  const filler = fc.constantFrom('a', 'x y', '👋', 'ශ්‍රී', 'ලංකා', 'Сайн', '.', ',', '\n', '🇱🇰', "'s", 'é', 'Tüm');
  const names = fc.constantFrom('Bold Batbayar', 'Bold', 'Batbayar', "Bold's", 'Bold\nBatbayar');
  const text = fc
    .tuple(fc.array(fc.oneof(filler, names), { maxLength: 12 }), names, fc.nat())
    .map(([pieces, name, at]) => [...pieces.slice(0, at % (pieces.length + 1)), name, ...pieces.slice(at % (pieces.length + 1))].join(' '));

  it('never leaves the name, and keeps every quote equal to its span', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), (t, a, b, k) => {
        const points = [...t];
        let [start, end] = [Math.min(a, b) % points.length, (Math.max(a, b) % points.length) + 1];
        // A quote has no white space at its ends (the schema trims it).
        while (start < end && /\s/u.test(points[start]!)) start++;
        while (end > start && /\s/u.test(points[end - 1]!)) end--;
        fc.pre(end > start);
        const cut = (k % (points.length - 1)) + 1;
        const c = valid({
          format: 'foothold.case/2',
          firm: { id: 'f', name: 'Firm', isPseudonym: true, countryOfOrigin: 'MN' },
          keyPeople: [{ id: 'kp', role: 'CEO', name: 'Bold Batbayar' }],
          sources: [{ id: 'src', kind: 'interview', title: 'Interview' }],
          transcripts: [
            {
              id: 'tr',
              source: 'src',
              text: t,
              format: 'text',
              turns: [
                { start: 0, end: cut },
                { start: cut, end: points.length },
              ],
            },
          ],
          segments: [{ id: 'seg', source: 'src', quote: points.slice(start, end).join(''), span: { transcript: 'tr', start, end } }],
        });
        const out = anonymizeCase(c).caseFile;
        const newText = out.transcripts[0]!.text;
        expect(newText).not.toMatch(/Bold|Batbayar/);
        // Outside the names, the text is as it was.
        expect(newText.split('Key person 1').join('')).toBe(t.replace(/Bold\s+Batbayar|Bold|Batbayar/g, ''));
        const segment = out.segments[0]!;
        expect(segment.quote).toBe(sliceCodePoints(newText, segment.span!.start, segment.span!.end));
        expect(validateCaseValue(JSON.parse(JSON.stringify(out))).ok).toBe(true);
      }),
    );
  });
});
