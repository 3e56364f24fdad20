/**
 * Between a record and its editor: the draft (the form's text as typed) made from a record, and the
 * record made from a draft and the record it edits — keeping every field the editor does not show
 * (notes, origins, markets …) as it was, and leaving out optional fields the user emptied.
 */
import type { Actor, ChallengeRating, Tie, UtilizationCell } from './api';

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
export type ActorKind = Actor['kind'];
export type OrganizationType = NonNullable<Actor['organizationType']>;
export type PlatformType = NonNullable<Actor['platformType']>;
export type UtilizationLevel = UtilizationCell['level'];
export type ChallengeLevel = ChallengeRating['level'];
export type LevelBasis = NonNullable<UtilizationCell['basis']>;

/** Kinds of actor and organization and platform types, in the case file's spelling (the vocabulary endpoint does not list these). */
export const ACTOR_KINDS: Record<ActorKind, string> = { person: 'Person', organization: 'Organization', platform: 'Digital platform or community' };
export const ORGANIZATION_TYPES: Record<OrganizationType, string> = {
  company: 'Company',
  government_agency: 'Government agency',
  trade_promotion_body: 'Trade-promotion body',
  chamber: 'Chamber of commerce',
  regulator: 'Regulator',
  university: 'University',
  research_institute: 'Research institute',
  financing_programme: 'Financing programme',
  association: 'Association',
  patient_group: 'Patient group',
  hospital: 'Hospital',
  event: 'Conference or trade fair',
  group: 'Group',
  other: 'Other',
};
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
  networkType: NetworkType;
  subtype: string;
  strength: string;
  trust: string;
  status: TieStatus;
  since: string;
  lastContact: string;
  description: string;
  challenges: string[];
  evidence: string[];
}

export function tieDraft(tie: Tie): TieDraft {
  return {
    networkType: tie.networkType,
    subtype: tie.subtype ?? '',
    strength: tie.strength === undefined ? '' : String(tie.strength),
    trust: tie.trust === undefined ? '' : String(tie.trust),
    status: tie.status,
    since: tie.since ?? '',
    lastContact: tie.lastContact ?? '',
    description: tie.description ?? '',
    challenges: [...(tie.helpedWith?.challenges ?? [])],
    evidence: [...(tie.evidence ?? [])],
  };
}

export const emptyTieDraft = (networkType: NetworkType = 'business'): TieDraft => ({
  networkType,
  subtype: '',
  strength: '',
  trust: '',
  status: 'active',
  since: '',
  lastContact: '',
  description: '',
  challenges: [],
  evidence: [],
});

export function tieFromDraft(tie: Tie, draft: TieDraft): Tie {
  let record: Tie = { ...tie, networkType: draft.networkType, status: draft.status };
  record = withField(record, 'subtype', text(draft.subtype));
  record = withField(record, 'strength', scale(draft.strength));
  record = withField(record, 'trust', scale(draft.trust));
  record = withField(record, 'since', text(draft.since));
  record = withField(record, 'lastContact', text(draft.lastContact));
  record = withField(record, 'description', text(draft.description));
  const benefits = tie.helpedWith?.benefits ?? [];
  record = withField(record, 'helpedWith', draft.challenges.length === 0 && benefits.length === 0 ? undefined : { challenges: draft.challenges, benefits });
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
  evidence: [],
});

/** Types that belong to another kind are dropped when the kind changes: the schema refuses them. */
export function actorFromDraft(actor: Actor, draft: ActorDraft): Actor {
  let record: Actor = { ...actor, name: draft.name.trim(), kind: draft.kind, roles: list(draft.roles, /,/) };
  record = withField(record, 'organizationType', draft.kind === 'organization' && draft.organizationType !== '' ? draft.organizationType : undefined);
  record = withField(record, 'platformType', draft.kind === 'platform' && draft.platformType !== '' ? draft.platformType : undefined);
  if (draft.kind !== 'organization') record = withField(record, 'groupRelation', undefined);
  const countries = list(draft.countries, /[\s,;]+/).map((c) => c.toUpperCase());
  record = withField(record, 'countries', countries.length === 0 ? undefined : countries);
  record = withField(record, 'sector', text(draft.sector));
  record = withField(record, 'description', text(draft.description));
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
export function slug(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3` … : the first that no record of the case holds (ids are unique across a case, at most 80 characters). */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, 72).replace(/-+$/, '');
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}
