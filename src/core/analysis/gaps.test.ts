import { describe, expect, it } from 'vitest';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import { blindSpotsOf, gapsOf } from './gaps.js';
import { utilizationOf } from './utilization.js';

const actors = (...ids: string[]) => ids.map((id) => ({ id, name: id, kind: 'organization' }));

const brief = (gaps: ReturnType<typeof gapsOf>) =>
  gaps.map((g) => `${g.challenge}/${g.networkType} ${g.challengeLevel}×${g.utilization} ${g.utilizationBasis} ${g.severity}`);

describe('gapsOf', () => {
  it('finds Company B’s gaps, worst first, with the country-of-origin effect flagged', () => {
    const gaps = gapsOf(sampleCase('company-b'), 'emerging');
    expect(brief(gaps)).toEqual([
      'regulatory_institutional/digital High×Not used recorded 4',
      'knowledge_experience/digital High×Not used recorded 4',
      'technological_digital/social High×Not used recorded 4',
      'technological_digital/business High×Not used recorded 4',
      'technological_digital/institutional High×Not used recorded 4',
      // Table 10 has no country-of-origin row: the ties stand in, and none is tagged with it.
      'country_of_origin/social High×Not used suggested 4',
      'country_of_origin/business High×Not used suggested 4',
      'country_of_origin/institutional High×Not used suggested 4',
      'country_of_origin/digital High×Not used suggested 4',
      'regulatory_institutional/institutional High×Low recorded 2',
      'financial_resource/digital Medium×Not used recorded 2',
      'knowledge_experience/business High×Low recorded 2',
      'knowledge_experience/institutional High×Low recorded 2',
      'cultural_communication/institutional Medium×Not used recorded 2',
      'cultural_communication/digital Medium×Not used recorded 2',
      'technological_digital/digital High×Low recorded 2',
      'financial_resource/social Medium×Low recorded 1',
      'financial_resource/business Medium×Low recorded 1',
      'cultural_communication/business Medium×Low recorded 1',
    ]);
    expect(gaps.filter((g) => g.countryOfOriginFlag).map((g) => g.challenge)).toEqual(Array(4).fill('country_of_origin'));
    expect(gaps.find((g) => g.challenge === 'financial_resource' && g.networkType === 'digital')?.evidence).toEqual([
      'seg-t9-financial',
      'seg-fin-not-primary',
      'seg-fin-no-funders',
      'seg-fin-salary-ib1',
      'seg-fin-conclusion',
      'seg-t9-fin-medium',
      'seg-fin-expert-fee',
      'seg-t10-financial',
    ]);
  });

  it('finds Company A’s three gaps, all in Table 10’s Low cells', () => {
    expect(brief(gapsOf(sampleCase('company-a'), 'developed'))).toEqual([
      'regulatory_institutional/digital High×Low recorded 2',
      'financial_resource/social High×Low recorded 2',
      'financial_resource/digital High×Low recorded 2',
    ]);
  });

  it('flags the country-of-origin effect only for firms from emerging economies', () => {
    expect(gapsOf(sampleCase('company-b'), 'developing').filter((g) => g.countryOfOriginFlag)).toHaveLength(4);
    expect(gapsOf(sampleCase('company-b'), 'developed').some((g) => g.countryOfOriginFlag)).toBe(false);
    expect(gapsOf(sampleCase('company-b'), undefined).some((g) => g.countryOfOriginFlag)).toBe(false);
  });

  it('uses the suggested level, with its ties’ evidence, where no cell is recorded', () => {
    const b = sampleCase('company-b');
    const withoutCell = { ...b, utilization: b.utilization.filter((u) => !(u.challenge === 'cultural_communication' && u.networkType === 'social')) };
    const gap = gapsOf(withoutCell, 'emerging').find((g) => g.challenge === 'cultural_communication' && g.networkType === 'social');
    // One tie of unknown strength (the Kyrgyz representative) suggests Low: Medium × Low = 1.
    expect(gap).toMatchObject({ utilization: 'Low', utilizationBasis: 'suggested', severity: 1 });
    const tieEvidence = b.ties.find((t) => t.id === 'tie-firm-kg-representative')?.evidence ?? [];
    expect(tieEvidence.length).toBeGreaterThan(0);
    expect(gap?.evidence).toEqual(expect.arrayContaining(tieEvidence));
  });

  it('counts a cell as Not used when neither the analyst nor the ties say anything about it', () => {
    // A caller may pass matrices of its own; an empty suggested matrix has no row for the challenge.
    const c = smallCase({
      sources: [{ id: 'src-1', kind: 'document', title: 'Annual report' }],
      segments: [{ id: 'seg-fin', source: 'src-1', quote: 'Money is short', location: 'p. 1' }],
      challengeRatings: [{ id: 'r-fin', category: 'financial_resource', level: 'High', evidence: ['seg-fin'] }],
      utilization: [{ id: 'u-fin-business', challenge: 'financial_resource', networkType: 'business', level: 'Moderate' }],
    });
    const gaps = gapsOf(c, 'developed', { recorded: utilizationOf(c), suggested: {} });
    expect(brief(gaps)).toEqual([
      'financial_resource/social High×Not used suggested 4',
      'financial_resource/institutional High×Not used suggested 4',
      'financial_resource/digital High×Not used suggested 4',
    ]);
    expect(gaps.map((g) => g.evidence)).toEqual([['seg-fin'], ['seg-fin'], ['seg-fin']]);
  });
});

