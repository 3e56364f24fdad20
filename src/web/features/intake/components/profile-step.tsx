/**
 * Step 1: the firm's profile. Next creates the firm (its id made from the name; when that id is
 * taken, the user may continue that firm's intake or save this one under the next free id), or
 * replaces the profile when the firm exists already.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api';
import { freeFirmId, useSaveFirm, type Firm, type VersionedFirm, type Vocabulary } from '../api';
import { draftKey, useDraft } from '../draft';
import { intakePath } from '../paths';
import { focusFirstInvalid, hasErrors, placeProblems, type FieldErrors } from '../problems';
import { sameRecord } from '../same-record';
import { idFromName } from '../steps';
import { CountryOptions } from './country-options';
import { Choices, Field, StepErrors, StepNav } from './field';

interface ProfileDraft {
  name: string;
  country: string;
  founded: string;
  employees: string;
  sector: string;
  productType: string;
  pathway: string;
  /** The id to create the firm with, when not the one made from the name. */
  id: string;
}

type Pathway = NonNullable<Firm['pathway']>['value'];

/** Which form field a server problem at "/<first segment>" belongs to. */
const FIELD_OF: Record<string, keyof ProfileDraft> = {
  id: 'name',
  name: 'name',
  countryOfOrigin: 'country',
  foundedYear: 'founded',
  employees: 'employees',
  sector: 'sector',
  productType: 'productType',
  pathway: 'pathway',
};

function initialDraft(firm: Firm | undefined): ProfileDraft {
  return {
    name: firm?.name ?? '',
    country: firm?.countryOfOrigin ?? '',
    founded: firm?.foundedYear === undefined ? '' : String(firm.foundedYear),
    employees: firm?.employees === undefined ? '' : String(firm.employees.value),
    sector: firm?.sector ?? '',
    productType: firm?.productType ?? '',
    pathway: firm?.pathway?.value ?? '',
    id: '',
  };
}

/** The firm record the draft describes, keeping what the intake does not ask about from `base`. */
function firmRecord(draft: ProfileDraft, id: string, base: Firm | undefined, pathways: readonly Pathway[]): Firm {
  const { foundedYear: _y, employees: _e, sector: _s, productType: _p, pathway: _w, ...kept } = base ?? { isPseudonym: false };
  const record: Firm = { ...kept, id, name: draft.name.trim(), countryOfOrigin: draft.country };
  if (draft.founded.trim() !== '') record.foundedYear = Number(draft.founded.trim());
  if (draft.employees.trim() !== '')
    record.employees = { ...base?.employees, value: Number(draft.employees.trim()), qualifier: base?.employees?.qualifier ?? 'exact' };
  if (draft.sector.trim() !== '') record.sector = draft.sector.trim();
  if (draft.productType.trim() !== '') record.productType = draft.productType.trim();
  const pathway = pathways.find((p) => p === draft.pathway);
  if (pathway !== undefined) record.pathway = base?.pathway?.value === pathway ? base.pathway : { value: pathway };
  return record;
}

/** Required fields and numbers written as digits; everything else the server checks. */
function clientErrors(draft: ProfileDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.name.trim() === '') errors['name'] = 'Enter the name of the firm.';
  if (draft.country === '') errors['country'] = 'Choose the country the firm comes from.';
  if (draft.founded.trim() !== '' && !/^\d+$/.test(draft.founded.trim())) errors['founded'] = 'Enter the year in digits, such as 2012.';
  if (draft.employees.trim() !== '' && !/^\d+$/.test(draft.employees.trim())) errors['employees'] = 'Enter a whole number, such as 12.';
  return errors;
}

