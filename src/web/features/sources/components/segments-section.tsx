/**
 * Every coded segment of the firm — its quote, where in the source it stands (its location, or its
 * characters in the source's transcript), its coder and codes — grouped under its source,
 * filterable by words and by code. Long lists come 200 at a time.
 */
import { useId, useMemo, useState } from 'react';
import { segmentLocation } from '../../../../core/evidence/segment-location';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { capitalize, words } from '../../../lib/format';
import { useSegments, useSources, type Segment, type Source } from '../api';
import { PartialDate } from './partial-date';

const STEP = 200;

function matches(text: string, filter: string): boolean {
  const lower = text.toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => lower.includes(w));
}

interface Group {
  id: string;
  source: Source | undefined;
  segments: Segment[];
  /** How many of the source's segments match, shown or not. */
  matching: number;
}

function SourceGroup({ group, titles }: { group: Group; titles: ReadonlyMap<string, string> }) {
  const headingId = useId();
  const { source } = group;
  return (
    <section className="source-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{source?.title ?? `Source ${group.id} (not among the firm's sources)`}</h3>
      {source === undefined ? null : (
        <p className="quiet">
          {capitalize(words(source.kind))}
          {source.date === undefined ? null : (
            <>
              , <PartialDate date={source.date} />
            </>
          )}
          {' · '}
          {group.matching} {group.matching === 1 ? 'segment' : 'segments'}
        </p>
      )}
      <ol className="segment-list" aria-label={`Segments from ${source?.title ?? group.id}`}>
        {group.segments.map((s) => (
          <li key={s.id}>
            <figure>
              <blockquote>
                <p>{s.quote}</p>
              </blockquote>
              <figcaption>
                <span className="quiet">Location:</span> {segmentLocation(s)}
                {s.coder === undefined ? null : (
                  <>
                    {' · '}
                    <span className="quiet">Coded by:</span> {s.coder}
                  </>
                )}
                {s.reportedFrom === undefined ? null : (
                  <>
                    {' · '}
                    <span className="quiet">Reported from:</span> {titles.get(s.reportedFrom) ?? s.reportedFrom}
                  </>
                )}
              </figcaption>
            </figure>
            {s.codes.length === 0 ? null : (
              <ul className="codes" aria-label="Codes">
                {s.codes.map((c) => (
                  <li key={c}>
                    <code>{c}</code>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function SegmentsSection({ workspace, firmId }: { workspace: string; firmId: string }) {
  const segments = useSegments(workspace, firmId);
  const sources = useSources(workspace, firmId);
  const [filter, setFilter] = useState('');
  const [code, setCode] = useState('');
  const [limit, setLimit] = useState(STEP);
  const id = useId();

  const codes = useMemo(() => {
    const counts = new Map<string, number>();
    for (const { record } of segments.data ?? []) for (const c of record.codes) counts.set(c, (counts.get(c) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b, 'en'));
  }, [segments.data]);

  const view = useMemo(() => {
    const titles = new Map((sources.data ?? []).map(({ record }) => [record.id, record.title]));
    const matching = (segments.data ?? [])
      .map((s) => s.record)
      .filter(
        (s) =>
          (code === '' || s.codes.includes(code)) &&
          matches(`${s.quote} ${segmentLocation(s)} ${titles.get(s.source) ?? s.source} ${s.codes.join(' ')}`, filter),
      );
    // Sources in their stored order, then any source a segment names that is not among them.
    const order = [...(sources.data ?? []).map(({ record }) => record.id), ...matching.map((s) => s.source)];
    const bySource = new Map<string, Segment[]>();
    for (const s of matching) bySource.set(s.source, [...(bySource.get(s.source) ?? []), s]);
    let room = limit;
    const groups: Group[] = [];
    for (const sourceId of new Set(order)) {
      const all = bySource.get(sourceId);
      if (all === undefined || room <= 0) continue;
      groups.push({ id: sourceId, source: sources.data?.find((x) => x.record.id === sourceId)?.record, segments: all.slice(0, room), matching: all.length });
      room -= all.length;
    }
    return { titles, groups, total: matching.length };
  }, [segments.data, sources.data, filter, code, limit]);

  let body;
  if (segments.isPending || sources.isPending) body = <Loading what="the coded segments" />;
  else if (segments.isError || sources.isError)
    body = (
      <ErrorState
        error={segments.error ?? sources.error}
        retry={() => {
          void segments.refetch();
          void sources.refetch();
        }}
      />
    );
  else if (segments.data.length === 0) body = <Empty title="No coded segments yet." />;
  else
    body = (
      <>
        <div className="filters" role="search" aria-label="Segment filters">
          <div>
            <label htmlFor={`${id}-filter`}>Filter segments</label>
            <input
              id={`${id}-filter`}
              type="search"
              value={filter}
              placeholder="Words of the quote, location or source"
              onChange={(e) => {
                setFilter(e.target.value);
                setLimit(STEP);
              }}
            />
          </div>
          <div>
            <label htmlFor={`${id}-code`}>Code</label>
            <select
              id={`${id}-code`}
              value={code}
              onChange={(e) => {
                setCode(e.target.value);
                setLimit(STEP);
              }}
            >
              <option value="">All codes</option>
              {codes.map(([c, n]) => (
                <option key={c} value={c}>
                  {c} ({n})
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="quiet" aria-live="polite">
          {view.total === segments.data.length
            ? `${segments.data.length.toLocaleString('en')} segments`
            : `${view.total.toLocaleString('en')} of ${segments.data.length.toLocaleString('en')} segments match`}
          {view.total > limit ? `; the first ${limit.toLocaleString('en')} are shown` : ''}.
        </p>
        {view.total === 0 ? <p>No segment matches the filter.</p> : view.groups.map((g) => <SourceGroup key={g.id} group={g} titles={view.titles} />)}
        {view.total > limit ? (
          <button type="button" onClick={() => setLimit(limit + STEP)}>
            Show more segments
          </button>
        ) : null}
      </>
    );

  return (
    <section className="panel" aria-labelledby="segments-heading">
      <h2 id="segments-heading">Coded segments</h2>
      <p className="quiet">The quotes the analysis cites, with where each stands in its source, grouped by source.</p>
      {body}
    </section>
  );
}
