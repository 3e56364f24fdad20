/**
 * The "Code selection" panel: the passage chosen (by mouse, by a turn's button, or in the precise
 * textarea), suggestions, the codebook picker, the coder (remembered on this computer) and a memo;
 * Save makes a segment whose quote is exactly the transcript's text at its span. The same panel
 * edits a stored segment's codes, coder and memo, sent with the version it was read at.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { segmentLocation } from '../../../../core/evidence/segment-location';
import { sliceCodePoints } from '../../../../core/evidence/code-points';
import { useToasts } from '../../../components/toast';
import { ApiError, isStale, problemLines } from '../../../lib/api';
import type { CodebookEntry, Segment, Transcript, Versioned } from '../api';
import { useCreateSegment, useSaveSegment } from '../coding-api';
import type { Span } from '../selection-span';
import { CodePicker } from './code-picker';
import { CodeSuggestions } from './code-suggestions';

export type PanelTarget = { kind: 'new'; span: Span } | { kind: 'edit'; segment: Versioned<Segment> };

const CODER_KEY = 'foothold.coder';

function rememberedCoder(): string {
  try {
    return window.localStorage.getItem(CODER_KEY) ?? '';
  } catch {
    return '';
  }
}

function remember(coder: string): void {
  try {
    window.localStorage.setItem(CODER_KEY, coder);
  } catch {
    // Storage refused (private mode): the coder is typed again next time.
  }
}

interface PanelProps {
  workspace: string;
  firmId: string;
  transcript: Transcript;
  codebook: readonly CodebookEntry[];
  target: PanelTarget;
  /** Ids the case is known to hold, for the new segment's id. */
  takenIds: ReadonlySet<string>;
  /** Move focus into the panel when it opens (it was opened from the keyboard). */
  takeFocus: boolean;
  onClose: () => void;
  /** The segment changed since it was read: the page tells the user and reloads. */
  onStale: (message: string) => void;
}

export function CodingPanel({ workspace, firmId, transcript, codebook, target, takenIds, takeFocus, onClose, onStale }: PanelProps) {
  const existing = target.kind === 'edit' ? target.segment.record : undefined;
  const [codes, setCodes] = useState<string[]>(existing?.codes ?? []);
  const [coder, setCoder] = useState(existing === undefined ? rememberedCoder() : (existing.coder ?? ''));
  const [memo, setMemo] = useState(existing?.memo ?? '');
  const [failure, setFailure] = useState<string[]>([]);
  const create = useCreateSegment(workspace, firmId);
  const save = useSaveSegment(workspace, firmId);
  const toasts = useToasts();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  const span = target.kind === 'new' ? target.span : undefined;
  const quote = existing?.quote ?? (span === undefined ? '' : sliceCodePoints(transcript.text, span.start, span.end));
  const location = segmentLocation(existing ?? { span: { transcript: transcript.id, start: span?.start ?? 0, end: span?.end ?? 0 } });
  const pending = create.isPending || save.isPending;

  const failed = (err: unknown) => {
    if (isStale(err))
      onStale(
        `Someone else changed this segment since you opened it, so your change was not saved. The transcript now shows the segment as stored: open it again to edit it.`,
      );
    else setFailure(err instanceof ApiError ? [err.message, ...problemLines(err)] : [String(err)]);
  };

  const submit = () => {
    if (codes.length === 0) {
      setFailure(['Choose at least one code.']);
      return;
    }
    setFailure([]);
    const who = coder.trim();
    const note = memo.trim();
    const extra = { ...(who === '' ? {} : { coder: who }), ...(note === '' ? {} : { memo: note }) };
    if (existing !== undefined && target.kind === 'edit') {
      const { coder: _coder, memo: _memo, ...rest } = existing;
      save.mutate(
        { version: target.segment.version, record: { ...rest, codes, ...extra } },
        {
          onSuccess: () => {
            toasts.show('Saved the segment’s codes.');
            onClose();
          },
          onError: failed,
        },
      );
    } else if (span !== undefined) {
      const segment = { source: transcript.source, quote, span: { transcript: transcript.id, ...span }, codes, ...extra };
      create.mutate(
        { segment, taken: takenIds },
        {
          onSuccess: (saved) => {
            toasts.show(`Coded characters ${span.start + 1}–${span.end} as segment ${saved.record.id}.`);
            onClose();
          },
          onError: failed,
        },
      );
    }
  };

  const title = target.kind === 'new' ? 'Code selection' : 'Edit codes';
  return (
    <section
      className="coding-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <figure className="coding-quote">
          <blockquote>
            <p>{quote}</p>
          </blockquote>
          <figcaption className="quiet">{location}</figcaption>
        </figure>
        <CodeSuggestions
          workspace={workspace}
          firmId={firmId}
          about={existing === undefined ? { transcript: transcript.id, start: span?.start ?? 0, end: span?.end ?? 0 } : { segment: existing.id }}
          chosen={codes}
          onApply={(code) => setCodes((all) => (all.includes(code) ? all : [...all, code]))}
        />
        <CodePicker codebook={codebook} chosen={codes} onChange={setCodes} />
        <p className="coding-field">
          <label htmlFor={`${id}-coder`}>Coder</label>
          <input
            id={`${id}-coder`}
            value={coder}
            maxLength={120}
            autoComplete="off"
            aria-describedby={`${id}-coder-hint`}
            onChange={(e) => {
              setCoder(e.target.value);
              remember(e.target.value.trim());
            }}
          />
          <span id={`${id}-coder-hint`} className="quiet field-note">
            A name or initials. Optional, but needed to compare two coders; remembered on this computer.
          </span>
        </p>
        <p className="coding-field">
          <label htmlFor={`${id}-memo`}>Memo</label>
          <textarea id={`${id}-memo`} rows={3} value={memo} onChange={(e) => setMemo(e.target.value)} />
        </p>
        {failure.length === 0 ? null : (
          <div className="write-error" role="alert">
            {failure.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
        <div className="edit-buttons">
          <button type="submit" className="primary" disabled={pending}>
            {pending ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
