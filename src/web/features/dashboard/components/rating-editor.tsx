/**
 * A firm's challenge ratings, each editable in place, each level with a ◆ per kind of source behind
 * it. Saving sends the version the rating was read at: when someone else saved it since, the editor
 * says so and offers to reload or to overwrite.
 */
import { useState } from 'react';
import { useToasts } from '../../../components/toast';
import { ApiError, isStale } from '../../../lib/api';
import { capitalize, words } from '../../../lib/format';
import { useCan } from '../../../lib/session';
import { SourceKindsMark } from '../../../components/report-document/source-kinds';
import type { SourceKinds } from '../../../components/report-document/source-kinds-label';
import { useChallengeRatings, useRatingSources, useSaveRating, type ChallengeRating } from '../api';
import { ratingKey } from '../rating-sources';

const LEVELS = ['High', 'Medium', 'Low', 'Unknown'] as const;
type Level = (typeof LEVELS)[number];

function RatingRow({
  workspace,
  firmId,
  rating,
  markets,
  sources,
  reload,
  canEdit,
}: {
  workspace: string;
  firmId: string;
  rating: ChallengeRating;
  markets: ReadonlyMap<string, string>;
  sources: SourceKinds | undefined;
  reload: () => void;
  /** The user's role may change the workspace's records; without it the row has no Edit. */
  canEdit: boolean;
}) {
  const save = useSaveRating(workspace, firmId);
  const toasts = useToasts();
  const [editing, setEditing] = useState(false);
  const [level, setLevel] = useState<Level>(rating.record.level);
  const [description, setDescription] = useState(rating.record.description ?? '');
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const label = `${capitalize(words(rating.record.category))}${rating.record.market === undefined ? '' : ` in ${markets.get(rating.record.market) ?? rating.record.market}`}`;

  const submit = (overwrite: boolean) => {
    setError(undefined);
    const { description: _old, ...rest } = rating.record;
    const record = description.trim() === '' ? { ...rest, level } : { ...rest, level, description: description.trim() };
    save.mutate(
      { version: rating.version, record, overwrite },
      {
        onSuccess: () => {
          setEditing(false);
          setStale(false);
          toasts.show(`Saved: ${label} is ${level}.`);
        },
        onError: (err) => {
          if (isStale(err)) setStale(true);
          else setError(err instanceof ApiError ? [err.message, ...err.problems.map((p) => `${p.pointer}: ${p.message}`)].join(' ') : String(err));
        },
      },
    );
  };

  if (!editing)
    return (
      <tr>
        <th scope="row">{label}</th>
        <td>
          <span className={`level level-challenge-${rating.record.level.toLowerCase()}`}>{rating.record.level}</span>
          <SourceKindsMark sources={sources} />
        </td>
        <td>{rating.record.description ?? <span className="quiet">—</span>}</td>
        {canEdit ? (
          <td>
            <button type="button" onClick={() => setEditing(true)} aria-label={`Edit ${label}`}>
              Edit
            </button>
          </td>
        ) : null}
      </tr>
    );

  const levelId = `level-${rating.record.id}`;
  const descId = `desc-${rating.record.id}`;
  return (
    <tr className="editing">
      <th scope="row">{label}</th>
      <td>
        <label htmlFor={levelId} className="visually-hidden">
          Level of {label}
        </label>
        <select id={levelId} value={level} onChange={(e) => setLevel(e.target.value as Level)}>
          {LEVELS.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </td>
      <td>
        <label htmlFor={descId} className="visually-hidden">
          Description of {label}
        </label>
        <textarea id={descId} value={description} rows={2} onChange={(e) => setDescription(e.target.value)} />
        {!stale ? null : (
          <div className="conflict" role="alert">
            <p>
              <strong>Changed by someone else</strong> since you opened it. Reload to see their version, or overwrite it with yours.
            </p>
            <button
              type="button"
              onClick={() => {
                setStale(false);
                setEditing(false);
                reload();
              }}
            >
              Reload
            </button>{' '}
            <button type="button" onClick={() => submit(true)}>
              Overwrite
            </button>
          </div>
        )}
        {error === undefined ? null : (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>
        <button type="button" className="primary" disabled={save.isPending} onClick={() => submit(false)}>
          Save
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            setEditing(false);
            setStale(false);
            setLevel(rating.record.level);
            setDescription(rating.record.description ?? '');
          }}
        >
          Cancel
        </button>
      </td>
    </tr>
  );
}

export function RatingEditor({ workspace, firmId, markets }: { workspace: string; firmId: string; markets: ReadonlyMap<string, string> }) {
  const ratings = useChallengeRatings(workspace, firmId);
  // Until the analysis is in (or if it fails), the levels show without their marks.
  const sources = useRatingSources(workspace, firmId).data;
  const canEdit = useCan('write', workspace);
  if (ratings.isPending) return <p role="status">Loading the ratings…</p>;
  if (ratings.isError) return <p role="alert">The ratings could not be loaded: {ratings.error.message}</p>;
  if (ratings.data.length === 0) return <p className="quiet">No challenge is rated yet.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Challenge ratings table" tabIndex={0}>
      <table className="data ratings">
        <thead>
          <tr>
            <th scope="col">Challenge</th>
            <th scope="col">Level</th>
            <th scope="col">What stands in the way</th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {ratings.data.map((r) => (
            <RatingRow
              key={r.record.id}
              workspace={workspace}
              firmId={firmId}
              rating={r}
              markets={markets}
              sources={sources?.get(ratingKey(r.record.category, r.record.market))}
              reload={() => void ratings.refetch()}
              canEdit={canEdit}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
