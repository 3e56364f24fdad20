import { describe, expect, it } from 'vitest';
import type { Actor, Tie, UtilizationCell } from './api';
import { actorDraft, actorFromDraft, freeId, fromLevelDraft, levelDraft, slug, tieDraft, tieFromDraft } from './drafts';

const tie: Tie = {
  id: 'tie-a',
  from: 'firm',
  to: 'actor-x',
  networkType: 'business',
  subtype: 'distributor',
  strength: 3,
  status: 'active',
  origin: { kind: 'event' },
  helpedWith: { challenges: [], benefits: ['market_access'] },
  note: 'kept',
};

describe('the editors’ drafts', () => {
  it('give back the same tie when nothing was changed', () => {
    expect(tieFromDraft(tie, tieDraft(tie))).toEqual(tie);
  });

  it('leave out the optional fields emptied, keep the ones the editor does not show, and keep benefits when challenges are cleared', () => {
    const edited = tieFromDraft(tie, {
      ...tieDraft(tie),
      subtype: ' ',
      strength: '',
      trust: '5',
      since: '2024-03',
      challenges: ['regulatory_institutional'],
      evidence: ['seg-1'],
    });
    expect(edited).toEqual({
      id: 'tie-a',
      from: 'firm',
      to: 'actor-x',
      networkType: 'business',
      trust: 5,
      since: '2024-03',
      status: 'active',
      origin: { kind: 'event' },
      helpedWith: { challenges: ['regulatory_institutional'], benefits: ['market_access'] },
      note: 'kept',
      evidence: ['seg-1'],
    });
    expect('helpedWith' in tieFromDraft({ ...tie, helpedWith: { challenges: ['x'], benefits: [] } }, { ...tieDraft(tie), challenges: [], benefits: [] })).toBe(
      false,
    );
  });

  it('move a tie’s ends, and edit its origin, markets and benefits; a referral keeps the tie it came through, another origin drops it', () => {
    const referred: Tie = { ...tie, origin: { kind: 'referral', referredByTie: 'tie-b' } };
    const draft = { ...tieDraft(referred), to: 'actor-y', originDescription: ' Met at Medica ', markets: 'de mn', benefits: ['reputation' as const] };
    expect(tieFromDraft(referred, draft)).toMatchObject({
      to: 'actor-y',
      origin: { kind: 'referral', referredByTie: 'tie-b', description: 'Met at Medica' },
      markets: ['DE', 'MN'],
      helpedWith: { challenges: [], benefits: ['reputation'] },
    });
    expect(tieFromDraft(referred, { ...draft, origin: 'event' }).origin).toEqual({ kind: 'event', description: 'Met at Medica' });
    expect('origin' in tieFromDraft(referred, { ...draft, origin: '' })).toBe(false);
  });

  it('edit an actor’s web address and languages, read in lower case', () => {
    const actor: Actor = { id: 'p', name: 'Dr Bold', kind: 'person', roles: [], url: 'https://example.org/old' };
    expect(actorFromDraft(actor, { ...actorDraft(actor), url: ' ', languages: 'EN, mn' })).toEqual({
      id: 'p',
      name: 'Dr Bold',
      kind: 'person',
      roles: [],
      languages: ['en', 'mn'],
    });
  });

  it('drop an organization type when the actor becomes a person, and read countries in capitals', () => {
    const actor: Actor = { id: 'a', name: 'EDB', kind: 'organization', organizationType: 'trade_promotion_body', groupRelation: 'sister', roles: ['advisor'] };
    const person = actorFromDraft(actor, { ...actorDraft(actor), kind: 'person', countries: 'lk, sg;US', roles: 'advisor, mentor ,' });
    expect(person).toEqual({ id: 'a', name: 'EDB', kind: 'person', roles: ['advisor', 'mentor'], countries: ['LK', 'SG', 'US'] });
  });

  it('edit a levelled record’s level, basis and description', () => {
    const cell: UtilizationCell = { id: 'u', challenge: 'financial_resource', networkType: 'social', level: 'Low', basis: 'stated' };
    expect(fromLevelDraft(cell, { ...levelDraft(cell), level: 'High', basis: '', description: 'Grants' })).toEqual({
      id: 'u',
      challenge: 'financial_resource',
      networkType: 'social',
      level: 'High',
      description: 'Grants',
    });
  });

  it('make ids from names that no record holds yet', () => {
    expect(slug('Ministry of Health (Ghana) – Ämter')).toBe('ministry-of-health-ghana-amter');
    expect(freeId('actor-edb', new Set(['actor-edb', 'actor-edb-2']))).toBe('actor-edb-3');
    expect(freeId(`actor-${'x'.repeat(100)}`, new Set()).length).toBeLessThanOrEqual(80);
  });
});
