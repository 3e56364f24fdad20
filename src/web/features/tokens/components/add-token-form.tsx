/** Adds a token with a name and a scope (read, or write with everything the user's roles allow). */
import { useId, useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/states';
import { SCOPE_MEANINGS } from '../tokens-view';
import { useCreateToken, type NewApiToken, type TokenScope } from '../api';

const SCOPES: readonly TokenScope[] = ['read', 'write'];

export function AddTokenForm({ onCreated }: { onCreated: (token: NewApiToken) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const create = useCreateToken();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), scope },
      {
        onSuccess: (token) => {
          setName('');
          onCreated(token);
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add a token</h2>
      <form className="token-form" onSubmit={submit} aria-busy={create.isPending}>
        <div className="token-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            required
            maxLength={100}
            autoComplete="off"
            aria-describedby={`${id}-name-hint`}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <span id={`${id}-name-hint`} className="quiet">
            What it is for, e.g. “nightly export”
          </span>
        </div>
        <fieldset className="token-scopes">
          <legend>Scope</legend>
          {SCOPES.map((s) => (
            <div key={s} className="token-scope">
              <label>
                <input type="radio" name={`${id}-scope`} value={s} checked={scope === s} aria-describedby={`${id}-${s}`} onChange={() => setScope(s)} /> {s}
              </label>{' '}
              <span id={`${id}-${s}`} className="quiet">
                {SCOPE_MEANINGS[s]}
              </span>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add token'}
        </button>
      </form>
      {create.isError ? <ErrorState error={create.error} /> : null}
    </section>
  );
}
