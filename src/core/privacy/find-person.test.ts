import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCaseValue, type CaseFile, type CaseFileInput } from '../case-file/index.js';
import { codePointLength } from '../evidence/code-points.js';
import { findPerson } from './find-person.js';
import { MASK, personIdentity, personMatcher } from './person-identity.js';
import { CYRILLIC, EMAIL, NAME, PERSON, TRANSCRIPT, alaTooCase, spanOf } from './test-case.js';

function valid(input: CaseFileInput): CaseFile {
  const parsed = validateCaseValue(JSON.parse(JSON.stringify(input)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 1));
  return parsed.caseFile;
}

const c = valid(alaTooCase());
const aibek = c.actors[0];
if (aibek === undefined) throw new Error('no actor');

describe('findPerson', () => {
  const identity = personIdentity(c, aibek, [CYRILLIC]);
  const found = findPerson(c, PERSON, [identity]);

  it('gives the actor, its ties, and each record naming it or its ties with the fields that do', () => {
    expect(found.actor).toEqual(aibek);
    expect(found.ties.map((t) => t.id)).toEqual(['tie-aibek', 'tie-kp-aibek', 'tie-aibek-dana']);
    expect(found.referrers.map(({ collection, id, fields }) => ({ collection, id, fields }))).toEqual([
      { collection: 'ties', id: 'tie-dana', fields: ['/origin/referredByTie'] },
      { collection: 'markets', id: 'mkt-kz', fields: ['/intermediaries/0'] },
      { collection: 'activities', id: 'act-dist', fields: ['/actors/0', '/ties/0'] },
      { collection: 'benefits', id: 'ben-access', fields: ['/tie'] },
      { collection: 'digitalPresence', id: 'dp-insta', fields: ['/actor'] },
      { collection: 'partnerSearches', id: 'ps-kz', fields: ['/candidates/0/actor', '/candidates/1/referredBy'] },
    ]);
  });

  it('gives the quotes naming the person in either script, and where in the transcript the name is', () => {
    expect(found.quotes.map((q) => [q.segment, q.mentions.map((m) => m.text)])).toEqual([
      ['seg-friend', [NAME]],
      ['seg-buyers', [CYRILLIC]],
      ['seg-cousin', ['Asanov']],
      ['seg-order', ['Aibek']],
    ]);
    const mentions = found.transcripts[0]?.mentions ?? [];
    expect(mentions.map((m) => m.text)).toEqual([NAME, CYRILLIC, 'Asanov', NAME]);
    // Positions in code points: the emoji before the last mention counts once.
    const { start, end } = spanOf(`${NAME}: Happy`);
    expect(mentions[3]).toMatchObject({ start, end: end - ': Happy'.length });
    expect(mentions[0]?.context).toContain('Through Aibek Asanov, an old friend');
  });

  it('gives other texts and addresses that name them, but not the quotes, transcripts, record and ties given already', () => {
    expect(found.texts).toEqual([
      { pointer: '/markets/0/description', text: 'Through Aibek in Almaty' },
      { pointer: '/transcripts/0/turns/4/speaker', text: NAME },
      { pointer: '/partnerSearches/0/candidates/0/name', text: NAME },
      { pointer: '/sources/1/url', text: 'https://notes.example.kg/aibek-asanov-visit' },
    ]);
  });

  it('in a case without the id, finds the person by whole name or address only', () => {
    const other = alaTooCase('issyk-felt');
    other.actors = [
      { id: 'act-7', name: 'Aibek Asanov', kind: 'person' },
      { id: 'act-8', name: 'A. Asanov', kind: 'person', contact: { emails: [EMAIL.toUpperCase()] } },
      { id: 'act-9', name: 'Aibek Dzhumabaev', kind: 'person' },
    ];
    other.ties = [];
    other.markets = [];
    other.activities = [];
    other.benefits = [];
    other.digitalPresence = [];
    other.partnerSearches = [];
    const elsewhere = findPerson(valid(other), PERSON, [{ ...identity, parts: [] }]);
    expect(elsewhere.actor).toBeUndefined();
    expect(elsewhere.lookalikes).toEqual([
      { id: 'act-7', name: 'Aibek Asanov', kind: 'person', sameAs: ['name'] },
      { id: 'act-8', name: 'A. Asanov', kind: 'person', sameAs: ['email'] },
    ]);
    // "Asanov's cousin" and "Aibek brought…" name a part only: not counted where the part may be someone else.
    expect(elsewhere.quotes.map((q) => q.segment)).toEqual(['seg-friend', 'seg-buyers']);
  });
});

describe('personMatcher', () => {
  const matcher = personMatcher([personIdentity(c, aibek, [CYRILLIC])]);

  it('masks whole words only, in any case of script, and counts them', () => {
    expect(matcher.mask('Aibekov met Aibek, not aibek; Асанову and Асанов.')).toEqual({
      text: `Aibekov met ${MASK.repeat(5)}, not aibek; Асанову and ${MASK.repeat(6)}.`,
      count: 2,
    });
    expect(matcher.mask(`Write to ${EMAIL} or call +996 555 123 456`)).toEqual({
      text: `Write to ${MASK.repeat(EMAIL.length)} or call ${MASK.repeat(16)}`,
      count: 2,
    });
  });

  it('finds addresses and file names that spell the name without separators', () => {
    expect(matcher.inAddress('https://example.kg/AIBEK_ASANOV.pdf')).toBe(true);
    expect(matcher.inAddress('https://example.kg/dana.pdf')).toBe(false);
  });

  it('keeps the length of any text in code points, and every code point outside a name where it was', () => {
    const pieces = fc.constantFrom(NAME, CYRILLIC, 'Aibek', ' ', '\n', '🧵', '👋🏽', 'ශ්‍රී', 'x', ',', 'Dana', 'Aibekov');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const masked = matcher.mask(text).text;
        const [a, b] = [[...text], [...masked]];
        expect(b.length).toBe(codePointLength(text));
        b.forEach((point, i) => point === MASK || expect(point).toBe(a[i]));
        expect(matcher.mentions(masked)).toEqual([]);
      }),
    );
  });

  it('gives mentions as positions in code points of the text itself', () => {
    const mentions = matcher.mentions(TRANSCRIPT);
    for (const m of mentions) expect([...TRANSCRIPT].slice(m.start, m.end).join('')).toBe(m.text);
  });
});
