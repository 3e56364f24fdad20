/** The intake's steps as an ordered list: the current one marked aria-current="step", the finished ones ticked. */
import { Link } from 'react-router';
import { intakePath } from '../paths';
import { STEPS, type StepId } from '../steps';

export function Progress({
  workspace,
  firmId,
  current,
  finished,
}: {
  workspace: string;
  firmId: string | undefined;
  current: StepId;
  finished: ReadonlySet<StepId>;
}) {
  return (
    <nav className="intake-progress" aria-label="Intake steps">
      <ol>
        {STEPS.map((s, i) => {
          const done = finished.has(s.id);
          const here = s.id === current;
          const text = (
            <>
              <span className="step-number" aria-hidden="true">
                {done && !here ? '✓' : i + 1}
              </span>{' '}
              <span className="step-title">{s.title}</span>
              {done ? <span className="visually-hidden"> (done)</span> : null}
            </>
          );
          return (
            <li key={s.id} className={`${here ? 'current' : ''}${done ? ' done' : ''}`} aria-current={here ? 'step' : undefined}>
              {here || firmId === undefined ? <span>{text}</span> : <Link to={intakePath(workspace, firmId, s.id)}>{text}</Link>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
