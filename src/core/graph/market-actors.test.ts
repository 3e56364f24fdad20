import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFileInput } from '../case-file/index.js';
import { marketActorIds } from './market-actors.js';

const sample = (): CaseFileInput => JSON.parse(readFileSync(new URL('fixtures/small-firm.case.json', import.meta.url), 'utf8')) as CaseFileInput;

describe('marketActorIds', () => {
  // The small firm has the friend and the distributor based in KZ. Added here: an agent living in FI
  // whose live tie reaches into KZ, a broker whose KZ tie has ended, a live KZ tie to a key person,
  // and a tie that reaches into another market.
  const input = sample();
  input.actors!.push({ id: 'agent', name: 'An agent in Helsinki', kind: 'person', countries: ['FI'] }, { id: 'broker', name: 'A broker', kind: 'person' });
  input.ties!.push(
    { id: 't4', from: 'ceo', to: 'agent', networkType: 'business', markets: ['KZ'] },
    { id: 't5', from: 'acme', to: 'broker', networkType: 'business', status: 'ended', markets: ['KZ'] },
    { id: 't6', from: 'friend', to: 'cto', networkType: 'social', markets: ['KZ'] },
    { id: 't7', from: 'acme', to: 'guild', networkType: 'business', markets: ['UZ'] },
  );
  const c = caseFileSchema.parse(input);

  it('takes the actors based in the market and the actors a live tie reaches into it, leaving out ended ties and key people, sorted', () => {
    expect(marketActorIds(c, 'KZ')).toEqual(['agent', 'distributor', 'friend']);
  });

  it('counts a tie only for the markets it names', () => {
    expect(marketActorIds(c, 'UZ')).toEqual(['guild']);
    expect(marketActorIds(c, 'FI')).toEqual(['agent']);
    expect(marketActorIds(c, 'JP')).toEqual([]);
  });
});
