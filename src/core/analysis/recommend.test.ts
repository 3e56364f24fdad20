import { describe, expect, it } from 'vitest';
import { knowledgeBaseSchema, type KnowledgeAction, type KnowledgeBase } from './knowledge.js';
import { coverage, recommend, renderAction, sectorFamilyOf, startsAWord, tieMatches } from './recommend.js';
import type { FirmContext, FirmTieView, Gap } from './types.js';

const citation = { work: 'Musteen et al. (2014)', seed: '003_7a904afc5627ed05.txt', location: '§2.2, p. 27' };
const rule = (
  id: string,
  when: Record<string, unknown> = {},
  challenge = 'regulatory_institutional',
  networkType = 'digital',
  extra: Record<string, unknown> = {},
) => ({
  id,
  challenge,
  networkType,
  when,
  title: `Rule ${id}`,
  rationale: 'A rationale long enough to pass the schema check for rules in tests.',
  actions: ['Do something concrete'],
  citations: [citation],
  ...extra,
});
const family = (keywords: string[], lexicon: string[]) => ({ label: `Family of ${keywords[0] ?? ''}`, keywords, lexicon });
const sectorFamilies = {
  life_sciences: family(['pharma', 'biotech'], ['clinical']),
  food_agriculture: family(['food', 'tea'], ['HACCP']),
  software_it: family(['software', 'saas'], ['SaaS']),
  manufacturing: family(['manufactur', 'furniture'], ['CE marking']),
  other_services: family(['consult', 'tourism'], ['indemnity']),
};
const kbOf = (rules: unknown[]): KnowledgeBase => knowledgeBaseSchema.parse({ title: 't', recordedOn: '2026-11-30', sectorFamilies, rules });

const gap: Gap = {
  challenge: 'regulatory_institutional',
  label: 'Regulatory and institutional challenges',
  challengeLevel: 'High',
  networkType: 'digital',
  utilization: 'Not used',
  utilizationBasis: 'recorded',
  severity: 4,
  countryOfOriginFlag: false,
  evidence: [],
};
const tie = (id: string, actorName: string, more: Partial<FirmTieView> = {}): FirmTieView => ({
  tieId: id,
  actorId: `a-${id}`,
  actorName,
  networkType: 'institutional',
  actorKind: 'organization',
  organizationType: undefined,
  platformType: undefined,
  roles: [],
  strength: undefined,
  ...more,
});
const firm: FirmContext = {
  firmId: 'f',
  countryOfOrigin: 'MN',
  economyClass: 'emerging',
  sizeClass: 'medium',
  pathway: 'traditional',
  sector: 'pharmaceuticals',
  productType: undefined,
  sectorFamily: undefined,
  ties: [],
  yearsActive: 35,
  targetMarkets: [],
};

