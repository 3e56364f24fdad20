/**
 * Step 6, optional: the network competence self-assessment. The vocabulary's statements, grouped by
 * dimension, each answered on its scale or left out ("Not sure"), with who answered and when. Next
 * adds the assessment, or replaces the firm's latest one with the version it was read at; "Skip for
 * now" goes on without saving.
 */
import { useRef, useState, type FormEvent } from 'react';
import { ErrorState, Loading } from '../../../components/states';
import { isStale } from '../../../lib/api';
import { useKeyPeople, useSaveCompetence, type CompetenceAssessment, type VersionedCompetence, type VersionedKeyPerson, type Vocabulary } from '../api';
import { draftKey, useDraft } from '../draft';
import { focusFirstInvalid, hasErrors, placeProblems, type FieldErrors } from '../problems';
import { sameRecord } from '../same-record';
import { Choices, Field, StepErrors, StepNav, type Choice } from './field';

type Questionnaire = Vocabulary['competence'];

interface CompetenceDraft {
  /** The chosen score per statement id, as the radio buttons hold it; '' when not answered. */
  answers: Record<string, string>;
  respondent: string;
  date: string;
}

interface StepProps {
  workspace: string;
  firmId: string;
  assessments: readonly VersionedCompetence[];
  vocabulary: Vocabulary;
  back: string;
  onDone: () => void;
}

/** Which form field a server problem at "/<first segment>" belongs to. */
const FIELD_OF: Record<string, string> = { date: 'date', respondent: 'respondent' };

/** A date as the case file takes it: a year, a year and month, or a whole date. */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function draftOf(record: CompetenceAssessment | undefined, questionnaire: Questionnaire): CompetenceDraft {
  const answers = Object.fromEntries(questionnaire.items.map((i) => [i.id, String(record?.answers[i.id] ?? '')]));
  return { answers, respondent: record?.respondent ?? '', date: record?.date ?? '' };
}

/** The assessment the draft describes, keeping what the intake does not ask about (notes, evidence) from `base`. */
function assessmentRecord(draft: CompetenceDraft, base: CompetenceAssessment | undefined, questionnaire: Questionnaire): CompetenceAssessment {
  const { respondent: _r, date: _d, answers: _a, ...kept } = base ?? { id: 'competence-self-assessment' };
  const answered = questionnaire.items.filter((i) => (draft.answers[i.id] ?? '') !== '');
  const record: CompetenceAssessment = { ...kept, answers: Object.fromEntries(answered.map((i) => [i.id, Number(draft.answers[i.id])])) };
  if (draft.respondent !== '') record.respondent = draft.respondent;
  if (draft.date.trim() !== '') record.date = draft.date.trim();
  return record;
}

/** The scale's values as radio buttons, the ends with their meaning, and "Not sure" to leave the statement out. */
function scaleChoices({ min, max, minMeaning, maxMeaning }: Questionnaire['scale']): Choice[] {
  const choices: Choice[] = [];
  for (let v = min; v <= max; v++) {
    const choice: Choice = { value: String(v), label: String(v) };
    if (v === min) choice.meaning = minMeaning;
    if (v === max) choice.meaning = maxMeaning;
    choices.push(choice);
  }
  return [...choices, { value: '', label: 'Not sure' }];
}

function personName(person: VersionedKeyPerson['record']): string {
  return person.name === undefined ? person.role : `${person.name}, ${person.role}`;
}

/** The step once the firm's key people are read: they are who may have answered. */
export function CompetenceStep(props: StepProps) {
  const people = useKeyPeople(props.workspace, props.firmId);
  if (people.isPending) return <Loading what="the statements" />;
  if (people.isError) return <ErrorState error={people.error} retry={() => void people.refetch()} />;
  return <CompetenceForm {...props} people={people.data} />;
}

