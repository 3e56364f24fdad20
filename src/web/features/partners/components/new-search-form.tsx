/**
 * "Open a search": title, purpose, market, kind of organization, role, and the criteria with a
 * weight each. The record goes to the record route whole; the board opens once it is stored.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { countries } from '../../../lib/countries';
import { words } from '../../../lib/format';
import { ORGANIZATION_TYPE_NAMES, ORGANIZATION_TYPES } from '../../../lib/organization-types';
import { useActors, useOpenSearch } from '../api';
import { dayOf, emptySearchDraft, newSearchRecord, type FormProblem, type SearchDraft } from '../partners-view';
import { FormError, refusalLines, WEIGHTS } from './form-bits';

/** The props of an input whose field may have a problem: aria-invalid and the id of its message. */
function invalidProps(id: string, problems: readonly FormProblem[], field: string) {
  return problems.some((p) => p.field === field) ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-problem` } : {};
}

function FieldProblem({ id, problems, field }: { id: string; problems: readonly FormProblem[]; field: string }) {
  const here = problems.filter((p) => p.field === field);
  return here.length === 0 ? null : (
    <span className="field-error" id={`${id}-${field}-problem`}>
      {here.map((p) => p.message).join('; ')}
    </span>
  );
}

export function NewSearchForm({ workspace, firmId, base, takenIds }: { workspace: string; firmId: string; base: string; takenIds: ReadonlySet<string> }) {
  const id = useId();
  const navigate = useNavigate();
  const open = useOpenSearch(workspace, firmId);
  const actors = useActors(workspace, firmId);
  const [draft, setDraft] = useState<SearchDraft>(emptySearchDraft);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [refusal, setRefusal] = useState<string[] | undefined>(undefined);
  const roles = useMemo(() => [...new Set((actors.data ?? []).flatMap((a) => a.record.roles ?? []))].sort(), [actors.data]);
  const change = (part: Partial<SearchDraft>) => setDraft((d) => ({ ...d, ...part }));
  const changeCriterion = (i: number, part: Partial<SearchDraft['criteria'][number]>) =>
    setDraft((d) => ({ ...d, criteria: d.criteria.map((c, j) => (j === i ? { ...c, ...part } : c)) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRefusal(undefined);
    const made = newSearchRecord(draft, dayOf(new Date()), takenIds);
    setProblems(made.problems);
    if (made.record === undefined) {
      document.getElementById(`${id}-${made.problems[0]?.field ?? 'title'}`)?.focus();
      return;
    }
    open.mutate(made.record, {
      onSuccess: (created) => void navigate(`${base}/${encodeURIComponent(created.record.id)}`),
      onError: (err) => setRefusal(refusalLines(err)),
    });
  };

  return (
    <section className="panel new-search" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Open a search</h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={draft.title}
            onChange={(e) => change({ title: e.target.value })}
            aria-required
            {...invalidProps(id, problems, 'title')}
          />
          <FieldProblem id={id} problems={problems} field="title" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-purpose`}>Purpose</label>
          <input
            id={`${id}-purpose`}
            value={draft.purpose}
            placeholder="e.g. contract manufacturer in the EU"
            onChange={(e) => change({ purpose: e.target.value })}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-market`}>Market</label>
            <select id={`${id}-market`} value={draft.market} onChange={(e) => change({ market: e.target.value })}>
              <option value="">Any market</option>
              {countries().map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>Kind of organization</label>
            <select id={`${id}-type`} value={draft.organizationType} onChange={(e) => change({ organizationType: e.target.value })}>
              <option value="">Any kind</option>
              {ORGANIZATION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {ORGANIZATION_TYPE_NAMES[t]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>Role</label>
            <input
              id={`${id}-role`}
              list={`${id}-roles`}
              value={draft.role}
              placeholder="e.g. contract_manufacturer"
              onChange={(e) => change({ role: e.target.value })}
              aria-describedby={`${id}-role-hint`}
            />
            <datalist id={`${id}-roles`}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {words(r)}
                </option>
              ))}
            </datalist>
            <span className="field-hint" id={`${id}-role-hint`}>
              As the firm’s actors and ties spell it; the suggestions match on it.
            </span>
          </div>
        </div>
        <fieldset className="criteria-fieldset">
          <legend>Criteria and their weights</legend>
          <p className="field-hint">What decides the choice, e.g. “GMP certified” or “Personal engagement and cultural fit”; leave a row empty to skip it.</p>
          <ol className="criteria-rows">
            {draft.criteria.map((c, i) => (
              <li key={i} className="criterion-row">
                <span className="field">
                  <label htmlFor={`${id}-criterion-${i}-name`}>Criterion {i + 1}</label>
                  <input
                    id={`${id}-criterion-${i}-name`}
                    value={c.name}
                    onChange={(e) => changeCriterion(i, { name: e.target.value })}
                    {...invalidProps(id, problems, `criterion-${i}-name`)}
                  />
                  <FieldProblem id={id} problems={problems} field={`criterion-${i}-name`} />
                </span>
                <span className="field">
                  <label htmlFor={`${id}-criterion-${i}-weight`}>Weight of criterion {i + 1}</label>
                  <select
                    id={`${id}-criterion-${i}-weight`}
                    value={c.weight}
                    onChange={(e) => changeCriterion(i, { weight: e.target.value })}
                    {...invalidProps(id, problems, `criterion-${i}-weight`)}
                  >
                    {WEIGHTS.map((w) => (
                      <option key={w.value} value={w.value}>
                        {w.label}
                      </option>
                    ))}
                  </select>
                  <FieldProblem id={id} problems={problems} field={`criterion-${i}-weight`} />
                </span>
                {draft.criteria.length > 1 ? (
                  <button type="button" onClick={() => setDraft((d) => ({ ...d, criteria: d.criteria.filter((_, j) => j !== i) }))}>
                    Remove criterion {i + 1}
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => {
              const next = draft.criteria.length;
              setDraft((d) => ({ ...d, criteria: [...d.criteria, { name: '', weight: '3' }] }));
              // The new row's name, once it is there.
              requestAnimationFrame(() => document.getElementById(`${id}-criterion-${next}-name`)?.focus());
            }}
          >
            Add a criterion
          </button>
        </fieldset>
        <FormError lines={refusal} what="Not opened." />
        <p>
          <button type="submit" className="primary" disabled={open.isPending}>
            {open.isPending ? 'Opening…' : 'Open the search'}
          </button>
        </p>
      </form>
    </section>
  );
}
