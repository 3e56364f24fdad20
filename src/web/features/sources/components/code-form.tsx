/**
 * Adding or editing one of the case's own codes: its name, the code it sits under (any built-in or
 * own code, never itself or a code under it), an optional colour and a description.
 */
import { useId, useMemo, useState } from 'react';
import type { Code, CodebookEntry } from '../api';
import type { NewCode } from '../codebook-api';
import { parentOptions } from '../codebook-view';

const DEFAULT_COLOUR = '#1f77b4';

export function CodeForm({
  codebook,
  initial,
  pending,
  failure,
  onSubmit,
  onCancel,
}: {
  codebook: readonly CodebookEntry[];
  /** The code being edited; a new code when absent. */
  initial?: Code;
  pending: boolean;
  failure: string | undefined;
  onSubmit: (code: NewCode) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [parent, setParent] = useState(initial?.parent ?? '');
  const [coloured, setColoured] = useState(initial?.color !== undefined);
  const [colour, setColour] = useState(initial?.color?.toLowerCase() ?? DEFAULT_COLOUR);
  const [description, setDescription] = useState(initial?.description ?? '');
  const [missing, setMissing] = useState(false);
  const id = useId();
  const parents = useMemo(() => parentOptions(codebook, initial?.id), [codebook, initial?.id]);
  const what = initial === undefined ? 'new code' : `code ${initial.name}`;

  return (
    <form
      className="code-form"
      aria-label={initial === undefined ? 'Add a code' : `Edit ${what}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim() === '') {
          setMissing(true);
          return;
        }
        // An edit keeps what this form does not show (the code's note and evidence).
        const base: Code = initial ?? { id: '', name: '' };
        const { id: _id, name: _name, parent: _parent, color: _color, description: _description, ...rest } = base;
        onSubmit({
          ...rest,
          name: name.trim(),
          ...(parent === '' ? {} : { parent }),
          ...(coloured ? { color: colour } : {}),
          ...(description.trim() === '' ? {} : { description: description.trim() }),
        });
      }}
    >
      <div className="form-grid">
        <p>
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={name}
            required
            aria-invalid={missing && name.trim() === ''}
            aria-describedby={missing && name.trim() === '' ? `${id}-name-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {missing && name.trim() === '' ? (
            <span id={`${id}-name-error`} className="field-error">
              A code needs a name.
            </span>
          ) : null}
        </p>
        <p>
          <label htmlFor={`${id}-parent`}>Under</label>
          <select id={`${id}-parent`} value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">— at the top —</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label>
            <input type="checkbox" checked={coloured} onChange={(e) => setColoured(e.target.checked)} /> Colour
          </label>
          <input type="color" aria-label="Colour of the code" value={colour} disabled={!coloured} onChange={(e) => setColour(e.target.value)} />
        </p>
      </div>
      <p>
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea id={`${id}-description`} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </p>
      {failure === undefined ? null : (
        <p className="write-error" role="alert">
          {failure}
        </p>
      )}
      <div className="edit-buttons">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? 'Saving…' : initial === undefined ? 'Add code' : 'Save code'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