describe('recommend', () => {
  const kb = kbOf([
    rule('general'),
    rule('emerging-only', { economyClass: ['emerging', 'developing'] }),
    rule('life-emerging', { economyClass: ['emerging'], sectorFamilies: ['life_sciences'] }),
    rule('developed-only', { economyClass: ['developed'] }),
    rule('other-pair', {}, 'financial_resource', 'digital'),
  ]);

  it('applies the rules of the gap whose conditions hold, most specific first, and says why in words', () => {
    const recs = recommend([gap], firm, kb);
    expect(recs.map((r) => r.ruleId)).toEqual(['life-emerging', 'emerging-only', 'general']);
    expect(recs[0]?.because).toEqual([
      'the challenge “Regulatory and institutional challenges” is rated High, and digital ties are not used against it (as recorded)',
      'the firm is from an emerging economy',
      'its sector is in family of pharma',
    ]);
    expect(recs[0]).toMatchObject({
      institutions: [],
      severity: 4,
      challengeLabel: 'Regulatory and institutional challenges',
      tiesUsed: [],
      examples: [],
      sectorFamily: undefined,
    });
  });

  it('applies only the rules of the gap’s own network type', () => {
    const withOtherType = kbOf([...kb.rules, rule('same-challenge-social', {}, 'regulatory_institutional', 'social')]);
    expect(recommend([gap], firm, withOtherType).map((r) => r.ruleId)).toEqual(['life-emerging', 'emerging-only', 'general']);
    expect(recommend([{ ...gap, networkType: 'social' }], firm, withOtherType).map((r) => r.ruleId)).toEqual(['same-challenge-social']);
  });

  it('does not apply a condition whose firm value is unknown, sector family included', () => {
    expect(recommend([gap], { ...firm, economyClass: undefined }, kb).map((r) => r.ruleId)).toEqual(['general']);
    expect(recommend([gap], { ...firm, sector: undefined }, kb).map((r) => r.ruleId)).toEqual(['emerging-only', 'general']);
    expect(recommend([gap], { ...firm, sector: 'Tea exports' }, kb).map((r) => r.ruleId)).toEqual(['emerging-only', 'general']);
  });

  it('applies a rule for several economy classes to a firm of any of them, naming the firm’s own class', () => {
    const recs = recommend([gap], { ...firm, economyClass: 'developing' }, kb);
    expect(recs.map((r) => r.ruleId)).toEqual(['emerging-only', 'general']);
    expect(recs[0]?.because[1]).toBe('the firm is from a developing economy');
    expect(recommend([gap], { ...firm, economyClass: 'developed' }, kb)[0]?.because[1]).toBe('the firm is from a developed economy');
  });

  it('gives nothing without gaps', () => expect(recommend([], firm, kb)).toEqual([]));

  it('applies pathway and size rules with their reasons', () => {
    const conditions = kbOf([rule('born-global', { pathway: ['born_global'] }), rule('micro-or-small', { sizeClass: ['micro', 'small'] })]);
    const reasons = (f: Partial<FirmContext>) => recommend([gap], { ...firm, ...f }, conditions).map((r) => [r.ruleId, r.because.slice(1)]);
    expect(reasons({ pathway: 'born_global', sizeClass: 'small' })).toEqual([
      ['born-global', ['its pathway is born global']],
      ['micro-or-small', ['it is a small firm']],
    ]);
    expect(reasons({ pathway: undefined, sizeClass: 'medium' })).toEqual([]);
  });

  it('says so when a rule holds for firms from developed economies', () => {
    const developed = recommend([gap], { ...firm, economyClass: 'developed' }, kb);
    expect(developed.map((r) => [r.ruleId, r.because.slice(1)])).toEqual([
      ['developed-only', ['the firm is from a developed economy']],
      ['general', []],
    ]);
  });

  it('puts the worst gap first and says when a network type is used little, as the ties suggest', () => {
    const low: Gap = { ...gap, challengeLevel: 'Medium', utilization: 'Low', utilizationBasis: 'suggested', severity: 1 };
    const other: Gap = { ...gap, challenge: 'financial_resource', label: 'Financial and resource constraints', severity: 4 };
    const recs = recommend([other, low], firm, kb);
    expect(recs.map((r) => `${r.ruleId} ${r.severity}`)).toEqual(['other-pair 4', 'life-emerging 1', 'emerging-only 1', 'general 1']);
    expect(recs[1]?.because[0]).toBe(
      'the challenge “Regulatory and institutional challenges” is rated Medium, and digital ties are used little against it (as the firm’s ties suggest)',
    );
  });

  it('ranks rules by the conditions they set, then by id', () => {
    const ordered = kbOf([rule('b-life', { sectorFamilies: ['life_sciences'] }), rule('c-general'), rule('a-life', { sectorFamilies: ['life_sciences'] })]);
    expect(recommend([gap], firm, ordered).map((r) => r.ruleId)).toEqual(['a-life', 'b-life', 'c-general']);
  });
});

