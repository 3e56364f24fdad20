/** Who belongs to which trade bloc or regulatory zone on a given day, and what two countries share. */
import type { Bloc, BlocMember } from './reference.js';

/** True when `member` belongs to its bloc on `day` (YYYY-MM-DD): joined by then, not left, not suspended. */
export function isMemberOn(member: BlocMember, day: string): boolean {
  if (member.joined > day) return false;
  if (member.left !== undefined && member.left <= day) return false;
  return member.suspendedSince === undefined || member.suspendedSince > day;
}

/** The countries of a bloc on `day`, in the order the data lists them. */
export function membersOn(bloc: Bloc, day: string): string[] {
  if (bloc.inForceSince > day) return [];
  return bloc.members.filter((m) => isMemberOn(m, day)).map((m) => m.country);
}

/** The blocs `country` belongs to on `day`. */
export function blocsOf(blocs: readonly Bloc[], country: string, day: string): Bloc[] {
  return blocs.filter((b) => membersOn(b, day).includes(country));
}

/** The blocs both countries belong to on `day`. */
export function sharedBlocs(blocs: readonly Bloc[], a: string, b: string, day: string): Bloc[] {
  return blocs.filter((bloc) => {
    const members = membersOn(bloc, day);
    return members.includes(a) && members.includes(b);
  });
}

/** The bloc a market record's region names ("EU", "eaeu"), matched on code or id without regard to case. */
export function blocByRegion(blocs: readonly Bloc[], region: string): Bloc | undefined {
  const key = region.trim().toLowerCase();
  return blocs.find((b) => b.code.toLowerCase() === key || b.id === key);
}

/** A bloc as --json prints it: its members on the day, and those who had joined by then but are out. */
export interface BlocOnDay {
  id: string;
  code: string;
  name: string;
  kind: Bloc['kind'];
  inForceSince: string;
  inForce: boolean;
  members: BlocMember[];
  outside: BlocMember[];
  recognition: Bloc['recognition'];
  source: Bloc['source'];
  asOf: string;
  note?: string;
}

/** What the command shows of one bloc on `day`; the membership test is the core's, so the two cannot disagree. */
export function blocOnDay(bloc: Bloc, day: string): BlocOnDay {
  const inForce = bloc.inForceSince <= day;
  const joined = inForce ? bloc.members.filter((m) => m.joined <= day) : [];
  return {
    id: bloc.id,
    code: bloc.code,
    name: bloc.name,
    kind: bloc.kind,
    inForceSince: bloc.inForceSince,
    inForce,
    members: joined.filter((m) => isMemberOn(m, day)),
    outside: joined.filter((m) => !isMemberOn(m, day)),
    recognition: bloc.recognition,
    source: bloc.source,
    asOf: bloc.asOf,
    ...(bloc.note === undefined ? {} : { note: bloc.note }),
  };
}
