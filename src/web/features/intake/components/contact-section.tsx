/**
 * One network type's part of step 4: the vocabulary's definition and examples, the contacts of that
 * type already added (each removable), and a form to add another.
 */
import { useState, type FormEvent } from 'react';
import { countryName } from '../../../lib/format';
import { useRemoveContact, type Actor, type Tie, type VersionedTie, type Vocabulary } from '../api';
import type { FieldErrors } from '../problems';
import { CountryOptions } from './country-options';
import { Field, StatusLine, StepErrors } from './field';

export type NetworkType = Tie['networkType'];
export type NetworkTypeTerm = Vocabulary['networkTypes'][number];

export interface ContactDraft {
  name: string;
  kind: string;
  country: string;
  subtype: string;
  strength: string;
  origin: string;
}

/** Who the contact is, in the owner's words; the case file stores these as an actor kind (and organization type). */
const KINDS = [
  { value: 'person', label: 'A person' },
  { value: 'company', label: 'A company' },
  { value: 'institution', label: 'An institution: agency, chamber, association, university …' },
  { value: 'platform', label: 'An online platform or group' },
] as const;

const DEFAULT_KIND: Record<NetworkType, string> = { social: 'person', business: 'company', institutional: 'institution', digital: 'platform' };

export function emptyDraft(type: NetworkType): ContactDraft {
  return { name: '', kind: DEFAULT_KIND[type], country: '', subtype: '', strength: '', origin: '' };
}

function kindLabel(actor: Actor | undefined): string {
  if (actor === undefined) return '';
  if (actor.kind === 'person' || actor.kind === 'platform') return actor.kind === 'person' ? 'person' : 'online platform or group';
  return actor.organizationType === 'company' ? 'company' : 'organization';
}

export function ContactSection({
  workspace,
  firmId,
  type,
  vocabulary,
  ties,
  actors,
  draft,
  errors,
  adding,
  status,
  onStatus,
  onChange,
  onAdd,
}: {
  workspace: string;
  firmId: string;
  type: NetworkTypeTerm;
  vocabulary: Vocabulary;
  ties: readonly VersionedTie[];
  actors: ReadonlyMap<string, Actor>;
  draft: ContactDraft;
  errors: FieldErrors;
  adding: boolean;
  status: string;
  onStatus: (text: string) => void;
  onChange: (draft: ContactDraft) => void;
  onAdd: () => void;
}) {
  const remove = useRemoveContact(workspace, firmId);
  const [removeError, setRemoveError] = useState<string[]>([]);
  const t = type.value;
  const set = (field: keyof ContactDraft) => (value: string) => onChange({ ...draft, [field]: value });
  const scale = vocabulary.tieScales.strength;
  const origin = vocabulary.tieOrigins.find((o) => o.value === draft.origin);
  const subtypeLabel = (s: string | undefined) => type.suggestedSubtypes.find((x) => x.value === s)?.label ?? s;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onAdd();
  };
  const error = (field: keyof ContactDraft) => errors[`${t}.${field}`];
  return (
    <section className="intake-card" aria-labelledby={`${t}-heading`}>
      <h2 id={`${t}-heading`}>{type.label}</h2>
      <p>{type.definition}</p>
      <p className="quiet">{type.paperMapping}</p>
      <details>
        <summary>Examples</summary>
        <ul>
          {type.examples.map((x, i) => (
            <li key={i}>{x}</li>
          ))}
        </ul>
      </details>
      {ties.length === 0 ? null : (
        <ul className="intake-list" aria-label={`Added to the ${type.label.toLowerCase()}`}>
          {ties.map((tie) => {
            const actor = actors.get(tie.record.to);
            const name = actor?.name ?? tie.record.to;
            const facts = [
              kindLabel(actor),
              actor?.countries?.[0] === undefined ? undefined : countryName(actor.countries[0]),
              subtypeLabel(tie.record.subtype),
              tie.record.strength === undefined ? undefined : `${scale.label.toLowerCase()} ${tie.record.strength} of ${scale.max}`,
              vocabulary.tieOrigins.find((o) => o.value === tie.record.origin?.kind)?.label,
            ].filter((x) => x !== undefined && x !== '');
            return (
              <li key={tie.record.id}>
                <span>
                  <strong>{name}</strong> <span className="quiet">{facts.join(' · ')}</span>
                </span>
                <button
                  type="button"
                  disabled={remove.isPending}
                  aria-label={`Remove ${name}`}
                  onClick={() =>
                    remove.mutate(tie.record, {
                      onSuccess: () => {
                        setRemoveError([]);
                        onStatus(`Removed ${name}.`);
                        document.getElementById(`${t}-name`)?.focus();
                      },
                      onError: (err) => setRemoveError([`${name} could not be removed: ${err.message}`]),
                    })
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <StatusLine text={status} />
      <StepErrors messages={removeError} />
      <form noValidate onSubmit={onSubmit} className="contact-form" aria-label={`Add to the ${type.label.toLowerCase()}`}>
        <Field id={`${t}-name`} label="Name" error={error('name')} hint="A person’s name, or the name of the firm, body or platform.">
          {(c) => <input {...c} type="text" autoComplete="off" value={draft.name} onChange={(e) => set('name')(e.target.value)} />}
        </Field>
        <div className="field-row">
          <Field id={`${t}-kind`} label="Who is it?" error={error('kind')}>
            {(c) => (
              <select {...c} value={draft.kind} onChange={(e) => set('kind')(e.target.value)}>
                {KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`${t}-country`} label="Country" optional error={error('country')}>
            {(c) => (
              <select {...c} value={draft.country} onChange={(e) => set('country')(e.target.value)}>
                <option value="">Not one country, or not known</option>
                <CountryOptions />
              </select>
            )}
          </Field>
        </div>
        <Field
          id={`${t}-subtype`}
          label="What they are to the firm"
          optional
          error={error('subtype')}
          hint={`Pick a suggestion or type your own, such as ${type.suggestedSubtypes
            .slice(0, 2)
            .map((s) => `“${s.label.toLowerCase()}”`)
            .join(' or ')}.`}
        >
          {(c) => <input {...c} type="text" list={`${t}-subtypes`} autoComplete="off" value={draft.subtype} onChange={(e) => set('subtype')(e.target.value)} />}
        </Field>
        <datalist id={`${t}-subtypes`}>
          {type.suggestedSubtypes.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
        <div className="field-row">
          <Field
            id={`${t}-strength`}
            label={`${scale.label} of the relationship`}
            optional
            error={error('strength')}
            hint={`${scale.meaning} ${scale.whenBlank}`}
          >
            {(c) => (
              <select {...c} value={draft.strength} onChange={(e) => set('strength')(e.target.value)}>
                <option value="">Not sure</option>
                {Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i).map((n) => (
                  <option key={n} value={String(n)}>
                    {n === scale.min ? `${n} — ${scale.minMeaning}` : n === scale.max ? `${n} — ${scale.maxMeaning}` : String(n)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`${t}-origin`} label="How did you meet?" optional error={error('origin')} hint={origin?.meaning}>
            {(c) => (
              <select {...c} value={draft.origin} onChange={(e) => set('origin')(e.target.value)}>
                <option value="">Not sure</option>
                {vocabulary.tieOrigins.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit" aria-disabled={adding || undefined}>
          Add to the {type.label.toLowerCase()}
        </button>
      </form>
    </section>
  );
}
