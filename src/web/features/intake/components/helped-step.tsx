/**
 * Step 5: which of the firm's ties helped against which of its rated challenges, as a matrix of
 * checkboxes. Next writes each tie's helpedWith (every tie, so that the step counts as answered
 * even where nothing helped); a tie saved elsewhere meanwhile is read again and the change re-applied.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Empty } from '../../../components/states';
import { useSaveHelpedWith, type VersionedActor, type VersionedRating, type VersionedTie, type Vocabulary } from '../api';
import { draftKey, useDraft } from '../draft';
import { focusFirstInvalid } from '../problems';
import { StepErrors, StepNav } from './field';

export function HelpedStep({
  workspace,
  firmId,
  ties,
  actors,
  ratings,
  vocabulary,
  back,
  peoplePath,
  challengesPath,
  onDone,
}: {
  workspace: string;
  firmId: string;
  ties: readonly VersionedTie[];
  actors: readonly VersionedActor[];
  ratings: readonly VersionedRating[];
  vocabulary: Vocabulary;
  back: string;
  peoplePath: string;
  challengesPath: string;
  onDone: () => void;
}) {
  const save = useSaveHelpedWith(workspace, firmId);
  const root = useRef<HTMLDivElement>(null);
  const fromFirm = ties.filter((t) => t.record.from === firmId);
  const names = new Map(actors.map((a) => [a.record.id, a.record.name]));
  const rated = new Set(ratings.map((r) => r.record.category));
  const challenges = vocabulary.challengeCategories.filter((c) => rated.has(c.id));
  const [checked, update, clear] = useDraft<Record<string, string[]>>(draftKey(workspace, firmId, 'helped'), () =>
    Object.fromEntries(fromFirm.map((t) => [t.record.id, t.record.helpedWith?.challenges ?? []])),
  );
  // What the ties said when the step opened: Next sends the change from this, not a whole list.
  const [baseline] = useState(() => new Map(fromFirm.map((t) => [t.record.id, t.record.helpedWith?.challenges ?? []])));
  const [other, setOther] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const typeLabel = (value: string) => vocabulary.networkTypes.find((n) => n.value === value)?.label ?? value;

  const toggle = (tieId: string, challenge: string, on: boolean) =>
    update((all) => {
      const now = all[tieId] ?? fromFirm.find((t) => t.record.id === tieId)?.record.helpedWith?.challenges ?? [];
      return { ...all, [tieId]: on ? [...now.filter((c) => c !== challenge), challenge] : now.filter((c) => c !== challenge) };
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    setOther([]);
    setPending(true);
    const failed: string[] = [];
    for (const tie of fromFirm) {
      const before = baseline.get(tie.record.id) ?? tie.record.helpedWith?.challenges ?? [];
      try {
        await save.mutateAsync({ tie, before, after: checked[tie.record.id] ?? before });
      } catch (err) {
        failed.push(`${names.get(tie.record.to) ?? tie.record.to}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    setPending(false);
    if (failed.length > 0) {
      setOther(failed);
      return focusFirstInvalid(root.current);
    }
    clear();
    onDone();
  };

  if (fromFirm.length === 0)
    return (
      <div className="intake-form">
        <Empty title="No people or organizations yet.">
          <p>
            <Link to={peoplePath}>Add the people and organizations the firm knows</Link> first; then come back to say who helped with what.
          </p>
        </Empty>
        <StepNav back={back} onNext={onDone} />
      </div>
    );
  if (challenges.length === 0)
    return (
      <div className="intake-form">
        <Empty title="No challenges rated yet.">
          <p>
            <Link to={challengesPath}>Rate the challenges</Link> first; then come back to say who helped with which.
          </p>
        </Empty>
        <StepNav back={back} onNext={onDone} />
      </div>
    );
  return (
    <div className="intake-form" ref={root}>
      <form id="intake-helped" noValidate onSubmit={(e) => void submit(e)}>
        <p className="lead">
          Tick where a contact has helped the firm with a challenge: advice, an introduction, money, a partner, a shortcut. Leave the rest empty.
        </p>
        <div className="table-scroll" role="region" aria-label="Who helped with which challenge" tabIndex={0}>
          <table className="data helped-matrix">
            <caption className="visually-hidden">Who helped with which challenge</caption>
            <thead>
              <tr>
                <th scope="col">Contact</th>
                {challenges.map((c) => (
                  <th key={c.id} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fromFirm.map((tie) => {
                const name = names.get(tie.record.to) ?? tie.record.to;
                const now = checked[tie.record.id] ?? tie.record.helpedWith?.challenges ?? [];
                return (
                  <tr key={tie.record.id}>
                    <th scope="row">
                      {name}
                      <div className="quiet">{typeLabel(tie.record.networkType)}</div>
                    </th>
                    {challenges.map((c) => (
                      <td key={c.id}>
                        <input
                          type="checkbox"
                          aria-label={`${name} helped with ${c.label}`}
                          checked={now.includes(c.id)}
                          onChange={(e) => toggle(tie.record.id, c.id, e.target.checked)}
                        />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </form>
      <StepErrors messages={other} />
      <StepNav back={back} form="intake-helped" pending={pending} />
    </div>
  );
}
