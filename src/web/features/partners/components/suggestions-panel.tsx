/**
 * Suggestions from the network: actors within two hops of the firm that fit the search and are not
 * candidates yet, strongest path first, each with who holds the first tie, the introducer in the
 * middle, the ties' strengths, and "Add to long list".
 */
import { useId, useState } from 'react';
import { ErrorState, Loading } from '../../../components/states';
import { searchActions, useSuggestions, type Suggestion, type SuggestionFilters } from '../api';
import { filtersText, fitText, pathStrengthText, percent, strengthText } from '../partners-view';
import { useWrite } from './board-writes';
import { FormError } from './form-bits';

/** How many suggestions show before "Show all". */
const FIRST = 20;

function SuggestionItem({ suggestion: s, filters, firmName }: { suggestion: Suggestion; filters: SuggestionFilters; firmName: string }) {
  const { run, pending, refusal } = useWrite();
  const add = () =>
    run(
      (path, version) => searchActions.addCandidate(path, { version, actor: s.actorId }),
      () => `Added ${s.name} to the long list.`,
    );
  const fit = fitText(s, filters);
  return (
    <li className="suggestion" data-actor={s.actorId}>
      <h3>{s.name}</h3>
      <p>
        {s.introducer === undefined ? `${s.heldBy.name} knows them directly.` : `Introduced by ${s.introducer.name}, whom ${s.heldBy.name} knows.`}{' '}
        <span className="quiet">{pathStrengthText(s.pathStrength)}</span>
      </p>
      <ul className="suggestion-links" aria-label={`The ties from ${firmName} to ${s.name}`}>
        {s.links.map((l, i) => (
          <li key={i}>
            {l.from.name} → {l.to.name}: {l.kind === 'membership' ? 'member' : strengthText(l.strength)}, weighs {percent(l.weight)} today
          </li>
        ))}
      </ul>
      {fit === '' ? null : <p className="quiet">Fits: {fit}.</p>}
      <FormError lines={refusal} what="Not added." />
      <button type="button" onClick={add} disabled={pending}>
        Add to long list<span className="visually-hidden"> — {s.name}</span>
      </button>
    </li>
  );
}

export function SuggestionsPanel({ firmName }: { firmName: string }) {
  const id = useId();
  const { writes } = useWrite();
  const suggestions = useSuggestions(writes.path);
  const [all, setAll] = useState(false);
  const data = suggestions.data;
  const filters = data === undefined ? '' : filtersText(data.filters);
  const shown = data === undefined ? [] : all ? data.suggestions : data.suggestions.slice(0, FIRST);
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Suggestions from the network</h2>
      {suggestions.isError ? (
        <ErrorState error={suggestions.error} retry={() => void suggestions.refetch()} />
      ) : data === undefined ? (
        <Loading what="the suggestions" />
      ) : (
        <>
          <p>
            People and organizations {firmName} or its key people know, or reach through one contact,{' '}
            {filters === '' ? 'whatever they are: the search sets no market, kind or role to narrow them' : `that fit the search (${filters})`} and that are not
            candidates yet; the strongest path first.
          </p>
          {data.suggestions.length === 0 ? (
            <p>
              <strong>Nobody within two hops of {firmName} fits the search yet.</strong> Ask the firm’s contacts for names, and add them by name above.
            </p>
          ) : (
            <>
              <ul className="suggestions">
                {shown.map((s) => (
                  <SuggestionItem key={s.actorId} suggestion={s} filters={data.filters} firmName={firmName} />
                ))}
              </ul>
              {data.suggestions.length > FIRST && !all ? (
                <button type="button" onClick={() => setAll(true)}>
                  Show all {data.suggestions.length} suggestions
                </button>
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
