/** A small but complete case used by tests in every layer: every collection has at least one record. */
import type { CaseFileInput } from './schema.js';

export function sampleCaseInput(firmId = 'acme'): CaseFileInput {
  return {
    format: 'foothold.case/2',
    title: 'Test case',
    notes: ['made for tests'],
    firm: {
      id: firmId,
      name: 'Acme Oy',
      countryOfOrigin: 'FI',
      foundedYear: 2015,
      employees: { value: 8, qualifier: 'exact' },
      pathway: { value: 'born_global', evidence: ['seg-1'] },
      evidence: ['seg-1'],
    },
    keyPeople: [{ id: 'kp-ceo', role: 'Chief executive officer', participantId: 'IX1' }],
    facts: [{ id: 'fact-size', topic: 'company_size', text: 'Small (8 people)', evidence: ['seg-1'] }],
    actors: [
      { id: 'act-agency', name: 'Trade agency', kind: 'organization', organizationType: 'trade_promotion_body', countries: ['FI'], roles: ['advisor'] },
      { id: 'act-friend', name: 'Friend in Mongolia — Улаанбаатар', kind: 'person', countries: ['MN'], lawfulBasis: 'legitimate_interests' },
      { id: 'act-linkedin', name: 'LinkedIn page', kind: 'platform', platformType: 'professional_network' },
    ],
    ties: [
      {
        id: 'tie-agency',
        from: firmId,
        to: 'act-agency',
        networkType: 'institutional',
        strength: 4,
        helpedWith: { challenges: ['financial_resource'], benefits: ['resource_sharing'] },
      },
      {
        id: 'tie-friend',
        from: 'kp-ceo',
        to: 'act-friend',
        networkType: 'social',
        subtype: 'friend',
        origin: { kind: 'referral', referredByTie: 'tie-agency' },
        since: '2019-05',
        markets: ['MN'],
      },
      { id: 'tie-linkedin', from: firmId, to: 'act-linkedin', networkType: 'digital', status: 'dormant' },
    ],
    markets: [
      { id: 'mkt-mn', country: 'MN', status: 'serving', entryModes: ['distributor'], startedOn: '2020' },
      { id: 'mkt-eu', region: 'EU', status: 'target' },
    ],
    activities: [{ id: 'act-rd', step: 'rd', label: 'Research and development', countries: ['FI'], actors: ['act-agency'], ties: ['tie-agency'] }],
    challengeCategories: [{ id: 'sanctions', label: 'Sanctions exposure' }],
    challengeRatings: [
      { id: 'cr-reg', category: 'regulatory_institutional', level: 'High', evidence: ['seg-1'] },
      { id: 'cr-sanctions', category: 'sanctions', level: 'Unknown', market: 'mkt-mn' },
    ],
    utilization: [{ id: 'ut-reg-inst', challenge: 'regulatory_institutional', networkType: 'institutional', level: 'High' }],
    benefits: [{ id: 'ben-1', benefit: 'market_access', tie: 'tie-friend' }],
    digitalPresence: [
      { id: 'dp-1', platform: 'LinkedIn', actor: 'act-linkedin', followers: null, posts: 3, postsPeriod: 'last 3 months', audiences: ['customers'] },
    ],
    sources: [
      {
        id: 'src-int',
        kind: 'interview',
        title: 'Interview with the CEO',
        participantId: 'IX1',
        participant: 'kp-ceo',
        mode: 'video',
        sessions: [{ date: '2025-03-24', durationMinutes: 33 }],
      },
    ],
    segments: [{ id: 'seg-1', source: 'src-int', quote: 'ශ්‍රී ලංකා — we went abroad from day one', location: 'Interview, 00:12:40', codes: ['pathway'] }],
  };
}
