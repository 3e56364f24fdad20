/**
 * The network types the firm uses (thesis Table 8): the source's statement for each type next to
 * what the firm's ties show — how many, how many active, and whom they reach.
 */
import type { CaseFile } from '../case-file/index.js';
import { NETWORK_TYPES, type NetworkType } from '../model/index.js';
import { mergeEvidence } from './evidence.js';
import { firmTies, isLive } from './firm-ties.js';
import { statedFact } from './stated-facts.js';
import type { NetworkTypes, NetworkTypeSummary } from './types.js';

/** Thesis Table 8 for one case. Counts only the firm's own ties (from the firm or a key person). */
export function networkTypesOf(c: Pick<CaseFile, 'firm' | 'keyPeople' | 'facts' | 'actors' | 'ties'>): NetworkTypes {
  const ties = firmTies(c);
  const actorName = new Map(c.actors.map((a) => [a.id, a.name]));
  const main = statedFact(c, 'main_network_types');
  const byType = {} as Record<NetworkType, NetworkTypeSummary>;
  for (const networkType of NETWORK_TYPES) {
    const ofType = ties.filter((t) => t.networkType === networkType);
    const statement = statedFact(c, `network_${networkType}`);
    const examples = new Set(ofType.flatMap((t) => actorName.get(t.to) ?? []));
    byType[networkType] = {
      networkType,
      statement: statement?.text,
      ties: ofType.length,
      activeTies: ofType.filter((t) => t.status === 'active').length,
      unknownStatusTies: ofType.filter((t) => t.status === 'unknown').length,
      examples: [...examples],
      inUse: ofType.some(isLive),
      evidence: mergeEvidence(statement?.evidence, ...ofType.map((t) => t.evidence)),
    };
  }
  return { main: { statement: main?.text, evidence: main?.evidence ?? [] }, byType };
}
