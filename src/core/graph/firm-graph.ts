/**
 * A firm's network as the graph engine reads it: the firm, its key people and its actors numbered
 * 0…n-1 (the firm is 0), joined by its ties (weighted by tie-weight.ts; ended ties left out), by
 * each key person's place in the firm, and by memberships (a contact who works for an organization).
 */
import type { CaseFile } from '../case-file/index.js';
import { tieWeight } from './tie-weight.js';
import type { EdgeList } from './types.js';

export type GraphNodeKind = 'firm' | 'keyPerson' | 'actor';

/**
 * Why two nodes are joined: a recorded tie; a key person's place in the firm (weight 1: they are
 * the firm); a membership (weight MEMBERSHIP_WEIGHT: someone inside an organization can introduce
 * the firm to it, but no one has rated how well).
 */
export type GraphLinkKind = 'tie' | 'keyPerson' | 'membership';

export const KEY_PERSON_WEIGHT = 1;
export const MEMBERSHIP_WEIGHT = 0.5;

export interface FirmGraph {
  readonly ids: readonly string[];
  readonly kinds: readonly GraphNodeKind[];
  /** A name to show: the actor's name, the key person's name or role, the firm's name. */
  readonly labels: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Every link, weighted; link i is edges.from[i]–edges.to[i]. */
  readonly edges: EdgeList & { readonly weight: Float32Array };
  readonly linkKinds: readonly GraphLinkKind[];
  /** Per link: the tie's id for a tie, undefined for the others. */
  readonly tieIds: readonly (string | undefined)[];
}

/** Builds the graph of one firm's case as of a day (recency of contact is measured to it). */
export function firmGraph(c: CaseFile, asOf: Date): FirmGraph {
  const ids: string[] = [c.firm.id];
  const kinds: GraphNodeKind[] = ['firm'];
  const labels: string[] = [c.firm.name];
  for (const p of c.keyPeople) {
    ids.push(p.id);
    kinds.push('keyPerson');
    labels.push(p.name ?? p.role);
  }
  for (const a of c.actors) {
    ids.push(a.id);
    kinds.push('actor');
    labels.push(a.name);
  }
  const index = new Map(ids.map((id, i) => [id, i]));

  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const linkKinds: GraphLinkKind[] = [];
  const tieIds: (string | undefined)[] = [];
  const link = (a: string, b: string, w: number, kind: GraphLinkKind, tieId?: string) => {
    const i = index.get(a);
    const j = index.get(b);
    // A stored case's references are checked on import; a dangling one is skipped rather than fatal.
    if (i === undefined || j === undefined || i === j) return;
    from.push(i);
    to.push(j);
    weight.push(w);
    linkKinds.push(kind);
    tieIds.push(tieId);
  };
  for (const p of c.keyPeople) link(c.firm.id, p.id, KEY_PERSON_WEIGHT, 'keyPerson');
  for (const t of c.ties) {
    const w = tieWeight(t, asOf);
    if (w !== undefined) link(t.from, t.to, w.weight, 'tie', t.id);
  }
  for (const member of [...c.keyPeople, ...c.actors]) {
    for (const org of member.memberOf ?? []) link(member.id, org, MEMBERSHIP_WEIGHT, 'membership');
  }
  return {
    ids,
    kinds,
    labels,
    index,
    edges: { nodeCount: ids.length, from: Uint32Array.from(from), to: Uint32Array.from(to), weight: Float32Array.from(weight) },
    linkKinds,
    tieIds,
  };
}
