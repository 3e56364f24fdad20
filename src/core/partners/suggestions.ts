/**
 * Candidates a partner search could add from the firm's own network: actors within two hops of the
 * firm that fit what the search looks for (organization type, market, role) and are not on its list
 * yet — each with who introduces them and how strong the ties on the way are, strongest path first.
 * Company A found its partners this way: "the first step is typically to consult within their
 * expert network for recommendations".
 *
 * Hops are counted from the firm with its key people as one: they are the firm (their place in it
 * is not an introduction), so a contact of the CEO is one hop away and that contact's contact two.
 * A path's strength is the product of its links' weights (tie-weight.ts, as warm paths and brokers
 * read ties); ended ties reach no one.
 */
import type { CaseFile } from '../case-file/index.js';
import { buildCsr, tiePosition } from '../graph/csr.js';
import { firmGraph, type GraphLinkKind } from '../graph/firm-graph.js';
import { hopDistances } from '../graph/shortest-paths.js';
import type { Actor, ActorKind, PartnerSearch } from '../model/index.js';
import type { NamedRef } from './board.js';

export interface SuggestionLink {
  from: NamedRef;
  to: NamedRef;
  /** A recorded tie, or a membership (someone inside an organization). */
  kind: Exclude<GraphLinkKind, 'keyPerson'>;
  tieId?: string;
  /** The tie's recorded strength 1–5, when it has one. */
  strength?: number;
  /** What the link weighs as of the day asked, in (0, 1]. */
  weight: number;
}

/** Why an actor fits the search: one entry per thing the search asks for. */
export interface SuggestionMatch {
  organizationType?: true;
  /** `country`: the actor is based in the market; `tie`: a tie to the actor names it. */
  market?: 'country' | 'tie';
  /** `role`: the actor has the role; `tie`: a tie to the actor has it as its subtype. */
  role?: 'role' | 'tie';
}

export interface PartnerSuggestion {
  actorId: string;
  name: string;
  kind: ActorKind;
  organizationType?: string;
  countries: string[];
  roles: string[];
  /** The record stands for several unnamed people or bodies: ask the introducer for names. */
  isGroup: boolean;
  hops: 1 | 2;
  /** Who in the firm holds the first tie: the firm itself or one of its key people. */
  heldBy: NamedRef;
  /** The middle node, for two hops: the contact who can make the introduction. */
  introducer?: NamedRef;
  links: SuggestionLink[];
  /** Product of the links' weights. */
  pathStrength: number;
  matched: SuggestionMatch;
}

export interface PartnerSuggestions {
  /** What was matched on; with none of the three set, every actor within two hops is suggested. */
  filters: Pick<PartnerSearch, 'organizationType' | 'market' | 'role'>;
  suggestions: PartnerSuggestion[];
}

function matchOf(actor: Actor, search: PartnerSearch, tiesTo: readonly CaseFile['ties'][number][]): SuggestionMatch | undefined {
  const match: SuggestionMatch = {};
  if (search.organizationType !== undefined) {
    if (actor.organizationType !== search.organizationType) return undefined;
    match.organizationType = true;
  }
  const { market, role } = search;
  if (market !== undefined) {
    if ((actor.countries ?? []).includes(market)) match.market = 'country';
    else if (tiesTo.some((t) => (t.markets ?? []).includes(market))) match.market = 'tie';
    else return undefined;
  }
  if (role !== undefined) {
    if (actor.roles.includes(role)) match.role = 'role';
    else if (tiesTo.some((t) => t.subtype === role)) match.role = 'tie';
    else return undefined;
  }
  return match;
}

