/** The map's filters (network types, market, status, key person) and the search for an actor by name. */
import { useId, useState, type FormEvent } from 'react';
import { NETWORK_COLOURS, NETWORK_EDGES, NETWORK_NAMES } from '../../../../core/report/palette';
import { capitalize, countryName, words } from '../../../lib/format';
import { NETWORK_TYPES, TIE_STATUSES, type MapFilters, type NetworkModel, type NetworkType } from '../network-model';

export function MapFilterForm({
  model,
  filters,
  onChange,
  onFind,
  found,
}: {
  model: NetworkModel;
  filters: MapFilters;
  /** Called with a change to the filters as they are when it applies (two changes faster than a render both count). */
  onChange: (change: (filters: MapFilters) => MapFilters) => void;
  onFind: (text: string) => void;
  /** What the last search found, said in words. */
  found: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const people = [...model.nodes.values()].filter((n) => n.kind === 'key-person');
  const setType = (type: NetworkType, on: boolean) =>
    onChange((current) => {
      const types = new Set(current.types);
      if (on) types.add(type);
      else types.delete(type);
      return { ...current, types };
    });
  /** Sets one of the single-choice filters; the empty choice removes it. */
  const choose = <K extends 'place' | 'status' | 'person'>(key: K, value: string) =>
    onChange((current) => {
      const next: MapFilters = { ...current };
      if (value === '') delete next[key];
      else Object.assign(next, { [key]: value });
      return next;
    });
  const find = (event: FormEvent) => {
    event.preventDefault();
    onFind(text);
  };
  const suggestions =
    text.trim().length < 2
      ? []
      : [...model.nodes.values()].filter((n) => n.kind === 'actor' && n.label.toLowerCase().includes(text.trim().toLowerCase())).slice(0, 12);

  return (
    <div className="map-filters">
      <fieldset className="map-types">
        <legend>Network types</legend>
        {NETWORK_TYPES.map((type) => (
          <label key={type}>
            <input type="checkbox" checked={filters.types.has(type)} onChange={(e) => setType(type, e.target.checked)} />{' '}
            <span className="swatch swatch-circle" style={{ background: NETWORK_COLOURS[type], borderColor: NETWORK_EDGES[type] }} aria-hidden="true" />
            {NETWORK_NAMES[type]}
          </label>
        ))}
      </fieldset>
      <div className="map-selects">
        <label>
          Market{' '}
          <select value={filters.place ?? ''} onChange={(e) => choose('place', e.target.value)}>
            <option value="">All countries</option>
            {model.places.map((place) => (
              <option key={place} value={place}>
                {countryName(place)} ({place}){model.marketStatus.has(place) ? ` — ${words(model.marketStatus.get(place) ?? '')} market` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={filters.status ?? ''} onChange={(e) => choose('status', e.target.value)}>
            <option value="">Any status</option>
            {TIE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {capitalize(status)}
              </option>
            ))}
          </select>
        </label>
        {people.length === 0 ? null : (
          <label>
            Key person{' '}
            <select value={filters.person ?? ''} onChange={(e) => choose('person', e.target.value)}>
              <option value="">Everyone</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <form className="map-search" role="search" aria-label="Find an actor" onSubmit={find}>
        <label htmlFor={`${id}-find`}>Find an actor</label>
        <input id={`${id}-find`} type="search" list={`${id}-names`} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        <datalist id={`${id}-names`}>
          {suggestions.map((n) => (
            <option key={n.id} value={n.label} />
          ))}
        </datalist>
        <button type="submit">Find</button>
        <span className="quiet map-found" role="status">
          {found}
        </span>
      </form>
    </div>
  );
}
