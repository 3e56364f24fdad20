/** The rule a codebook's hierarchy keeps that no single code can: no code sits under itself. */
import type { Problem } from '../../shared/errors.js';
import type { Code } from '../model/evidence.js';

/** Codes whose parents lead back to themselves; pointers at /codes/i/parent. */
export function codeCycleProblems(codes: readonly Code[]): Problem[] {
  const parentOf = new Map(codes.map((code) => [code.id, code.parent]));
  const problems: Problem[] = [];
  codes.forEach((code, i) => {
    const seen = new Set<string>([code.id]);
    let parent = code.parent;
    while (parent !== undefined && parentOf.has(parent)) {
      if (seen.has(parent)) {
        if (parent === code.id && code.parent !== code.id) {
          problems.push({ pointer: `/codes/${i}/parent`, message: `code "${code.id}" would sit under itself: its parents lead back to it` });
        }
        break;
      }
      seen.add(parent);
      parent = parentOf.get(parent);
    }
  });
  return problems;
}
