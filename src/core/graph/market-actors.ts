/** Which of a firm's actors stand for a market: the one answer brokers and warm paths share. */
import type { CaseFile } from '../case-file/index.js';

/**
 * The ids of the actors based in `market` (a country code) or reached by a live tie that names it,
 * sorted: a contact whose tie "reaches into KG" opens KG even when they live elsewhere.
 */
export function marketActorIds(c: CaseFile, market: string): string[] {
  const there = new Set(c.actors.filter((a) => (a.countries ?? []).includes(market)).map((a) => a.id));
  const actorIds = new Set(c.actors.map((a) => a.id));
  for (const t of c.ties) if (t.status !== 'ended' && (t.markets ?? []).includes(market) && actorIds.has(t.to)) there.add(t.to);
  return [...there].sort();
}