describe('blindSpotsOf', () => {
  it('finds Company B’s unknown market-specific challenges, which all four network types could tell about', () => {
    expect(blindSpotsOf(sampleCase('company-b'))).toEqual([
      {
        challenge: 'market_specific',
        label: 'Market specific challenges',
        networkTypesThatCouldTell: ['social', 'business', 'institutional', 'digital'],
        findOut: 'whether demand, competitors, prices or sales channels in your target markets make entry hard',
        // Its active ties to people first (the website cannot be asked), then ties whose status the thesis does not give.
        ask: [
          {
            tieId: 'tie-firm-kg-representative',
            actorId: 'actor-kg-representative',
            actorName: 'Representative in the Kyrgyz Republic, director of the Kyrgyz subsidiary',
            networkType: 'social',
          },
          { tieId: 'tie-firm-kazakh-employees', actorId: 'actor-kazakh-employees', actorName: 'Kazakh-ethnic employees of Company B', networkType: 'social' },
          expect.objectContaining({ tieId: expect.any(String) }),
        ],
        evidence: ['seg-t9-market-specific', 'seg-t9-market-unknown', 'seg-t9-market-early', 'seg-5-high-moderate'],
      },
    ]);
    expect(blindSpotsOf(sampleCase('company-a'))).toEqual([]);
  });

  it('names only the network types in use, or all four when the firm has no live tie', () => {
    const b = sampleCase('company-b');
    const noDigital = { ...b, ties: b.ties.filter((t) => t.networkType !== 'digital') };
    expect(blindSpotsOf(noDigital)[0]?.networkTypesThatCouldTell).toEqual(['social', 'business', 'institutional']);
    const allEnded = { ...b, ties: b.ties.map((t) => ({ ...t, status: 'ended' as const })) };
    expect(blindSpotsOf(allEnded)[0]?.networkTypesThatCouldTell).toEqual(['social', 'business', 'institutional', 'digital']);
    expect(blindSpotsOf(sampleCase('sl-it-sme')).map((s) => s.label)).toEqual([
      'Regulatory and institutional challenges',
      'Market specific challenges',
      'COVID-19 pandemic disruption',
      'Distance and accessibility',
    ]);
  });

  it('names the one network type in use when the firm uses only one, leaving out types whose ties all ended', () => {
    const c = smallCase({
      actors: actors('a-agency', 'a-old-friend', 'a-distributor'),
      ties: [
        { id: 't-agency', from: 'f', to: 'a-agency', networkType: 'institutional' },
        { id: 't-old-friend', from: 'f', to: 'a-old-friend', networkType: 'social', status: 'ended' },
        // Between two actors: kept for warm paths, not a network type the firm uses.
        { id: 't-agency-distributor', from: 'a-agency', to: 'a-distributor', networkType: 'business' },
      ],
      challengeRatings: [
        { id: 'r-market', category: 'market_specific', level: 'Unknown' },
        { id: 'r-fin', category: 'financial_resource', level: 'High' },
      ],
    });
    expect(blindSpotsOf(c)).toEqual([
      {
        challenge: 'market_specific',
        label: 'Market specific challenges',
        networkTypesThatCouldTell: ['institutional'],
        findOut: 'whether demand, competitors, prices or sales channels in your target markets make entry hard',
        // The live ties of the firm: the agency (the ended friendship and the agency's own tie are not asked).
        ask: [{ tieId: 't-agency', actorId: 'a-agency', actorName: 'a-agency', networkType: 'institutional' }],
        evidence: [],
      },
    ]);
  });

  it('asks the strongest live ties first, at most three, and a case-defined challenge in general words', () => {
    const c = smallCase({
      actors: [...actors('a-1', 'a-2', 'a-3', 'a-4'), { id: 'a-page', name: 'Our page', kind: 'platform' }],
      ties: [
        { id: 't-1', from: 'f', to: 'a-1', networkType: 'business', status: 'dormant' },
        { id: 't-2', from: 'f', to: 'a-2', networkType: 'social' },
        { id: 't-weak', from: 'f', to: 'a-2', networkType: 'business', strength: 1 },
        { id: 't-3', from: 'f', to: 'a-3', networkType: 'social', status: 'unknown' },
        { id: 't-4', from: 'f', to: 'a-4', networkType: 'digital', strength: 5 },
        { id: 't-page', from: 'f', to: 'a-page', networkType: 'digital', strength: 5 },
      ],
      challengeCategories: [{ id: 'logistics', label: 'Shipping from a landlocked country' }],
      challengeRatings: [{ id: 'r-log', category: 'logistics', level: 'Unknown' }],
    });
    const [spot] = blindSpotsOf(c);
    // Active first (strongest first, an unrecorded strength counting as middling), then unknown, then dormant.
    expect(spot?.ask.map((t) => t.tieId)).toEqual(['t-4', 't-2', 't-weak']);
    expect(spot?.findOut).toBe('how much “Shipping from a landlocked country” stands in your way, and in which markets');
  });
});