/** The actors within two hops of the firm that fit the search and are not its candidates yet, strongest path first. */
export function partnerSuggestions(c: CaseFile, search: PartnerSearch, asOf: Date): PartnerSuggestions {
  const fg = firmGraph(c, asOf);
  // The firm and its key people become node 0: a link between two of them is then a loop, which the engine drops.
  const inside = (v: number) => v === 0 || fg.kinds[v] === 'keyPerson';
  const merged = (v: number) => (inside(v) ? 0 : v);
  const g = buildCsr({ nodeCount: fg.ids.length, from: fg.edges.from.map(merged), to: fg.edges.to.map(merged), weight: fg.edges.weight });
  const distance = hopDistances(g, 0);
  const weightAt = (p: number) => g.weights?.[p] ?? 1;

  const ref = (v: number): NamedRef => ({ id: fg.ids[v] ?? '', name: fg.labels[v] ?? '' });
  const strengthOf = new Map(c.ties.map((t) => [t.id, t.strength]));
  /** The firm graph's link behind row entry p of node `at`, seen from `at`'s side. */
  const linkAt = (at: number, p: number): SuggestionLink => {
    const link = g.edgeIndex[p]!;
    const a = fg.edges.from[link]!;
    const b = fg.edges.to[link]!;
    const [near, far] = merged(a) === at ? [a, b] : [b, a];
    const tieId = fg.tieIds[link];
    const strength = tieId === undefined ? undefined : strengthOf.get(tieId);
    return {
      from: ref(near),
      to: ref(far),
      kind: fg.linkKinds[link] === 'membership' ? 'membership' : 'tie',
      ...(tieId === undefined ? {} : { tieId }),
      ...(strength === undefined ? {} : { strength }),
      weight: weightAt(p),
    };
  };

  const onList = new Set(search.candidates.flatMap((x) => (x.actor === undefined ? [] : [x.actor])));
  const tiesTo = new Map<string, CaseFile['ties'][number][]>();
  for (const t of c.ties) if (t.status !== 'ended') tiesTo.set(t.to, [...(tiesTo.get(t.to) ?? []), t]);

  const suggestions: PartnerSuggestion[] = [];
  for (const actor of c.actors) {
    const v = fg.index.get(actor.id);
    if (v === undefined || onList.has(actor.id) || actor.groupRelation !== undefined) continue;
    const hops = distance[v];
    if (hops !== 1 && hops !== 2) continue;
    const matched = matchOf(actor, search, tiesTo.get(actor.id) ?? []);
    if (matched === undefined) continue;

    let links: SuggestionLink[];
    if (hops === 1) links = [linkAt(0, tiePosition(g, 0, v))];
    else {
      // The strongest of the two-hop paths: through the contact whose two links weigh most together.
      let best: SuggestionLink[] = [];
      let bestStrength = -1;
      for (let p = g.offsets[v]!; p < g.offsets[v + 1]!; p++) {
        const u = g.targets[p]!;
        if (distance[u] !== 1) continue;
        const first = tiePosition(g, 0, u);
        const strength = weightAt(first) * weightAt(p);
        if (strength > bestStrength) {
          bestStrength = strength;
          best = [linkAt(0, first), linkAt(u, p)];
        }
      }
      links = best;
    }
    const [first, second] = links;
    if (first === undefined) continue;
    suggestions.push({
      actorId: actor.id,
      name: actor.name,
      kind: actor.kind,
      ...(actor.organizationType === undefined ? {} : { organizationType: actor.organizationType }),
      countries: actor.countries ?? [],
      roles: actor.roles,
      isGroup: actor.isGroup === true,
      hops,
      heldBy: first.from,
      ...(second === undefined ? {} : { introducer: second.from }),
      links,
      pathStrength: links.reduce((product, l) => product * l.weight, 1),
      matched,
    });
  }
  suggestions.sort((a, b) => b.pathStrength - a.pathStrength || a.hops - b.hops || a.name.localeCompare(b.name) || a.actorId.localeCompare(b.actorId));
  const { organizationType, market, role } = search;
  const filters = Object.fromEntries(Object.entries({ organizationType, market, role }).filter(([, x]) => x !== undefined)) as PartnerSuggestions['filters'];
  return { filters, suggestions };
}
