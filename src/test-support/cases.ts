/**
 * Hand-made case files for store tests, validated through the real case-file parser so they are
 * exactly what the store receives in use: zod output with defaults filled in.
 */
import { validateCaseValue, type CaseFile, type CaseFileInput } from '../core/case-file/index.js';
import { formatProblem } from '../shared/errors.js';

/** Parses a case file value as the application would, failing loudly when the fixture is not valid. */
export function parsedCase(input: CaseFileInput): CaseFile {
  const result = validateCaseValue(input);
  if (!result.ok) throw new Error(`test fixture is not a valid case file:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.caseFile;
}

/** The smallest valid case: a firm and nothing else (no title, no notes, every collection empty). */
export function minimalCase(firmId = 'nomad-tea', name = 'Nomad Tea'): CaseFile {
  return parsedCase({ format: 'foothold.case/2', firm: { id: firmId, name, countryOfOrigin: 'MN' } });
}

/**
 * A case with every collection filled, optional fields both present and absent, non-Latin scripts
 * (Cyrillic, Sinhala with zero-width joiners), quotes, backslashes, emoji and fractional numbers.
 */
export function richCase(firmId = 'gobi-pharma'): CaseFile {
  return parsedCase({
    $schema: '../../schema/case.schema.json',
    format: 'foothold.case/2',
    title: 'Gobi Pharma — Улаанбаатар to ශ්‍රී ලංකා',
    notes: ['Built from interview IA1 and the 2023 annual report.', 'Names of partners are pseudonyms; "quotes" and back\\slashes kept.'],
    firm: {
      id: firmId,
      name: 'Говь Фарм ХХК',
      isPseudonym: true,
      countryOfOrigin: 'MN',
      economyClassOverride: { value: 'emerging', reason: 'Reference data lags the 2022 reclassification' },
      foundedYear: 2009,
      employees: { value: 120, qualifier: 'about', asOf: '2023' },
      turnover: { amount: 1234567.89, currency: 'USD', year: 2023 },
      sector: 'Pharmaceuticals',
      pathway: { value: 'born_again_global', evidence: ['seg-1'] },
      firstInternationalYear: 2015,
      description: 'Herbal medicines from Улаанбаатар 🐎',
      evidence: ['seg-1', 'seg-2'],
    },
    keyPeople: [
      {
        id: 'kp-ceo',
        role: 'Chief executive officer',
        name: 'Батбаяр',
        participantId: 'IA1',
        education: 'MSc Pharmacy, Tartu',
        internationalNetworking: 'Alumni network in Estonia',
        founder: true,
        languages: ['mn', 'ru', 'en'],
        memberOf: ['act-trade-body'],
        networkReach: { countries: ['EE', 'MN'], regions: ['EU'], description: 'Classmates from Tartu' },
      },
      { id: 'kp-export', role: 'Export manager' },
    ],
    facts: [
      { id: 'fact-size', topic: 'company_size', text: 'About 120 employees', evidence: ['seg-2'] },
      { id: 'fact-markets', topic: 'target_markets', text: 'Sri Lanka (ශ්‍රී ලංකා) and Kazakhstan', note: 'From the website' },
    ],
    actors: [
      {
        id: 'act-distributor',
        name: 'Lanka Medical Distributors',
        kind: 'organization',
        organizationType: 'company',
        countries: ['LK'],
        roles: ['distributor'],
        memberOf: ['act-trade-body'],
        url: 'https://example.lk/',
      },
      {
        id: 'act-kz-subsidiary',
        name: 'Gobi Pharma Kazakhstan',
        kind: 'organization',
        organizationType: 'company',
        countries: ['KZ'],
        groupRelation: 'subsidiary',
      },
      { id: 'act-trade-body', name: 'Mongolian National Chamber', kind: 'organization', organizationType: 'chamber', countries: ['MN'], roles: [] },
      { id: 'act-linkedin', name: 'LinkedIn', kind: 'platform', platformType: 'professional_network', roles: ['channel'] },
      {
        id: 'act-friend',
        name: 'A friend from Tartu',
        kind: 'person',
        isGroup: false,
        regions: ['EU'],
        languages: ['et', 'en'],
        lawfulBasis: 'legitimate_interests',
        roles: ['advisor'],
      },
    ],
    ties: [
      {
        id: 'tie-chamber',
        from: firmId,
        to: 'act-trade-body',
        networkType: 'institutional',
        subtype: 'membership',
        strength: 4,
        trust: 5,
        status: 'active',
        since: '2014',
        origin: { kind: 'programme', description: 'Export readiness programme' },
        helpedWith: { challenges: ['regulatory_institutional'], benefits: ['market_access', 'reputation'] },
        markets: ['LK', 'KZ'],
        regions: ['EAEU'],
      },
      { id: 'tie-friend', from: 'kp-ceo', to: 'act-friend', networkType: 'social', status: 'unknown', lastContact: '2024-03' },
      {
        id: 'tie-distributor',
        from: firmId,
        to: 'act-distributor',
        networkType: 'business',
        status: 'dormant',
        origin: { kind: 'referral', referredByTie: 'tie-friend' },
      },
    ],
    markets: [
      {
        id: 'mkt-lk',
        country: 'LK',
        status: 'serving',
        entryModes: ['distributor', 'online'],
        intermediaries: ['act-distributor'],
        startedOn: '2016-05',
        description: 'ශ්‍රී ලංකා: first market',
      },
      { id: 'mkt-eaeu', region: 'EAEU', status: 'target', servedBy: 'act-kz-subsidiary', prerequisites: ['Registration with the EAEU'] },
      { id: 'mkt-ru', country: 'RU', status: 'exited', startedOn: '2012', endedOn: '2014-03', failureReason: 'Sanctions' },
    ],
    activities: [
      { id: 'act-manufacturing', step: 'manufacturing', label: 'Tablet production', countries: ['MN'], role: 'In-house' },
      {
        id: 'act-sales',
        step: 'distribution',
        label: 'Distribution',
        countries: ['LK'],
        regions: ['South Asia'],
        actors: ['act-distributor'],
        ties: ['tie-distributor'],
      },
    ],
    challengeCategories: [{ id: 'logistics', label: 'Logistics from a landlocked country', description: 'Two borders to cross' }],
    challengeRatings: [
      { id: 'cr-reg', category: 'regulatory_institutional', level: 'High', basis: 'stated', description: 'Registration took 3 years' },
      { id: 'cr-log-lk', category: 'logistics', level: 'Medium', market: 'mkt-lk' },
    ],
    utilization: [
      { id: 'u-reg-inst', challenge: 'regulatory_institutional', networkType: 'institutional', level: 'High', basis: 'inferred' },
      { id: 'u-log-digital', challenge: 'logistics', networkType: 'digital', level: 'Not used', description: 'No platform helped' },
    ],
    benefits: [
      { id: 'ben-access', benefit: 'market_access', tie: 'tie-distributor' },
      { id: 'ben-rep', benefit: 'reputation', networkType: 'institutional', description: 'Chamber membership signals reliability' },
      { id: 'ben-risk', benefit: 'risk_reduction', evidence: ['seg-2'], description: 'Known only from the report' },
    ],
    digitalPresence: [
      { id: 'dp-site', platform: 'website', date: '2024-01-15', followers: null, audiences: ['distributors'], contentTypes: ['catalogue'] },
      { id: 'dp-linkedin', platform: 'LinkedIn', actor: 'act-linkedin', followers: 1520, posts: 12, postsPeriod: 'last 3 months' },
    ],
    sources: [
      {
        id: 'src-ia1',
        kind: 'interview',
        title: 'Interview with the CEO',
        participantId: 'IA1',
        participant: 'kp-ceo',
        mode: 'video',
        sessions: [{ date: '2023-11-02', durationMinutes: 75 }, { date: '2023-11-09' }],
        consent: { status: 'given', on: '2023-10-30', how: 'recorded' },
        lawfulBasis: 'consent',
      },
      { id: 'src-report', kind: 'report', title: 'Annual report 2023', publisher: 'Gobi Pharma', date: '2024', url: 'https://example.mn/report.pdf' },
    ],
    segments: [
      { id: 'seg-1', source: 'src-ia1', quote: 'We went abroad again after the crisis — «шинэ эхлэл».', location: '00:12:30', codes: ['pathway'] },
      { id: 'seg-2', source: 'src-report', quote: 'Around 120 staff', location: 'p. 4', reportedFrom: 'src-ia1', codes: [] },
      {
        id: 'seg-3',
        source: 'src-ia1',
        quote: 'IA1: Бид 🚀 экспорт хийдэг.',
        span: { transcript: 'tr-ia1', start: 0, end: 26 },
        codes: ['network:business', 'trust-kin', 'unlisted code'],
        coder: 'MB',
        memo: 'First words of the interview',
      },
    ],
    transcripts: [
      {
        id: 'tr-ia1',
        source: 'src-ia1',
        text: 'IA1: Бид 🚀 экспорт хийдэг.\n\nInterviewer: ශ්‍රී ලංකා?',
        turns: [
          { start: 0, end: 26, speaker: 'IA1' },
          { start: 28, end: 52, speaker: 'Interviewer', at: '00:00:05.000' },
        ],
        format: 'text',
        fileName: 'ia1.txt',
      },
    ],
    codes: [
      { id: 'trust', name: 'Trust', parent: 'network:social', color: '#aa3300', description: 'Whom they trust' },
      { id: 'trust-kin', name: 'Kin', parent: 'trust' },
    ],
    competenceAssessments: [
      { id: 'ca-2025', date: '2025-04', respondent: 'kp-export', answers: { 'coord-1': 4, 'rel-3': 2, 'int-3': 1 }, evidence: ['seg-1'] },
      { id: 'ca-blank', answers: {} },
    ],
    partnerSearches: [
      {
        id: 'ps-distributor-kz',
        title: 'Distributor in Kazakhstan — Қазақстан',
        purpose: 'Registration holder and distributor for the EAEU',
        market: 'KZ',
        organizationType: 'company',
        role: 'distributor',
        opened: '2025-02-03',
        status: 'open',
        criteria: [
          { id: 'gdp', name: 'GDP-certified warehouse', weight: 5 },
          { id: 'fit', name: 'Personal engagement & "cultural fit"', weight: 3 },
        ],
        candidates: [
          {
            id: 'act-trade-body',
            actor: 'act-trade-body',
            name: 'Mongolian National Chamber',
            stage: 'referred',
            scores: { gdp: 2, fit: 4 },
            notes: [{ on: '2025-02-10', text: 'Knows two importers in Алматы' }],
            referredBy: 'kp-export',
          },
          { id: 'almaty-pharm', name: 'Алматы Фарм ТОО', stage: 'dropped', scores: { fit: 0 }, notes: [] },
        ],
        decisions: [
          { on: '2025-02-05', candidate: 'act-trade-body', from: 'long_list', to: 'referred', reason: 'Recommended by the export manager' },
          { on: '2025-02-20', candidate: 'almaty-pharm', from: 'long_list', to: 'dropped', reason: 'No reply after 3 e-mails\\calls' },
        ],
      },
      { id: 'ps-blank', title: 'Blank search', opened: '2025' },
    ],
  });
}
