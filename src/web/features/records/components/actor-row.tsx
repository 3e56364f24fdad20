/**
 * One actor in the actors table: its values, or — after Edit — inputs in the same cells, with a row
 * under it for the description, its evidence, and Save.
 */
import { memo, useId, useState } from 'react';
import { countryName } from '../../../lib/format';
import type { Actor, Versioned } from '../api';
import { actorDraft, actorFromDraft, type ActorDraft } from '../drafts';
import { useRowEditor } from '../editing';
import { KindSelects, kindText } from './actor-fields';
import { EvidencePicker } from './evidence-picker';
import { FieldProblems, fieldAria, WriteProblems } from './field-problems';
import { RowNotice } from './row-notice';

export const ACTOR_COLUMNS = 7;
const SHOWN = ['/name', '/kind', '/organizationType', '/platformType', '/countries', '/sector', '/roles', '/description', '/evidence'];

const none = <span className="quiet">—</span>;

/** Memoized: a row renders again only when its record (or what names it) changes, not on every keystroke in the filter. */
export const ActorRow = memo(function ActorRow({
  workspace,
  firmId,
  current,
  onDelete,
}: {
  workspace: string;
  firmId: string;
  current: Versioned<Actor>;
  onDelete: (current: Versioned<Actor>, label: string) => Promise<string | undefined>;
}) {
  const actor = current.record;
  const label = actor.name;
  const editor = useRowEditor(workspace, firmId, 'actors', current, label);
  const [draft, setDraft] = useState<ActorDraft>(() => actorDraft(actor));
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [deleting, setDeleting] = useState(false);
  const id = useId();
  const change = (part: Partial<ActorDraft>) => setDraft((d) => ({ ...d, ...part }));
  const problems = editor.problems;

  if (!editor.editing)
    return (
      <>
        <tr data-record={actor.id}>
          <th scope="row">{actor.name}</th>
          <td>{kindText(actor)}</td>
          <td>{actor.countries === undefined || actor.countries.length === 0 ? none : actor.countries.map(countryName).join(', ')}</td>
          <td>{actor.sector ?? none}</td>
          <td>{actor.roles.length === 0 ? none : actor.roles.map((r) => r.replace(/_/g, ' ')).join(', ')}</td>
          <td>{actor.evidence?.length ?? 0}</td>
          <td className="row-actions">
            <button
              type="button"
              aria-label={`Edit ${label}`}
              onClick={() => {
                setDraft(actorDraft(actor));
                setNotice(undefined);
                editor.open();
              }}
            >
              Edit
            </button>{' '}
            <button
              type="button"
              aria-label={`Delete ${label}`}
              disabled={deleting}
              onClick={() => {
                setDeleting(true);
                setNotice(undefined);
                void onDelete(current, label).then((refusal) => {
                  setDeleting(false);
                  setNotice(refusal);
                });
              }}
            >
              Delete
            </button>
          </td>
        </tr>
        <RowNotice columns={ACTOR_COLUMNS} notice={notice} onDismiss={() => setNotice(undefined)} />
      </>
    );

  const text = (key: 'countries' | 'sector' | 'roles', name: string, hint = '') => (
    <td>
      <label className="visually-hidden" htmlFor={`${id}-${key}`}>
        {name} of {label}
        {hint}
      </label>
      <input
        id={`${id}-${key}`}
        className="short-input"
        value={draft[key]}
        onChange={(e) => change({ [key]: e.target.value })}
        {...fieldAria(`${id}-${key}`, problems, `/${key}`)}
      />
      <FieldProblems id={`${id}-${key}`} problems={problems} pointer={`/${key}`} />
    </td>
  );

  return (
    <>
      <tr className="editing" data-record={actor.id}>
        <th scope="row">
          <label className="visually-hidden" htmlFor={`${id}-name`}>
            Name of {label}
          </label>
          <input
            id={`${id}-name`}
            required
            value={draft.name}
            onChange={(e) => change({ name: e.target.value })}
            {...fieldAria(`${id}-name`, problems, '/name')}
          />
          <FieldProblems id={`${id}-name`} problems={problems} pointer="/name" />
        </th>
        <td>
          <KindSelects id={id} of={label} draft={draft} problems={problems} onChange={change} />
        </td>
        {text('countries', 'Countries', ' (ISO codes such as FI, MN, separated by commas)')}
        {text('sector', 'Sector')}
        {text('roles', 'Roles', ' (separated by commas)')}
        <td>{draft.evidence.length}</td>
        <td>
          <span className="quiet">Editing</span>
        </td>
      </tr>
      <tr className="edit-detail">
        <td colSpan={ACTOR_COLUMNS}>
          <div className="edit-detail-inner">
            <div className="edit-detail-grid">
              <div>
                <label htmlFor={`${id}-description`}>Description of {label}</label>
                <textarea
                  id={`${id}-description`}
                  rows={3}
                  value={draft.description}
                  onChange={(e) => change({ description: e.target.value })}
                  {...fieldAria(`${id}-description`, problems, '/description')}
                />
                <FieldProblems id={`${id}-description`} problems={problems} pointer="/description" />
              </div>
              <div>
                <EvidencePicker workspace={workspace} firmId={firmId} label={label} evidence={draft.evidence} onChange={(e) => change({ evidence: e })} />
                <FieldProblems id={`${id}-evidence`} problems={problems} pointer="/evidence" />
              </div>
            </div>
            <WriteProblems failure={editor.failure} shown={SHOWN} onReload={editor.reload} onOverwrite={editor.overwrite} />
            <div className="edit-buttons">
              <button type="button" className="primary" disabled={editor.pending} onClick={() => editor.submit(actorFromDraft(actor, draft))}>
                Save
              </button>{' '}
              <button type="button" onClick={editor.cancel}>
                Cancel
              </button>
            </div>
          </div>
        </td>
      </tr>
    </>
  );
});
