/**
 * Step 3: each challenge category of the vocabulary on its own card, with its plain definition and
 * examples, rated High, Medium, Low or Unknown for the whole firm or for one of its markets. Next
 * adds the new ratings and replaces changed ones with the version they were read at.
 */
import { useRef, useState, type FormEvent } from 'react';
import { isStale } from '../../../lib/api';
import { useSaveRating, type Rating, type VersionedMarket, type VersionedRating, type Vocabulary } from '../api';
import { draftKey, useDraft } from '../draft';
import { focusFirstInvalid, hasErrors, placeProblems, type FieldErrors } from '../problems';
import { Choices, Field, StepErrors, StepNav } from './field';
import { marketPlace } from './markets-step';

interface RatingDraft {
  level: string;
  market: string;
  description: string;
}

type Level = Rating['level'];

/** The rating the intake shows for a category: the firm-wide one, else the first for a market. */
function ratingFor(ratings: readonly VersionedRating[], category: string): VersionedRating | undefined {
  const all = ratings.filter((r) => r.record.category === category);
  return all.find((r) => r.record.market === undefined) ?? all[0];
}

function draftOf(rating: Rating | undefined): RatingDraft {
  return { level: rating?.level ?? '', market: rating?.market ?? '', description: rating?.description ?? '' };
}

function sameAnswer(rating: Rating, draft: RatingDraft): boolean {
  return rating.level === draft.level && (rating.market ?? '') === draft.market && (rating.description ?? '') === draft.description.trim();
}

function ratingRecord(category: string, draft: RatingDraft, level: Level, base: Rating | undefined): Rating {
  const { market: _m, description: _d, ...kept } = base ?? { id: `rating-${category}`, category };
  const record: Rating = { ...kept, level };
  if (draft.market !== '') record.market = draft.market;
  if (draft.description.trim() !== '') record.description = draft.description.trim();
  return record;
}

export function ChallengesStep({
  workspace,
  firmId,
  ratings,
  markets,
  vocabulary,
  back,
  onDone,
}: {
  workspace: string;
  firmId: string;
  ratings: readonly VersionedRating[];
  markets: readonly VersionedMarket[];
  vocabulary: Vocabulary;
  back: string;
  onDone: () => void;
}) {
  const save = useSaveRating(workspace, firmId);
  const form = useRef<HTMLFormElement>(null);
  const [drafts, update, clear] = useDraft<Record<string, RatingDraft>>(draftKey(workspace, firmId, 'challenges'), () =>
    Object.fromEntries(vocabulary.challengeCategories.map((c) => [c.id, draftOf(ratingFor(ratings, c.id)?.record)])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const statusLabel = (s: string) => vocabulary.marketStatuses.find((t) => t.value === s)?.label ?? s;
  const draftFor = (category: string) => drafts[category] ?? draftOf(undefined);
  const set = (category: string, field: keyof RatingDraft) => (value: string) =>
    update((all) => ({ ...all, [category]: { ...(all[category] ?? draftOf(undefined)), [field]: value } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    setOther([]);
    const found: FieldErrors = {};
    const unknown = vocabulary.challengeLevels.find((l) => l.value === 'Unknown')?.label;
    for (const c of vocabulary.challengeCategories) {
      if (draftFor(c.id).level === '') found[`${c.id}.level`] = `Choose a level${unknown === undefined ? '' : `, or ${unknown} when you are not sure`}.`;
    }
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(form.current);
    setPending(true);
    const failed: FieldErrors = {};
    const messages: string[] = [];
    for (const c of vocabulary.challengeCategories) {
      const draft = draftFor(c.id);
      const level = vocabulary.challengeLevels.find((l) => l.value === draft.level)?.value;
      const existing = ratingFor(ratings, c.id);
      if (level === undefined || (existing !== undefined && sameAnswer(existing.record, draft))) continue;
      const record = ratingRecord(c.id, draft, level, existing?.record);
      try {
        await save.mutateAsync(existing === undefined ? { record } : { record, version: existing.version });
      } catch (err) {
        if (isStale(err)) {
          failed[`${c.id}.level`] = 'Someone else changed this rating while you were answering. Press Next again to save your answer over theirs.';
          continue;
        }
        const placed = placeProblems(err, { level: `${c.id}.level`, market: `${c.id}.market`, description: `${c.id}.description`, id: `${c.id}.level` });
        Object.assign(failed, placed.fields);
        messages.push(...placed.other.map((m) => `${c.label}: ${m}`));
      }
    }
    setPending(false);
    setErrors(failed);
    setOther(messages);
    if (hasErrors(failed) || messages.length > 0) return focusFirstInvalid(form.current);
    clear();
    onDone();
  };

  return (
    <form id="intake-challenges" ref={form} noValidate onSubmit={(e) => void submit(e)} className="intake-form">
      <p className="lead">
        How much does each of these stand in the way of selling abroad? Rate each one for the firm as a whole, or for the one market where it matters most.
      </p>
      <section className="level-meanings" aria-labelledby="level-meanings-heading">
        <h2 id="level-meanings-heading">What the levels mean</h2>
        <dl>
          {vocabulary.challengeLevels.map((l) => (
            <div key={l.value}>
              <dt>{l.label}</dt>
              <dd id={`level-meaning-${l.value}`}>{l.meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
      {vocabulary.challengeCategories.map((c) => {
        const draft = draftFor(c.id);
        return (
          <section key={c.id} className="intake-card" aria-labelledby={`ch-${c.id}-heading`}>
            <h2 id={`ch-${c.id}-heading`}>{c.label}</h2>
            <p>{c.definition}</p>
            <details>
              <summary>Examples</summary>
              <ul>
                {c.examples.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            </details>
            <Choices
              name={`ch-${c.id}-level`}
              legend="How much does this stand in the firm’s way?"
              inline
              error={errors[`${c.id}.level`]}
              value={draft.level}
              onChange={set(c.id, 'level')}
              choices={vocabulary.challengeLevels.map((l) => ({ value: l.value, label: l.label, describedBy: `level-meaning-${l.value}` }))}
            />
            {draft.level === 'Unknown' ? <p className="find-out">Find out {c.question}.</p> : null}
            <div className="field-row">
              <Field id={`ch-${c.id}-market`} label="For which market?" error={errors[`${c.id}.market`]}>
                {(ctl) => (
                  <select {...ctl} value={draft.market} onChange={(e) => set(c.id, 'market')(e.target.value)}>
                    <option value="">All markets (the firm as a whole)</option>
                    {markets.map((m) => (
                      <option key={m.record.id} value={m.record.id}>
                        {marketPlace(m.record)} ({statusLabel(m.record.status)})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field id={`ch-${c.id}-description`} label="What stands in the way" optional error={errors[`${c.id}.description`]}>
              {(ctl) => <textarea {...ctl} rows={2} value={draft.description} onChange={(e) => set(c.id, 'description')(e.target.value)} />}
            </Field>
          </section>
        );
      })}
      <StepErrors messages={other} />
      <StepNav back={back} form="intake-challenges" pending={pending} />
    </form>
  );
}
