/**
 * The key people panel's view: each key person with the ties they carry (to actors, or between key
 * people), the network types those ties make up, and the organizations they belong to.
 */
import type { Schemas } from '../../lib/api';

type KeyPerson = Schemas['VersionedKeyPeople']['record'];
type Tie = Schemas['VersionedTies']['record'];
type Actor = Schemas['VersionedActors']['record'];
type NetworkType = Tie['networkType'];

export interface CarriedTie {
  id: string;
  networkType: NetworkType;
  subtype: string | undefined;
  status: Tie['status'];
  /** Who is at the other end: an actor's name, a key person's name or role, or "the firm". */
  other: string;
}

export interface KeyPersonView {
  id: string;
  role: string;
  name: string | undefined;
  /** "interviewee IA1", "founder", "several people": what else identifies the person. */
  about: string[];
  internationalNetworking: string | undefined;
  /** Ties per network type, in the thesis's order, only the types the person has. */
  networks: { networkType: NetworkType; ties: number }[];
  ties: CarriedTie[];
  /** Names of the organizations the person belongs to. */
  memberOf: string[];
}

const NETWORK_ORDER: readonly NetworkType[] = ['social', 'business', 'institutional', 'digital'];

/** Each key person in case order, with the ties that start or end at them (the firm's own name for a tie to the firm). */
export function keyPeopleView(
  firm: { id: string; name: string },
  people: readonly KeyPerson[],
  ties: readonly Tie[],
  actors: readonly Actor[],
): KeyPersonView[] {
  const names = new Map<string, string>([
    [firm.id, firm.name],
    ...actors.map((a): [string, string] => [a.id, a.name]),
    ...people.map((p): [string, string] => [p.id, p.name ?? p.role]),
  ]);
  const nameOf = (id: string) => names.get(id) ?? id;
  return people.map((p) => {
    const carried = ties
      .filter((t) => t.from === p.id || t.to === p.id)
      // Grouped by network type in the thesis's order; the sort is stable, so case order within a type.
      .sort((a, b) => NETWORK_ORDER.indexOf(a.networkType) - NETWORK_ORDER.indexOf(b.networkType))
      .map((t): CarriedTie => ({
        id: t.id,
        networkType: t.networkType,
        subtype: t.subtype,
        status: t.status,
        other: nameOf(t.from === p.id ? t.to : t.from),
      }));
    const about = [
      ...(p.participantId === undefined ? [] : [`interviewee ${p.participantId}`]),
      ...(p.founder === true ? ['founder'] : []),
      ...(p.isGroup === true ? ['several people'] : []),
    ];
    return {
      id: p.id,
      role: p.role,
      name: p.name,
      about,
      internationalNetworking: p.internationalNetworking,
      networks: NETWORK_ORDER.map((networkType) => ({ networkType, ties: carried.filter((t) => t.networkType === networkType).length })).filter(
        (n) => n.ties > 0,
      ),
      ties: carried,
      memberOf: (p.memberOf ?? []).map(nameOf),
    };
  });
}
