/**
 * Adding a candidate to the long list: an actor of the firm's network, found by typing part of its
 * name, or a name not in the network yet; optionally who recommended it.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { searchActions, useActors, useKeyPeople, type Board } from '../api';
import { useWrite } from './board-writes';
import { FormError } from './form-bits';

/** How many matching actors the select offers at once; typing narrows them. */
const SHOWN = 100;

type Source = 'actor' | 'name';

export function AddCandidateForm({ board, firmName }: { board: Board; firmName: string }) {
  const id = useId();
  const { run, pending, refusal, writes } = useWrite();
  const { workspace, firmId } = writes.path;
  const actors = useActors(workspace, firmId);
  const keyPeople = useKeyPeople(workspace, firmId);
  const [source, setSource] = useState<Source>('actor');
  const [filter, setFilter] = useState('');
  const [actor, setActor] = useState('');
  const [name, setName] = useState('');
  const [referredBy, setReferredBy] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const taken = useMemo(() => new Set(board.columns.flatMap((c) => c.candidates.flatMap((x) => (x.actor === undefined ? [] : [x.actor])))), [board]);
  const free = useMemo(
    () =>
      (actors.data ?? [])
        .map((a) => a.record)
        .filter((a) => !taken.has(a.id))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [actors.data, taken],
  );
  const needle = filter.trim().toLowerCase();
  const matching = needle === '' ? free : free.filter((a) => a.name.toLowerCase().includes(needle) || a.id.includes(needle));
  const shown = matching.slice(0, SHOWN);
  // The chosen actor stays chosen while the filter would hide it.
  const chosen = free.find((a) => a.id === actor);
  const options = chosen === undefined || shown.includes(chosen) ? shown : [chosen, ...shown];
  const referrers = useMemo(
    () => [
      ...(keyPeople.data ?? []).map((p) => ({ id: p.record.id, label: `${p.record.name ?? p.record.role} (${firmName})` })),
      ...(actors.data ?? []).map((a) => ({ id: a.record.id, label: a.record.name })).sort((a, b) => a.label.localeCompare(b.label)),
    ],
    [keyPeople.data, actors.data, firmName],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const given = source === 'actor' ? actor : name.trim();
    if (given === '') {
      setProblem(source === 'actor' ? 'Choose an actor of the network, or add someone by name.' : 'Give the candidate’s name.');
      document.getElementById(`${id}-${source}`)?.focus();
      return;
    }
    setProblem(undefined);
    const label = source === 'actor' ? (chosen?.name ?? actor) : given;
    run(
      (path, version) =>
        searchActions.addCandidate(path, {
          version,
          ...(source === 'actor' ? { actor: given } : { name: given }),
          ...(referredBy === '' ? {} : { referredBy }),
        }),
      () => `Added ${label} to the long list.`,
      () => {
        setActor('');
        setName('');
        setFilter('');
        setReferredBy('');
      },
    );
  };

  const invalid = (field: Source) => (problem !== undefined && source === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {});
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add a candidate</h2>
      <form onSubmit={submit} noValidate>
        <fieldset className="choices-inline">
          <legend>Who</legend>
          <label>
            <input type="radio" name={`${id}-source`} value="actor" checked={source === 'actor'} onChange={() => setSource('actor')} /> An actor in the network
            of {firmName}
          </label>
          <label>
            <input type="radio" name={`${id}-source`} value="name" checked={source === 'name'} onChange={() => setSource('name')} /> Someone not in the network
            yet
          </label>
        </fieldset>
        {source === 'actor' ? (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-filter`}>Find an actor</label>
              <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} aria-describedby={`${id}-shown`} />
              <span className="field-hint" id={`${id}-shown`}>
                {actors.isPending
                  ? 'Loading the actors…'
                  : matching.length > SHOWN
                    ? `Showing ${SHOWN} of ${matching.length} matching actors; type to narrow.`
                    : `${matching.length} ${matching.length === 1 ? 'actor matches' : 'actors match'}.`}
              </span>
            </div>
            <div className="field">
              <label htmlFor={`${id}-actor`}>Actor</label>
              <select id={`${id}-actor`} value={actor} onChange={(e) => setActor(e.target.value)} {...invalid('actor')}>
                <option value="">Choose an actor</option>
                {options.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} {...invalid('name')} />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-referrer`}>Recommended by (optional)</label>
          <select id={`${id}-referrer`} value={referredBy} onChange={(e) => setReferredBy(e.target.value)}>
            <option value="">Nobody named</option>
            {referrers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        {problem === undefined ? null : (
          <p className="field-error" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
        <FormError lines={refusal} what="Not added." />
        <button type="submit" className="primary" disabled={pending}>
          Add to the long list
        </button>
      </form>
    </section>
  );
}
