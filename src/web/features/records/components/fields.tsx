/**
 * The labelled inputs and selects the records editors, forms and filters are built of: a label
 * (for screen readers only inside a table row, where the column header says it to the eye), the
 * control, and the server's problems at the field beside it.
 */
import type { ReactNode } from 'react';
import type { ApiProblem } from '../../../lib/api';
import { keysOf } from '../drafts';
import { FieldProblems, fieldAria } from './field-problems';

/** A record to choose, by its id, as the editors name it. */
export interface Option {
  id: string;
  label: string;
}

/** The choices of a list of records. */
export const choicesOfOptions = (options: readonly Option[]): Choice<string>[] => options.map((o) => ({ value: o.id, label: o.label }));

export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** The choices of a label table such as LEVEL_BASES, in its order. */
export const choicesOf = <K extends string>(labels: Record<K, string>): Choice<K>[] => keysOf(labels).map((value) => ({ value, label: labels[value] }));

interface FieldProps {
  id: string;
  label: ReactNode;
  /** In a table row: the column header labels the field to the eye. */
  hideLabel?: boolean | undefined;
  /** The server's problems; those at `pointer` (or inside it) show beside the field. Without them the field shows none. */
  problems?: readonly ApiProblem[] | undefined;
  pointer?: string | undefined;
  required?: boolean | undefined;
}

function FieldLabel({ id, label, hideLabel }: Pick<FieldProps, 'id' | 'label' | 'hideLabel'>) {
  return (
    <label className={hideLabel === true ? 'visually-hidden' : undefined} htmlFor={id}>
      {label}
    </label>
  );
}

function Problems({ id, problems, pointer }: Pick<FieldProps, 'id' | 'problems' | 'pointer'>) {
  return problems === undefined || pointer === undefined ? null : <FieldProblems id={id} problems={problems} pointer={pointer} />;
}

const ariaOf = ({ id, problems, pointer }: Pick<FieldProps, 'id' | 'problems' | 'pointer'>) =>
  problems === undefined || pointer === undefined ? {} : fieldAria(id, problems, pointer);

export interface SelectFieldProps<V extends string> extends FieldProps {
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
  /** The words of a first, empty choice ("Not said", "All kinds"); no such choice when not given. */
  empty?: string | undefined;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { id, choices, value, onChange, empty, required } = props;
  return (
    <>
      <FieldLabel {...props} />
      <select id={id} required={required} value={value} onChange={(e) => onChange(e.target.value as V)} {...ariaOf(props)}>
        {empty === undefined ? null : <option value="">{empty}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <Problems {...props} />
    </>
  );
}

export interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'search' | undefined;
  className?: string | undefined;
  placeholder?: string | undefined;
  /** The id of a datalist of suggestions, given as `children`. */
  list?: string | undefined;
  /** A textarea of this many rows rather than a one-line input. */
  rows?: number | undefined;
  children?: ReactNode;
}

export function TextField(props: TextFieldProps) {
  const { id, value, onChange, type, className, placeholder, list, rows, required, children } = props;
  const shared = { id, className, placeholder, required, value, ...ariaOf(props) };
  return (
    <>
      <FieldLabel {...props} />
      {rows === undefined ? (
        <input {...shared} type={type} list={list} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <textarea {...shared} rows={rows} onChange={(e) => onChange(e.target.value)} />
      )}
      {children}
      <Problems {...props} />
    </>
  );
}

/** A fieldset of checkboxes, one per choice: the challenges a tie helped with, its benefits. */
export function CheckList<V extends string>({
  id,
  legend,
  choices,
  checked,
  onChange,
  problems,
  pointer,
}: {
  id: string;
  legend: ReactNode;
  choices: readonly Choice<V>[];
  checked: readonly V[];
  onChange: (checked: V[]) => void;
  problems: readonly ApiProblem[];
  pointer: string;
}) {
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value}>
          <input
            type="checkbox"
            checked={checked.includes(c.value)}
            onChange={(e) => onChange(e.target.checked ? [...checked, c.value] : checked.filter((x) => x !== c.value))}
          />{' '}
          {c.label}
        </label>
      ))}
      <FieldProblems id={id} problems={problems} pointer={pointer} />
    </fieldset>
  );
}