describe('wording for the sector family', () => {
  const worded = kbOf([
    rule('worded', {}, 'regulatory_institutional', 'digital', {
      variants: {
        food_agriculture: {
          title: 'Food title',
          actions: ['Get the HACCP plan checked'],
          citations: [{ work: 'Food rules', publisher: 'A food agency', url: 'https://example.org/food', asOf: '2026-11-30' }],
        },
        software_it: { rationale: 'A software rationale that is long enough for the schema.' },
      },
      examples: [
        { text: 'Company B registered in the Kyrgyz Republic first.', seed: '003_7a904afc5627ed05.txt', location: '§4.3.1, p. 56' },
        {
          text: 'The Finnish firm met its partners at a clinical fair.',
          seed: '003_7a904afc5627ed05.txt',
          location: '§4.2.3, p. 52',
          sectorFamily: 'life_sciences',
        },
      ],
    }),
  ]);

  it('reads the family from the case, else from the sector or product type words, else none', () => {
    expect(sectorFamilyOf({ sector: 'Software', productType: undefined, sectorFamily: 'food_agriculture' }, worded)).toBe('food_agriculture');
    expect(sectorFamilyOf({ sector: 'Black TEA blends', productType: undefined, sectorFamily: undefined }, worded)).toBe('food_agriculture');
    expect(sectorFamilyOf({ sector: undefined, productType: 'SaaS for clinics', sectorFamily: undefined }, worded)).toBe('software_it');
    expect(sectorFamilyOf({ sector: 'Mining', productType: undefined, sectorFamily: undefined }, worded)).toBeUndefined();
    expect(sectorFamilyOf({ sector: undefined, productType: undefined, sectorFamily: undefined }, worded)).toBeUndefined();
  });

  it('reads the sector and the product type as separate words', () => {
    expect(sectorFamilyOf({ sector: 'Mining', productType: 'software for mines', sectorFamily: undefined }, worded)).toBe('software_it');
  });

  it('matches a keyword at the start of a word only, in any case', () => {
    expect(startsAWord('IT services firm', 'it services')).toBe(true);
    expect(startsAWord('Audit services', 'it services')).toBe(false);
    expect(startsAWord('Predictive maintenance', 'ict')).toBe(false);
    expect(startsAWord('Food (frozen)', '(frozen')).toBe(true);
    // Characters that mean something in a pattern are matched as themselves.
    expect(startsAWord('Seafood', 'sea.')).toBe(false);
    expect(sectorFamilyOf({ sector: 'Audit services', productType: undefined, sectorFamily: undefined }, worded)).toBeUndefined();
  });

  it("uses the family's title, rationale and actions where it has them and the general wording for the rest", () => {
    const [food] = recommend([gap], { ...firm, sector: 'food processing' }, worded);
    expect(food?.citations.map((c) => c.work)).toEqual(['Musteen et al. (2014)', 'Food rules']);
    expect(food).toMatchObject({
      title: 'Food title',
      rationale: 'A rationale long enough to pass the schema check for rules in tests.',
      actions: ['Get the HACCP plan checked'],
      sectorFamily: 'food_agriculture',
    });
    const [software] = recommend([gap], { ...firm, sector: 'software' }, worded);
    expect(software).toMatchObject({
      title: 'Rule worded',
      rationale: 'A software rationale that is long enough for the schema.',
      actions: ['Do something concrete'],
    });
    const [general] = recommend([gap], { ...firm, sector: 'Mining' }, worded);
    expect(general).toMatchObject({ title: 'Rule worded', actions: ['Do something concrete'], sectorFamily: undefined });
    expect(general?.examples).toEqual([
      { text: 'Company B registered in the Kyrgyz Republic first.', seed: '003_7a904afc5627ed05.txt', location: '§4.3.1, p. 56' },
    ]);
    // An example of one family is shown to that family's firms only.
    const [life] = recommend([gap], { ...firm, sector: 'biotech' }, worded);
    expect(life?.examples.map((e) => e.location)).toEqual(['§4.3.1, p. 56', '§4.2.3, p. 52']);
  });
});

