/** The kind of an actor with its organization or platform type, as text and as the two selects that edit it. */
import type { ApiProblem } from '../../../lib/api';
import type { Actor } from '../api';
import { ACTOR_KINDS, keysOf, ORGANIZATION_TYPES, PLATFORM_TYPES, type ActorDraft, type ActorKind, type OrganizationType, type PlatformType } from '../drafts';
import { FieldProblems, fieldAria } from './field-problems';

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
  const suffix = of === undefined ? '' : ` of ${of}`;
  const labelClass = of === undefined ? undefined : 'visually-hidden';
  return (
    <>
      <label className={labelClass} htmlFor={`${id}-kind`}>
        Kind{suffix}
      </label>
      <select id={`${id}-kind`} value={draft.kind} onChange={(e) => onChange({ kind: e.target.value as ActorKind })}>
        {keysOf(ACTOR_KINDS).map((k) => (
          <option key={k} value={k}>
            {ACTOR_KINDS[k]}
          </option>
        ))}
      </select>
      {draft.kind === 'organization' ? (
        <>
          <label className={labelClass} htmlFor={`${id}-org`}>
            Organization type{suffix}
          </label>
          <select
            id={`${id}-org`}
            value={draft.organizationType}
            onChange={(e) => onChange({ organizationType: e.target.value as OrganizationType | '' })}
            {...fieldAria(`${id}-org`, problems, '/organizationType')}
          >
            <option value="">Not said</option>
            {keysOf(ORGANIZATION_TYPES).map((k) => (
              <option key={k} value={k}>
                {ORGANIZATION_TYPES[k]}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-org`} problems={problems} pointer="/organizationType" />
        </>
      ) : null}
      {draft.kind === 'platform' ? (
        <>
          <label className={labelClass} htmlFor={`${id}-platform`}>
            Platform type{suffix}
          </label>
          <select
            id={`${id}-platform`}
            value={draft.platformType}
            onChange={(e) => onChange({ platformType: e.target.value as PlatformType | '' })}
            {...fieldAria(`${id}-platform`, problems, '/platformType')}
          >
            <option value="">Not said</option>
            {keysOf(PLATFORM_TYPES).map((k) => (
              <option key={k} value={k}>
                {PLATFORM_TYPES[k]}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-platform`} problems={problems} pointer="/platformType" />
        </>
      ) : null}
      <FieldProblems id={`${id}-kind`} problems={problems} pointer="/kind" />
    </>
  );
}
