/** The search's decision log: every move of a candidate between stages, newest first, with its date and reason. */
import type { Decision } from '../api';
import { moveText } from '../partners-view';

export function DecisionLog({ decisions, names }: { decisions: readonly Decision[]; names: ReadonlyMap<string, string> }) {
  return (
    <section className="panel" aria-labelledby="decision-log-heading">
      <h2 id="decision-log-heading">Decision log</h2>
      {decisions.length === 0 ? (
        <p className="quiet">No moves yet. Each move of a candidate to another stage is listed here with its date and reason.</p>
      ) : (
        <ol className="decisions" aria-label="Moves, newest first">
          {decisions.map((d, i) => (
            <li key={i}>
              <time dateTime={d.on}>{d.on}</time> <strong>{names.get(d.candidate) ?? d.candidate}</strong>: {moveText(d)}
              {d.reason === undefined ? <span className="quiet"> — no reason given</span> : <> — {d.reason}</>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
