/** The form under the ties table that adds a tie: from the firm, a key person or an actor, to a key person or an actor. */
import { memo, useId, useState, type FormEvent } from 'react';
import { useToasts } from '../../../components/toast';
import { useCreateRecord, type Tie, type Vocabulary } from '../api';
import { emptyTieDraft, freeId, slug, tieFromDraft, type TieDraft } from '../drafts';
import { writeFailure, type WriteFailure } from '../problems';
import { EndSelect, endGroups, startGroups, type Endpoints } from './end-select';
import { WriteProblems } from './field-problems';
import { TextField } from './fields';
import { NetworkTypeSelect, ScaleSelect, TieStatusSelect } from './record-selects';

const SHOWN = ['/id', '/from', '/to', '/networkType', '/subtype', '/strength', '/status', '/since', '/description'];

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
  const [givenId, setGivenId] = useState('');
  const [draft, setDraft] = useState<TieDraft>(() => emptyTieDraft('business', endpoints.own[0]?.id ?? ''));
  const [failure, setFailure] = useState<WriteFailure | undefined>(undefined);
  const change = (part: Partial<TieDraft>) => setDraft((d) => ({ ...d, ...part }));
  const problems = failure?.problems ?? [];
  const suggestions = vocabulary.networkTypes.find((n) => n.value === draft.networkType)?.suggestedSubtypes ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const { from, to } = draft;
    const recordId = givenId.trim() !== '' ? givenId.trim() : freeId(`tie-${slug(from)}-${slug(to)}`, taken);
    const record: Tie = tieFromDraft({ id: recordId, from, to, networkType: draft.networkType, status: draft.status }, draft);
    const label = `${names.get(from) ?? from} → ${names.get(to) ?? to}`;
    create.mutate(record, {
      onSuccess: () => {
        toasts.show(`Added ${label}.`);
        setDraft(emptyTieDraft(draft.networkType, from));
        setGivenId('');
      },
      onError: (err) => setFailure(writeFailure(err)),
    });
  };

  const field = (key: string, label: string, pointer = `/${key}`) => ({ id: `${id}-${key}`, label, problems, pointer });
  return (
    <form className="add-form" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>Add a tie</h3>
      <div className="form-grid">
        <EndSelect {...field('from', 'From')} groups={startGroups(endpoints)} value={draft.from} onChange={(from) => change({ from })} />
        <EndSelect {...field('to', 'To')} groups={endGroups(endpoints)} value={draft.to} onChange={(to) => change({ to })} placeholder="Choose…" />
        <div>
          <NetworkTypeSelect
            {...field('type', 'Network type', '/networkType')}
            networkTypes={vocabulary.networkTypes}
            value={draft.networkType}
            onChange={(networkType) => change({ networkType })}
          />
        </div>
        <div>
          <TextField {...field('subtype', 'Subtype')} list={`${id}-subtypes`} value={draft.subtype} onChange={(subtype) => change({ subtype })}>
            <datalist id={`${id}-subtypes`}>
              {suggestions.map((s) => (
                <option key={s.value} value={s.value} label={s.label} />
              ))}
            </datalist>
          </TextField>
        </div>
        <div>
          <ScaleSelect {...field('strength', 'Strength (1 weak – 5 strong)')} value={draft.strength} onChange={(strength) => change({ strength })} />
        </div>
        <div>
          <TieStatusSelect {...field('status', 'Status')} statuses={vocabulary.tieStatuses} value={draft.status} onChange={(status) => change({ status })} />
        </div>
        <div>
          <TextField {...field('since', 'Since (YYYY, YYYY-MM or YYYY-MM-DD)')} value={draft.since} onChange={(since) => change({ since })} />
        </div>
        <div>
          <TextField {...field('id', 'Id (optional)')} value={givenId} placeholder="made from the two ends" onChange={setGivenId} />
        </div>
      </div>
      <TextField {...field('description', 'Description')} rows={2} value={draft.description} onChange={(description) => change({ description })} />
      <WriteProblems failure={failure} shown={SHOWN} />
      <button type="submit" className="primary" disabled={create.isPending}>
        Add tie
      </button>
    </form>
  );
});
