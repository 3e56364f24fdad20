/**
 * The country-of-origin checklist of one market record (origin-checklist-panel.tsx shows one per
 * record in the chosen country): its four measures as a form saved with the version it was read at,
 * or, for a record without a checklist, the button that starts one.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Loading } from '../../../components/states';
import { ApiError, isStale } from '../../../lib/api';
import { useCan } from '../../../lib/session';
import { useSaveMarket, type MarketRecord, type OriginChecklist } from '../api';
import {
  draftChanged,
  draftOf,
  MITIGATION_STATUSES,
  mitigationOf,
  settledCount,
  settledText,
  startedChecklist,
  STATUS_LABELS,
  withMitigation,
  type ChecklistDraft,
  type MitigationStatus,
  type OriginMeasure,
} from '../origin-checklist-edit';

interface Notice {
  /** `done` is announced politely; `stale` and `failed` as alerts. */
  kind: 'done' | 'stale' | 'failed';
  text: string;
}

const STALE_TEXT = 'Someone changed this market meanwhile, so nothing was saved. The checklist now shows their version: make your change again and save.';

function failureText(err: unknown): string {
  if (!(err instanceof ApiError)) return String(err);
  return [err.message, ...err.problems.map((p) => `${p.pointer}: ${p.message}`)].join(' ');
}

/** Where the market record stands, for the line under its name: "Market record mkt-kz · target · country-of-origin effect rated High". */
function recordLine(market: MarketRecord, checklist: OriginChecklist | undefined): string {
  const r = market.record;
  const parts = [`Market record ${r.id}`, r.status];
  if (r.servedBy !== undefined) parts.push(`served by ${r.servedBy}`);
  if (checklist?.level !== undefined) parts.push(`country-of-origin effect rated ${checklist.level}`);
  return parts.join(' · ');
}

function NoticeLine({ notice }: { notice: Notice | undefined }) {
  return (
    <>
      {/* Always there, so that a screen reader hears what goes into it. */}
      <p role="status" className="markets-origin-notice">
        {notice?.kind === 'done' ? notice.text : ''}
      </p>
      {notice === undefined || notice.kind === 'done' ? null : (
        <p role="alert" className={notice.kind === 'stale' ? 'conflict' : 'field-error'}>
          {notice.text}
        </p>
      )}
    </>
  );
}

interface ChecklistFormProps {
  workspace: string;
  firmId: string;
  market: MarketRecord;
  checklist: OriginChecklist;
  label: string;
  /** Just started here: the form takes the focus from the button it replaces. */
  takeFocus: boolean;
}

