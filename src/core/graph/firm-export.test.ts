import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../case-file/index.js';
import { firmGraphDocument } from './firm-export.js';
import { graphDocumentProblems, toGraphml } from './graph-formats.js';
import { readGraphml } from './graphml-read.js';

const asOf = new Date(Date.UTC(2026, 11, 1));
const small = () => caseFileSchema.parse(JSON.parse(readFileSync(new URL('fixtures/small-firm.case.json', import.meta.url), 'utf8')));

describe('firm graph document', () => {
  it('has every node with its kind and what an analyst filters on', () => {
    const doc = firmGraphDocument(small(), asOf);
    expect(doc.nodes.map((n) => [n.id, n.label, n.attributes['kind']])).toEqual([
      ['acme', 'Acme Oy', 'firm'],
      ['ceo', 'Aino', 'keyPerson'],
      ['cto', 'Chief technology officer', 'keyPerson'],
      ['friend', 'A friend in Almaty', 'actor'],
      ['distributor', 'Steppe Pharma', 'actor'],
      ['guild', 'Software guild', 'actor'],
      ['gone', 'A former agent', 'actor'],
    ]);
    expect(doc.nodes[0]?.attributes).toEqual({ kind: 'firm', countries: 'FI' });
    expect(doc.nodes[4]?.attributes).toEqual({ kind: 'actor', actorKind: 'organization', countries: 'KZ' });
    expect(doc.nodes[2]?.attributes).toEqual({ kind: 'keyPerson', role: 'Chief technology officer' });
  });

  it('keeps every tie, an ended one at weight 0, with the ratings that are there and no others', () => {
    const doc = firmGraphDocument(small(), asOf);
    expect(doc.edges.map((e) => [e.id, e.source, e.target, e.weight, e.attributes['link']])).toEqual([
      ['acme~ceo', 'acme', 'ceo', 1, 'keyPerson'],
      ['acme~cto', 'acme', 'cto', 1, 'keyPerson'],
      ['t1', 'ceo', 'friend', 1, 'tie'],
      ['t2', 'acme', 'gone', 0, 'tie'],
      ['t3', 'acme', 'distributor', 0.0801, 'tie'],
      ['cto~guild', 'cto', 'guild', 0.5, 'membership'],
      ['friend~distributor', 'friend', 'distributor', 0.5, 'membership'],
    ]);
    expect(doc.edges[3]?.attributes).toEqual({ link: 'tie', networkType: 'business', status: 'ended' });
    expect(doc.edges[4]?.attributes).toEqual({ link: 'tie', networkType: 'business', strength: 2, status: 'active', lastContact: '2024-12-01' });
  });

  it('can be written and read back', () => {
    const doc = firmGraphDocument(small(), asOf);
    expect(graphDocumentProblems(doc)).toEqual([]);
    const read = readGraphml(toGraphml(doc));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.graph.ids).toEqual(doc.nodes.map((n) => n.id));
    expect(read.graph.edges.from.length).toBe(doc.edges.length);
  });
});
