/**
 * Between a record and its editor: the draft (the form's text as typed) made from a record, and the
 * record made from a draft and the record it edits — keeping every field the editor does not show
 * (notes, regions, the tie a referral came through …) as it was, and leaving out optional fields the user emptied.
 */
import type { Actor, ChallengeRating, Tie, UtilizationCell } from './api';
import { freeId, idWords } from '../../../shared/ids';
import { ORGANIZATION_TYPE_NAMES } from '../../lib/organization-types';

/** A copy of the record with an optional field set, or left out when the value is undefined. */
function withField<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): T {
  const copy = { ...record } as Record<string, unknown>;
  if (value === undefined) delete copy[key as string];
  else copy[key as string] = value;
  return copy as T;
}

const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
const scale = (value: string): number | undefined => (value === '' ? undefined : Number(value));
const list = (value: string, separator: RegExp): string[] =>
  value
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');

export type NetworkType = Tie['networkType'];
export type TieStatus = Tie['status'];
export type TieOriginKind = NonNullable<Tie['origin']>['kind'];
export type BenefitKind = NonNullable<NonNullable<Tie['helpedWith']>['benefits']>[number];
export type ActorKind = Actor['kind'];
export type OrganizationType = NonNullable<Actor['organizationType']>;
export type PlatformType = NonNullable<Actor['platformType']>;
export type UtilizationLevel = UtilizationCell['level'];
export type ChallengeLevel = ChallengeRating['level'];
export type LevelBasis = NonNullable<UtilizationCell['basis']>;

/** Kinds of actor and organization and platform types, in the case file's spelling (the vocabulary endpoint does not list these). */
export const ACTOR_KINDS: Record<ActorKind, string> = { person: 'Person', organization: 'Organization', platform: 'Digital platform or community' };
export const ORGANIZATION_TYPES: Readonly<Record<OrganizationType, string>> = ORGANIZATION_TYPE_NAMES;
export const PLATFORM_TYPES: Record<PlatformType, string> = {
  website: 'Website',
  social_media: 'Social media',
  professional_network: 'Professional network',
  online_group: 'Online group',
  b2b_portal: 'B2B portal',
  marketplace: 'Marketplace',
  virtual_event: 'Virtual event',
  funding_platform: 'Funding platform',
  other: 'Other',
};
export const LEVEL_BASES: Record<LevelBasis, string> = { stated: 'Stated by the source', inferred: 'Inferred by the analyst' };

export const keysOf = <K extends string>(labels: Record<K, string>): K[] => Object.keys(labels) as K[];

export interface TieDraft {
  from: string;
  to: string;
  networkType: NetworkType;
  subtype: string;
  strength: string;
  trust: string;
  status: TieStatus;
  since: string;
  lastContact: string;
  description: string;
  origin: TieOriginKind | '';
  originDescription: string;
  /** Country codes, separated by commas or spaces. */
  markets: string;
  challenges: string[];
  benefits: BenefitKind[];
  evidence: string[];
}

export function tieDraft(tie: Tie): TieDraft {
  return {
    from: tie.from,
    to: tie.to,
    networkType: tie.networkType,
    subtype: tie.subtype ?? '',
    strength: tie.strength === undefined ? '' : String(tie.strength),
    trust: tie.trust === undefined ? '' : String(tie.trust),
    status: tie.status,
    since: tie.since ?? '',
    lastContact: tie.lastContact ?? '',
    description: tie.description ?? '',
    origin: tie.origin?.kind ?? '',
    originDescription: tie.origin?.description ?? '',
    markets: (tie.markets ?? []).join(', '),
    challenges: [...(tie.helpedWith?.challenges ?? [])],
    benefits: [...(tie.helpedWith?.benefits ?? [])],
    evidence: [...(tie.evidence ?? [])],
  };
}

export const emptyTieDraft = (networkType: NetworkType = 'business', from = ''): TieDraft => ({
  from,
  to: '',
  networkType,
  subtype: '',
  strength: '',
  trust: '',
  status: 'active',
  since: '',
  lastContact: '',
  description: '',
  origin: '',
  originDescription: '',
  markets: '',
  challenges: [],
  benefits: [],
  evidence: [],
});

/** The origin a draft says, or none; a referral keeps the tie it came through, another kind of origin drops it (the schema refuses it). */
function originFromDraft(tie: Tie, draft: TieDraft): Tie['origin'] {
  if (draft.origin === '') return undefined;
  let origin: NonNullable<Tie['origin']> = { kind: draft.origin };
  origin = withField(origin, 'referredByTie', draft.origin === 'referral' ? tie.origin?.referredByTie : undefined);
  return withField(origin, 'description', text(draft.originDescription));
}

