/**
 * The map's first positions, ready before any force layout has run: the firm in the middle, its key
 * people close around it, and one cluster per country on a ring, each actor at a fixed place in its
 * country's cluster (placed by a hash of its id, so the same firm always opens the same way).
 */
import type { NetworkModel } from './network-model';

export interface CountryCluster {
  /** ISO code, or NO_COUNTRY. */
  country: string;
  x: number;
  y: number;
  radius: number;
  actors: number;
}

export interface ClusterLayout {
  positions: ReadonlyMap<string, { x: number; y: number }>;
  clusters: readonly CountryCluster[];
}

/** Room per actor: a cluster's radius grows with the square root of its size, so its area grows with it. */
const SPREAD = 12;
const GAP = 30;
const KEY_PEOPLE_RING = 25;

/** Two numbers in [0, 1) from a string (FNV-1a, then a second round), stable across runs and browsers. */
export function hashPair(text: string): [number, number] {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const first = (h >>> 0) / 2 ** 32;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return [first, (h >>> 0) / 2 ** 32];
}

export function clusterLayout(model: NetworkModel): ClusterLayout {
  const members = new Map<string, string[]>();
  for (const node of model.nodes.values()) {
    if (node.kind !== 'actor') continue;
    const list = members.get(node.group);
    if (list === undefined) members.set(node.group, [node.id]);
    else list.push(node.id);
  }
  // Largest countries first, so that the ring reads from the firm's main places round to the rest.
  const groups = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const radii = groups.map(([, ids]) => SPREAD * Math.sqrt(ids.length) + 5);
  const circumference = radii.reduce((sum, r) => sum + 2 * r + GAP, 0);
  const largest = Math.max(0, ...radii);
  const ring = groups.length <= 1 ? largest + KEY_PEOPLE_RING + GAP : Math.max(circumference / (2 * Math.PI), largest + KEY_PEOPLE_RING + GAP);

  const positions = new Map<string, { x: number; y: number }>();
  const clusters: CountryCluster[] = [];
  let arc = 0;
  groups.forEach(([country, ids], i) => {
    const radius = radii[i] ?? SPREAD;
    const angle = groups.length === 1 ? 0 : ((arc + radius + GAP / 2) / circumference) * 2 * Math.PI;
    arc += 2 * radius + GAP;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    clusters.push({ country, x: cx, y: cy, radius, actors: ids.length });
    for (const id of ids) {
      const [u, v] = hashPair(id);
      const r = radius * Math.sqrt(u);
      positions.set(id, { x: cx + r * Math.cos(2 * Math.PI * v), y: cy + r * Math.sin(2 * Math.PI * v) });
    }
  });

  positions.set(model.firmId, { x: 0, y: 0 });
  const people = [...model.nodes.values()].filter((n) => n.kind === 'key-person');
  people.forEach((person, i) => {
    const angle = (i / Math.max(1, people.length)) * 2 * Math.PI + Math.PI / 2;
    positions.set(person.id, { x: KEY_PEOPLE_RING * Math.cos(angle), y: KEY_PEOPLE_RING * Math.sin(angle) });
  });
  return { positions, clusters };
}
