/**
 * What the network map draws, worked out from the firm's records without touching the page: one
 * node per firm, key person and actor, one edge per tie, each actor coloured by the network type of
 * its strongest tie and grouped by its country, and which ties and nodes a set of filters leaves.
 */
import type { Actor, FirmNetwork, KeyPerson, Tie } from './api';

export const NETWORK_TYPES = ['social', 'business', 'institutional', 'digital'] as const;
export type NetworkType = Tie['networkType'];
export const TIE_STATUSES = ['active', 'dormant', 'ended', 'unknown'] as const;
export type TieStatus = Tie['status'];

/** What is selected on the map and in the table: a node (firm, key person or actor) or a tie. */
export type Selection = { kind: 'node'; id: string } | { kind: 'tie'; id: string };

/** The group of actors recorded without a country. */
export const NO_COUNTRY = '—';

export type MapNode =
  | { kind: 'firm'; id: string; label: string; country: string; evidence: readonly string[] }
  | { kind: 'key-person'; id: string; label: string; keyPerson: KeyPerson }
  | {
      kind: 'actor';
      id: string;
      label: string;
      actor: Actor;
      /** The actor's first country, NO_COUNTRY when it has none: the cluster it is drawn in. */
      group: string;
      /** Network type of its strongest tie (the first of the strongest, in stored order); undefined when it has none. */
      networkType: NetworkType | undefined;
      /** Strength of its strongest tie, 0 when none has one. */
      strength: number;
    };

export interface NetworkModel {
  firmId: string;
  /** Firm first, then key people, then actors, each in stored order. */
  nodes: ReadonlyMap<string, MapNode>;
  /** Every tie, in stored order, drawn or not. */
  ties: readonly Tie[];
  /** Ties whose two ends are records of the case, the ones drawn on the canvas. */
  drawable: ReadonlySet<string>;
  /** Each node's ties, in stored order. */
  tiesOf: ReadonlyMap<string, readonly Tie[]>;
  typeCounts: Readonly<Record<NetworkType, number>>;
  /** Countries the ties reach into, the actors are in, or the firm has a market record for, as ISO codes, sorted. */
  places: readonly string[];
  /** The firm's own status in a country it has a market record for: serving, target, failed … */
  marketStatus: ReadonlyMap<string, string>;
}

/** "Chief executive officer (IA1)" when a key person has no name; the name otherwise. */
function keyPersonLabel(person: KeyPerson): string {
  const name = person.name ?? person.role;
  return person.participantId === undefined ? name : `${name} (${person.participantId})`;
}

function strengthOf(tie: Tie): number {
  return tie.strength ?? 0;
}

export function networkModel(network: FirmNetwork): NetworkModel {
  const { firm, keyPeople, actors, ties, markets } = network;
  const tiesOf = new Map<string, Tie[]>();
  const add = (id: string, tie: Tie) => {
    const list = tiesOf.get(id);
    if (list === undefined) tiesOf.set(id, [tie]);
    else list.push(tie);
  };
  for (const tie of ties) {
    add(tie.from, tie);
    if (tie.to !== tie.from) add(tie.to, tie);
  }

  const nodes = new Map<string, MapNode>();
  nodes.set(firm.id, { kind: 'firm', id: firm.id, label: firm.name, country: firm.countryOfOrigin, evidence: firm.evidence ?? [] });
  for (const person of keyPeople) nodes.set(person.id, { kind: 'key-person', id: person.id, label: keyPersonLabel(person), keyPerson: person });
  for (const actor of actors) {
    let strongest: Tie | undefined;
    for (const tie of tiesOf.get(actor.id) ?? []) if (strongest === undefined || strengthOf(tie) > strengthOf(strongest)) strongest = tie;
    nodes.set(actor.id, {
      kind: 'actor',
      id: actor.id,
      label: actor.name,
      actor,
      group: actor.countries?.[0] ?? NO_COUNTRY,
      networkType: strongest?.networkType,
      strength: strongest === undefined ? 0 : strengthOf(strongest),
    });
  }

  const typeCounts: Record<NetworkType, number> = { social: 0, business: 0, institutional: 0, digital: 0 };
  const drawable = new Set<string>();
  const places = new Set<string>();
  for (const tie of ties) {
    typeCounts[tie.networkType] += 1;
    if (nodes.has(tie.from) && nodes.has(tie.to) && tie.from !== tie.to) drawable.add(tie.id);
    for (const place of tie.markets ?? []) places.add(place);
  }
  for (const actor of actors) for (const place of actor.countries ?? []) places.add(place);
  // A target market that no tie reaches is worth finding in the list too: choosing it shows that gap.
  const marketStatus = new Map<string, string>();
  for (const market of markets) {
    if (market.country === undefined) continue;
    places.add(market.country);
    marketStatus.set(market.country, market.status);
  }

  return { firmId: firm.id, nodes, ties, drawable, tiesOf, typeCounts, places: [...places].sort(), marketStatus };
}

