/**
 * One number per part of the score, from 0 to 10. What the user types is kept here and written to
 * the address (and so ranked again) once they pause; "Reset weights" goes back to the defaults.
 */
import { useEffect, useState } from 'react';
import type { RankingPart, RankingWeights } from '../api';
import { weightsText } from '../api';
import { allZero, RANKING_PARTS, WEIGHT_MAX, WEIGHT_MIN, WEIGHT_STEP, weightOf } from '../markets-address';
import { PART_LABELS, PART_MEANINGS } from '../markets-view';

/** Long enough for a second digit or a decimal point, short enough to feel immediate. */
const PAUSE_MS = 400;

const NO_DRAFTS: Drafts['typed'] = {};

interface Drafts {
  /** The address's weights the drafts were typed over: when these change elsewhere (reset, back), the drafts are dropped. */
  basis: string;
  typed: Partial<Record<RankingPart, string>>;
}

export interface WeightsFormProps {
  /** Every part's weight as the last ranking used it. */
  weights: RankingWeights;
  /** The weights the address sets; the others keep their defaults. */
  set: Partial<RankingWeights>;
  onChange: (weights: Partial<RankingWeights>) => void;
  onReset: () => void;
}

export function WeightsForm({ weights, set, onChange, onReset }: WeightsFormProps) {
  const setText = weightsText(set) ?? '';
  const [drafts, setDrafts] = useState<Drafts>({ basis: setText, typed: {} });
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const typed = drafts.basis === setText ? drafts.typed : NO_DRAFTS;

  useEffect(() => {
    const parts = Object.keys(typed) as RankingPart[];
    if (parts.length === 0) return;
    const timer = setTimeout(() => {
      const next: Partial<RankingWeights> = { ...set };
      for (const part of parts) {
        const weight = weightOf(typed[part] ?? '');
        if (weight === undefined) {
          setProblem(`The weight of ${PART_LABELS[part].toLowerCase()} must be a number from ${WEIGHT_MIN} to ${WEIGHT_MAX}.`);
          return;
        }
        next[part] = weight;
      }
      if (allZero(weights, next)) {
        setProblem('At least one weight must be above 0: the ranking keeps the last weights.');
        return;
      }
      setProblem(undefined);
      const nextText = weightsText(next) ?? '';
      if (nextText === setText) return;
      setDrafts({ basis: nextText, typed });
      onChange(next);
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, set, setText, weights, onChange]);

  const type = (part: RankingPart, value: string) => setDrafts({ basis: setText, typed: { ...typed, [part]: value } });
  const reset = () => {
    setDrafts({ basis: '', typed: {} });
    setProblem(undefined);
    onReset();
  };

  return (
    <fieldset className="markets-weights">
      <legend>Weights of the parts</legend>
      <p className="quiet">From 0 (leave the part out) to 10. The score is the parts’ mean weighted by these.</p>
      <div className="markets-weight-grid">
        {RANKING_PARTS.map((part) => {
          const id = `markets-weight-${part}`;
          return (
            <div key={part} className="markets-weight">
              <label htmlFor={id}>{PART_LABELS[part]}</label>
              <input
                id={id}
                type="number"
                inputMode="decimal"
                min={WEIGHT_MIN}
                max={WEIGHT_MAX}
                step={WEIGHT_STEP}
                value={typed[part] ?? String(set[part] ?? weights[part])}
                aria-describedby={`${id}-hint`}
                onChange={(e) => type(part, e.target.value)}
              />
              <span id={`${id}-hint`} className="quiet">
                {PART_MEANINGS[part]}
              </span>
            </div>
          );
        })}
      </div>
      <p className="markets-weights-problem" role="status">
        {problem}
      </p>
      <p>
        <button type="button" onClick={reset}>
          Reset weights
        </button>
      </p>
    </fieldset>
  );
}
