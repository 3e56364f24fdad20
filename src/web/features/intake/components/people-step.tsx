/**
 * Step 4: the people, firms, institutions and platforms the firm knows, one section per network
 * type with the vocabulary's definition and examples. Adding one records the actor and the firm's
 * tie to it; Next adds what is still typed in a section.
 */
import { useRef, useState } from 'react';
import { useAddContact, type Actor, type NewContact, type VersionedActor, type VersionedTie, type Vocabulary } from '../api';
import { draftKey, useDraft } from '../draft';
import { focusFirstInvalid, placeProblems, type FieldErrors } from '../problems';
import { idFromName } from '../steps';
import { ContactSection, emptyDraft, type ContactDraft, type NetworkType, type NetworkTypeTerm } from './contact-section';
import { StepErrors, StepNav } from './field';

function actorKind(kind: string): Pick<Actor, 'kind' | 'organizationType'> {
  if (kind === 'person') return { kind: 'person' };
  if (kind === 'platform') return { kind: 'platform' };
  return kind === 'company' ? { kind: 'organization', organizationType: 'company' } : { kind: 'organization' };
}

const FIELD_OF: Record<string, keyof ContactDraft> = {
  id: 'name',
  name: 'name',
  kind: 'kind',
  organizationType: 'kind',
  platformType: 'kind',
  countries: 'country',
  subtype: 'subtype',
  strength: 'strength',
  origin: 'origin',
};

function contactOf(firmId: string, type: NetworkType, draft: ContactDraft, vocabulary: Vocabulary): NewContact {
  const name = draft.name.trim();
  const actor: Actor = { id: idFromName(name) || 'contact', name, roles: [], ...actorKind(draft.kind) };
  if (draft.country !== '') actor.countries = [draft.country];
  const tie: NewContact['tie'] = { from: firmId, networkType: type, status: 'active' };
  if (draft.subtype.trim() !== '') tie.subtype = draft.subtype.trim();
  if (draft.strength !== '') tie.strength = Number(draft.strength);
  const origin = vocabulary.tieOrigins.find((o) => o.value === draft.origin);
  if (origin !== undefined) tie.origin = { kind: origin.value };
  return { actor, tie };
}

export function PeopleStep({
  workspace,
  firmId,
  ties,
  actors,
  vocabulary,
  back,
  onDone,
}: {
  workspace: string;
  firmId: string;
  ties: readonly VersionedTie[];
  actors: readonly VersionedActor[];
  vocabulary: Vocabulary;
  back: string;
  onDone: () => void;
}) {
  const add = useAddContact(workspace, firmId);
  const [statuses, setStatuses] = useState<Partial<Record<NetworkType, string>>>({});
  const root = useRef<HTMLDivElement>(null);
  const [drafts, update, clear] = useDraft<Partial<Record<NetworkType, ContactDraft>>>(draftKey(workspace, firmId, 'people'), () => ({}));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const byId = new Map(actors.map((a) => [a.record.id, a.record]));
  const fromFirm = ties.filter((t) => t.record.from === firmId);
  const draftFor = (type: NetworkType) => drafts[type] ?? emptyDraft(type);

  /** Adds the contact typed in one section; false when it could not. */
  const addContact = async (type: NetworkTypeTerm): Promise<boolean> => {
    if (add.isPending) return false;
    const t = type.value;
    const draft = draftFor(t);
    setOther([]);
    if (draft.name.trim() === '') {
      setErrors({ [`${t}.name`]: 'Enter a name.' });
      focusFirstInvalid(root.current);
      return false;
    }
    setErrors({});
    try {
      await add.mutateAsync(contactOf(firmId, t, draft, vocabulary));
      // The list shows the new contact as soon as it is read again, which can be before this line
      // runs: a section the user has started again since then keeps what they typed.
      update((all) => {
        const { [t]: now, ...rest } = all;
        return now === undefined || JSON.stringify(now) === JSON.stringify(draft) ? rest : all;
      });
      setStatuses((all) => ({ ...all, [t]: `Added ${draft.name.trim()} to the ${type.label.toLowerCase()}.` }));
      document.getElementById(`${t}-name`)?.focus();
      return true;
    } catch (err) {
      const placed = placeProblems(err, FIELD_OF);
      setErrors(Object.fromEntries(Object.entries(placed.fields).map(([field, message]) => [`${t}.${field}`, message])));
      setOther(placed.other);
      focusFirstInvalid(root.current);
      return false;
    }
  };

  const next = async () => {
    let added = 0;
    for (const type of vocabulary.networkTypes) {
      if (draftFor(type.value).name.trim() === '') continue;
      if (!(await addContact(type))) return;
      added++;
    }
    if (fromFirm.length + added === 0) {
      setOther(['Add at least one person or organization the firm knows: a friend of the owner, a customer, an agency or an online group.']);
      return focusFirstInvalid(root.current);
    }
    clear();
    onDone();
  };

  const scale = vocabulary.tieScales.strength;
  return (
    <div className="intake-form" ref={root}>
      <p className="lead">
        Who does the firm know that matters for selling abroad? Add people, firms, institutions and online platforms, each under the kind of relationship it is.
        A few of the most important ones are enough to start.
      </p>
      <p className="quiet">
        {scale.label}: {scale.meaning} {scale.min} means {scale.minMeaning.charAt(0).toLowerCase() + scale.minMeaning.slice(1)} {scale.max} means{' '}
        {scale.maxMeaning.charAt(0).toLowerCase() + scale.maxMeaning.slice(1)}
      </p>
      {vocabulary.networkTypes.map((type) => (
        <ContactSection
          key={type.value}
          workspace={workspace}
          firmId={firmId}
          type={type}
          vocabulary={vocabulary}
          ties={fromFirm.filter((t) => t.record.networkType === type.value)}
          actors={byId}
          draft={draftFor(type.value)}
          errors={errors}
          adding={add.isPending}
          status={statuses[type.value] ?? ''}
          onStatus={(text) => setStatuses((all) => ({ ...all, [type.value]: text }))}
          onChange={(d) => update((all) => ({ ...all, [type.value]: d }))}
          onAdd={() => void addContact(type)}
        />
      ))}
      <StepErrors messages={other} />
      <StepNav back={back} pending={add.isPending} onNext={() => void next()} />
    </div>
  );
}
