/**
 * Burt's structural holes: constraint (how much an actor's contacts are tied to each other, so that
 * the actor brokers little between them) and effective size (how many of its contacts are not
 * redundant). Defined exactly as networkx's `constraint(G)` and `effective_size(G)` on an undirected
 * graph, unweighted (weight=None) or weighted by the ties' weights (weight='weight').
 *
 * In networkx's terms, for an undirected graph the mutual weight of u and v is 2 a_uv (the tie
 * counted from both ends) and the normalized mutual weight is p_uv = a_uv / s_u, with s_u the sum
 * of u's tie weights (its degree when unweighted); the factor 2 cancels.
 *
 * Weighted effective size follows networkx's documented, per-node definition (what
 * `effective_size(G, nodes=..., weight=...)` returns). Called without `nodes`, networkx 3.x with
 * scipy takes a sparse-matrix path that divides by the wrong node's strongest tie and disagrees
 * (networkx PR #8906); unweighted values and constraint are the same on both paths.
 *
 * Per ego the cost is the sum of its neighbours' degrees, with a marker array reused between egos
 * (EgoScratch), so a thousand egos of a million-node graph take milliseconds.
 */
import { InputError } from '../../shared/errors.js';
import type { CsrGraph } from './types.js';

/** Working memory for one ego at a time, reused across egos of graphs up to its size. */
export interface EgoScratch {
  /** marker[w] === stamp: w is a neighbour of the current ego. */
  readonly marker: Uint32Array;
  /** A per-neighbour number of the current ego (its share of the ego's ties, scaled as each measure needs). */
  readonly share: Float64Array;
  stamp: number;
}

export interface StructuralHolesOptions {
  /** Use the ties' weights (networkx's weight='weight'); default false, networkx's weight=None. Without weights in the graph, every tie weighs 1. */
  readonly weighted?: boolean;
}

/** Allocates the scratch for egos of graphs of up to nodeCount nodes. */
export function createEgoScratch(nodeCount: number): EgoScratch {
  return { marker: new Uint32Array(nodeCount), share: new Float64Array(nodeCount), stamp: 0 };
}

/**
 * Burt's constraint on ego u: c(u) = Σ_{v ∈ N(u)} (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)². At least
 * 1/degree (contacts evenly weighted and not tied to each other), higher the more the ego leans on
 * few contacts and the more they are tied to each other: 1 for a single contact, 1.125 in a
 * triangle. NaN for an isolated node, as networkx gives; the CLI and the API print it as null.
 *
 * @throws InputError when u is not a node or the scratch is smaller than the graph.
 */
export function constraintOf(g: CsrGraph, u: number, scratch: EgoScratch, options: StructuralHolesOptions = {}): number {
  checkEgo(g, u, scratch);
  return egoConstraint(g, u, scratch, weightsToUse(g, options), undefined);
}

/**
 * Burt's effective size of ego u: its number of contacts minus their redundancy, Σ_{v ∈ N(u)} (1 -
 * Σ_{w ∈ N(u)} p_uw m_vw) with m_vw = a_vw / max_x a_vx. Unweighted this is Borgatti's n - 2t/n (n
 * contacts, t ties among them), which networkx uses and so do we. NaN for an isolated node, as in
 * networkx.
 *
 * @throws InputError when u is not a node or the scratch is smaller than the graph.
 */
export function effectiveSizeOf(g: CsrGraph, u: number, scratch: EgoScratch, options: StructuralHolesOptions = {}): number {
  checkEgo(g, u, scratch);
  const weights = weightsToUse(g, options);
  return weights === undefined ? borgattiEffectiveSize(g, u, scratch) : weightedEffectiveSize(g, u, scratch, weights);
}

/** Every node's constraint (NaN for isolated nodes). */
export function constraint(g: CsrGraph, options: StructuralHolesOptions = {}): Float64Array {
  const weights = weightsToUse(g, options);
  const scratch = createEgoScratch(g.nodeCount);
  // Each neighbour's strength is needed by every ego it borders: computed once here, not per ego.
  const strength = weights === undefined ? undefined : strengths(g, weights);
  const out = new Float64Array(g.nodeCount);
  for (let u = 0; u < g.nodeCount; u++) out[u] = egoConstraint(g, u, scratch, weights, strength);
  return out;
}

/** Every node's effective size (NaN for isolated nodes). */
export function effectiveSize(g: CsrGraph, options: StructuralHolesOptions = {}): Float64Array {
  const weights = weightsToUse(g, options);
  const scratch = createEgoScratch(g.nodeCount);
  const out = new Float64Array(g.nodeCount);
  for (let u = 0; u < g.nodeCount; u++) {
    out[u] = weights === undefined ? borgattiEffectiveSize(g, u, scratch) : weightedEffectiveSize(g, u, scratch, weights);
  }
  return out;
}

