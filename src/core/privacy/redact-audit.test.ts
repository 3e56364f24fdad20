import { describe, expect, it } from 'vitest';
import { validateCaseValue, type CaseFile } from '../case-file/index.js';
import { codePointLength, sliceCodePoints } from '../evidence/code-points.js';
import { MASK, personIdentity } from './person-identity.js';
import { auditRedactor } from './redact-audit.js';
import { CYRILLIC, NAME, PERSON, alaTooCase } from './test-case.js';

const parsed = validateCaseValue(alaTooCase());
if (!parsed.ok) throw new Error('fixture');
const c: CaseFile = parsed.caseFile;
const aibek = c.actors[0];
if (aibek === undefined) throw new Error('no actor');
const redactor = auditRedactor([
  { identity: personIdentity(c, aibek, [CYRILLIC]), tieIds: ['tie-aibek', 'tie-kp-aibek', 'tie-aibek-dana'], lookalikes: ['act-twin'] },
]);
const record = (collection: string, id: string) =>
  JSON.parse(JSON.stringify((c as unknown as Record<string, { id: string }[]>)[collection]?.find((r) => r.id === id)));

describe('auditRedactor', () => {
  it("keeps the person's record and ties only as { id, erased }", () => {
    expect(redactor.redact('actors', PERSON, record('actors', PERSON))).toEqual({ id: PERSON, erased: true });
    expect(redactor.redact('ties', 'tie-kp-aibek', record('ties', 'tie-kp-aibek'))).toEqual({ id: 'tie-kp-aibek', erased: true });
    // A tie to the person that the erasure did not know of (deleted before) is theirs too.
    expect(redactor.redact('ties', 'tie-old', { id: 'tie-old', from: 'ala-too', to: PERSON, networkType: 'social' })).toEqual({ id: 'tie-old', erased: true });
  });

  it('masks names in other records with marks of the same length, and leaves ids and records without names alone', () => {
    const segment = redactor.redact('segments', 'seg-buyers', record('segments', 'seg-buyers')) as { quote: string; id: string; span: unknown };
    expect(segment.quote).toBe(`${MASK.repeat(12)} knows every buyer at the Barakholka market.`);
    expect(segment.span).toEqual(record('segments', 'seg-buyers').span);
    expect(redactor.redact('ties', 'tie-chamber', record('ties', 'tie-chamber'))).toBeUndefined();
    expect(redactor.redact('segments', 'seg-dana', record('segments', 'seg-dana'))).toBeUndefined();
    // Once redacted, nothing more changes.
    expect(redactor.redact('actors', PERSON, { id: PERSON, erased: true })).toBeUndefined();
    expect(redactor.redact('segments', 'seg-buyers', segment)).toBeUndefined();
  });

  it('in a whole case: stubs the person, their ties and candidacy, masks the texts, and leaves a possible twin as it is', () => {
    const twin = { id: 'act-twin', name: NAME, kind: 'person', roles: [] };
    const whole = { ...JSON.parse(JSON.stringify(c)), actors: [...c.actors, twin] } as CaseFile;
    const redacted = redactor.redact('case', 'ala-too', whole) as CaseFile & { actors: unknown[]; ties: unknown[] };
    expect(redacted.actors[0]).toEqual({ id: PERSON, erased: true });
    expect(redacted.actors.at(-1)).toEqual(twin);
    expect(redacted.ties.slice(0, 3)).toEqual(['tie-aibek', 'tie-kp-aibek', 'tie-aibek-dana'].map((id) => ({ id, erased: true })));
    expect(redacted.ties[3]).toEqual(whole.ties[3]);
    expect(redacted.partnerSearches[0]?.candidates[0]).toEqual({ id: 'c-aibek', erased: true });
    const text = redacted.transcripts[0]?.text ?? '';
    expect(codePointLength(text)).toBe(codePointLength(c.transcripts[0]?.text ?? ''));
    for (const s of redacted.segments) if (s.span !== undefined) expect(s.quote).toBe(sliceCodePoints(text, s.span.start, s.span.end));
    const json = JSON.stringify({ ...redacted, actors: redacted.actors.slice(0, -1) });
    for (const name of ['Aibek', 'Asanov', 'Айбек', 'Асанов', 'aibek.asanov@']) expect(json, name).not.toContain(name);
  });

  it('asks the store for the items holding the id or a word of a name', () => {
    expect(redactor.needles).toEqual(expect.arrayContaining([PERSON, 'Aibek', 'Айбек', 'Asanov', 'aibek.asanov@example.kg', '+996']));
    const many = auditRedactor(
      Array.from({ length: 300 }, (_, i) => ({
        identity: { actorId: `act-${i}`, names: [`Person ${i}`], parts: [], sharedParts: [], emails: [], phones: [], addresses: [] },
        tieIds: [],
      })),
    );
    expect(many.needles).toBe('all');
  });
});
