import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFileInput } from '../case-file/index.js';
import { firmGraph, KEY_PERSON_WEIGHT, MEMBERSHIP_WEIGHT } from './firm-graph.js';

const asOf = new Date(Date.UTC(2026, 11, 1));

/** A small firm's case: two key people, four actors, a live tie, a faded one and an ended one, memberships. */
const sample = (): CaseFileInput => JSON.parse(readFileSync(new URL('fixtures/small-firm.case.json', import.meta.url), 'utf8')) as CaseFileInput;

describe('firm graph', () => {
  it('numbers the firm first, then key people and actors, and labels each', () => {
    const g = firmGraph(caseFileSchema.parse(sample()), asOf);
    expect(g.ids).toEqual(['acme', 'ceo', 'cto', 'friend', 'distributor', 'guild', 'gone']);
    expect(g.kinds).toEqual(['firm', 'keyPerson', 'keyPerson', 'actor', 'actor', 'actor', 'actor']);
    expect(g.labels.slice(0, 3)).toEqual(['Acme Oy', 'Aino', 'Chief technology officer']);
    expect(g.index.get('distributor')).toBe(4);
  });

  it('joins key people to the firm, keeps live ties weighted and leaves ended ties out, and adds memberships', () => {
    const g = firmGraph(caseFileSchema.parse(sample()), asOf);
    const links = g.linkKinds.map((kind, i) => [kind, g.ids[g.edges.from[i] ?? -1], g.ids[g.edges.to[i] ?? -1], g.tieIds[i], g.edges.weight[i]]);
    expect(links).toEqual([
      ['keyPerson', 'acme', 'ceo', undefined, KEY_PERSON_WEIGHT],
      ['keyPerson', 'acme', 'cto', undefined, KEY_PERSON_WEIGHT],
      ['tie', 'ceo', 'friend', 't1', 1],
      ['tie', 'acme', 'distributor', 't3', expect.closeTo(0.4 * 0.8 * 0.25, 2) as unknown as number],
      ['membership', 'cto', 'guild', undefined, MEMBERSHIP_WEIGHT],
      ['membership', 'friend', 'distributor', undefined, MEMBERSHIP_WEIGHT],
    ]);
    expect(g.edges.nodeCount).toBe(7);
  });
});