function CompetenceForm({ workspace, firmId, assessments, vocabulary, back, onDone, people }: StepProps & { people: readonly VersionedKeyPerson[] }) {
  const questionnaire = vocabulary.competence;
  const save = useSaveCompetence(workspace, firmId);
  const form = useRef<HTMLFormElement>(null);
  // The intake edits the firm's latest assessment; an analyst's earlier ones stay as they are.
  const existing = assessments.at(-1);
  const [draft, update, clear] = useDraft<CompetenceDraft>(draftKey(workspace, firmId, 'competence'), () => draftOf(existing?.record, questionnaire));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const set = (field: 'respondent' | 'date') => (value: string) => update((d) => ({ ...d, [field]: value }));
  const answer = (item: string) => (value: string) => update((d) => ({ ...d, answers: { ...d.answers, [item]: value } }));
  const choices = scaleChoices(questionnaire.scale);
  const { min, max, minMeaning, maxMeaning } = questionnaire.scale;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setOther([]);
    const found: FieldErrors = {};
    if (draft.date.trim() !== '' && !PARTIAL_DATE.test(draft.date.trim()))
      found['date'] = 'Enter the date as year-month-day, such as 2025-03-14, or just the year and month, such as 2025-03.';
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(form.current);
    const record = assessmentRecord(draft, existing?.record, questionnaire);
    if (existing === undefined && Object.keys(record.answers).length === 0) {
      if (record.respondent === undefined && record.date === undefined) {
        // Nothing answered: going on is the same as skipping.
        clear();
        return onDone();
      }
      setOther(['Choose an answer for at least one statement, or press Skip for now.']);
      return focusFirstInvalid(form.current);
    }
    if (existing !== undefined && sameRecord(record, existing.record)) {
      clear();
      return onDone();
    }
    try {
      await save.mutateAsync(existing === undefined ? { record } : { record, version: existing.version });
      clear();
      onDone();
    } catch (err) {
      const placed = placeProblems(err, FIELD_OF);
      setErrors(placed.fields);
      setOther(
        isStale(err) ? ['Someone else changed these answers while you were answering. Press Next again to save your answers over theirs.'] : placed.other,
      );
      focusFirstInvalid(form.current);
    }
  };

  return (
    <form id="intake-competence" ref={form} noValidate onSubmit={(e) => void submit(e)} className="intake-form competence-form">
      <p className="lead">
        How well does the firm work with its partners and contacts? For each statement, choose how true it is of the firm today, from {min} (
        {minMeaning.toLowerCase()}) to {max} ({maxMeaning.toLowerCase()}).
      </p>
      <p>This step is optional. Answer as many statements as you like and choose “Not sure” to leave one out, or press Skip for now and come back later.</p>
      {questionnaire.dimensions.map((d) => (
        <section key={d.value} className="intake-card" aria-labelledby={`competence-${d.value}-heading`}>
          <h2 id={`competence-${d.value}-heading`}>{d.label}</h2>
          {questionnaire.items
            .filter((i) => i.dimension === d.value)
            .map((item) => (
              <Choices
                key={item.id}
                name={`competence-${item.id}`}
                legend={item.text}
                inline
                value={draft.answers[item.id] ?? ''}
                onChange={answer(item.id)}
                choices={choices}
              />
            ))}
        </section>
      ))}
      <section className="intake-card" aria-labelledby="competence-answered-heading">
        <h2 id="competence-answered-heading">Who answered, and when</h2>
        {people.length === 0 ? (
          <p className="quiet">No key people are recorded for this firm yet, so there is no one to choose as who answered.</p>
        ) : (
          <Field id="competence-respondent" label="Who answered?" optional error={errors['respondent']}>
            {(ctl) => (
              <select {...ctl} value={draft.respondent} onChange={(e) => set('respondent')(e.target.value)}>
                <option value="">Not said</option>
                {people.map((p) => (
                  <option key={p.record.id} value={p.record.id}>
                    {personName(p.record)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field
          id="competence-date"
          label="When?"
          optional
          error={errors['date']}
          hint="Such as 2025-03-14; the year and month alone, such as 2025-03, are enough."
        >
          {(ctl) => <input {...ctl} type="text" autoComplete="off" size={12} value={draft.date} onChange={(e) => set('date')(e.target.value)} />}
        </Field>
      </section>
      <StepErrors messages={other} />
      <StepNav back={back} form="intake-competence" pending={save.isPending} onSkip={onDone} />
    </form>
  );
}
