import { describe, expect, it } from 'vitest';
import { firmPart } from './tables';

describe('thesis Tables 2–5 as the tables route gives them', () => {
  it('take a firm’s part of a table', () => {
    const interviews = {
      mainBusiness: 'Cancer drug development',
      interviews: [
        {
          id: 'src-ia1',
          interviewee: 'Chief Development Officer',
          participantId: 'IA1',
          sessions: [{ date: '2025-03-24', durationMinutes: 33 }, { date: '2025-03-28' }],
        },
      ],
    };
    expect(firmPart(2, { 'company-a': interviews, 'company-b': { interviews: [] } }, 'company-a')).toEqual(interviews);
    const sources = { sources: [{ id: 's', title: 'Website', kind: 'website' as const }], reportedIn: [] };
    expect(firmPart(3, { f: sources }, 'f')).toEqual(sources);
    const activity = { id: 'a', activity: 'R&D', step: 'rd', countries: ['FI'], regions: [], partners: ['Uni'] };
    expect(firmPart(4, { f: [activity] }, 'f')).toEqual([activity]);
    expect(firmPart(5, { f: [{ id: 'kp', role: 'CEO', education: 'PhD' }] }, 'f')).toEqual([{ id: 'kp', role: 'CEO', education: 'PhD' }]);
  });

  it('give a firm the table does not mention an empty part of the table’s shape, a new one each time', () => {
    expect(firmPart(2, {}, 'f')).toEqual({ interviews: [] });
    expect(firmPart(3, {}, 'f')).toEqual({ sources: [], reportedIn: [] });
    expect(firmPart(4, {}, 'f')).toEqual([]);
    expect(firmPart(5, { other: [] }, 'f')).toEqual([]);
    expect(firmPart(4, {}, 'f')).not.toBe(firmPart(4, {}, 'f'));
  });
});
