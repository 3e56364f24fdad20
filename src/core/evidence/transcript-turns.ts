/** The rule a transcript's turns keep: inside its text (in code points), in order, without overlapping. */
import type { Problem } from '../../shared/errors.js';
import type { Transcript } from '../model/evidence.js';
import { codePointLength } from './code-points.js';

/** A transcript's turns lie inside its text, in order, without overlapping. */
export function turnProblems(transcript: Pick<Transcript, 'text' | 'turns'>): Problem[] {
  const length = codePointLength(transcript.text);
  const problems: Problem[] = [];
  let previousEnd = 0;
  (transcript.turns ?? []).forEach((turn, i) => {
    if (turn.end <= turn.start || turn.end > length) {
      problems.push({
        pointer: `/turns/${i}`,
        message: `expected 0 ≤ start < end ≤ ${length} (the text's length in code points), got ${turn.start}–${turn.end}`,
      });
    } else if (turn.start < previousEnd) {
      problems.push({
        pointer: `/turns/${i}/start`,
        message: `turns must be in order without overlapping; this one starts at ${turn.start}, before the last one ends (${previousEnd})`,
      });
    }
    previousEnd = Math.max(previousEnd, turn.end);
  });
  return problems;
}
