/**
 * The intake's form parts: a labelled field with its hint and error, a group of radio buttons with
 * their meanings, Back/Next, and the step's own error message.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string');
  return list.length === 0 ? undefined : list.join(' ');
}

/** A label, the control (rendered by `children` with the ids it needs), a hint and an error. */
export function Field({
  id,
  label,
  hint,
  error,
  optional = false,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describe = describedBy(errorId, hintId);
  const control: ControlProps = { id };
  if (describe !== undefined) control['aria-describedby'] = describe;
  if (error !== undefined) control['aria-invalid'] = true;
  return (
    <div className={`field${error === undefined ? '' : ' field-invalid'}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="quiet"> (optional)</span> : null}
      </label>
      {error === undefined ? null : (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {children(control)}
      {hint === undefined ? null : (
        <p id={hintId} className="field-hint quiet">
          {hint}
        </p>
      )}
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  meaning?: string;
  /** The id of an element elsewhere that explains the choice (shared by several groups). */
  describedBy?: string;
}

/** Radio buttons in a fieldset; each choice's meaning is shown under it and read with it. */
export function Choices({
  name,
  legend,
  choices,
  value,
  onChange,
  error,
  optional = false,
  inline = false,
}: {
  name: string;
  legend: ReactNode;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  optional?: boolean;
  inline?: boolean;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className={`choices${inline ? ' choices-inline' : ''}${error === undefined ? '' : ' field-invalid'}`}>
      <legend>
        {legend}
        {optional ? <span className="quiet"> (optional)</span> : null}
      </legend>
      {error === undefined ? null : (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {choices.map((c) => {
        const id = `${name}-${c.value === '' ? 'none' : c.value.replace(/\s+/g, '-')}`;
        const meaningId = c.meaning === undefined ? undefined : `${id}-meaning`;
        return (
          <div className="choice" key={c.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
              aria-describedby={describedBy(error === undefined ? undefined : errorId, meaningId, c.describedBy)}
              aria-invalid={error === undefined ? undefined : true}
            />
            <label htmlFor={id}>{c.label}</label>
            {meaningId === undefined ? null : (
              <span id={meaningId} className="choice-meaning quiet">
                {c.meaning}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** What the last add or remove did, read out by screen readers; the region is always there so that changes are announced. */
export function StatusLine({ text }: { text: string }) {
  return (
    <p className="intake-status" role="status">
      {text}
    </p>
  );
}

/** Messages of the step that name no field; focusable so that a failed Next can move focus here. */
export function StepErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="step-errors" role="alert" tabIndex={-1}>
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Back (a link: leaving never loses anything) and Next (saves the step, then moves on). */
export function StepNav({
  back,
  next = 'Next',
  pending = false,
  form,
  onNext,
  onSkip,
}: {
  back?: string | undefined;
  next?: string;
  pending?: boolean;
  /** The id of the form Next submits; without it, Next calls onNext; with neither, there is no Next (the last step). */
  form?: string;
  onNext?: () => void;
  /** An optional step's way on without saving: a "Skip for now" button before Next. */
  onSkip?: () => void;
}) {
  const nextButton =
    form === undefined && onNext === undefined ? null : (
      <button
        type={form === undefined ? 'button' : 'submit'}
        form={form}
        className="primary"
        // aria-disabled rather than disabled: a disabled button would drop the keyboard focus while saving.
        aria-disabled={pending || undefined}
        onClick={(e) => {
          if (pending) e.preventDefault();
          else if (form === undefined) onNext?.();
        }}
      >
        {pending ? 'Saving…' : next}
      </button>
    );
  return (
    <div className="step-nav">
      {back === undefined ? (
        <span />
      ) : (
        <Link to={back} className="button">
          Back
        </Link>
      )}
      {onSkip === undefined ? (
        nextButton
      ) : (
        <span className="step-nav-forward">
          <button type="button" onClick={onSkip}>
            Skip for now
          </button>
          {nextButton}
        </span>
      )}
    </div>
  );
}
