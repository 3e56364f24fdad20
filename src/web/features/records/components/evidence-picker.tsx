/**
 * Attaches coded segments to a record's evidence and detaches them: the attached ones first, then
 * a search over the firm's segments by quote, location, source and code. It changes the editor's
 * draft only; the record is saved with the editor's Save.
 */
import { useId, useMemo, useState } from 'react';
import { ErrorState, Loading } from '../../../components/states';
import { useSegments, useSources, type Segment } from '../api';
import { matchesText } from '../table-model';
import { segmentLocation } from '../../../../core/evidence/segment-location';

const SHOWN = 20;

function SegmentText({ segment, sourceTitle, id }: { segment: Segment; sourceTitle: string | undefined; id: string }) {
  return (
    <span id={id}>
      <q>{segment.quote}</q>{' '}
      <span className="quiet">
        — {segmentLocation(segment)}
        {sourceTitle === undefined ? '' : `, ${sourceTitle}`}
      </span>
    </span>
  );
}

export function EvidencePicker({
  workspace,
  firmId,
  label,
  evidence,
  onChange,
}: {
  workspace: string;
  firmId: string;
  /** What the evidence is for, e.g. "Company A → Bio-Europe". */
  label: string;
  evidence: readonly string[];
  onChange: (evidence: string[]) => void;
}) {
  const segments = useSegments(workspace, firmId);
  const sources = useSources(workspace, firmId);
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(SHOWN);
  const base = useId();
  const titles = useMemo(() => new Map((sources.data ?? []).map((s) => [s.record.id, s.record.title])), [sources.data]);
  const byId = useMemo(() => new Map((segments.data ?? []).map((s) => [s.record.id, s.record])), [segments.data]);
  const matches = useMemo(() => {
    const attached = new Set(evidence);
    return (segments.data ?? [])
      .map((s) => s.record)
      .filter(
        (s) => !attached.has(s.id) && matchesText(`${s.quote} ${segmentLocation(s)} ${titles.get(s.source) ?? s.source} ${s.codes.join(' ')} ${s.id}`, search),
      );
  }, [segments.data, evidence, search, titles]);

  return (
    <fieldset className="evidence-picker">
      <legend>Evidence for {label}</legend>
      {segments.isPending ? (
        <Loading what="the coded segments" />
      ) : segments.isError ? (
        <ErrorState error={segments.error} retry={() => void segments.refetch()} />
      ) : (
        <>
          {evidence.length === 0 ? (
            <p className="quiet">No evidence attached yet.</p>
          ) : (
            <ul className="evidence-list" aria-label={`Evidence attached to ${label}`}>
              {evidence.map((id) => {
                const segment = byId.get(id);
                const textId = `${base}-attached-${id}`;
                return (
                  <li key={id}>
                    {segment === undefined ? (
                      <span id={textId}>
                        Segment <code>{id}</code> (not among the firm's segments)
                      </span>
                    ) : (
                      <SegmentText segment={segment} sourceTitle={titles.get(segment.source)} id={textId} />
                    )}{' '}
                    <button type="button" aria-describedby={textId} onClick={() => onChange(evidence.filter((e) => e !== id))}>
                      Detach
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {segments.data.length === 0 ? (
            <p className="quiet">The firm has no coded segments yet: add its sources and segments first.</p>
          ) : (
            <>
              <label htmlFor={`${base}-search`}>Search segments to attach</label>
              <input
                id={`${base}-search`}
                type="search"
                value={search}
                placeholder="Words of the quote, location, source or code"
                onChange={(e) => {
                  setSearch(e.target.value);
                  setLimit(SHOWN);
                }}
              />
              <p className="quiet" aria-live="polite">
                {matches.length === 0
                  ? 'No segment matches.'
                  : `${matches.length.toLocaleString('en')} ${matches.length === 1 ? 'segment matches' : 'segments match'}${matches.length > limit ? `; the first ${limit} are shown` : ''}.`}
              </p>
              <ul className="evidence-list" aria-label={`Segments to attach to ${label}`}>
                {matches.slice(0, limit).map((segment) => {
                  const textId = `${base}-match-${segment.id}`;
                  return (
                    <li key={segment.id}>
                      <SegmentText segment={segment} sourceTitle={titles.get(segment.source)} id={textId} />{' '}
                      <button type="button" aria-describedby={textId} onClick={() => onChange([...evidence, segment.id])}>
                        Attach
                      </button>
                    </li>
                  );
                })}
              </ul>
              {matches.length > limit ? (
                <button type="button" onClick={() => setLimit(limit + SHOWN)}>
                  Show more segments
                </button>
              ) : null}
            </>
          )}
        </>
      )}
    </fieldset>
  );
}