/** The checklist of a market record as a form: status and note of each measure, saved with the version it was read at. */
export function ChecklistForm({ workspace, firmId, market, checklist, label, takeFocus }: ChecklistFormProps) {
  const save = useSaveMarket(workspace, firmId);
  // A role that may not change the workspace reads the statuses and notes, with nothing to save.
  const canWrite = useCan('write', workspace);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  // The record the form was read from: its version goes with the save, so that a change made
  // meanwhile is refused (409) rather than overwritten.
  const [base, setBase] = useState(market);
  const [draft, setDraft] = useState<ChecklistDraft>(() => draftOf(market.record.originMitigation));
  const [notice, setNotice] = useState<Notice | undefined>(undefined);

  // A newer version arrived (this form's save, or a reload after a refusal): take it, unless that would drop changes not yet saved.
  if (market.version !== base.version) {
    const unsaved = draftChanged(base.record.originMitigation, draft);
    const holdsDraft = !draftChanged(market.record.originMitigation, draft);
    if (!unsaved || holdsDraft || notice?.kind === 'stale') {
      setBase(market);
      setDraft(draftOf(market.record.originMitigation));
    }
  }

  const dirty = draftChanged(base.record.originMitigation, draft);
  const set = (measure: OriginMeasure, change: Partial<ChecklistDraft[OriginMeasure]>) => setDraft((d) => ({ ...d, [measure]: { ...d[measure], ...change } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    if (!dirty) {
      setNotice({ kind: 'done', text: 'Nothing to save: no status or note has changed.' });
      return;
    }
    const record = withMitigation(base.record, mitigationOf(base.record.originMitigation, draft));
    setNotice(undefined);
    save.mutate(
      { version: base.version, record },
      {
        onSuccess: (saved) => setNotice({ kind: 'done', text: `Saved. ${label}: ${settledText(settledCount(saved.record.originMitigation))}.` }),
        onError: (err) => setNotice(isStale(err) ? { kind: 'stale', text: STALE_TEXT } : { kind: 'failed', text: failureText(err) }),
      },
    );
  };

  const headingId = `${id}-heading`;
  const captionId = `${id}-caption`;
  return (
    <form className="markets-origin-market" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {label}
      </h3>
      <p className="quiet">{recordLine(base, checklist)}</p>
      <p className="markets-origin-settled">{settledText(settledCount(base.record.originMitigation))}</p>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="markets-origin-table">
          <caption id={captionId}>Measures against the country-of-origin effect in {label}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">What it asks</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {checklist.items.map((item) => {
              const statusId = `${id}-${item.measure}-status`;
              const noteId = `${id}-${item.measure}-note`;
              return (
                <tr key={item.measure}>
                  <th scope="row">{item.label}</th>
                  <td>
                    {item.step}.{item.due === undefined ? null : <span className="quiet"> Due {item.due}.</span>}
                  </td>
                  {!canWrite ? (
                    <>
                      <td>{STATUS_LABELS[draft[item.measure].status]}</td>
                      <td>{draft[item.measure].note}</td>
                    </>
                  ) : (
                    <>
                      <td>
                        <label htmlFor={statusId} className="visually-hidden">
                          Status of {item.label} in {label}
                        </label>
                        <select
                          id={statusId}
                          value={draft[item.measure].status}
                          onChange={(e) => set(item.measure, { status: e.target.value as MitigationStatus })}
                        >
                          {MITIGATION_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {STATUS_LABELS[s]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <label htmlFor={noteId} className="visually-hidden">
                          Note on {item.label} in {label}
                        </label>
                        <input
                          id={noteId}
                          type="text"
                          className="markets-origin-note"
                          value={draft[item.measure].note}
                          onChange={(e) => set(item.measure, { note: e.target.value })}
                        />
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {canWrite ? (
        <div className="markets-origin-actions">
          <button type="submit" className="primary" aria-busy={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
            <span className="visually-hidden"> the checklist for {label}</span>
          </button>
          {dirty ? <span className="quiet">Changes not saved yet.</span> : null}
        </div>
      ) : null}
      <NoticeLine notice={notice} />
    </form>
  );
}

interface StartChecklistProps {
  workspace: string;
  firmId: string;
  market: MarketRecord;
  label: string;
  onStarted: (marketId: string) => void;
}

/** A market record without a checklist: why, and (for a role that may write) the button that starts one. */
export function StartChecklist({ workspace, firmId, market, label, onStarted }: StartChecklistProps) {
  const save = useSaveMarket(workspace, firmId);
  const canWrite = useCan('write', workspace);
  const id = useId();
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  // Saved, and the analysis not back yet with the checklist it now keeps.
  const started = (market.record.originMitigation ?? []).length > 0;
  const start = () => {
    if (save.isPending) return;
    setNotice(undefined);
    save.mutate(
      { version: market.version, record: withMitigation(market.record, startedChecklist()) },
      {
        onSuccess: (saved) => onStarted(saved.record.id),
        onError: (err) => setNotice(isStale(err) ? { kind: 'stale', text: STALE_TEXT } : { kind: 'failed', text: failureText(err) }),
      },
    );
  };
  return (
    <section className="markets-origin-market" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{label}</h3>
      <p className="quiet">{recordLine(market, undefined)}</p>
      {started ? (
        <Loading what={`the checklist for ${label}`} />
      ) : (
        <>
          <p>
            No country-of-origin checklist is kept for this market: the firm does not rate the effect High or Medium here, or does not serve or plan the market
            itself.{canWrite ? ' Start one to track the four measures; the open ones join the action plan.' : ''}
          </p>
          {canWrite ? (
            <button type="button" onClick={start} aria-busy={save.isPending}>
              Start a checklist<span className="visually-hidden"> for {label}</span>
            </button>
          ) : null}
        </>
      )}
      <NoticeLine notice={notice} />
    </section>
  );
}
