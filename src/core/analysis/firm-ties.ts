/**
 * The firm's own network: the ties that start at the firm or at one of its key people. Ties between
 * two actors are kept in a case for warm introduction paths (who introduced whom); they are not the
 * firm's ties, so the tables do not count them.
 */
import type { CaseFile } from '../case-file/index.js';
import type { Tie } from '../model/index.js';

export function firmTies(c: Pick<CaseFile, 'firm' | 'keyPeople' | 'ties'>): Tie[] {
  const own = new Set([c.firm.id, ...c.keyPeople.map((p) => p.id)]);
  return c.ties.filter((t) => own.has(t.from));
}

/** A tie the firm can still draw on: active or dormant, not ended. */
export function isLive(tie: Pick<Tie, 'status'>): boolean {
  return tie.status !== 'ended';
}
