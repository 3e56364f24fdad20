/**
 * The changes a partner search goes through, as pure functions from one search to the next:
 * adding candidates and criteria, scoring, noting, and moving a candidate between stages, which
 * appends a decision with its reason to the log. Dates come from the caller (core has no clock).
 */
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.js';
import { freeId, idWords } from '../../shared/ids.js';
import type { Actor, PartnerCandidate, PartnerCriterion, PartnerSearch, PartnerSearchStatus, PartnerStage } from '../model/index.js';

/** Turns a name into an id ("GMP certified" → "gmp-certified"), numbered on when `taken`: "gmp-certified-2". */
export function idFromName(name: string, taken: (id: string) => boolean, fallback: string): string {
  return freeId(idWords(name) || fallback, taken);
}

function knownList(ids: readonly string[], none: string): string {
  return ids.length === 0 ? none : `expected one of ${ids.join(', ')}`;
}

/** The candidate with this id; NotFoundError naming the search's candidates otherwise. */
export function findCandidate(search: PartnerSearch, candidateId: string): PartnerCandidate {
  const found = search.candidates.find((c) => c.id === candidateId);
  if (found !== undefined) return found;
  const err = new NotFoundError('candidate', candidateId);
  // The usual "was not found" (and its 404), followed by the ids to choose from.
  err.message = `${err.message} in partner search "${search.id}"; ${knownList(
    search.candidates.map((c) => c.id),
    'it has no candidates yet',
  )}`;
  throw err;
}

/** The criterion a user names, by id or by name (any case); ValidationError at `pointer` naming the criteria otherwise. */
export function findCriterion(search: PartnerSearch, key: string, pointer: string): PartnerCriterion {
  const wanted = key.trim().toLowerCase();
  const found = search.criteria.find((c) => c.id === key) ?? search.criteria.find((c) => c.name.toLowerCase() === wanted);
  if (found !== undefined) return found;
  const known = search.criteria.map((c) => `${c.id} (${c.name})`);
  throw new ValidationError([
    { pointer, message: `unknown criterion "${key}" in partner search "${search.id}"; ${knownList(known, 'it has no criteria yet: add some first')}` },
  ]);
}

function assertOpen(search: PartnerSearch): void {
  if (search.status === 'closed')
    throw new ConflictError(`partner search "${search.id}" is closed; reopen it before changing its candidates or criteria`, '/status');
}

function withCandidate(search: PartnerSearch, candidateId: string, change: (c: PartnerCandidate) => PartnerCandidate): PartnerSearch {
  findCandidate(search, candidateId);
  return { ...search, candidates: search.candidates.map((c) => (c.id === candidateId ? change(c) : c)) };
}

/** A criterion as a user gives it: a name and a weight 1–5. */
export interface CriterionInput {
  name: string;
  weight: number;
}

function checkWeight(weight: number, pointer: string): void {
  if (!Number.isInteger(weight) || weight < 1 || weight > 5) {
    throw new ValidationError([{ pointer, message: `expected a weight from 1 (counts a little) to 5 (decisive), got ${weight}` }]);
  }
}

/**
 * Adds criteria, each with an id made from its name; a criterion whose name (any case) the search
 * has already gets the new weight instead, so scores given against it keep their meaning.
 */
export function addCriteria(search: PartnerSearch, given: readonly CriterionInput[]): PartnerSearch {
  assertOpen(search);
  const criteria = [...search.criteria];
  given.forEach((input, i) => {
    const name = input.name.trim();
    if (name === '') throw new ValidationError([{ pointer: `/criteria/${i}/name`, message: 'expected a non-empty criterion name, e.g. "GMP certified"' }]);
    checkWeight(input.weight, `/criteria/${i}/weight`);
    const same = criteria.findIndex((c) => c.name.toLowerCase() === name.toLowerCase());
    if (same >= 0) criteria[same] = { ...criteria[same]!, weight: input.weight };
    else
      criteria.push({
        id: idFromName(name, (id) => criteria.some((c) => c.id === id), 'criterion'),
        name,
        weight: input.weight,
      });
  });
  return { ...search, criteria };
}

/** Who a new candidate is: an actor of the case (its name is taken), or only a name for now. */
export interface CandidateInput {
  actor?: Pick<Actor, 'id' | 'name'>;
  name?: string;
  referredBy?: string;
}

/**
 * Adds a candidate to the long list. Its id is the actor's id, or one made from its name. Refused
 * when the actor, or a candidate of the same name, is on the list already.
 */
