/**
 * A firm's network as a document for Gephi, yEd or networkx: every node of the firm graph with what
 * an analyst filters on (kind, countries, organization type …), and every link with its tie's
 * ratings and the weight the engine gives it — ended ties too, marked, since an export is a record.
 */
import type { CaseFile } from '../case-file/index.js';
import { KEY_PERSON_WEIGHT, MEMBERSHIP_WEIGHT, type GraphLinkKind, type GraphNodeKind } from './firm-graph.js';
import type { AttributeDeclaration, AttributeValue, GraphDocument, GraphEdge, GraphNode } from './graph-formats.js';
import { tieWeight } from './tie-weight.js';

const NODE_ATTRIBUTES: AttributeDeclaration[] = [
  { name: 'kind', type: 'string' },
  { name: 'actorKind', type: 'string' },
  { name: 'organizationType', type: 'string' },
  { name: 'platformType', type: 'string' },
  { name: 'countries', type: 'string' },
  { name: 'sector', type: 'string' },
  { name: 'role', type: 'string' },
];

const EDGE_ATTRIBUTES: AttributeDeclaration[] = [
  { name: 'link', type: 'string' },
  { name: 'networkType', type: 'string' },
  { name: 'subtype', type: 'string' },
  { name: 'strength', type: 'int' },
  { name: 'trust', type: 'int' },
  { name: 'status', type: 'string' },
  { name: 'since', type: 'string' },
  { name: 'lastContact', type: 'string' },
  { name: 'origin', type: 'string' },
  { name: 'markets', type: 'string' },
];

/** Only the values that are there: an absent rating stays absent rather than becoming 0 or "". */
function present(values: Record<string, AttributeValue | undefined>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, AttributeValue] => e[1] !== undefined && e[1] !== ''));
}

const list = (xs: readonly string[] | undefined) => (xs === undefined || xs.length === 0 ? undefined : xs.join(';'));

/**
 * The firm's network as of a day (the weights' recency is measured to it). Link ids are the ties'
 * own; the firm's key people and memberships get ids made from their ends.
 */
export function firmGraphDocument(c: CaseFile, asOf: Date): GraphDocument {
  const node = (id: string, label: string, kind: GraphNodeKind, attributes: Record<string, AttributeValue | undefined>): GraphNode => ({
    id,
    label,
    attributes: present({ kind, ...attributes }),
  });
  const nodes: GraphNode[] = [
    node(c.firm.id, c.firm.name, 'firm', { countries: c.firm.countryOfOrigin, sector: c.firm.sector }),
    ...c.keyPeople.map((p) => node(p.id, p.name ?? p.role, 'keyPerson', { role: p.role })),
    ...c.actors.map((a) =>
      node(a.id, a.name, 'actor', {
        actorKind: a.kind,
        organizationType: a.organizationType,
        platformType: a.platformType,
        countries: list(a.countries),
        sector: a.sector,
        role: list(a.roles),
      }),
    ),
  ];
  const known = new Set(nodes.map((n) => n.id));
  const link = (
    id: string,
    source: string,
    target: string,
    kind: GraphLinkKind,
    weight: number,
    attributes: Record<string, AttributeValue | undefined> = {},
  ): GraphEdge[] =>
    known.has(source) && known.has(target) && source !== target ? [{ id, source, target, weight, attributes: present({ link: kind, ...attributes }) }] : [];

  const edges: GraphEdge[] = [
    ...c.keyPeople.flatMap((p) => link(`${c.firm.id}~${p.id}`, c.firm.id, p.id, 'keyPerson', KEY_PERSON_WEIGHT)),
    ...c.ties.flatMap((t) =>
      // An ended tie reaches no one (weight 0), but the export is a record of the network and keeps it.
      link(t.id, t.from, t.to, 'tie', Math.round((tieWeight(t, asOf)?.weight ?? 0) * 1e4) / 1e4, {
        networkType: t.networkType,
        subtype: t.subtype,
        strength: t.strength,
        trust: t.trust,
        status: t.status,
        since: t.since,
        lastContact: t.lastContact,
        origin: t.origin?.kind,
        markets: list(t.markets),
      }),
    ),
    ...[...c.keyPeople, ...c.actors].flatMap((m) => (m.memberOf ?? []).flatMap((org) => link(`${m.id}~${org}`, m.id, org, 'membership', MEMBERSHIP_WEIGHT))),
  ];
  return { directed: false, nodeAttributes: NODE_ATTRIBUTES, edgeAttributes: EDGE_ATTRIBUTES, nodes, edges };
}