const countryCodes = (value: string): string[] | undefined => {
  const codes = list(value, /[\s,;]+/).map((c) => c.toUpperCase());
  return codes.length === 0 ? undefined : codes;
};

export function tieFromDraft(tie: Tie, draft: TieDraft): Tie {
  let record: Tie = { ...tie, from: draft.from, to: draft.to, networkType: draft.networkType, status: draft.status };
  record = withField(record, 'subtype', text(draft.subtype));
  record = withField(record, 'strength', scale(draft.strength));
  record = withField(record, 'trust', scale(draft.trust));
  record = withField(record, 'since', text(draft.since));
  record = withField(record, 'lastContact', text(draft.lastContact));
  record = withField(record, 'description', text(draft.description));
  record = withField(record, 'origin', originFromDraft(tie, draft));
  record = withField(record, 'markets', countryCodes(draft.markets));
  const { challenges, benefits } = draft;
  record = withField(record, 'helpedWith', challenges.length === 0 && benefits.length === 0 ? undefined : { challenges, benefits });
  return withField(record, 'evidence', draft.evidence.length === 0 ? undefined : draft.evidence);
}

export interface ActorDraft {
  name: string;
  kind: ActorKind;
  organizationType: OrganizationType | '';
  platformType: PlatformType | '';
  countries: string;
  sector: string;
  roles: string;
  description: string;
  url: string;
  /** Language codes, separated by commas or spaces. */
  languages: string;
  /** The ids of the organizations the actor belongs to. */
  memberOf: string[];
  evidence: string[];
}

export function actorDraft(actor: Actor): ActorDraft {
  return {
    name: actor.name,
    kind: actor.kind,
    organizationType: actor.organizationType ?? '',
    platformType: actor.platformType ?? '',
    countries: (actor.countries ?? []).join(', '),
    sector: actor.sector ?? '',
    roles: actor.roles.join(', '),
    description: actor.description ?? '',
    url: actor.url ?? '',
    languages: (actor.languages ?? []).join(', '),
    memberOf: [...(actor.memberOf ?? [])],
    evidence: [...(actor.evidence ?? [])],
  };
}

export const emptyActorDraft = (): ActorDraft => ({
  name: '',
  kind: 'organization',
  organizationType: '',
  platformType: '',
  countries: '',
  sector: '',
  roles: '',
  description: '',
  url: '',
  languages: '',
  memberOf: [],
  evidence: [],
});

/** Types that belong to another kind are dropped when the kind changes: the schema refuses them. */
export function actorFromDraft(actor: Actor, draft: ActorDraft): Actor {
  let record: Actor = { ...actor, name: draft.name.trim(), kind: draft.kind, roles: list(draft.roles, /,/) };
  record = withField(record, 'organizationType', draft.kind === 'organization' && draft.organizationType !== '' ? draft.organizationType : undefined);
  record = withField(record, 'platformType', draft.kind === 'platform' && draft.platformType !== '' ? draft.platformType : undefined);
  if (draft.kind !== 'organization') record = withField(record, 'groupRelation', undefined);
  record = withField(record, 'countries', countryCodes(draft.countries));
  record = withField(record, 'sector', text(draft.sector));
  record = withField(record, 'description', text(draft.description));
  record = withField(record, 'url', text(draft.url));
  const languages = list(draft.languages, /[\s,;]+/).map((l) => l.toLowerCase());
  record = withField(record, 'languages', languages.length === 0 ? undefined : languages);
  record = withField(record, 'memberOf', draft.memberOf.length === 0 ? undefined : draft.memberOf);
  return withField(record, 'evidence', draft.evidence.length === 0 ? undefined : draft.evidence);
}

/** What a levelled record (a utilization cell, a challenge rating) shares: a level, its basis, a description and evidence. */
export interface LevelRecord {
  level: string;
  basis?: LevelBasis;
  description?: string;
  evidence?: string[];
}

export interface LevelDraft<L extends string> {
  level: L;
  basis: LevelBasis | '';
  description: string;
  evidence: string[];
}

export function levelDraft<R extends LevelRecord>(record: R): LevelDraft<R['level']> {
  return { level: record.level, basis: record.basis ?? '', description: record.description ?? '', evidence: [...(record.evidence ?? [])] };
}

export function fromLevelDraft<R extends LevelRecord>(record: R, draft: LevelDraft<R['level']>): R {
  let next: R = { ...record, level: draft.level };
  next = withField(next, 'basis', draft.basis === '' ? undefined : draft.basis);
  next = withField(next, 'description', text(draft.description));
  return withField(next, 'evidence', draft.evidence.length === 0 ? undefined : draft.evidence);
}

/** "Ministry of Health (Ghana)" → "ministry-of-health-ghana": the words of a name as an id can hold them. */
export const slug = (words: string): string => idWords(words);
export { freeId };
