/**
 * The search's criteria: each with its weight 1–5, which can be changed, and new ones to add. The
 * server gives a new criterion its id from its name and takes a known name as a new weight.
 */
import { useId, useState, type FormEvent } from 'react';
import { searchActions, type Criterion } from '../api';
import { criteriaOf, type CriterionDraft, type FormProblem } from '../partners-view';
import { useWrite } from './board-writes';
import { FormError, WEIGHTS } from './form-bits';

function WeightSelect({ id, label, value, onChange, problem }: { id: string; label: string; value: string; onChange: (v: string) => void; problem?: string }) {
  return (
    <span className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...(problem === undefined ? {} : { 'aria-invalid': true })}>
        {WEIGHTS.map((w) => (
          <option key={w.value} value={w.value}>
            {w.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function CriteriaForm({ criteria }: { criteria: readonly Criterion[] }) {
  const id = useId();
  const { run, pending, refusal, writes } = useWrite();
  // Weights changed here and not saved yet; the board's reload (keyed by the criteria) starts afresh.
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<CriterionDraft[]>([{ name: '', weight: '3' }]);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [unchanged, setUnchanged] = useState(false);

  if (!writes.open || !writes.canWrite) {
    return (
      <section className="panel" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Criteria</h2>
        {criteria.length === 0 ? (
          <p className="quiet">None.</p>
        ) : (
          <ul>
            {criteria.map((c) => (
              <li key={c.id}>
                {c.name} — weight {c.weight}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changed = criteria
      .filter((c) => weights[c.id] !== undefined && weights[c.id] !== String(c.weight))
      .map((c) => ({ name: c.name, weight: weights[c.id] ?? '' }));
    const fresh = criteriaOf(added);
    const clash = fresh.criteria.flatMap((c, i) =>
      criteria.some((k) => k.name.toLowerCase() === c.name.toLowerCase())
        ? [{ field: `criterion-${i}-name`, message: `"${c.name}" is a criterion already; change its weight above` }]
        : [],
    );
    const found = [...fresh.problems, ...clash];
    setProblems(found);
    setUnchanged(false);
    if (found.length > 0) {
      document.getElementById(`${id}-${found[0]?.field ?? ''}`)?.focus();
      return;
    }
    const all = [...criteriaOf(changed).criteria, ...fresh.criteria];
    if (all.length === 0) {
      setUnchanged(true);
      return;
    }
    run(
      (path, version) => searchActions.addCriteria(path, { version, criteria: all }),
      () => `Saved ${all.length === 1 ? 'the criterion' : `${all.length} criteria`}: ${all.map((c) => `${c.name} (weight ${c.weight})`).join(', ')}.`,
      () => setAdded([{ name: '', weight: '3' }]),
    );
  };
  const problemAt = (field: string) => problems.find((p) => p.field === field)?.message;

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Criteria</h2>
      <p className="quiet">What decides the choice, each weighted 1 (counts a little) to 5 (decisive). A candidate’s score weighs its scores by them.</p>
      <form onSubmit={submit} noValidate>
        {criteria.length === 0 ? null : (
          <ul className="criteria-rows">
            {criteria.map((c) => (
              <li key={c.id} className="criterion-row">
                <WeightSelect
                  id={`${id}-weight-${c.id}`}
                  label={`Weight of ${c.name}`}
                  value={weights[c.id] ?? String(c.weight)}
                  onChange={(w) => setWeights((all) => ({ ...all, [c.id]: w }))}
                />
              </li>
            ))}
          </ul>
        )}
        <fieldset>
          <legend>New criteria</legend>
          <ol className="criteria-rows">
            {added.map((c, i) => (
              <li key={i} className="criterion-row">
                <span className="field">
                  <label htmlFor={`${id}-criterion-${i}-name`}>New criterion {i + 1}</label>
                  <input
                    id={`${id}-criterion-${i}-name`}
                    value={c.name}
                    onChange={(e) => setAdded((all) => all.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
                    {...(problemAt(`criterion-${i}-name`) === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${id}-criterion-${i}-problem` })}
                  />
                  {problemAt(`criterion-${i}-name`) === undefined ? null : (
                    <span className="field-error" id={`${id}-criterion-${i}-problem`}>
                      {problemAt(`criterion-${i}-name`)}
                    </span>
                  )}
                </span>
                <WeightSelect
                  id={`${id}-criterion-${i}-weight`}
                  label={`Weight of new criterion ${i + 1}`}
                  value={c.weight}
                  onChange={(w) => setAdded((all) => all.map((x, j) => (j === i ? { ...x, weight: w } : x)))}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => {
              const next = added.length;
              setAdded((all) => [...all, { name: '', weight: '3' }]);
              requestAnimationFrame(() => document.getElementById(`${id}-criterion-${next}-name`)?.focus());
            }}
          >
            Another new criterion
          </button>
        </fieldset>
        <FormError lines={refusal} />
        {unchanged ? <p role="status">No weight changed and no new criterion named.</p> : null}
        <p>
          <button type="submit" disabled={pending}>
            Save criteria
          </button>
        </p>
      </form>
    </section>
  );
}
