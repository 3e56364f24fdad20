// The rules the record schemas add beyond field types: which fields go together, which records may
// not point at themselves, which dates exist. Each is checked both ways, with the path and message
// a user would read.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { actorSchema } from './actor.js';
import { challengeRatingSchema } from './challenge.js';
import { firmSchema, keyPersonSchema } from './firm.js';
import { benefitSchema } from './benefit.js';
import { competenceAssessmentSchema } from './competence.js';
import { sourceSchema } from './evidence.js';
import { marketSchema } from './market.js';
import { isCalendarDate } from './primitives.js';
import { tieSchema } from './tie.js';

/** The problems a schema finds, as "path: message". */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`);
}

describe('actor', () => {
  it('takes an organization type only for organizations and a platform type only for platforms', () => {
    expect(problems(actorSchema, { id: 'a', name: 'EDB', kind: 'organization', organizationType: 'trade_promotion_body' })).toEqual([]);
    expect(problems(actorSchema, { id: 'a', name: 'LinkedIn', kind: 'platform', platformType: 'professional_network' })).toEqual([]);
    expect(problems(actorSchema, { id: 'a', name: 'A friend', kind: 'person', organizationType: 'company' })).toEqual([
      'organizationType: organizationType applies only to kind "organization", not "person"',
    ]);
    expect(problems(actorSchema, { id: 'a', name: 'EDB', kind: 'organization', platformType: 'professional_network' })).toEqual([
      'platformType: platformType applies only to kind "platform", not "organization"',
    ]);
  });
});

describe('tie', () => {
  it('does not go from a record to itself', () => {
    expect(problems(tieSchema, { id: 't', from: 'f', to: 'a', networkType: 'social' })).toEqual([]);
    expect(problems(tieSchema, { id: 't', from: 'a', to: 'a', networkType: 'social' })).toEqual(['to: a tie cannot go from a record to itself']);
  });

  it('names the tie a referral came through only for referrals', () => {
    const tie = { id: 't', from: 'f', to: 'a', networkType: 'business' };
    expect(problems(tieSchema, { ...tie, origin: { kind: 'referral', referredByTie: 't-friend' } })).toEqual([]);
    expect(problems(tieSchema, { ...tie, origin: { kind: 'event', referredByTie: 't-friend' } })).toEqual([
      'origin/referredByTie: referredByTie goes with kind "referral", not "event"',
    ]);
  });
});

describe('market', () => {
  it('is a country or a region, exactly one of the two', () => {
    expect(problems(marketSchema, { id: 'm', country: 'KZ', status: 'target' })).toEqual([]);
    expect(problems(marketSchema, { id: 'm', region: 'EAEU', status: 'target' })).toEqual([]);
    const both = 'country: expected exactly one of "country" or "region"';
    expect(problems(marketSchema, { id: 'm', country: 'KZ', region: 'EAEU', status: 'target' })).toEqual([both]);
    expect(problems(marketSchema, { id: 'm', status: 'target' })).toEqual([both]);
  });

  it('does not end before it starts, comparing only what both dates say', () => {
    const m = { id: 'm', country: 'KZ', status: 'past' };
    expect(problems(marketSchema, { ...m, startedOn: '2019-05', endedOn: '2021' })).toEqual([]);
    // "2020" and "2020-03" may be the same month: not known to be earlier.
    expect(problems(marketSchema, { ...m, startedOn: '2020-03', endedOn: '2020' })).toEqual([]);
    expect(problems(marketSchema, { ...m, startedOn: '2021-02-10', endedOn: '2021-02-09' })).toEqual([
      'endedOn: expected a date on or after startedOn 2021-02-10, got 2021-02-09: a market cannot end before it starts',
    ]);
  });

  it('takes an end date and a failure reason only once the firm is out of the market', () => {
    const m = { id: 'm', country: 'CN', startedOn: '2020' };
    expect(problems(marketSchema, { ...m, status: 'failed', endedOn: '2023', failureReason: 'Registration refused' })).toEqual([]);
    expect(problems(marketSchema, { ...m, status: 'exited', endedOn: '2023' })).toEqual([]);
    expect(problems(marketSchema, { ...m, status: 'serving', endedOn: '2023' })).toEqual([
      'endedOn: an end date goes with status past, exited or failed, not "serving"; set the status, or leave endedOn out',
    ]);
    expect(problems(marketSchema, { ...m, status: 'target', failureReason: 'Too expensive' })).toEqual([
      'failureReason: failureReason goes with status failed, exited or past, not "target"',
    ]);
  });
});

describe('firm', () => {
  it('does not go abroad before it is founded', () => {
    const firm = { id: 'f', name: 'F', countryOfOrigin: 'FI', foundedYear: 2015 };
    expect(problems(firmSchema, { ...firm, firstInternationalYear: 2015 })).toEqual([]);
    expect(problems(firmSchema, { ...firm, firstInternationalYear: 2014 })).toEqual([
      'firstInternationalYear: expected a year from the founding year 2015 on, got 2014: a firm cannot go abroad before it is founded',
    ]);
    expect(problems(firmSchema, { ...firm, foundedYear: undefined, firstInternationalYear: 2014 })).toEqual([]);
  });
});

describe('actor and key person, format 2', () => {
  it('takes ISO 639-1 languages, several countries, and a group relation for organizations only', () => {
    expect(problems(actorSchema, { id: 'a', name: 'Ops team', kind: 'person', isGroup: true, countries: ['UZ', 'KZ'], languages: ['ru', 'uz'] })).toEqual([]);
    expect(problems(actorSchema, { id: 'a', name: 'A', kind: 'person', languages: ['xx'] })).toEqual(['languages/0: not an ISO 639-1 language code']);
    expect(problems(actorSchema, { id: 'a', name: 'A', kind: 'person', languages: ['English'] })).toEqual([
      'languages/0: expected an ISO 639-1 language code in lower case, such as "en", "si" or "mn"',
    ]);
    expect(problems(actorSchema, { id: 'a', name: 'A', kind: 'person', groupRelation: 'subsidiary' })).toEqual([
      'groupRelation: groupRelation applies only to kind "organization" (a company of the firm\'s group), not "person"',
    ]);
    expect(
      problems(keyPersonSchema, { id: 'kp', role: 'Founders', isGroup: true, founder: true, networkReach: { countries: ['DE'], regions: ['Nordics'] } }),
    ).toEqual([]);
  });

  it('marks a level as stated or inferred, and takes tie status "unknown"', () => {
    expect(problems(challengeRatingSchema, { id: 'r', category: 'country_of_origin', level: 'High', basis: 'inferred' })).toEqual([]);
    expect(problems(challengeRatingSchema, { id: 'r', category: 'country_of_origin', level: 'High', basis: 'guessed' })).toHaveLength(1);
    expect(problems(tieSchema, { id: 't', from: 'f', to: 'a', networkType: 'social', status: 'unknown' })).toEqual([]);
  });
});

describe('benefit', () => {
  it('says which network type or tie brought it', () => {
    expect(problems(benefitSchema, { id: 'b', benefit: 'reputation', networkType: 'institutional' })).toEqual([]);
    expect(problems(benefitSchema, { id: 'b', benefit: 'reputation', tie: 't-chamber' })).toEqual([]);
    expect(problems(benefitSchema, { id: 'b', benefit: 'reputation' })).toEqual([
      'networkType: expected a "networkType" or a "tie" that brought the benefit, or "evidence" for a benefit known only from a source',
    ]);
    // Known only from a source: no network type, no tie, but evidence.
    expect(problems(benefitSchema, { id: 'b', benefit: 'reputation', evidence: ['seg-1'] })).toEqual([]);
    expect(problems(benefitSchema, { id: 'b', benefit: 'reputation', evidence: [] })).toHaveLength(1);
  });
});

describe('source', () => {
  it('takes participant, mode and sessions only for interviews', () => {
    const interview = {
      id: 's',
      kind: 'interview',
      title: 'Interview',
      participantId: 'IA1',
      mode: 'video',
      sessions: [{ date: '2023-11-02' }],
      consent: { status: 'given', on: '2023-10-30', how: 'written' },
      lawfulBasis: 'consent',
    };
    expect(problems(sourceSchema, interview)).toEqual([]);
    expect(problems(sourceSchema, { ...interview, kind: 'report' })).toEqual([
      'participantId: participantId applies only to kind "interview"',
      'mode: mode applies only to kind "interview"',
      'sessions: sessions applies only to kind "interview"',
      'consent: consent applies only to kind "interview"',
      'lawfulBasis: lawfulBasis applies only to kind "interview"',
    ]);
    expect(problems(sourceSchema, { ...interview, consent: { status: 'maybe' } })).toHaveLength(1);
  });
});

describe('competence assessment', () => {
  it('names an unknown item and the items there are', () => {
    const [problem] = problems(competenceAssessmentSchema, { id: 'c', answers: { 'coord-9': 3 } });
    expect(problem).toBe(
      'answers/coord-9: unknown item "coord-9"; expected one of coord-1|coord-2|coord-3|rel-1|rel-2|rel-3|know-1|know-2|know-3|int-1|int-2|int-3',
    );
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-30', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-01-00', false],
    ['2024-13-01', false],
    ['2024-02', true],
    ['2024', true],
  ])('%s → %s', (text, expected) => expect(isCalendarDate(text)).toBe(expected));
});
