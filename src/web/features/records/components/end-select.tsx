/** The ends a tie can have, and the select that chooses one: narrowed by a search box when there are many. */
import { useState } from 'react';
import type { ApiProblem } from '../../../lib/api';
import { filterWords, hasWords } from '../table-model';
import { FieldProblems, fieldAria } from './field-problems';
import type { Option } from './fields';

export interface Endpoints {
  /** The firm and its key people: ties may start from them. */
  own: readonly Option[];
  keyPeople: readonly Option[];
  actors: readonly Option[];
}

/** Longer lists than this get a search box, and list only this many matches: 5,000 options in a select make the page slow. */
const LISTED = 100;

interface Group {
  label: string;
  options: readonly Option[];
}

/** Where a tie may start: the firm and its people, or an actor. */
export const startGroups = (endpoints: Endpoints): Group[] => [
  { label: 'The firm and its people', options: endpoints.own },
  { label: 'Actors', options: endpoints.actors },
];

/** Where a tie may end: a key person or an actor. */
export const endGroups = (endpoints: Endpoints): Group[] => [
  { label: 'Key people', options: endpoints.keyPeople },
  { label: 'Actors', options: endpoints.actors },
];

/** A select of the records a tie can start or end at, narrowed by a search box when there are many. */
export function EndSelect({
  id,
  label,
  hideLabel = false,
  groups,
  value,
  onChange,
  placeholder,
  problems,
  pointer,
}: {
  id: string;
  label: string;
  /** In a table row: the column header labels the select to the eye. */
  hideLabel?: boolean;
  groups: readonly Group[];
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  problems: readonly ApiProblem[];
  pointer: string;
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
      <label className={hideLabel ? 'visually-hidden' : undefined} htmlFor={id}>
        {label}
      </label>
      {many ? (
        <>
          <label className="visually-hidden" htmlFor={`${id}-search`}>
            Search the list for {label}
          </label>
          <input id={`${id}-search`} type="search" value={search} placeholder="Type to narrow the list" onChange={(e) => setSearch(e.target.value)} />
        </>
      ) : null}
      <select id={id} required value={value} onChange={(e) => onChange(e.target.value)} {...fieldAria(id, problems, pointer)}>
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
      <FieldProblems id={id} problems={problems} pointer={pointer} />
    </div>
  );
}
