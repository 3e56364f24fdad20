/** The kind of an actor with its organization or platform type, as text and as the two selects that edit it. */
import type { ApiProblem } from '../../../lib/api';
import type { Actor } from '../api';
import { ACTOR_KINDS, ORGANIZATION_TYPES, PLATFORM_TYPES, type ActorDraft, type OrganizationType, type PlatformType } from '../drafts';
import { choicesOf, SelectField } from './fields';

/** "Organization: university", "Person". */
export function kindText(actor: Actor): string {
  const type =
    actor.kind === 'organization' && actor.organizationType !== undefined
      ? ORGANIZATION_TYPES[actor.organizationType]
      : actor.kind === 'platform' && actor.platformType !== undefined
        ? PLATFORM_TYPES[actor.platformType]
        : undefined;
  return type === undefined ? ACTOR_KINDS[actor.kind] : `${ACTOR_KINDS[actor.kind]}: ${type.toLowerCase()}`;
}

const KINDS = choicesOf(ACTOR_KINDS);
const ORGANIZATIONS = choicesOf(ORGANIZATION_TYPES);
const PLATFORMS = choicesOf(PLATFORM_TYPES);

/** The kind of an actor, and its organization or platform type when it is one. */
export function KindSelects({
  id,
  of,
  draft,
  problems,
  onChange,
}: {
  id: string;
  /** Whose kind, for the labels: "Kind of Bio-Europe". */
  of?: string;
  draft: Pick<ActorDraft, 'kind' | 'organizationType' | 'platformType'>;
  problems: readonly ApiProblem[];
  onChange: (change: Partial<ActorDraft>) => void;
}) {
  const field = (key: string, name: string, pointer: string) => ({
    id: `${id}-${key}`,
    label: of === undefined ? name : `${name} of ${of}`,
    hideLabel: of !== undefined,
    problems,
    pointer,
  });
  return (
    <>
      <SelectField {...field('kind', 'Kind', '/kind')} choices={KINDS} value={draft.kind} onChange={(kind) => onChange({ kind })} />
      {draft.kind === 'organization' ? (
        <SelectField
          {...field('org', 'Organization type', '/organizationType')}
          choices={ORGANIZATIONS}
          empty="Not said"
          value={draft.organizationType}
          onChange={(organizationType: OrganizationType | '') => onChange({ organizationType })}
        />
      ) : null}
      {draft.kind === 'platform' ? (
        <SelectField
          {...field('platform', 'Platform type', '/platformType')}
          choices={PLATFORMS}
          empty="Not said"
          value={draft.platformType}
          onChange={(platformType: PlatformType | '') => onChange({ platformType })}
        />
      ) : null}
    </>
  );
}