export function addCandidate(search: PartnerSearch, input: CandidateInput): { search: PartnerSearch; candidate: PartnerCandidate } {
  assertOpen(search);
  const name = (input.name ?? input.actor?.name ?? '').trim();
  if (name === '') throw new ValidationError([{ pointer: '/name', message: 'name the candidate: give an actor of the case, or a name' }]);
  const actorId = input.actor?.id;
  const sameActor = actorId === undefined ? undefined : search.candidates.find((c) => c.actor === actorId);
  if (sameActor !== undefined) {
    throw new ConflictError(
      `actor "${actorId}" is a candidate of partner search "${search.id}" already (candidate "${sameActor.id}", stage ${sameActor.stage})`,
      '/actor',
    );
  }
  const sameName = search.candidates.find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (sameName !== undefined) {
    throw new ConflictError(
      `partner search "${search.id}" has a candidate named "${sameName.name}" already (candidate "${sameName.id}"); give another name`,
      '/name',
    );
  }
  const taken = (id: string) => search.candidates.some((c) => c.id === id);
  const id = actorId !== undefined && !taken(actorId) ? actorId : idFromName(name, taken, 'candidate');
  const candidate: PartnerCandidate = {
    id,
    ...(actorId === undefined ? {} : { actor: actorId }),
    name,
    stage: 'long_list',
    scores: {},
    notes: [],
    ...(input.referredBy === undefined ? {} : { referredBy: input.referredBy }),
  };
  return { search: { ...search, candidates: [...search.candidates, candidate] }, candidate };
}

/**
 * Sets scores 0–5 of a candidate, criteria named by id or name; null takes a score back, so the
 * criterion is missing again.
 */
export function scoreCandidate(search: PartnerSearch, candidateId: string, given: Readonly<Record<string, number | null>>): PartnerSearch {
  assertOpen(search);
  const changes = Object.entries(given).map(([key, score]) => {
    const pointer = `/scores/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const criterion = findCriterion(search, key, pointer);
    if (score !== null && (!Number.isInteger(score) || score < 0 || score > 5)) {
      throw new ValidationError([{ pointer, message: `expected a score from 0 (not met) to 5 (fully met) for "${criterion.name}", got ${score}` }]);
    }
    return [criterion.id, score] as const;
  });
  if (changes.length === 0) throw new ValidationError([{ pointer: '/scores', message: 'give at least one score, e.g. { "gmp-certified": 4 }' }]);
  return withCandidate(search, candidateId, (c) => {
    const scores = { ...c.scores };
    for (const [id, score] of changes) {
      if (score === null) delete scores[id];
      else scores[id] = score;
    }
    return { ...c, scores };
  });
}

/**
 * Moves a candidate to another stage and logs the decision: the day, from where to where, and why.
 * Dropping a candidate needs a reason; other moves may give one.
 */
export function moveCandidate(search: PartnerSearch, candidateId: string, to: PartnerStage, on: string, reason?: string): PartnerSearch {
  assertOpen(search);
  const candidate = findCandidate(search, candidateId);
  const why = reason?.trim() === '' ? undefined : reason?.trim();
  if (candidate.stage === to) throw new ValidationError([{ pointer: '/to', message: `candidate "${candidateId}" is at stage "${to}" already` }]);
  if (to === 'dropped' && why === undefined) {
    throw new ValidationError([{ pointer: '/reason', message: `dropping candidate "${candidateId}" needs a reason, e.g. "no personal engagement"` }]);
  }
  const moved = withCandidate(search, candidateId, (c) => ({ ...c, stage: to }));
  return {
    ...moved,
    decisions: [...search.decisions, { on, candidate: candidateId, from: candidate.stage, to, ...(why === undefined ? {} : { reason: why }) }],
  };
}

/** Adds a dated note to a candidate; allowed on a closed search too (what happened after the contract). */
export function addNote(search: PartnerSearch, candidateId: string, on: string, text: string): PartnerSearch {
  const trimmed = text.trim();
  if (trimmed === '') throw new ValidationError([{ pointer: '/text', message: 'expected the text of the note' }]);
  return withCandidate(search, candidateId, (c) => ({ ...c, notes: [...c.notes, { on, text: trimmed }] }));
}

/** Closes or reopens a search; ValidationError when it is in that state already. */
export function setSearchStatus(search: PartnerSearch, status: PartnerSearchStatus): PartnerSearch {
  if (search.status === status) throw new ValidationError([{ pointer: '/status', message: `partner search "${search.id}" is ${status} already` }]);
  return { ...search, status };
}
