/**
 * What to find warm paths to: a country (the firm's markets offered, any country typed), a kind of
 * organization, or one actor found by name; and how long and how many the paths may be.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { COUNTRY_CODES } from '../../../lib/countries';
import { countryName, words } from '../../../lib/format';
import { ORGANIZATION_TYPE_NAMES, ORGANIZATION_TYPES, type OrganizationType } from '../../../lib/organization-types';
import type { NetworkModel } from '../network-model';
import { countryCodeOf, DEFAULT_HOPS, DEFAULT_TOP, MAX_HOPS, MAX_TOP, type WarmPathsQuery, type WarmTarget } from '../warm-paths';

type Mode = WarmTarget['kind'];
const MODES: [Mode, string][] = [
  ['market', 'A country'],
  ['orgKind', 'A kind of organization'],
  ['actor', 'One actor'],
];
/** More actors than this in the list makes a long select; the search narrows it. */
const ACTORS_LISTED = 200;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

export function WarmPathsForm({
  model,
  asked,
  onAsk,
}: {
  model: NetworkModel;
  /** The paths asked for now, which the form starts from. */
  asked: WarmPathsQuery | undefined;
  onAsk: (query: WarmPathsQuery | undefined) => void;
}) {
  const id = useId();
  const target = asked?.target;
  const [mode, setMode] = useState<Mode>(target?.kind ?? 'market');
  const [market, setMarket] = useState(target?.kind === 'market' ? target.market : '');
  const [orgKind, setOrgKind] = useState<OrganizationType>(target?.kind === 'orgKind' ? target.orgKind : 'company');
  const [search, setSearch] = useState('');
  const [actorId, setActorId] = useState(target?.kind === 'actor' ? target.actorId : '');
  const [maxHops, setMaxHops] = useState(asked?.maxHops ?? DEFAULT_HOPS);
  const [top, setTop] = useState(String(asked?.top ?? DEFAULT_TOP));
  const [problem, setProblem] = useState('');

  const actors = useMemo(
    () => [...model.nodes.values()].flatMap((n) => (n.kind === 'actor' ? [n] : [])).sort((a, b) => a.label.localeCompare(b.label, 'en')),
    [model],
  );
  const kindCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of actors)
      if (n.actor.kind === 'organization' && n.actor.organizationType !== undefined)
        counts.set(n.actor.organizationType, (counts.get(n.actor.organizationType) ?? 0) + 1);
    return counts;
  }, [actors]);
  const matches = useMemo(() => {
    const wanted = fold(search);
    return wanted === '' ? actors : actors.filter((n) => fold(n.label).includes(wanted));
  }, [actors, search]);
  const listed = matches.slice(0, ACTORS_LISTED);
  // The chosen actor stays chosen while the search shows it; otherwise the first match is.
  const actor = listed.some((n) => n.id === actorId) ? actorId : (listed[0]?.id ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const count = Number(top);
    if (!Number.isInteger(count) || count < 1 || count > MAX_TOP) {
      setProblem(`“${top}” is not a number of paths: give a whole number from 1 to ${MAX_TOP}.`);
      return;
    }
    let next: WarmTarget;
    if (mode === 'market') {
      const code = countryCodeOf(market, COUNTRY_CODES);
      if (code === undefined) {
        setProblem(
          market.trim() === ''
            ? 'Type a country: its two-letter code (KG) or its name (Kyrgyzstan).'
            : `“${market.trim()}” is not a country: type its two-letter code (KG) or its name (Kyrgyzstan).`,
        );
        return;
      }
      next = { kind: 'market', market: code };
    } else if (mode === 'orgKind') {
      next = { kind: 'orgKind', orgKind };
    } else {
      if (actor === '') {
        setProblem(search.trim() === '' ? 'The firm records no actors yet.' : `No actor’s name contains “${search.trim()}”: search for another name.`);
        return;
      }
      next = { kind: 'actor', actorId: actor };
    }
    setProblem('');
    onAsk({ target: next, maxHops, top: count });
  };

  return (
    <form className="warm-paths-form" aria-label="Find warm paths" onSubmit={submit} noValidate>
      <fieldset className="warm-paths-reach">
        <legend>Reach</legend>
        {MODES.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} /> {label}
          </label>
        ))}
      </fieldset>
      {mode === 'market' ? (
        <div className="warm-paths-field">
          <label htmlFor={`${id}-market`}>Country to reach</label>
          <input
            id={`${id}-market`}
            list={`${id}-markets`}
            value={market}
            onChange={(e) => setMarket(e.target.value)}
            autoComplete="off"
            aria-describedby={`${id}-market-hint`}
          />
          <datalist id={`${id}-markets`}>
            {model.places.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
                {model.marketStatus.has(code) ? ` — ${words(model.marketStatus.get(code) ?? '')} market` : ''}
              </option>
            ))}
          </datalist>
          <span id={`${id}-market-hint`} className="quiet">
            Its code or name; the firm’s markets are offered.
          </span>
        </div>
      ) : mode === 'orgKind' ? (
        <div className="warm-paths-field">
          <label htmlFor={`${id}-kind`}>Kind of organization to reach</label>
          <select id={`${id}-kind`} value={orgKind} onChange={(e) => setOrgKind(e.target.value as OrganizationType)}>
            {ORGANIZATION_TYPES.map((kind) => (
              <option key={kind} value={kind}>
                {ORGANIZATION_TYPE_NAMES[kind]} ({kindCounts.get(kind) ?? 'none'} recorded)
              </option>
            ))}
          </select>
        </div>
      ) : (
        <>
          <div className="warm-paths-field">
            <label htmlFor={`${id}-search`}>Search actors</label>
            <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
          </div>
          <div className="warm-paths-field">
            <label htmlFor={`${id}-actor`}>Actor to reach</label>
            <select id={`${id}-actor`} value={actor} onChange={(e) => setActorId(e.target.value)} disabled={listed.length === 0}>
              {listed.length === 0 ? <option value="">No actor’s name matches</option> : null}
              {listed.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                  {n.actor.countries === undefined || n.actor.countries.length === 0 ? '' : ` (${n.actor.countries.join(', ')})`}
                </option>
              ))}
            </select>
            {matches.length > listed.length ? (
              <span className="quiet">
                The first {ACTORS_LISTED} of {matches.length.toLocaleString('en')} are listed; search to narrow them.
              </span>
            ) : null}
          </div>
        </>
      )}
      <div className="warm-paths-limits">
        <label>
          Max hops{' '}
          <select value={maxHops} onChange={(e) => setMaxHops(Number(e.target.value))}>
            {Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          Paths to show <input type="number" min={1} max={MAX_TOP} step={1} value={top} onChange={(e) => setTop(e.target.value)} />
        </label>
      </div>
      <div className="warm-paths-actions">
        <button type="submit">Find paths</button>
        {asked === undefined ? null : (
          <button type="button" onClick={() => onAsk(undefined)}>
            Clear
          </button>
        )}
      </div>
      {problem === '' ? null : (
        <p className="warm-paths-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