function weightsToUse(g: CsrGraph, options: StructuralHolesOptions): Float32Array | undefined {
  return options.weighted === true ? g.weights : undefined;
}

function checkEgo(g: CsrGraph, u: number, scratch: EgoScratch): void {
  if (!Number.isInteger(u) || u < 0 || u >= g.nodeCount) throw new InputError(`Ego ${String(u)} is not a node; the graph has ${g.nodeCount} nodes`, '/ego');
  if (scratch.marker.length < g.nodeCount) throw new InputError(`The ego scratch holds ${scratch.marker.length} nodes; this graph has ${g.nodeCount}`);
}

/** A fresh stamp, so the previous ego's marks no longer count; the array is cleared only on wrap-around. */
function nextStamp(scratch: EgoScratch): number {
  if (scratch.stamp === 0xffff_ffff) {
    scratch.marker.fill(0);
    scratch.stamp = 0;
  }
  return ++scratch.stamp;
}

function strengths(g: CsrGraph, weights: Float32Array): Float64Array {
  const out = new Float64Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) out[v] = rowSum(g, weights, v);
  return out;
}

function rowSum(g: CsrGraph, weights: Float32Array, v: number): number {
  let sum = 0;
  for (let j = g.offsets[v]!; j < g.offsets[v + 1]!; j++) sum += weights[j]!;
  return sum;
}

function egoConstraint(g: CsrGraph, u: number, scratch: EgoScratch, weights: Float32Array | undefined, strength: Float64Array | undefined): number {
  const { offsets, targets } = g;
  const start = offsets[u]!;
  const end = offsets[u + 1]!;
  if (start === end) return Number.NaN;
  const { marker, share } = scratch;
  const stamp = nextStamp(scratch);
  const egoStrength = weights === undefined ? end - start : rowSum(g, weights, u);
  // share[w] = p_uw / s_w, so that p_uw p_wv = share[w] × a_wv while scanning v's row.
  for (let j = start; j < end; j++) {
    const w = targets[j]!;
    marker[w] = stamp;
    const wStrength = weights === undefined ? offsets[w + 1]! - offsets[w]! : (strength?.[w] ?? rowSum(g, weights, w));
    share[w] = (weights === undefined ? 1 : weights[j]!) / egoStrength / wStrength;
  }
  let total = 0;
  for (let j = start; j < end; j++) {
    const v = targets[j]!;
    let indirect = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = targets[k]!;
      if (marker[w] === stamp) indirect += share[w]! * (weights === undefined ? 1 : weights[k]!);
    }
    const direct = (weights === undefined ? 1 : weights[j]!) / egoStrength;
    total += (direct + indirect) * (direct + indirect);
  }
  return total;
}

function borgattiEffectiveSize(g: CsrGraph, u: number, scratch: EgoScratch): number {
  const { offsets, targets } = g;
  const start = offsets[u]!;
  const end = offsets[u + 1]!;
  if (start === end) return Number.NaN;
  const { marker } = scratch;
  const stamp = nextStamp(scratch);
  for (let j = start; j < end; j++) marker[targets[j]!] = stamp;
  // Each tie among the contacts is seen from both ends: twiceTies = 2t.
  let twiceTies = 0;
  for (let j = start; j < end; j++) {
    const v = targets[j]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) if (marker[targets[k]!] === stamp) twiceTies++;
  }
  const contacts = end - start;
  return contacts - twiceTies / contacts;
}

function weightedEffectiveSize(g: CsrGraph, u: number, scratch: EgoScratch, weights: Float32Array): number {
  const { offsets, targets } = g;
  const start = offsets[u]!;
  const end = offsets[u + 1]!;
  if (start === end) return Number.NaN;
  const { marker, share } = scratch;
  const stamp = nextStamp(scratch);
  const egoStrength = rowSum(g, weights, u);
  for (let j = start; j < end; j++) {
    const w = targets[j]!;
    marker[w] = stamp;
    share[w] = weights[j]! / egoStrength;
  }
  let total = 0;
  for (let j = start; j < end; j++) {
    const v = targets[j]!;
    let strongest = 0;
    let redundancy = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const a = weights[k]!;
      if (a > strongest) strongest = a;
      if (marker[targets[k]!] === stamp) redundancy += share[targets[k]!]! * a;
    }
    total += 1 - redundancy / strongest;
  }
  return total;
}
