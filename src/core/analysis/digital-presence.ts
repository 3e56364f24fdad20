/**
 * Digital presence (paper Table 1): one row per platform with its snapshots oldest first, and the
 * follower growth between the oldest and newest snapshots that have a date and a follower count.
 */
import type { CaseFile } from '../case-file/index.js';
import type { DigitalPresenceSnapshot } from '../model/index.js';
import type { PlatformPresence } from './types.js';

type Snapshot = PlatformPresence['snapshots'][number];

function snapshotView(s: DigitalPresenceSnapshot): Snapshot {
  return {
    id: s.id,
    date: s.date,
    followers: s.followers,
    posts: s.posts,
    postsPeriod: s.postsPeriod,
    audiences: [...s.audiences],
    contentTypes: [...s.contentTypes],
    evidence: [...(s.evidence ?? [])],
  };
}

/**
 * Undated snapshots first (in case order), then dated ones by date. Partial dates compare as text,
 * so "2024" sorts before "2024-05"; the sort is stable, so equal dates keep case order.
 */
function byDate(a: Snapshot, b: Snapshot): number {
  if (a.date === undefined || b.date === undefined) return (a.date === undefined ? 0 : 1) - (b.date === undefined ? 0 : 1);
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

function growthOf(snapshots: readonly Snapshot[]): PlatformPresence['growth'] {
  const counted = snapshots.filter((s): s is Snapshot & { date: string; followers: number } => s.date !== undefined && s.followers !== null);
  const first = counted[0];
  const last = counted[counted.length - 1];
  if (first === undefined || last === undefined || counted.length < 2) return undefined;
  const followers = last.followers - first.followers;
  return { from: first.date, to: last.date, followers, percent: first.followers === 0 ? undefined : (100 * followers) / first.followers };
}

/** Paper Table 1 for one case: platforms in the order they first appear (same name in any case = one platform). */
export function digitalPresenceOf(c: Pick<CaseFile, 'digitalPresence'>): PlatformPresence[] {
  const platforms = new Map<string, { platform: string; snapshots: Snapshot[] }>();
  for (const s of c.digitalPresence) {
    const key = s.platform.trim().toLowerCase();
    const row = platforms.get(key) ?? { platform: s.platform, snapshots: [] };
    row.snapshots.push(snapshotView(s));
    platforms.set(key, row);
  }
  return [...platforms.values()].map(({ platform, snapshots }) => {
    const sorted = [...snapshots].sort(byDate);
    return { platform, snapshots: sorted, growth: growthOf(sorted) };
  });
}
