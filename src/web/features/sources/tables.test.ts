import { describe, expect, it } from 'vitest';
import { activitiesOf, interviewsOf, keyPeopleOf, secondarySourcesOf, TableShapeError } from './tables';

describe('thesis Tables 2–5 as the tables route gives them', () => {
  it('read a firm’s interviews, leaving out what was not recorded', () => {
    const body = {
      'company-a': {
        mainBusiness: 'Cancer drug development',
        interviews: [
          {
            id: 'src-ia1',
            interviewee: 'Chief Development Officer',
            participantId: 'IA1',
            sessions: [{ date: '2025-03-24', durationMinutes: 33 }, { date: '2025-03-28' }],
          },
        ],
      },
    };
    expect(interviewsOf(body, 'company-a')).toEqual({
      mainBusiness: 'Cancer drug development',
      interviews: [
        {
          id: 'src-ia1',
          interviewee: 'Chief Development Officer',
          participantId: 'IA1',
          sessions: [{ date: '2025-03-24', durationMinutes: 33 }, { date: '2025-03-28' }],
        },
      ],
    });
    expect(interviewsOf({}, 'company-a')).toEqual({ interviews: [] });
  });

  it('read the other tables', () => {
    expect(secondarySourcesOf({ f: { sources: [{ id: 's', title: 'Website', kind: 'website' }], reportedIn: [] } }, 'f')).toEqual({
      sources: [{ id: 's', title: 'Website', kind: 'website' }],
      reportedIn: [],
    });
    expect(activitiesOf({ f: [{ id: 'a', activity: 'R&D', step: 'rd', countries: ['FI'], regions: [], partners: ['Uni'] }] }, 'f')).toEqual([
      { id: 'a', activity: 'R&D', step: 'rd', countries: ['FI'], regions: [], partners: ['Uni'] },
    ]);
    expect(keyPeopleOf({ f: [{ id: 'kp', role: 'CEO', education: 'PhD' }] }, 'f')).toEqual([{ id: 'kp', role: 'CEO', education: 'PhD' }]);
  });

  it('refuse a body of another shape, saying where', () => {
    expect(() => interviewsOf({ f: { interviews: [{ id: 'x', interviewee: 3, sessions: [] }] } }, 'f')).toThrow(TableShapeError);
    expect(() => interviewsOf({ f: { interviews: [{ id: 'x', interviewee: 3, sessions: [] }] } }, 'f')).toThrow(
      /Table 2 .*interviews\[0\]\.interviewee is not a text/,
    );
    expect(() => activitiesOf({ f: { not: 'a list' } }, 'f')).toThrow(/Table 4/);
  });
});
