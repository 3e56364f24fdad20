import { describe, expect, it } from 'vitest';
import { validateCaseValue, type CaseFile, type CaseFileInput } from '../case-file/index.js';
import { daysBefore, planContactPurge } from './contact-retention.js';

type Actors = NonNullable<CaseFileInput['actors']>;

/** A contact as `contacts import` leaves it, last imported on `on`. */
const imported = (id: string, name: string, on: string, more: Partial<Actors[number]> = {}): Actors[number] => ({
  id,
  name,
  kind: 'person',
  roles: [],
  memberOf: ['act-kyrgyz-cotton'],
  contact: {
    emails: [],
    organization: 'Kyrgyz Cotton',
    importedFrom: [
      { format: 'vcard', on: '2020-01-01' },
      { format: 'linkedin', on },
    ],
  },
  ...more,
});
/** The tie an import makes. */
const tie = (id: string, to: string, from = 'ala-too') => ({
  id,
  from,
  to,
  networkType: 'business' as const,
  subtype: 'linkedin_connection',
  since: '2021-05-02',
});

function contactsCase(): CaseFile {
  const parsed = validateCaseValue({
    format: 'foothold.case/2',
    firm: { id: 'ala-too', name: 'Ala-Too Textile LLC', countryOfOrigin: 'KG' },
    keyPeople: [{ id: 'kp-founder', role: 'Founder' }],
    actors: [
      { id: 'act-kyrgyz-cotton', name: 'Kyrgyz Cotton', kind: 'organization' },
      imported('act-old', 'Bakyt Osmonov', '2022-06-30'),
      imported('act-old-kp', 'Cholpon Abdieva', '2022-01-01'),
      imported('act-at-cutoff', 'Daniyar Bekov', '2023-07-01'),
      imported('act-recent', 'Elnura Kadyrova', '2025-06-01'),
      imported('act-edited', 'Farida Ismailova', '2021-01-01', { note: 'Key buyer at Osh bazaar' }),
      imported('act-used', 'Gulzat Nurlanova', '2021-01-01'),
      imported('act-tie-edited', 'Ilyas Temirov', '2021-01-01'),
      imported('act-quoted', 'Jyldyz Sadykova', '2021-01-01'),
      { id: 'act-typed', name: 'Kanat Zhakypov', kind: 'person' },
    ],
    ties: [
      tie('tie-old', 'act-old'),
      tie('tie-old-kp', 'act-old-kp', 'kp-founder'),
      tie('tie-cutoff', 'act-at-cutoff'),
      tie('tie-used', 'act-used'),
      { ...tie('tie-tie-edited', 'act-tie-edited'), strength: 4 },
      tie('tie-quoted', 'act-quoted'),
    ],
    activities: [{ id: 'act-sales', step: 'distribution', label: 'Sales in Osh', actors: ['act-used'] }],
    sources: [{ id: 'src-1', kind: 'document', title: 'Visit report' }],
    segments: [{ id: 'seg-1', source: 'src-1', quote: 'We met Jyldyz Sadykova at the fair.', location: 'p. 1' }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.caseFile;
}

describe('planContactPurge', () => {
  const plan = planContactPurge(contactsCase(), { today: '2025-06-30', days: 730 });

  it('removes the imported contacts last imported before the cutoff that nobody used, with their import ties', () => {
    expect(plan.cutoff).toBe('2023-07-01');
    expect(plan.purge.map(({ id, lastImported, ties }) => ({ id, lastImported, ties }))).toEqual([
      { id: 'act-old', lastImported: '2022-06-30', ties: ['tie-old'] },
      { id: 'act-old-kp', lastImported: '2022-01-01', ties: ['tie-old-kp'] },
    ]);
    expect(plan.purge[0]?.identity).toMatchObject({ names: ['Bakyt Osmonov'], parts: [] });
  });

  it('keeps, with the reason, the old ones edited by hand, used by another record, or named in the case', () => {
    expect(plan.kept.map(({ id, reason }) => [id, reason])).toEqual([
      ['act-edited', 'edited'],
      ['act-used', 'referred'],
      ['act-tie-edited', 'referred'],
      ['act-quoted', 'named'],
    ]);
  });

  it('lists neither the recent contacts, nor one imported on the cutoff day, nor people no import brought', () => {
    const listed = [...plan.purge, ...plan.kept].map((c) => c.id);
    for (const id of ['act-recent', 'act-at-cutoff', 'act-typed', 'act-kyrgyz-cotton']) expect(listed).not.toContain(id);
  });

  it('a shorter period reaches further', () => {
    const shorter = planContactPurge(contactsCase(), { today: '2025-06-30', days: 729 });
    expect(shorter.purge.map((c) => c.id)).toEqual(['act-old', 'act-old-kp', 'act-at-cutoff']);
  });
});

describe('daysBefore', () => {
  it.each([
    ['2024-03-01', 1, '2024-02-29'],
    ['2023-03-01', 1, '2023-02-28'],
    ['2025-01-01', 365, '2024-01-02'],
    ['2025-06-30', 0, '2025-06-30'],
  ])('%s minus %i days is %s', (today, days, expected) => expect(daysBefore(today, days)).toBe(expected));
});