/** The name a node goes by, or the id itself when the tie points at a record that is not in the case. */
export function labelOf(model: NetworkModel, id: string): string {
  return model.nodes.get(id)?.label ?? id;
}

export interface MapFilters {
  /** Network types shown; all four when nothing is filtered. */
  types: ReadonlySet<NetworkType>;
  /** A country (ISO code): ties that reach into it, or whose actor is there. */
  place?: string;
  status?: TieStatus;
  /** A key person's id: the ties from or to that person. */
  person?: string;
}

export const NO_FILTERS: MapFilters = { types: new Set(NETWORK_TYPES) };

/** Does the tie reach into the country: through its markets, or because one of its ends is an actor there? */
export function tieReaches(model: NetworkModel, tie: Tie, place: string): boolean {
  if (tie.markets?.includes(place) === true) return true;
  for (const end of [tie.from, tie.to]) {
    const node = model.nodes.get(end);
    if (node?.kind === 'actor' && node.actor.countries?.includes(place) === true) return true;
  }
  return false;
}

export function tieShown(model: NetworkModel, tie: Tie, filters: MapFilters): boolean {
  if (!filters.types.has(tie.networkType)) return false;
  if (filters.status !== undefined && tie.status !== filters.status) return false;
  if (filters.person !== undefined && tie.from !== filters.person && tie.to !== filters.person) return false;
  return filters.place === undefined || tieReaches(model, tie, filters.place);
}

export function isFiltered(filters: MapFilters): boolean {
  return filters.types.size < NETWORK_TYPES.length || filters.place !== undefined || filters.status !== undefined || filters.person !== undefined;
}

export interface MapView {
  /** The ties the filters leave, in stored order. */
  ties: readonly Tie[];
  /** Ids of the ties the filters leave. */
  tieIds: ReadonlySet<string>;
  /** The nodes shown: all of them when nothing is filtered; else the firm, and both ends of every tie shown. */
  nodeIds: ReadonlySet<string>;
  typeCounts: Readonly<Record<NetworkType, number>>;
}

export function mapView(model: NetworkModel, filters: MapFilters): MapView {
  const ties = model.ties.filter((tie) => tieShown(model, tie, filters));
  // Unfiltered, the map shows everyone, actors without ties too; filtered, the ends of the ties left.
  const nodeIds = new Set<string>(isFiltered(filters) ? [model.firmId] : model.nodes.keys());
  const typeCounts: Record<NetworkType, number> = { social: 0, business: 0, institutional: 0, digital: 0 };
  for (const tie of ties) {
    nodeIds.add(tie.from);
    nodeIds.add(tie.to);
    typeCounts[tie.networkType] += 1;
  }
  if (filters.person !== undefined) nodeIds.add(filters.person);
  return { ties, tieIds: new Set(ties.map((t) => t.id)), nodeIds, typeCounts };
}

/** First actor whose name contains the text (case and accents ignored), names that start with it first. */
export function findActor(model: NetworkModel, text: string): Extract<MapNode, { kind: 'actor' }> | undefined {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  const wanted = fold(text);
  if (wanted === '') return undefined;
  let contains: Extract<MapNode, { kind: 'actor' }> | undefined;
  for (const node of model.nodes.values()) {
    if (node.kind !== 'actor') continue;
    const name = fold(node.label);
    if (name.startsWith(wanted)) return node;
    if (contains === undefined && name.includes(wanted)) contains = node;
  }
  return contains;
}
