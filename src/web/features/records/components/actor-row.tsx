/**
 * One actor in the actors table: its values, or — after Edit — inputs in the same cells, with a row
 * under it for the description, its evidence, and Save.
 */
import { memo } from 'react';
import { countryName } from '../../../lib/format';
import type { Actor, Versioned } from '../api';
import { actorDraft, actorFromDraft } from '../drafts';
import { useRowEditor } from '../editing';
import { KindSelects, kindText } from './actor-fields';
import { FieldProblems, fieldAria } from './field-problems';
import { TextField, type Option } from './fields';
import { DescriptionField, EditingRows, ShownRow } from './row-frame';

export const ACTOR_COLUMNS = 7;
const SHOWN = [
  '/name',
  '/kind',
  '/organizationType',
  '/platformType',
  '/countries',
  '/sector',
  '/roles',
  '/description',
  '/url',
  '/languages',
  '/memberOf',
  '/evidence',
];

const none = <span className="quiet">—</span>;

/** Memoized: a row renders again only when its record (or what names it) changes, not on every keystroke in the filter. */
export const ActorRow = memo(function ActorRow({
  workspace,
  firmId,
  current,
  organizations,
  onDelete,
}: {
  workspace: string;
  firmId: string;
  current: Versioned<Actor>;
  /** The organizations an actor may belong to (memberOf), by name. */
  organizations: readonly Option[];
  onDelete: (current: Versioned<Actor>, label: string) => Promise<string | undefined>;
}) {
  const actor = current.record;
  const label = actor.name;
  const editor = useRowEditor({ workspace, firmId, collection: 'actors', current, label, draftOf: actorDraft, recordOf: actorFromDraft, onDelete });
  const { id, draft, change, problems } = editor;

  if (!editor.editing)
    return (
      <ShownRow editor={editor} columns={ACTOR_COLUMNS}>
        <th scope="row">{actor.name}</th>
        <td>{kindText(actor)}</td>
        <td>{actor.countries === undefined || actor.countries.length === 0 ? none : actor.countries.map(countryName).join(', ')}</td>
        <td>{actor.sector ?? none}</td>
        <td>{actor.roles.length === 0 ? none : actor.roles.map((r) => r.replace(/_/g, ' ')).join(', ')}</td>
        <td>{actor.evidence?.length ?? 0}</td>
      </ShownRow>
    );

  // An actor is not a member of itself; one that is no longer an organization stays listed while it is chosen.
  const memberships = [
    ...organizations.filter((o) => o.id !== actor.id),
    ...draft.memberOf.filter((m) => !organizations.some((o) => o.id === m)).map((m) => ({ id: m, label: m })),
  ];
  const text = (key: 'countries' | 'sector' | 'roles', name: string, hint = '') => (
    <td>
      <TextField
        id={`${id}-${key}`}
        label={`${name} of ${label}${hint}`}
        hideLabel
        className="short-input"
        value={draft[key]}
        onChange={(value) => change({ [key]: value })}
        problems={problems}
        pointer={`/${key}`}
      />
    </td>
  );

  return (
    <EditingRows
      editor={editor}
      columns={ACTOR_COLUMNS}
      shown={SHOWN}
      detail={
        <>
          <DescriptionField editor={editor} value={draft.description} onChange={(description) => change({ description })} />
          <div className="form-grid">
            <div>
              <TextField
                id={`${id}-url`}
                label={`Web address of ${label}`}
                value={draft.url}
                onChange={(url) => change({ url })}
                problems={problems}
                pointer="/url"
              />
            </div>
            <div>
              <TextField
                id={`${id}-languages`}
                label={`Languages of ${label} (ISO codes such as en, mn)`}
                value={draft.languages}
                onChange={(languages) => change({ languages })}
                problems={problems}
                pointer="/languages"
              />
            </div>
            <div>
              <label htmlFor={`${id}-member-of`}>Organizations {label} belongs to</label>
              <select
                id={`${id}-member-of`}
                multiple
                size={Math.min(6, Math.max(2, memberships.length))}
                value={draft.memberOf}
                onChange={(e) => change({ memberOf: Array.from(e.target.selectedOptions, (o) => o.value) })}
                {...fieldAria(`${id}-member-of`, problems, '/memberOf')}
              >
                {memberships.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
              <FieldProblems id={`${id}-member-of`} problems={problems} pointer="/memberOf" />
            </div>
          </div>
        </>
      }
    >
      <th scope="row">
        <TextField
          id={`${id}-name`}
          label={`Name of ${label}`}
          hideLabel
          required
          value={draft.name}
          onChange={(name) => change({ name })}
          problems={problems}
          pointer="/name"
        />
      </th>
      <td>
        <KindSelects id={id} of={label} draft={draft} problems={problems} onChange={change} />
      </td>
      {text('countries', 'Countries', ' (ISO codes such as FI, MN, separated by commas)')}
      {text('sector', 'Sector')}
      {text('roles', 'Roles', ' (separated by commas)')}
    </EditingRows>
  );
});
