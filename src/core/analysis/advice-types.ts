/**
 * What advice is made of: recommendations from the knowledge base, the firm's ties they name, and
 * the action plan ranked from them. Part of a FirmAnalysis (types.ts re-exports it).
 */
import type { ActorKind, NetworkType, SectorFamily } from '../model/index.js';

/** A tie of the firm named in advice: "use your tie to X". */
export interface TieRef {
  tieId: string;
  actorId: string;
  actorName: string;
  networkType: NetworkType;
}

/** A work a seed study cites, or an official source read on a given day. */
export type Citation =
  | {
      /** As the seed cites it, e.g. "Musteen et al. (2014)". */
      work: string;
      /** Which seed cites it: the seed's file name. */
      seed: string;
      /** Where in the seed: section, page or table. */
      location: string;
    }
  | { work: string; publisher: string; url: string; asOf: string };

/** An institution of the directory that could help close a gap, and for which market. */
export interface InstitutionAdvice {
  id: string;
  name: string;
  abbreviation: string | undefined;
  /** Where it is based (ISO alpha-2). */
  country: string;
  /** The firm's market it was found for (ISO alpha-2); the home country when the firm names no market. */
  market: string;
  /** Which side of the move it serves: the firm's home country, the market, or both. */
  serves: 'home' | 'market' | 'both';
  why: string;
  /** Home page; undefined for a body a seed study names without saying which. */
  url: string | undefined;
  /** The directory entry's source (an address, or a seed study and where in it) and the day it was recorded. */
  source: string;
  asOf: string;
}

/** A sample firm's story a rule points to, labelled with where the seed tells it. */
export interface RuleExample {
  text: string;
  seed: string;
  location: string;
}

export interface Recommendation {
  ruleId: string;
  challenge: string;
  /** The challenge in words. */
  challengeLabel: string;
  networkType: NetworkType;
  title: string;
  rationale: string;
  /** The steps, worded for the firm's sector family and naming its own ties where it has the actor needed. */
  actions: string[];
  /** The firm's ties the actions name. */
  tiesUsed: TieRef[];
  /** The sector family the wording is for; undefined: general wording. */
  sectorFamily: SectorFamily | undefined;
  examples: RuleExample[];
  citations: Citation[];
  /** Why the rule applies here: the gap and the context conditions it matched. */
  because: string[];
  /** The gap's severity, so the list can be read top-down. */
  severity: number;
  /** For a gap in institutional ties: bodies of the directory that help with the challenge in the firm's markets. */
  institutions: InstitutionAdvice[];
}

/** A live tie of the firm to an actor, with what advice needs to know of the actor. */
export interface FirmTieView extends TieRef {
  actorKind: ActorKind;
  organizationType: string | undefined;
  platformType: string | undefined;
  roles: string[];
  /** 1–5 when recorded. */
  strength: number | undefined;
}

/** One step of the action plan, with why it ranks where it does. */
export interface PlanAction {
  text: string;
  /** The recommendation's rule, or "blind-spot" for a question to settle a blind spot. */
  source: string;
  challenge: string;
  challengeLabel: string;
  networkType: NetworkType | undefined;
  tiesUsed: TieRef[];
  /** Why it matters, in one sentence. */
  why: string;
  score: number;
}

export interface ActionPlan {
  /** At most five, best first. */
  top: PlanAction[];
  /** Every other action, grouped by challenge in the order of the challenges table. */
  byChallenge: { challenge: string; label: string; actions: PlanAction[] }[];
}
