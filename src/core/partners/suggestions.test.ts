import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFile } from '../case-file/index.js';
import { partnerSearchSchema, type PartnerSearch } from '../model/index.js';
import { partnerSuggestions } from './suggestions.js';

const asOf = new Date(Date.UTC(2025, 5, 1));
const company = (id: string, countries: string[], roles: string[] = [], extra: Record<string, unknown> = {}) => ({
  id,
  name: id.toUpperCase(),
  kind: 'organization',
  organizationType: 'company',
  countries,
  roles,
  ...extra,
});

/**
 * The firm f and its CEO. f → NL consultancy (5/5) → German CMO (4); CEO → friend (3) → German CMO (5/5)
 * and → Polish CMO (2, the tie names DE); CEO → a German company directly (1); the Polish CMO → a
 * third CMO three hops out; an ended tie to a UK consultancy; the CEO belongs to a German association.
 */
function network(): CaseFile {
  return caseFileSchema.parse({
    format: 'foothold.case/2',
    firm: { id: 'f', name: 'F Oy', countryOfOrigin: 'FI' },
    keyPeople: [{ id: 'kp-ceo', role: 'CEO', name: 'Aino', memberOf: ['de-association'] }],
    actors: [
      company('nl-consult', ['NL'], ['consultant']),
      company('de-cmo', ['DE'], ['contract_manufacturer']),
      company('pl-cmo', ['PL'], ['contract_manufacturer']),
      company('far-cmo', ['DE'], ['contract_manufacturer']),
      company('de-direct', ['DE']),
      company('uk-consult', ['GB', 'DE'], ['consultant']),
      company('cand-cmo', ['DE'], ['contract_manufacturer']),
      company('sub', ['DE'], [], { groupRelation: 'subsidiary' }),
      { id: 'de-association', name: 'German association', kind: 'organization', organizationType: 'association', countries: ['DE'] },
      { id: 'de-lab', name: 'German lab', kind: 'organization', organizationType: 'research_institute', countries: ['DE'] },
      { id: 'friend', name: 'A friend', kind: 'person' },
    ],
    ties: [
      { id: 't-nl', from: 'f', to: 'nl-consult', networkType: 'business', strength: 5, trust: 5 },
      { id: 't-nl-de', from: 'nl-consult', to: 'de-cmo', networkType: 'business', strength: 4 },
      { id: 't-friend', from: 'kp-ceo', to: 'friend', networkType: 'social', strength: 3 },
      { id: 't-friend-de', from: 'friend', to: 'de-cmo', networkType: 'business', strength: 5, trust: 5 },
      { id: 't-friend-pl', from: 'friend', to: 'pl-cmo', networkType: 'business', strength: 2, markets: ['DE'] },
      { id: 't-direct', from: 'kp-ceo', to: 'de-direct', networkType: 'business', strength: 1, subtype: 'contract_manufacturer' },
      { id: 't-far', from: 'pl-cmo', to: 'far-cmo', networkType: 'business', strength: 5 },
      { id: 't-uk', from: 'f', to: 'uk-consult', networkType: 'business', strength: 5, status: 'ended' },
      { id: 't-cand', from: 'f', to: 'cand-cmo', networkType: 'business', strength: 5 },
      { id: 't-sub', from: 'sub', to: 'nl-consult', networkType: 'business', strength: 5 },
      { id: 't-lab', from: 'f', to: 'de-lab', networkType: 'institutional', strength: 4 },
    ],
  });
}

const searchFor = (fields: Record<string, unknown>): PartnerSearch =>
  partnerSearchSchema.parse({ id: 'ps', title: 'CMO', opened: '2025', candidates: [{ id: 'cand-cmo', actor: 'cand-cmo', name: 'CAND-CMO' }], ...fields });