describe('actions that name the firm’s own ties', () => {
  const chamber = tie('t-chamber', 'Tallinn Chamber', { organizationType: 'chamber', strength: 4 });
  const fair = tie('t-fair', 'Anuga', { organizationType: 'event', networkType: 'business' });
  const agency = tie('t-agency', 'Enterprise Estonia', { organizationType: 'trade_promotion_body' });
  const action: KnowledgeAction = {
    text: 'Find a chamber with a trade-mission programme',
    seek: { organizationTypes: ['chamber', 'trade_promotion_body'] },
    withTie: 'Ask {actor} for its next trade mission',
  };

  it('matches a tie on every condition the action sets', () => {
    expect(tieMatches(chamber, { organizationTypes: ['chamber'] })).toBe(true);
    expect(tieMatches(chamber, { organizationTypes: ['chamber'], networkTypes: ['business'] })).toBe(false);
    expect(tieMatches(fair, { organizationTypes: ['event'], networkTypes: ['business'] })).toBe(true);
    expect(tieMatches(tie('p', 'Aino', { actorKind: 'person', roles: ['advisor'] }), { actorKinds: ['person'], roles: ['mentor', 'advisor'] })).toBe(true);
    expect(tieMatches(tie('p', 'Aino', { actorKind: 'person', roles: [] }), { roles: ['advisor'] })).toBe(false);
    expect(tieMatches(tie('w', 'Site', { actorKind: 'platform', platformType: 'website' }), { platformTypes: ['website'] })).toBe(true);
    expect(tieMatches(chamber, { platformTypes: ['website'] })).toBe(false);
  });

  it('says "find one" without such a tie, and names at most two ties with one', () => {
    expect(renderAction(action, [fair])).toEqual({ text: 'Find a chamber with a trade-mission programme', ties: [] });
    expect(renderAction(action, [chamber, fair])).toEqual({
      text: 'Ask Tallinn Chamber for its next trade mission',
      ties: [{ tieId: 't-chamber', actorId: 'a-t-chamber', actorName: 'Tallinn Chamber', networkType: 'institutional' }],
    });
    expect(renderAction(action, [chamber, agency, tie('t-3', 'Third body', { organizationType: 'chamber' })]).text).toBe(
      'Ask Tallinn Chamber or Enterprise Estonia for its next trade mission',
    );
    expect(renderAction('Plain step', [chamber])).toEqual({ text: 'Plain step', ties: [] });
  });

  it('lists the ties a recommendation names, once each', () => {
    const kb = kbOf([
      rule('warm', {}, 'regulatory_institutional', 'digital', {
        actions: [action, { ...(action as object), withTie: 'Ask {actor} whom to meet' }, 'Plain step'],
      }),
    ]);
    const [rec] = recommend([gap], { ...firm, ties: [chamber] }, kb);
    expect(rec?.actions).toEqual(['Ask Tallinn Chamber for its next trade mission', 'Ask Tallinn Chamber whom to meet', 'Plain step']);
    expect(rec?.tiesUsed.map((t) => t.tieId)).toEqual(['t-chamber']);
  });
});

describe('coverage', () => {
  it('counts the rules of every built-in challenge × network type pair', () => {
    const kb = kbOf([rule('a'), rule('b'), rule('c', {}, 'financial_resource', 'digital')]);
    const pairs = coverage(kb);
    expect(pairs).toHaveLength(7 * 4);
    expect(pairs[0]).toEqual({ challenge: 'regulatory_institutional', networkType: 'social', rules: 0 });
    expect(pairs.find((p) => p.challenge === 'regulatory_institutional' && p.networkType === 'digital')?.rules).toBe(2);
    expect(pairs.reduce((sum, p) => sum + p.rules, 0)).toBe(3);
  });
});
