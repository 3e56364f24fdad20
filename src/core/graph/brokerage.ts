/**
 * Who brokers a firm's access abroad: each key person's and actor's betweenness in the firm's
 * network, Burt's constraint and effective size (weighted by tie-weight.ts), which of them bridge
 * the firm to a given market, and how diverse and redundant the firm's own ties are.
 */
import type { CaseFile } from '../case-file/index.js';
import { betweenness } from './betweenness.js';
import { buildCsr, degree } from './csr.js';
import { firmGraph, type FirmGraph, type GraphNodeKind } from './firm-graph.js';
import { marketActorIds } from './market-actors.js';
import { hopDistances } from './shortest-paths.js';
import { constraint, effectiveSize } from './structural-holes.js';
import type { CsrGraph } from './types.js';

export interface Broker {
  id: string;
  name: string;
  kind: Exclude<GraphNodeKind, 'firm'>;
  degree: number;
  /** Normalized as networkx's default, on the firm's network without weights. */
  betweenness: number;
  /** Burt's measures with the ties' weights; null for a node without ties. */
  constraint: number | null;
  effectiveSize: number | null;
  /** Markets this node lies on the firm's way to (see MarketReach). */
  bridgesTo: string[];
}

export interface ReachedActor {
  id: string;
  name: string;
  /** Node ids from the firm to this actor along a shortest path, the strongest where several are as short. */
  path: string[];
}

/**
 * How the firm reaches one country: the actors based there or reached through a tie that names it,
 * each with its shortest path from the firm, and the key people and actors on those paths.
 */
export interface MarketReach {
  market: string;
  reached: ReachedActor[];
  /** Actors there with no path from the firm at all. */
  unreachable: { id: string; name: string }[];
  /** Nodes between the firm and the market's actors, with how many of them each leads to, most first. */
  bridges: { id: string; name: string; leadsTo: number }[];
}

export interface Diversity {
  /** Counts of the firm's live ties (its own and its key people's) by network type, of their actors by country and by sector. */
  networkTypes: Record<string, number>;
  countries: Record<string, number>;
  sectors: Record<string, number>;
  /** Blau's index, 1 − Σ p², for each: 0 when everything is of one kind, nearer 1 the more evenly spread. */
  blau: { networkTypes: number; countries: number; sectors: number };
}

export interface Brokerage {
  brokers: Broker[];
  /** The firm as an ego: its contacts, Burt's effective size and constraint, and redundancy = contacts − effective size. */
  firm: { degree: number; effectiveSize: number | null; constraint: number | null; redundancy: number | null };
  markets: MarketReach[];
  diversity: Diversity;
}

const orNull = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : x);

function blau(counts: Record<string, number>): number {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return total === 0 ? 0 : 1 - Object.values(counts).reduce((sum, n) => sum + (n / total) ** 2, 0);
}

function countInto(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** A shortest path from node 0 to `to`, walking back through the strongest tie one hop nearer each time. */
function pathFromFirm(g: CsrGraph, distance: Int32Array, to: number): number[] {
  const path = [to];
  let v = to;
  while (distance[v]! > 0) {
    let best = -1;
    let bestWeight = -1;
    for (let j = g.offsets[v]!; j < g.offsets[v + 1]!; j++) {
      const w = g.targets[j]!;
      const weight = g.weights?.[j] ?? 1;
      if (distance[w] === distance[v]! - 1 && weight > bestWeight) {
        best = w;
        bestWeight = weight;
      }
    }
    v = best;
    path.push(v);
  }
  return path.reverse();
}

function marketReach(c: CaseFile, fg: FirmGraph, g: CsrGraph, distance: Int32Array, market: string): MarketReach {
  const reached: ReachedActor[] = [];
  const unreachable: { id: string; name: string }[] = [];
  const leads = new Map<number, number>();
  for (const id of marketActorIds(c, market)) {
    const v = fg.index.get(id);
    if (v === undefined) continue;
    if (distance[v] === -1) {
      unreachable.push({ id, name: fg.labels[v] ?? id });
      continue;
    }
    const path = pathFromFirm(g, distance, v);
    reached.push({ id, name: fg.labels[v] ?? id, path: path.map((n) => fg.ids[n] ?? '') });
    for (const n of path.slice(1, -1)) leads.set(n, (leads.get(n) ?? 0) + 1);
  }
  const bridges = [...leads]
    .map(([n, leadsTo]) => ({ id: fg.ids[n] ?? '', name: fg.labels[n] ?? '', leadsTo }))
    .sort((a, b) => b.leadsTo - a.leadsTo || a.id.localeCompare(b.id));
  return { market, reached, unreachable, bridges };
}

function diversityOf(c: CaseFile): Diversity {
  const own = new Set([c.firm.id, ...c.keyPeople.map((p) => p.id)]);
  const actors = new Map(c.actors.map((a) => [a.id, a]));
  const networkTypes: Record<string, number> = {};
  const countries: Record<string, number> = {};
  const sectors: Record<string, number> = {};
  const seen = new Set<string>();
  for (const t of c.ties) {
    if (t.status === 'ended' || !own.has(t.from)) continue;
    countInto(networkTypes, t.networkType);
    const actor = actors.get(t.to);
    if (actor === undefined || seen.has(actor.id)) continue;
    seen.add(actor.id);
    for (const country of actor.countries ?? []) countInto(countries, country);
    if (actor.sector !== undefined) countInto(sectors, actor.sector);
  }
  return { networkTypes, countries, sectors, blau: { networkTypes: blau(networkTypes), countries: blau(countries), sectors: blau(sectors) } };
}

/**
 * The brokerage of a firm's network as of a day (tie weights decay with time since contact). With
 * `markets`, the reach into each of those countries; without, into every market the firm records.
 */
export function brokerageOf(c: CaseFile, asOf: Date, markets?: readonly string[]): Brokerage {
  const fg = firmGraph(c, asOf);
  const g = buildCsr(fg.edges);
  // Betweenness counts hops: it reads the rows, not the weights.
  const between = betweenness(g).values;
  const cons = constraint(g, { weighted: true });
  const eff = effectiveSize(g, { weighted: true });
  const distance = Int32Array.from(hopDistances(g, 0));
  const wanted = markets ?? [...new Set(c.markets.flatMap((m) => (m.country === undefined ? [] : [m.country])))];
  const reach = wanted.map((m) => marketReach(c, fg, g, distance, m));

  const bridgesTo = new Map<string, string[]>();
  for (const r of reach) for (const b of r.bridges) bridgesTo.set(b.id, [...(bridgesTo.get(b.id) ?? []), r.market]);
  const brokers: Broker[] = [];
  for (let v = 1; v < fg.ids.length; v++) {
    const kind = fg.kinds[v];
    if (kind === undefined || kind === 'firm') continue;
    const id = fg.ids[v] ?? '';
    brokers.push({
      id,
      name: fg.labels[v] ?? id,
      kind,
      degree: degree(g, v),
      betweenness: between[v] ?? 0,
      constraint: orNull(cons[v]),
      effectiveSize: orNull(eff[v]),
      bridgesTo: bridgesTo.get(id) ?? [],
    });
  }
  brokers.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.id.localeCompare(b.id));
  const firmEffective = orNull(eff[0]);
  return {
    brokers,
    firm: {
      degree: degree(g, 0),
      effectiveSize: firmEffective,
      constraint: orNull(cons[0]),
      redundancy: firmEffective === null ? null : degree(g, 0) - firmEffective,
    },
    markets: reach,
    diversity: diversityOf(c),
  };
}