export function ProfileStep({ workspace, firm, vocabulary }: { workspace: string; firm: VersionedFirm | undefined; vocabulary: Vocabulary }) {
  const navigate = useNavigate();
  const save = useSaveFirm(workspace);
  const form = useRef<HTMLFormElement>(null);
  const [draft, update, clear] = useDraft(draftKey(workspace, firm?.record.id, 'profile'), () => initialDraft(firm?.record));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [taken, setTaken] = useState<{ id: string; free: string } | undefined>(undefined);
  const set = (field: keyof ProfileDraft) => (value: string) => update((d) => ({ ...d, [field]: value }));
  const madeId = idFromName(draft.name) || 'firm';
  const id = firm?.record.id ?? (draft.id === '' ? madeId : draft.id);

  const submit = async (withId = id) => {
    if (save.isPending) return;
    setOther([]);
    setTaken(undefined);
    const found = clientErrors(draft);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(form.current);
    const record = firmRecord(
      draft,
      withId,
      firm?.record,
      vocabulary.pathways.map((p) => p.value),
    );
    if (firm !== undefined && sameRecord(record, firm.record)) {
      // Nothing changed: going on should not make a new version.
      clear();
      return navigate(intakePath(workspace, firm.record.id, 'markets'));
    }
    try {
      const saved = await save.mutateAsync(firm === undefined ? { record } : { record, version: firm.version });
      clear();
      navigate(intakePath(workspace, saved.record.id, 'markets'));
    } catch (err) {
      if (firm === undefined && err instanceof ApiError && err.status === 409 && err.code === 'conflict') {
        setTaken({ id: withId, free: await freeFirmId(workspace, withId).catch(() => `${withId}-2`) });
        return focusFirstInvalid(form.current);
      }
      const placed = placeProblems(err, FIELD_OF);
      setErrors(placed.fields);
      setOther(
        err instanceof ApiError && err.code === 'stale_version'
          ? ['Someone else changed this profile since you opened it. Reload the page to see it.']
          : placed.other,
      );
      focusFirstInvalid(form.current);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };

  const nameError = errors['name'] ?? (taken === undefined ? undefined : `A firm with the address “${taken.id}” is already in this workspace.`);
  return (
    <form id="intake-profile" ref={form} noValidate onSubmit={onSubmit} className="intake-form">
      <p className="lead">A few facts about the firm. Only the name and the country are needed; fill in what you know.</p>
      <Field id="profile-name" label="Firm name" error={nameError} hint={firm === undefined ? `Its address in Foothold will be …/firms/${id}` : undefined}>
        {(c) => <input {...c} type="text" autoComplete="organization" value={draft.name} onChange={(e) => set('name')(e.target.value)} />}
      </Field>
      {taken === undefined ? null : (
        <div className="id-taken">
          <p>Is it the same firm? Then continue where its intake stopped. Otherwise, save this one under another address.</p>
          <Link to={intakePath(workspace, taken.id)} className="button">
            Continue the intake of “{taken.id}”
          </Link>{' '}
          <button
            type="button"
            onClick={() => {
              set('id')(taken.free);
              void submit(taken.free);
            }}
          >
            Save this firm as “{taken.free}”
          </button>
        </div>
      )}
      <Field id="profile-country" label="Country of origin" error={errors['country']} hint="Where the firm is based and was founded.">
        {(c) => (
          <select {...c} value={draft.country} onChange={(e) => set('country')(e.target.value)}>
            <option value="">Choose a country</option>
            <CountryOptions />
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field id="profile-founded" label="Founding year" optional error={errors['founded']}>
          {(c) => (
            <input {...c} type="text" inputMode="numeric" autoComplete="off" size={6} value={draft.founded} onChange={(e) => set('founded')(e.target.value)} />
          )}
        </Field>
        <Field id="profile-employees" label="Employees" optional error={errors['employees']} hint="People working for the firm, the owner included.">
          {(c) => (
            <input
              {...c}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              size={6}
              value={draft.employees}
              onChange={(e) => set('employees')(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        id="profile-sector"
        label="Sector"
        optional
        error={errors['sector']}
        hint="In your own words, such as “wine”, “furniture” or “software for hotels”."
      >
        {(c) => <input {...c} type="text" value={draft.sector} onChange={(e) => set('sector')(e.target.value)} />}
      </Field>
      <Field id="profile-product" label="What the firm sells" optional error={errors['productType']} hint="The product or service, such as “bottled red wine”.">
        {(c) => <input {...c} type="text" value={draft.productType} onChange={(e) => set('productType')(e.target.value)} />}
      </Field>
      <Choices
        name="profile-pathway"
        legend="How did the firm go abroad?"
        optional
        error={errors['pathway']}
        value={draft.pathway}
        onChange={set('pathway')}
        choices={[
          ...vocabulary.pathways.map((p) => ({ value: p.value, label: p.label, meaning: p.meaning })),
          { value: '', label: 'Not sure, or not yet abroad' },
        ]}
      />
      <StepErrors messages={other} />
      <StepNav form="intake-profile" pending={save.isPending} />
    </form>
  );
}
