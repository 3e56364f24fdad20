/**
 * The coded segments beside a turn: how each quote starts, where it is, its codes as chips (named
 * from the codebook, edged in their colour), its coder and memo, and Edit codes / Delete.
 */
import { segmentLocation } from '../../../../core/evidence/segment-location';
import type { Segment, Versioned } from '../api';
import { quoteStart } from '../transcript-view';

export interface MarginActions {
  onEdit: (segment: Versioned<Segment>, from: HTMLElement) => void;
  onDelete: (segment: Versioned<Segment>) => void;
  /** The segment being deleted, if one is. */
  deleting: string | undefined;
  /** What the user's role allows: change a segment's codes (write), delete it. */
  canEdit: boolean;
  canDelete: boolean;
}

export function CodeChips({ codes, names, colours }: { codes: readonly string[]; names: ReadonlyMap<string, string>; colours: ReadonlyMap<string, string> }) {
  if (codes.length === 0) return null;
  return (
    <ul className="code-chips" aria-label="Codes">
      {codes.map((c) => {
        const colour = colours.get(c);
        return (
          <li key={c} className="code-chip" style={colour === undefined ? undefined : { borderLeftColor: colour }} title={c}>
            {names.get(c) ?? c}
          </li>
        );
      })}
    </ul>
  );
}

export function SegmentMargin({
  segments,
  label,
  names,
  colours,
  actions,
}: {
  segments: readonly Versioned<Segment>[];
  /** What the list is beside, for its accessible name: "turn 3 (IA1)". */
  label: string;
  names: ReadonlyMap<string, string>;
  colours: ReadonlyMap<string, string>;
  actions: MarginActions;
}) {
  if (segments.length === 0) return null;
  return (
    <ol className="margin-segments" aria-label={`Segments in ${label}`}>
      {segments.map((current) => {
        const s = current.record;
        const short = quoteStart(s.quote, 32);
        return (
          <li key={s.id} className="margin-segment">
            <p className="margin-quote">
              <q>{quoteStart(s.quote)}</q>
            </p>
            <p className="quiet margin-where">
              {segmentLocation(s)}
              {s.coder === undefined ? null : <> · coded by {s.coder}</>}
            </p>
            <CodeChips codes={s.codes} names={names} colours={colours} />
            {s.memo === undefined ? null : (
              <p className="margin-memo">
                <span className="quiet">Memo:</span> {s.memo}
              </p>
            )}
            {actions.canEdit || actions.canDelete ? (
              <div className="margin-actions">
                {actions.canEdit ? (
                  <button type="button" onClick={(e) => actions.onEdit(current, e.currentTarget)}>
                    Edit codes<span className="visually-hidden"> of “{short}”</span>
                  </button>
                ) : null}
                {actions.canDelete ? (
                  <button type="button" disabled={actions.deleting === s.id} onClick={() => actions.onDelete(current)}>
                    {actions.deleting === s.id ? 'Deleting…' : 'Delete'}
                    <span className="visually-hidden"> “{short}”</span>
                  </button>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
