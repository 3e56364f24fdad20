/** The form under the ties table that adds a tie: from the firm, a key person or an actor, to a key person or an actor. */
import { memo, useId, useState, type FormEvent } from 'react';
import { useToasts } from '../../../components/toast';
import { useCreateRecord, type Tie, type Vocabulary } from '../api';
import { emptyTieDraft, freeId, slug, tieFromDraft, type NetworkType, type TieDraft, type TieStatus } from '../drafts';
import { writeFailure, type WriteFailure } from '../problems';
import { filterWords, hasWords } from '../table-model';
import { FieldProblems, fieldAria, WriteProblems } from './field-problems';
import type { Option } from './tie-row';

export interface Endpoints {
  /** The firm and its key people: ties may start from them. */
  own: readonly Option[];
  keyPeople: readonly Option[];
  actors: readonly Option[];
}

const SHOWN = ['/id', '/from', '/to', '/networkType', '/subtype', '/strength', '/status', '/since', '/description'];

/** Longer lists than this get a search box, and list only this many matches: 5,000 options in a select make the page slow. */
const LISTED = 100;

interface Group {
  label: string;
  options: readonly Option[];
}

/** A select of the records a tie can start or end at, narrowed by a search box when there are many. */
function EndSelect({
  id,
  label,
  groups,
  value,
  onChange,
  placeholder,
  aria,
}: {
  id: string;
  label: string;
  groups: readonly Group[];
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  aria: object;
}) {
  const [search, setSearch] = useState('');
  const total = groups.reduce((n, g) => n + g.options.length, 0);
  const many = total > LISTED;
  const wanted = filterWords(search);
  let room = LISTED;
  const listed = many
    ? groups.map((g) => {
        const options = g.options.filter((o) => o.id === value || (room > 0 && hasWords(`${o.label} ${o.id}`.toLowerCase(), wanted) && room-- > 0));
        return { ...g, options };
      })
    : groups;
  const matching = many ? groups.reduce((n, g) => n + g.options.filter((o) => hasWords(`${o.label} ${o.id}`.toLowerCase(), wanted)).length, 0) : total;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {many ? (
        <>
          <label className="visually-hidden" htmlFor={`${id}-search`}>
            Search the list for {label}
          </label>
          <input id={`${id}-search`} type="search" value={search} placeholder="Type to narrow the list" onChange={(e) => setSearch(e.target.value)} />
        </>
      ) : null}
      <select id={id} required value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {listed.map((g) =>
          g.options.length === 0 ? null : (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
      {many ? (
        <span className="quiet field-note">
          {matching > LISTED ? `${matching.toLocaleString('en')} match; the first ${LISTED} are listed.` : `${matching.toLocaleString('en')} match.`}
        </span>
      ) : null}
    </div>
  );
}

/** Memoized: typing in the table's filter re-renders the table, not this form and its lists. */
export const TieForm = memo(function TieForm({
  workspace,
  firmId,
  vocabulary,
  endpoints,
  names,
  taken,
}: {
  workspace: string;
  firmId: string;
  vocabulary: Vocabulary;
  endpoints: Endpoints;
  names: ReadonlyMap<string, string>;
  taken: ReadonlySet<string>;
}) {
  const create = useCreateRecord(workspace, firmId, 'ties');
  const toasts = useToasts();
  const id = useId();
  const [from, setFrom] = useState(endpoints.own[0]?.id ?? '');
  const [to, setTo] = useState('');
  const [givenId, setGivenId] = useState('');
  const [draft, setDraft] = useState<TieDraft>(() => emptyTieDraft());
  const [failure, setFailure] = useState<WriteFailure | undefined>(undefined);
  const set = <K extends keyof TieDraft>(key: K, value: TieDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const problems = failure?.problems ?? [];
  const suggestions = vocabulary.networkTypes.find((n) => n.value === draft.networkType)?.suggestedSubtypes ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const recordId = givenId.trim() !== '' ? givenId.trim() : freeId(`tie-${slug(from)}-${slug(to)}`, taken);
    const record: Tie = tieFromDraft({ id: recordId, from, to, networkType: draft.networkType, status: draft.status }, draft);
    const label = `${names.get(from) ?? from} → ${names.get(to) ?? to}`;
    create.mutate(record, {
      onSuccess: () => {
        toasts.show(`Added ${label}.`);
        setDraft(emptyTieDraft(draft.networkType));
        setTo('');
        setGivenId('');
      },
      onError: (err) => setFailure(writeFailure(err)),
    });
  };

  const field = (key: string, pointer: string) => ({ id: `${id}-${key}`, ...fieldAria(`${id}-${key}`, problems, pointer) });
  return (
    <form className="add-form" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>Add a tie</h3>
      <div className="form-grid">
        <div>
          <EndSelect
            id={`${id}-from`}
            label="From"
            groups={[
              { label: 'The firm and its people', options: endpoints.own },
              { label: 'Actors', options: endpoints.actors },
            ]}
            value={from}
            onChange={setFrom}
            aria={fieldAria(`${id}-from`, problems, '/from')}
          />
          <FieldProblems id={`${id}-from`} problems={problems} pointer="/from" />
        </div>
        <div>
          <EndSelect
            id={`${id}-to`}
            label="To"
            groups={[
              { label: 'Key people', options: endpoints.keyPeople },
              { label: 'Actors', options: endpoints.actors },
            ]}
            value={to}
            onChange={setTo}
            placeholder="Choose…"
            aria={fieldAria(`${id}-to`, problems, '/to')}
          />
          <FieldProblems id={`${id}-to`} problems={problems} pointer="/to" />
        </div>
        <div>
          <label htmlFor={`${id}-type`}>Network type</label>
          <select {...field('type', '/networkType')} value={draft.networkType} onChange={(e) => set('networkType', e.target.value as NetworkType)}>
            {vocabulary.networkTypes.map((n) => (
              <option key={n.value} value={n.value}>
                {n.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-subtype`}>Subtype</label>
          <input {...field('subtype', '/subtype')} list={`${id}-subtypes`} value={draft.subtype} onChange={(e) => set('subtype', e.target.value)} />
          <datalist id={`${id}-subtypes`}>
            {suggestions.map((s) => (
              <option key={s.value} value={s.value} label={s.label} />
            ))}
          </datalist>
          <FieldProblems id={`${id}-subtype`} problems={problems} pointer="/subtype" />
        </div>
        <div>
          <label htmlFor={`${id}-strength`}>Strength (1 weak – 5 strong)</label>
          <select {...field('strength', '/strength')} value={draft.strength} onChange={(e) => set('strength', e.target.value)}>
            <option value="">—</option>
            {['1', '2', '3', '4', '5'].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-status`}>Status</label>
          <select {...field('status', '/status')} value={draft.status} onChange={(e) => set('status', e.target.value as TieStatus)}>
            {vocabulary.tieStatuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-since`}>Since (YYYY, YYYY-MM or YYYY-MM-DD)</label>
          <input {...field('since', '/since')} value={draft.since} onChange={(e) => set('since', e.target.value)} />
          <FieldProblems id={`${id}-since`} problems={problems} pointer="/since" />
        </div>
        <div>
          <label htmlFor={`${id}-id`}>Id (optional)</label>
          <input {...field('id', '/id')} value={givenId} placeholder="made from the two ends" onChange={(e) => setGivenId(e.target.value)} />
          <FieldProblems id={`${id}-id`} problems={problems} pointer="/id" />
        </div>
      </div>
      <label htmlFor={`${id}-description`}>Description</label>
      <textarea {...field('description', '/description')} rows={2} value={draft.description} onChange={(e) => set('description', e.target.value)} />
      <WriteProblems failure={failure} shown={SHOWN} />
      <button type="submit" className="primary" disabled={create.isPending}>
        Add tie
      </button>
    </form>
  );
});
