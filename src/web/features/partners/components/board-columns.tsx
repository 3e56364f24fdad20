/**
 * The board's columns, one per stage in order, each a ranked list of cards: the candidate's name
 * (it opens the candidate's panel), score and coverage, the criteria not scored yet, who referred
 * it, its latest note, and "Move…": a stage and a reason, needed to drop it. No drag and drop: the
 * move is a small form, the same by keyboard, pointer and screen reader.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { searchActions, type Board, type BoardCandidate, type Stage } from '../api';
import { latestNote, moveProblem, scoreText, STAGE_LABELS } from '../partners-view';
import { useBoardWrites, useWrite, type CardTarget } from './board-writes';
import { FormError } from './form-bits';

function MoveControl({ candidate }: { candidate: BoardCandidate }) {
  const id = useId();
  const { run, pending, refusal, writes } = useWrite();
  const [to, setTo] = useState<Stage | ''>('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const reasonRef = useRef<HTMLInputElement>(null);
  const stageRef = useRef<HTMLSelectElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wrong = moveProblem(to, reason);
    setProblem(wrong);
    if (wrong !== undefined || to === '') {
      (to === '' ? stageRef : reasonRef).current?.focus();
      return;
    }
    const why = reason.trim();
    run(
      (path, version) => searchActions.move(path, candidate.id, { version, to, ...(why === '' ? {} : { reason: why }) }),
      () => `Moved ${candidate.name} from ${STAGE_LABELS[candidate.stage]} to ${STAGE_LABELS[to]}${why === '' ? '' : ` — ${why}`}.`,
      () => writes.focusCard({ candidateId: candidate.id, stage: to }),
    );
  };
  const reasonProblem = problem !== undefined && to !== '';
  return (
    <details className="move">
      <summary>
        Move…<span className="visually-hidden"> {candidate.name}</span>
      </summary>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-to`}>
          Move to<span className="visually-hidden"> — {candidate.name}</span>
        </label>
        <select
          id={`${id}-to`}
          ref={stageRef}
          value={to}
          onChange={(e) => setTo(e.target.value as Stage | '')}
          {...(problem !== undefined && to === '' ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {})}
        >
          <option value="">Choose a stage</option>
          {(Object.keys(STAGE_LABELS) as Stage[])
            .filter((s) => s !== candidate.stage)
            .map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
        </select>
        <label htmlFor={`${id}-reason`}>
          Reason {to === 'dropped' ? '(needed to drop)' : '(optional)'}
          <span className="visually-hidden"> — {candidate.name}</span>
        </label>
        <input
          id={`${id}-reason`}
          ref={reasonRef}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...(reasonProblem ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {})}
        />
        {problem === undefined ? null : (
          <p className="field-error" id={`${id}-problem`} role="alert">
            {problem.charAt(0).toUpperCase() + problem.slice(1)}.
          </p>
        )}
        <FormError lines={refusal} what="Not moved." />
        <button type="submit" disabled={pending}>
          Move<span className="visually-hidden"> {candidate.name}</span>
        </button>
      </form>
    </details>
  );
}

interface CardProps {
  candidate: BoardCandidate;
  hasCriteria: boolean;
  selected: boolean;
  focus: boolean;
  onFocused: () => void;
  open: boolean;
}

function Card({ candidate: c, hasCriteria, selected, focus, onFocused, open }: CardProps) {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!focus) return;
    link.current?.focus();
    onFocused();
  }, [focus, onFocused]);
  const { score, coverage } = scoreText(c.score);
  const note = latestNote(c);
  return (
    <li className={`card${selected ? ' card-selected' : ''}`} data-candidate={c.id}>
      <h4>
        <Link ref={link} to={{ search: `?candidate=${encodeURIComponent(c.id)}` }} aria-current={selected ? 'true' : undefined}>
          {c.name}
        </Link>
      </h4>
      <p className="card-score">
        <strong>{score}</strong> <span className="quiet">{coverage}</span>
      </p>
      {hasCriteria && c.score.missing.length > 0 ? <p className="card-missing">Not scored yet: {c.score.missing.map((m) => m.name).join(', ')}</p> : null}
      {c.referredBy === undefined ? null : <p className="quiet">Referred by {c.referredBy.name}</p>}
      {c.lastDecision?.reason === undefined ? null : (
        <p className="card-reason">
          <span className="quiet">Why here:</span> {c.lastDecision.reason}
        </p>
      )}
      {note === undefined ? null : (
        <p className="card-note">
          <span className="quiet">
            Latest note, <time dateTime={note.on}>{note.on}</time>:
          </span>{' '}
          {note.text}
        </p>
      )}
      {open ? <MoveControl candidate={c} /> : null}
    </li>
  );
}

export function BoardColumns({
  board,
  selected,
  focusTarget,
  onFocused,
}: {
  board: Board;
  selected: string | undefined;
  focusTarget: CardTarget | undefined;
  onFocused: () => void;
}) {
  // A card can be moved on an open search, by a role that may change the workspace.
  const { canWrite } = useBoardWrites();
  const open = board.search.status === 'open' && canWrite;
  const hasCriteria = board.search.criteria.length > 0;
  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading">Board</h2>
      <p className="quiet">
        Within each stage the best weighted score comes first. A criterion not scored yet is left out of the score, not counted as 0: coverage says how much of
        the criteria’s weight the score rests on.
      </p>
      <div className="board">
        {board.columns.map((col) => (
          <section key={col.stage} className={`board-column stage-${col.stage}`} aria-labelledby={`column-${col.stage}`}>
            <h3 id={`column-${col.stage}`}>
              {col.label} <span className="column-count">({col.candidates.length})</span>
            </h3>
            {col.candidates.length === 0 ? (
              <p className="quiet">Nobody here.</p>
            ) : (
              <ol className="cards">
                {col.candidates.map((c) => (
                  <Card
                    key={c.id}
                    candidate={c}
                    hasCriteria={hasCriteria}
                    selected={c.id === selected}
                    focus={c.id === focusTarget?.candidateId && col.stage === focusTarget.stage}
                    onFocused={onFocused}
                    open={open}
                  />
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
