/** The form under the actors table that adds an actor: a person, an organization, or a platform or community. */
import { useId, useState, type FormEvent } from 'react';
import { useToasts } from '../../../components/toast';
import { useCreateRecord, type Actor } from '../api';
import { actorFromDraft, emptyActorDraft, freeId, slug, type ActorDraft } from '../drafts';
import { writeFailure, type WriteFailure } from '../problems';
import { KindSelects } from './actor-fields';
import { WriteProblems } from './field-problems';
import { TextField } from './fields';

const SHOWN = ['/id', '/name', '/kind', '/organizationType', '/platformType', '/countries', '/sector', '/roles', '/description'];

export function ActorForm({ workspace, firmId, taken }: { workspace: string; firmId: string; taken: ReadonlySet<string> }) {
  const create = useCreateRecord(workspace, firmId, 'actors');
  const toasts = useToasts();
  const id = useId();
  const [draft, setDraft] = useState<ActorDraft>(emptyActorDraft);
  const [givenId, setGivenId] = useState('');
  const [failure, setFailure] = useState<WriteFailure | undefined>(undefined);
  const change = (part: Partial<ActorDraft>) => setDraft((d) => ({ ...d, ...part }));
  const problems = failure?.problems ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const recordId = givenId.trim() !== '' ? givenId.trim() : freeId(`actor-${slug(draft.name) || 'unnamed'}`, taken);
    const record: Actor = actorFromDraft({ id: recordId, name: draft.name, kind: draft.kind, roles: [] }, draft);
    create.mutate(record, {
      onSuccess: () => {
        toasts.show(`Added ${record.name}.`);
        setDraft(emptyActorDraft());
        setGivenId('');
      },
      onError: (err) => setFailure(writeFailure(err)),
    });
  };

  const field = (key: string, label: string) => ({ id: `${id}-${key}`, label, problems, pointer: `/${key}` });
  const text = (key: 'name' | 'countries' | 'sector' | 'roles', label: string) => (
    <div>
      <TextField {...field(key, label)} required={key === 'name'} value={draft[key]} onChange={(value) => change({ [key]: value })} />
    </div>
  );
  return (
    <form className="add-form" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>Add an actor</h3>
      <div className="form-grid">
        {text('name', 'Name')}
        <div>
          <KindSelects id={id} draft={draft} problems={problems} onChange={change} />
        </div>
        {text('countries', 'Countries (ISO codes such as FI, MN)')}
        {text('sector', 'Sector')}
        {text('roles', 'Roles (separated by commas)')}
        <div>
          <TextField {...field('id', 'Id (optional)')} value={givenId} placeholder="made from the name" onChange={setGivenId} />
        </div>
      </div>
      <TextField {...field('description', 'Description')} rows={2} value={draft.description} onChange={(description) => change({ description })} />
      <WriteProblems failure={failure} shown={SHOWN} />
      <button type="submit" className="primary" disabled={create.isPending}>
        Add actor
      </button>
    </form>
  );
}
