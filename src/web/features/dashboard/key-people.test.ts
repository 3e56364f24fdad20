import { describe, expect, it } from 'vitest';
import { keyPeopleView } from './key-people';

describe('the key people panel', () => {
  const firm = { id: 'acme', name: 'Acme' };
  const people = [
    { id: 'kp-ceo', role: 'Chief executive officer', participantId: 'IA1', founder: true, memberOf: ['actor-chamber'] },
    { id: 'kp-cdo', role: 'Chief development officer', name: 'Dana' },
    { id: 'kp-cso', role: 'Chief scientific officer' },
  ];
  const actors = [
    { id: 'actor-chamber', name: 'Chamber of Commerce', kind: 'organization' as const, roles: [] },
    { id: 'actor-group', name: 'LinkedIn group', kind: 'platform' as const, roles: [] },
  ];
  const ties = [
    { id: 't1', from: 'kp-ceo', to: 'actor-group', networkType: 'digital' as const, subtype: 'linkedin_group', status: 'active' as const },
    { id: 't2', from: 'kp-ceo', to: 'kp-cdo', networkType: 'social' as const, subtype: 'former_colleague', status: 'dormant' as const },
    { id: 't3', from: 'acme', to: 'actor-chamber', networkType: 'institutional' as const, status: 'active' as const },
  ];

  it('gives each person the ties at either end of them, by network type, with the other end named', () => {
    const [ceo, cdo, cso] = keyPeopleView(firm, people, ties, actors);
    expect(ceo).toMatchObject({
      role: 'Chief executive officer',
      about: ['interviewee IA1', 'founder'],
      networks: [
        { networkType: 'social', ties: 1 },
        { networkType: 'digital', ties: 1 },
      ],
      ties: [
        { id: 't2', other: 'Dana', status: 'dormant', subtype: 'former_colleague' },
        { id: 't1', other: 'LinkedIn group', status: 'active' },
      ],
      memberOf: ['Chamber of Commerce'],
    });
    expect(cdo).toMatchObject({ name: 'Dana', ties: [{ id: 't2', other: 'Chief executive officer' }], memberOf: [] });
    expect(cso).toMatchObject({ networks: [], ties: [], about: [] });
  });
});
