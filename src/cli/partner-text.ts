/** A partner search in words for the terminal (`foothold partners`): its stages, what it looks for, its criteria. */
import type { PartnerSearch } from '../core/model/index.js';
import type { PartnerStage } from '../shared/partner-stages.js';

/** "long list", "audit": a stage in a sentence. */
export const stageName = (stage: PartnerStage) => stage.replace(/_/g, ' ');
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the search looks for: "contract manufacturer; company; cmo; in DE", or "" when it sets none of these. */
export function wantsText(s: Pick<PartnerSearch, 'purpose' | 'organizationType' | 'role' | 'market'>): string {
  return [s.purpose, s.organizationType, s.role, s.market === undefined ? undefined : `in ${s.market}`].filter((x) => x !== undefined).join('; ');
}

/** "GMP certified (gmp-certified) ×5, Cultural fit (cultural-fit) ×3". */
export function criteriaText(criteria: PartnerSearch['criteria']): string {
  return criteria.map((c) => `${c.name} (${c.id}) ×${c.weight}`).join(', ');
}

/** One search in the list: id, title, status, when opened, its candidates and what it looks for. */
export function searchLine(s: PartnerSearch): string {
  const running = s.candidates.filter((c) => c.stage !== 'dropped').length;
  const wants = wantsText(s);
  return `${s.id}: ${s.title} (${s.status}, opened ${s.opened}) — ${plural(s.candidates.length, 'candidate')}, ${running} in the running${wants === '' ? '' : `; ${wants}`}`;
}
