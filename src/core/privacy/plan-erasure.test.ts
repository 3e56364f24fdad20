import { describe, expect, it } from 'vitest';
import { validateCaseValue, type CaseFile, type CaseFileInput } from '../case-file/index.js';
import { codePointLength, sliceCodePoints } from '../evidence/code-points.js';
import { MASK } from './person-identity.js';
import { planErasure } from './plan-erasure.js';
import { CYRILLIC, EMAIL, NAME, PERSON, TRANSCRIPT, alaTooCase } from './test-case.js';

function valid(input: CaseFileInput): CaseFile {
  const parsed = validateCaseValue(JSON.parse(JSON.stringify(input)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 1));
  return parsed.caseFile;
}

/** Every span's quote is the transcript's text there. */
function spansHold(c: CaseFile): void {
  for (const s of c.segments) {
    if (s.span === undefined) continue;
    const text = c.transcripts.find((t) => t.id === s.span?.transcript)?.text ?? '';
    expect(s.quote, s.id).toBe(sliceCodePoints(text, s.span.start, s.span.end));
  }
}

const NAMES = ['Aibek', 'Asanov', 'Айбек', 'Асанов', EMAIL, 'linkedin.com/in/aibek-asanov', '555 123'];

describe('planErasure', () => {
  const before = valid(alaTooCase('ala-too', { notes: true }));
  const snapshot = JSON.stringify(before);
  const plan = planErasure(before, PERSON, [CYRILLIC]);
  if (plan === undefined) throw new Error('no plan');
  const after = plan.caseFile;

  it('removes the actor and its ties, and leaves out every reference to them where the record can do without', () => {
    expect(plan.removed).toEqual([
      { collection: 'actors', id: PERSON },
      { collection: 'ties', id: 'tie-aibek' },
      { collection: 'ties', id: 'tie-kp-aibek' },
      { collection: 'ties', id: 'tie-aibek-dana' },
    ]);
    expect(after.actors.map((a) => a.id)).toEqual(['act-dana', 'act-chamber']);
    expect(after.ties.map((t) => t.id)).toEqual(['tie-dana', 'tie-chamber']);
    expect(after.ties[0]?.origin).toEqual({ kind: 'referral' });
    expect(after.markets[0]?.intermediaries).toEqual(['act-chamber']);
    expect(after.activities[0]).toMatchObject({ actors: [], ties: [] });
    expect(after.digitalPresence[0]?.actor).toBeUndefined();
    // The benefit keeps the network type of the tie that brought it.
    expect(after.benefits[0]).toMatchObject({ networkType: 'business', evidence: ['seg-friend'] });
    expect(after.benefits[0]?.tie).toBeUndefined();
    // The candidate that was the person goes with its decisions; the one they recommended stays.
    expect(after.partnerSearches[0]?.candidates.map((c) => c.id)).toEqual(['c-house']);
    expect(after.partnerSearches[0]?.candidates[0]?.referredBy).toBeUndefined();
    expect(after.partnerSearches[0]?.decisions).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(validateCaseValue(JSON.parse(JSON.stringify(after))).ok).toBe(true);
  });

  it('masks every spelling with as many marks as it had code points, so spans and turns still point at the same text', () => {
    const text = after.transcripts[0]?.text ?? '';
    expect(codePointLength(text)).toBe(codePointLength(TRANSCRIPT));
    expect(text).toContain(`Through ${MASK.repeat(codePointLength(NAME))}, an old friend from Bishkek. 🧵`);
    expect(text).toContain(`${MASK.repeat(codePointLength(CYRILLIC))} knows every buyer`);
    expect(text).toContain(`${MASK.repeat(6)}'s cousin`);
    spansHold(after);
    expect(after.transcripts[0]?.turns).toEqual(before.transcripts[0]?.turns?.map((t, i) => (i === 4 ? { ...t, speaker: MASK.repeat(12) } : t)));
    expect(after.segments.find((s) => s.id === 'seg-order')?.quote).toBe(`${MASK.repeat(5)} brought the first order from Almaty.`);
    expect(after.notes).toEqual([`${MASK.repeat(12)} asked to be quoted by name.`]);
    expect(plan.metaChanged).toBe(true);
    expect(plan.masked).toBe(8);
  });

  it('leaves no spelling or address of the person in the case, and everyone else as they were', () => {
    const json = JSON.stringify(after);
    for (const name of NAMES) expect(json, name).not.toContain(name);
    // The source whose address held the name loses the address only.
    expect(after.sources[1]).toEqual({ id: 'src-notes', kind: 'document', title: 'Field notes' });
    expect(plan.addressesDropped).toBe(1);
    expect(json).toContain('Dana Sultanova');
    expect(json).toContain('Gulnara Toktogulova');
    expect(after.segments.find((s) => s.id === 'seg-dana')).toEqual(before.segments.find((s) => s.id === 'seg-dana'));
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('lists what it changed, and nothing it did not', () => {
    expect(plan.changed.map((r) => `${r.collection}/${r.id}`).sort()).toEqual(
      [
        'activities/act-dist',
        'benefits/ben-access',
        'digitalPresence/dp-insta',
        'markets/mkt-kz',
        'partnerSearches/ps-kz',
        'segments/seg-buyers',
        'segments/seg-cousin',
        'segments/seg-friend',
        'segments/seg-order',
        'sources/src-notes',
        'ties/tie-dana',
        'transcripts/tr-int',
      ].sort(),
    );
    expect(plan.firmChanged).toBe(false);
  });

  it('without the Cyrillic spelling, leaves the Cyrillic quote as it was', () => {
    const latinOnly = planErasure(before, PERSON);
    const quote = latinOnly?.caseFile.segments.find((s) => s.id === 'seg-buyers')?.quote;
    expect(quote).toBe('Айбек Асанов knows every buyer at the Barakholka market.');
    spansHold(latinOnly?.caseFile ?? before);
  });

  it('does not mask on its own a part of the name that someone else in the case has, and says so', () => {
    const input = alaTooCase();
    input.actors = [...(input.actors ?? []), { id: 'act-textiles', name: 'Asanov Textiles', kind: 'organization' }];
    const c = valid(input);
    const shared = planErasure(c, PERSON);
    expect(shared?.identity.sharedParts).toEqual(['Asanov']);
    expect(shared?.caseFile.segments.find((s) => s.id === 'seg-cousin')?.quote).toBe("Asanov's cousin drove the first samples.");
    expect(shared?.caseFile.actors.find((a) => a.id === 'act-textiles')?.name).toBe('Asanov Textiles');
    const forced = planErasure(c, PERSON, ['Asanov']);
    expect(forced?.caseFile.segments.find((s) => s.id === 'seg-cousin')?.quote).toBe(`${MASK.repeat(6)}'s cousin drove the first samples.`);
    spansHold(forced?.caseFile ?? c);
  });

  it('lists another actor that may be the same person, and leaves it as it is', () => {
    const input = alaTooCase();
    const twin = { id: 'act-aibek-2', name: 'Aibek  Asanov', kind: 'person' as const, contact: { emails: [EMAIL] } };
    input.actors = [...(input.actors ?? []), twin];
    const c = valid(input);
    const result = planErasure(c, PERSON);
    expect(result?.lookalikes).toEqual([{ id: 'act-aibek-2', name: 'Aibek  Asanov', kind: 'person', sameAs: ['name', 'email'] }]);
    expect(result?.caseFile.actors.find((a) => a.id === 'act-aibek-2')).toEqual(c.actors.find((a) => a.id === 'act-aibek-2'));
  });

  it('finds no plan for an actor the case does not have', () => {
    expect(planErasure(before, 'act-nobody')).toBeUndefined();
  });
});
