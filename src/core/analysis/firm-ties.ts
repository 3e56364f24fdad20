/**
 * The firm's own network: the ties that start at the firm or at one of its key people. Ties between
 * two actors are kept in a case for warm introduction paths (who introduced whom); they are not the
 * firm's ties, so the tables do not count them.
 */
import type { CaseFile } from '../case-file/index.js';
import type { Tie } from '../model/index.js';
import type { FirmTieView } from './types.js';

export function firmTies(c: Pick<CaseFile, 'firm' | 'keyPeople' | 'ties'>): Tie[] {
  const own = new Set([c.firm.id, ...c.keyPeople.map((p) => p.id)]);
  return c.ties.filter((t) => own.has(t.from));
}

/** A tie the firm can still draw on: active or dormant, not ended. */
export function isLive(tie: Pick<Tie, 'status'>): boolean {
  return tie.status !== 'ended';
}

const STATUS_RANK = { active: 0, unknown: 1, dormant: 2, ended: 3 } as const;

/** A tie of unrecorded strength ranks as a middling one: above ties recorded as weak, below strong ones. */
const UNRECORDED_STRENGTH = 3;

/**
 * The firm's live ties to actors, with what advice needs of each actor: active before unknown before
 * dormant, then strongest first, then in case order.
 */
export function firmTieViews(c: Pick<CaseFile, 'firm' | 'keyPeople' | 'ties' | 'actors'>): FirmTieView[] {
  const actors = new Map(c.actors.map((a) => [a.id, a]));
  const live = firmTies(c).filter(isLive);
  const views = live.flatMap((tie, order) => {
    const actor = actors.get(tie.to);
    if (actor === undefined) return [];
    const view: FirmTieView = {
      tieId: tie.id,
      actorId: actor.id,
      actorName: actor.name,
      networkType: tie.networkType,
      actorKind: actor.kind,
      organizationType: actor.organizationType,
      platformType: actor.platformType,
      roles: actor.roles,
      strength: tie.strength,
    };
    return [{ view, order, status: STATUS_RANK[tie.status] }];
  });
  const strength = (v: FirmTieView) => v.strength ?? UNRECORDED_STRENGTH;
  views.sort((a, b) => a.status - b.status || strength(b.view) - strength(a.view) || a.order - b.order);
  return views.map((v) => v.view);
}