describe('partnerSuggestions', () => {
  it('suggests companies in the market within two hops, strongest path first, each with its introducer and ties', () => {
    const { filters, suggestions } = partnerSuggestions(network(), searchFor({ organizationType: 'company', market: 'DE' }), asOf);
    expect(filters).toEqual({ organizationType: 'company', market: 'DE' });
    // de-cmo: 1 × 0.64 through the consultancy (beats 0.48 × 1 through the friend); de-direct: 0.16; pl-cmo: 0.48 × 0.32.
    expect(suggestions.map((s) => [s.actorId, s.hops, s.introducer?.id, s.heldBy.id])).toEqual([
      ['de-cmo', 2, 'nl-consult', 'f'],
      ['de-direct', 1, undefined, 'kp-ceo'],
      ['pl-cmo', 2, 'friend', 'kp-ceo'],
    ]);
    expect(suggestions.map((s) => s.pathStrength)).toEqual([expect.closeTo(0.64, 6), expect.closeTo(0.16, 6), expect.closeTo(0.48 * 0.32, 6)]);
    expect(suggestions[0]?.links).toEqual([
      { from: { id: 'f', name: 'F Oy' }, to: { id: 'nl-consult', name: 'NL-CONSULT' }, kind: 'tie', tieId: 't-nl', strength: 5, weight: 1 },
      {
        from: { id: 'nl-consult', name: 'NL-CONSULT' },
        to: { id: 'de-cmo', name: 'DE-CMO' },
        kind: 'tie',
        tieId: 't-nl-de',
        strength: 4,
        weight: expect.closeTo(0.64, 6),
      },
    ]);
    expect(suggestions[1]?.links).toEqual([
      {
        from: { id: 'kp-ceo', name: 'Aino' },
        to: { id: 'de-direct', name: 'DE-DIRECT' },
        kind: 'tie',
        tieId: 't-direct',
        strength: 1,
        weight: expect.closeTo(0.16, 6),
      },
    ]);
    expect(suggestions.map((s) => s.matched)).toEqual([
      { organizationType: true, market: 'country' },
      { organizationType: true, market: 'country' },
      { organizationType: true, market: 'tie' },
    ]);
    expect(suggestions[0]).toMatchObject({
      name: 'DE-CMO',
      kind: 'organization',
      organizationType: 'company',
      countries: ['DE'],
      roles: ['contract_manufacturer'],
      isGroup: false,
    });
  });

  it('leaves out candidates, the firm’s own group companies, actors three hops out and those reached only through an ended tie', () => {
    const ids = partnerSuggestions(network(), searchFor({}), asOf).suggestions.map((s) => s.actorId);
    expect(ids.sort()).toEqual(['de-association', 'de-cmo', 'de-direct', 'de-lab', 'friend', 'nl-consult', 'pl-cmo'].sort());
  });

  it('matches a role by the actor’s roles or by the subtype of a tie to it', () => {
    const { suggestions } = partnerSuggestions(network(), searchFor({ role: 'contract_manufacturer' }), asOf);
    expect(suggestions.map((s) => [s.actorId, s.matched])).toEqual([
      ['de-cmo', { role: 'role' }],
      ['de-direct', { role: 'tie' }],
      ['pl-cmo', { role: 'role' }],
    ]);
  });

  it('reaches an organization through a key person’s membership, and only the organization type asked for', () => {
    const { suggestions } = partnerSuggestions(network(), searchFor({ organizationType: 'association' }), asOf);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ actorId: 'de-association', hops: 1, heldBy: { id: 'kp-ceo', name: 'Aino' }, pathStrength: 0.5 });
    expect(suggestions[0]?.links).toEqual([
      { from: { id: 'kp-ceo', name: 'Aino' }, to: { id: 'de-association', name: 'German association' }, kind: 'membership', weight: 0.5 },
    ]);
  });

  it('suggests nobody when nothing within reach fits', () => {
    expect(partnerSuggestions(network(), searchFor({ market: 'JP' }), asOf)).toEqual({ filters: { market: 'JP' }, suggestions: [] });
  });
});
