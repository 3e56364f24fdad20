/**
 * The board of a partner search: one column per stage in the route's order (long list … contract,
 * then dropped), each candidate with its weighted score, ranked best first within its column. The
 * web board, the CLI and the API all show this one view model.
 */
import { PARTNER_STAGE_LABELS, PARTNER_STAGES, type CandidateNote, type PartnerSearch, type PartnerStage, type StageDecision } from '../model/index.js';
import { compareScored, weightedScore, type CandidateScore } from './score.js';

/** An id with the name to show for it. */
export interface NamedRef {
  id: string;
  name: string;
}

export interface BoardCandidate {
  id: string;
  name: string;
  /** The actor of the case the candidate is, when it is in the network already. */
  actor?: string;
  referredBy?: NamedRef;
  stage: PartnerStage;
  /** Score 0–5 per criterion id, as recorded (criteria not scored are absent). */
  scores: Record<string, number>;
  score: CandidateScore;
  /** Place in its column, from 1. */
  rank: number;
  notes: CandidateNote[];
  /** The decision that brought the candidate to its stage; none while it is where it started. */
  lastDecision?: StageDecision;
}

export interface BoardColumn {
  stage: PartnerStage;
  label: string;
  candidates: BoardCandidate[];
}

export interface PartnerBoard {
  search: Pick<PartnerSearch, 'id' | 'title' | 'purpose' | 'market' | 'organizationType' | 'role' | 'opened' | 'status' | 'criteria'>;
  columns: BoardColumn[];
  /** Candidates still in the running (every stage but dropped), and all of them. */
  active: number;
  total: number;
  /** The decision log, newest first. */
  decisions: StageDecision[];
}

/**
 * The board of a search. `names` gives the names of the actors and key people of the case, for
 * who referred a candidate; an id it does not know is shown as itself.
 */
export function partnerBoard(search: PartnerSearch, names: ReadonlyMap<string, string> = new Map()): PartnerBoard {
  const lastDecision = new Map<string, StageDecision>();
  for (const d of search.decisions) lastDecision.set(d.candidate, d);
  const columns: BoardColumn[] = PARTNER_STAGES.map((stage) => {
    const scored = search.candidates
      .filter((c) => c.stage === stage)
      .map((c) => ({ candidate: c, name: c.name, score: weightedScore(search.criteria, c) }))
      .sort((a, b) => compareScored(a, b) || a.candidate.id.localeCompare(b.candidate.id));
    const candidates = scored.map(({ candidate: c, score }, i): BoardCandidate => {
      const decision = lastDecision.get(c.id);
      return {
        id: c.id,
        name: c.name,
        ...(c.actor === undefined ? {} : { actor: c.actor }),
        ...(c.referredBy === undefined ? {} : { referredBy: { id: c.referredBy, name: names.get(c.referredBy) ?? c.referredBy } }),
        stage: c.stage,
        scores: c.scores,
        score,
        rank: i + 1,
        notes: c.notes,
        ...(decision === undefined || decision.to !== c.stage ? {} : { lastDecision: decision }),
      };
    });
    return { stage, label: PARTNER_STAGE_LABELS[stage], candidates };
  });
  const { id, title, purpose, market, organizationType, role, opened, status, criteria } = search;
  const defined = Object.fromEntries(
    Object.entries({ id, title, purpose, market, organizationType, role, opened, status, criteria }).filter(([, v]) => v !== undefined),
  );
  return {
    search: defined as PartnerBoard['search'],
    columns,
    active: search.candidates.filter((c) => c.stage !== 'dropped').length,
    total: search.candidates.length,
    decisions: [...search.decisions].reverse(),
  };
}
