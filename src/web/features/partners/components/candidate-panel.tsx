/**
 * The chosen candidate: a score 0–5 per criterion (an empty box is "not scored", never 0), its
 * notes with a form for a new one, and the decisions that moved it, with their dates and reasons.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { searchActions, type Board, type BoardCandidate } from '../api';
import { moveText, scoreInputs, scoresToSend, scoreText, STAGE_LABELS, type FormProblem } from '../partners-view';
import { useBoardWrites, useWrite } from './board-writes';
import { FormError } from './form-bits';

function ScoreForm({ candidate, criteria }: { candidate: BoardCandidate; criteria: Board['search']['criteria'] }) {
  const id = useId();
  const { run, pending, refusal, writes } = useWrite();
  const [inputs, setInputs] = useState(() => scoreInputs(criteria, candidate.scores));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [unchanged, setUnchanged] = useState(false);
  if (criteria.length === 0) return <p>The search has no criteria yet: add them under Criteria below to score its candidates.</p>;
  if (!writes.canWrite)
    return (
      <ul className="score-inputs" aria-label="Scores, 0 (not at all) to 5 (fully)">
        {criteria.map((c) => (
          <li key={c.id}>
            {c.name} <span className="quiet">(weight {c.weight})</span>: {inputs[c.id] === undefined || inputs[c.id] === '' ? 'not scored' : inputs[c.id]}
          </li>
        ))}
      </ul>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { scores, problems: found } = scoresToSend(criteria, candidate.scores, inputs);
    setProblems(found);
    setUnchanged(false);
    if (found.length > 0) {
      document.getElementById(`${id}-${found[0]?.field ?? ''}`)?.focus();
      return;
    }
    if (Object.keys(scores).length === 0) {
      setUnchanged(true);
      return;
    }
    run(
      (path, version) => searchActions.score(path, candidate.id, { version, scores }),
      () => `Saved the scores of ${candidate.name}.`,
    );
  };
  const problemAt = (field: string) => problems.find((p) => p.field === field);
  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={!writes.open}>
        <legend>Scores, 0 (not at all) to 5 (fully)</legend>
        <p className="field-hint">Leave a box empty while a criterion is not judged yet: it is left out of the score, not counted as 0.</p>
        <ul className="score-inputs">
          {criteria.map((c) => {
            const problem = problemAt(c.id);
            return (
              <li key={c.id} className="field">
                <label htmlFor={`${id}-${c.id}`}>
                  {c.name} <span className="quiet">(weight {c.weight})</span>
                </label>
                <input
                  id={`${id}-${c.id}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={5}
                  step={1}
                  value={inputs[c.id] ?? ''}
                  onChange={(e) => setInputs((all) => ({ ...all, [c.id]: e.target.value }))}
                  {...(problem === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${id}-${c.id}-problem` })}
                />
                {problem === undefined ? null : (
                  <span className="field-error" id={`${id}-${c.id}-problem`}>
                    {problem.message}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        <FormError lines={refusal} />
        {unchanged ? <p role="status">No score changed.</p> : null}
        <button type="submit" disabled={pending}>
          Save scores
        </button>
      </fieldset>
    </form>
  );
}

function NoteForm({ candidate }: { candidate: BoardCandidate }) {
  const id = useId();
  const { run, pending, refusal } = useWrite();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const note = text.trim();
    setEmpty(note === '');
    if (note === '') return;
    run(
      (path, version) => searchActions.note(path, candidate.id, { version, text: note }),
      () => `Added a note on ${candidate.name}.`,
      () => setText(''),
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={`${id}-note`}>New note on {candidate.name}</label>
      <textarea
        id={`${id}-note`}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        {...(empty ? { 'aria-invalid': true, 'aria-describedby': `${id}-note-problem` } : {})}
      />
      {empty ? (
        <p className="field-error" id={`${id}-note-problem`}>
          Write the note first.
        </p>
      ) : null}
      <FormError lines={refusal} />
      <button type="submit" disabled={pending}>
        Add note
      </button>
    </form>
  );
}

export function CandidatePanel({ candidate, board }: { candidate: BoardCandidate; board: Board }) {
  const { canWrite } = useBoardWrites();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { score, coverage } = scoreText(candidate.score);
  const decisions = board.decisions.filter((d) => d.candidate === candidate.id);
  return (
    <section className="panel candidate-panel" aria-labelledby="candidate-heading">
      <div className="page-head">
        <h2 id="candidate-heading" tabIndex={-1} ref={heading}>
          {candidate.name}
        </h2>
        <Link to={{ search: '' }} className="button">
          Close<span className="visually-hidden"> {candidate.name}</span>
        </Link>
      </div>
      <p>
        {STAGE_LABELS[candidate.stage]} · <strong>{score}</strong> · {coverage}
        {candidate.referredBy === undefined ? '' : ` · referred by ${candidate.referredBy.name}`}
      </p>
      <div className="panel-row">
        <div>
          <h3>Scores</h3>
          {/* Keyed by what is stored, so that a reloaded board (after this form's save, or anyone's) shows it. */}
          <ScoreForm key={JSON.stringify([board.search.criteria, candidate.scores])} candidate={candidate} criteria={board.search.criteria} />
        </div>
        <div>
          <h3>Notes</h3>
          {candidate.notes.length === 0 ? (
            <p className="quiet">No notes yet.</p>
          ) : (
            <ol className="notes">
              {candidate.notes.map((n, i) => (
                <li key={i}>
                  <time dateTime={n.on}>{n.on}</time> {n.text}
                </li>
              ))}
            </ol>
          )}
          {canWrite ? <NoteForm candidate={candidate} /> : null}
        </div>
      </div>
      <h3>Moves of {candidate.name}</h3>
      {decisions.length === 0 ? (
        <p className="quiet">Not moved yet: on the long list since it was added.</p>
      ) : (
        <ol className="decisions">
          {decisions.map((d, i) => (
            <li key={i}>
              <time dateTime={d.on}>{d.on}</time> {moveText(d)}
              {d.reason === undefined ? '' : ` — ${d.reason}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
