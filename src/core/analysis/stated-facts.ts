/** What a source says about the firm in its own words: the case's facts, which fill thesis Tables 7 and 8. */
import type { CaseFile } from '../case-file/index.js';
import type { FactTopic } from '../model/index.js';
import { mergeEvidence } from './evidence.js';

/** The case's stated facts of one topic, joined in case order, with their evidence. */
export function statedFact(c: Pick<CaseFile, 'facts'>, topic: FactTopic): { text: string; evidence: string[] } | undefined {
  const facts = c.facts.filter((f) => f.topic === topic);
  if (facts.length === 0) return undefined;
  return { text: facts.map((f) => f.text).join('; '), evidence: mergeEvidence(...facts.map((f) => f.evidence)) };
}
