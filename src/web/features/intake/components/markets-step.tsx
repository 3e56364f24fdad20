/**
 * Step 2: the countries the firm serves, the ones it targets or explores, and where it tried and
 * failed, each with a market status from the vocabulary. Each market is saved as it is added; Next
 * adds the one still in the form, if any.
 */
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api';
import { countryName } from '../../../lib/format';
import { useAddMarket, useRemoveMarket, type Market, type VersionedFirm, type VersionedMarket, type Vocabulary } from '../api';
import { draftKey, useDraft } from '../draft';
import { focusFirstInvalid, hasErrors, placeProblems, type FieldErrors } from '../problems';
import { CountryOptions } from './country-options';
import { Choices, Field, StatusLine, StepErrors, StepNav } from './field';

interface MarketDraft {
  country: string;
  status: string;
  failureReason: string;
}

type Status = Market['status'];

/** Statuses of a market the firm was in or tried to enter: the ones that may say why it ended. */
const ENDED: readonly string[] = ['failed', 'exited', 'past'];

const EMPTY: MarketDraft = { country: '', status: '', failureReason: '' };

const FIELD_OF: Record<string, keyof MarketDraft> = { id: 'country', country: 'country', region: 'country', status: 'status', failureReason: 'failureReason' };

export function marketPlace(m: Market): string {
  return m.country === undefined ? (m.region ?? m.id) : countryName(m.country);
}

export function MarketsStep({
  workspace,
  firm,
  markets,
  vocabulary,
  back,
  onDone,
}: {
  workspace: string;
  firm: VersionedFirm;
  markets: readonly VersionedMarket[];
  vocabulary: Vocabulary;
  back: string;
  onDone: () => void;
}) {
  const firmId = firm.record.id;
  const add = useAddMarket(workspace, firmId);
  const remove = useRemoveMarket(workspace, firmId);
  const [status, setStatus] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const [draft, update] = useDraft<MarketDraft>(draftKey(workspace, firmId, 'markets'), () => EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const statusLabel = (s: string) => vocabulary.marketStatuses.find((t) => t.value === s)?.label ?? s;
  const set = (field: keyof MarketDraft) => (value: string) => update((d) => ({ ...d, [field]: value }));

  /** Adds the market in the form; false when it could not. */
  const addMarket = async (): Promise<boolean> => {
    if (add.isPending) return false;
    setOther([]);
    const found: FieldErrors = {};
    if (draft.country === '') found['country'] = 'Choose a country.';
    else if (markets.some((m) => m.record.country === draft.country))
      found['country'] = `${countryName(draft.country)} is in the list already; remove it there first to change it.`;
    if (draft.status === '') found['status'] = 'Choose what the firm does there.';
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid(form.current);
      return false;
    }
    const chosen = vocabulary.marketStatuses.find((s) => s.value === draft.status)?.value as Status;
    const record: Market = { id: `mkt-${draft.country.toLowerCase()}`, country: draft.country, status: chosen };
    if (ENDED.includes(chosen) && draft.failureReason.trim() !== '') record.failureReason = draft.failureReason.trim();
    const submitted = draft;
    try {
      await add.mutateAsync(record);
      // The list shows the new market as soon as it is read again, which can be before this line runs:
      // what the user chose since then is theirs to keep.
      update((d) => (d.country === submitted.country && d.status === submitted.status && d.failureReason === submitted.failureReason ? EMPTY : d));
      setStatus(`Added ${countryName(record.country ?? '')}: ${statusLabel(chosen)}.`);
      document.getElementById('market-country')?.focus();
      return true;
    } catch (err) {
      const placed = placeProblems(err, FIELD_OF);
      setErrors(placed.fields);
      setOther(placed.other);
      focusFirstInvalid(form.current);
      return false;
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void addMarket();
  };

  const next = async () => {
    if (draft.country !== '' || draft.status !== '') {
      if (!(await addMarket())) return;
    } else if (markets.length === 0) {
      setErrors({ country: 'Add at least one market: a country the firm sells to now, or one it wants to enter.' });
      return focusFirstInvalid(form.current);
    }
    onDone();
  };

  const removeMarket = (m: VersionedMarket) => {
    setOther([]);
    remove.mutate(m.record.id, {
      onSuccess: () => {
        setStatus(`Removed ${marketPlace(m.record)}.`);
        document.getElementById('market-country')?.focus();
      },
      onError: (err) =>
        setOther([err instanceof ApiError && err.status === 409 ? `${marketPlace(m.record)} cannot be removed yet: ${err.message}.` : err.message]),
    });
  };

  return (
    <div className="intake-form">
      <p className="lead">
        Which countries does the firm sell to now, which does it want to enter, and where did it try without success? Add them one at a time.
      </p>
      <section aria-labelledby="markets-list-heading">
        <h2 id="markets-list-heading">Markets added</h2>
        {markets.length === 0 ? (
          <p className="quiet">None yet.</p>
        ) : (
          <ul className="intake-list">
            {markets.map((m) => (
              <li key={m.record.id}>
                <span>
                  <strong>{marketPlace(m.record)}</strong> <span className={`status status-${m.record.status}`}>{statusLabel(m.record.status)}</span>
                  {m.record.failureReason === undefined ? null : <span className="quiet"> — {m.record.failureReason}</span>}
                </span>
                <button type="button" disabled={remove.isPending} onClick={() => removeMarket(m)} aria-label={`Remove ${marketPlace(m.record)}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <StatusLine text={status} />
      </section>
      <form id="intake-market" ref={form} noValidate onSubmit={onSubmit} className="intake-card" aria-labelledby="market-add-heading">
        <h2 id="market-add-heading">Add a market</h2>
        <Field id="market-country" label="Country" error={errors['country']}>
          {(c) => (
            <select {...c} value={draft.country} onChange={(e) => set('country')(e.target.value)}>
              <option value="">Choose a country</option>
              <CountryOptions except={firm.record.countryOfOrigin} />
            </select>
          )}
        </Field>
        <Choices
          name="market-status"
          legend="What does the firm do there?"
          error={errors['status']}
          value={draft.status}
          onChange={set('status')}
          choices={vocabulary.marketStatuses.map((s) => ({ value: s.value, label: s.label, meaning: s.meaning }))}
        />
        {!ENDED.includes(draft.status) ? null : (
          <Field id="market-reason" label="What went wrong, or why the firm left" optional error={errors['failureReason']}>
            {(c) => <textarea {...c} rows={2} value={draft.failureReason} onChange={(e) => set('failureReason')(e.target.value)} />}
          </Field>
        )}
        <button type="submit" aria-disabled={add.isPending || undefined}>
          Add market
        </button>
      </form>
      <StepErrors messages={other} />
      <StepNav back={back} pending={add.isPending} onNext={() => void next()} />
    </div>
  );
}
