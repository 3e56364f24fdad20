/**
 * Use cases of partner searches: open one, add candidates and criteria, score, note, move a
 * candidate between stages, close or reopen it, and read its board and the suggestions from the
 * firm's network. Each change loads the search, applies a pure edit (core/partners) and saves it
 * through the record service's update, so it is checked by the same rules as any record write
 * (schema, references into the case, version) — all in one transaction.
 */
import { kindName } from '../core/case-file/index.js';
import type { PartnerSearch, PartnerSearchStatus, PartnerStage } from '../core/model/index.js';
import {
  addCandidate as addCandidateTo,
  addCriteria as addCriteriaTo,
  addNote as addNoteTo,
  idFromName,
  moveCandidate as moveCandidateIn,
  partnerBoard,
  partnerSuggestions,
  scoreCandidate as scoreCandidateIn,
  setSearchStatus,
  type CandidateInput,
  type CriterionInput,
  type PartnerBoard,
  type PartnerSuggestions,
} from '../core/partners/index.js';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '../shared/errors.js';
import type { CaseStore, Versioned } from '../store/types.js';
import { exportCase } from './case-service.js';
import { createRecord, listRecords, updateRecord } from './record-service.js';

const COLLECTION = 'partnerSearches';

/** The day of `now` as the records carry it: YYYY-MM-DD (UTC). */
function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** NotFoundError for a search, naming the firm's searches so the caller can pick the right one. */
async function searchNotFound(store: CaseStore, workspaceId: string, firmId: string, searchId: string): Promise<NotFoundError> {
  const ids = (await store.listRecords(workspaceId, firmId, COLLECTION)).map((s) => s.record.id);
  const err = new NotFoundError('partner search', searchId);
  err.message = `${err.message} for firm "${firmId}"; ${ids.length === 0 ? 'it has no partner searches yet' : `expected one of ${ids.join(', ')}`}`;
  return err;
}

export async function listSearches(store: CaseStore, workspaceId: string, firmId: string): Promise<Versioned<PartnerSearch>[]> {
  return listRecords(store, workspaceId, firmId, COLLECTION);
}

/** One search with its version; NotFoundError naming the firm (absent) or its searches. */
export async function getSearch(store: CaseStore, workspaceId: string, firmId: string, searchId: string): Promise<Versioned<PartnerSearch>> {
  if (!(await store.firmExists(workspaceId, firmId))) throw new NotFoundError('firm', firmId);
  const found = await store.getRecord(workspaceId, firmId, COLLECTION, searchId);
  if (found === undefined) throw await searchNotFound(store, workspaceId, firmId, searchId);
  return found;
}

/** An id made from the title that no record of the case has: "api-contract-manufacturer", else "…-2" up to "…-51". */
async function freeIdFor(tx: CaseStore, workspaceId: string, firmId: string, title: string): Promise<string> {
  const base = idFromName(title, () => false, 'partner-search');
  const tried = [base, ...Array.from({ length: 50 }, (_, n) => `${base}-${n + 2}`)];
  const taken = await tx.recordKinds(workspaceId, firmId, tried);
  const free = tried.find((id) => !taken.has(id));
  if (free === undefined)
    throw new ConflictError(`the ids "${base}" to "${base}-51" are all taken in the case of firm "${firmId}"; give the search an id of its own`, '/id');
  return free;
}

/** What opening a search takes; the id is made from the title unless given. */
export interface OpenSearchInput {
  id?: string;
  title: string;
  purpose?: string;
  market?: string;
  organizationType?: string;
  role?: string;
  criteria?: readonly CriterionInput[];
}

/** Opens a search dated `now`, with its criteria, and no candidates yet. */
export async function openSearch(store: CaseStore, workspaceId: string, firmId: string, input: OpenSearchInput, now: Date): Promise<Versioned<PartnerSearch>> {
  return store.writeCase(workspaceId, firmId, async (tx) => {
    const id = input.id ?? (await freeIdFor(tx, workspaceId, firmId, input.title));
    const draft: PartnerSearch = {
      id,
      title: input.title,
      ...(input.purpose === undefined ? {} : { purpose: input.purpose }),
      ...(input.market === undefined ? {} : { market: input.market }),
      ...(input.organizationType === undefined ? {} : { organizationType: input.organizationType as PartnerSearch['organizationType'] }),
      ...(input.role === undefined ? {} : { role: input.role }),
      opened: dayOf(now),
      status: 'open',
      criteria: [],
      candidates: [],
      decisions: [],
    };
    // Criteria get their ids here; the record service then checks the whole record against the schema.
    const record = input.criteria === undefined || input.criteria.length === 0 ? draft : addCriteriaTo(draft, input.criteria);
    return createRecord(tx, workspaceId, firmId, COLLECTION, record);
  });
}

/**
 * Loads a search inside a locked transaction, applies `edit` and saves the result. With
 * `expectedVersion` (the version the caller read), a search changed since is refused with
 * StaleVersionError before anything is applied.
 */
async function changeSearch<T = undefined>(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  searchId: string,
  expectedVersion: number | undefined,
  edit: (search: PartnerSearch, tx: CaseStore) => Promise<{ search: PartnerSearch; extra?: T }> | { search: PartnerSearch; extra?: T },
): Promise<Versioned<PartnerSearch> & { extra?: T }> {
  return store.writeCase(workspaceId, firmId, async (tx) => {
    const current = await tx.getRecord(workspaceId, firmId, COLLECTION, searchId);
    if (current === undefined) throw await searchNotFound(tx, workspaceId, firmId, searchId);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new StaleVersionError('partner search', searchId, expectedVersion, current.version);
    }
    const { search, extra } = await edit(current.record, tx);
    const saved = await updateRecord(tx, workspaceId, firmId, COLLECTION, searchId, search, current.version);
    return extra === undefined ? saved : { ...saved, extra };
  });
}

/** Adds criteria ("GMP certified", weight 5); a name the search has already gets the new weight. */
export async function addCriteria(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  searchId: string,
  criteria: readonly CriterionInput[],
  expectedVersion?: number,
): Promise<Versioned<PartnerSearch>> {
  if (criteria.length === 0)
    throw new ValidationError([{ pointer: '/criteria', message: 'give at least one criterion, e.g. { "name": "GMP certified", "weight": 5 }' }]);
  return changeSearch(store, workspaceId, firmId, searchId, expectedVersion, (s) => ({ search: addCriteriaTo(s, criteria) }));
}

/** Who to add: an actor of the case by id, or a name not in the network yet; optionally who referred it. */
export interface NewCandidate {
  actor?: string | undefined;
  name?: string | undefined;
  referredBy?: string | undefined;
}

/**
 * Adds a candidate to the long list; with an actor, the actor's name is taken. Returns the search
 * and the new candidate's id.
 */
export async function addCandidate(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  searchId: string,
  given: NewCandidate,
  expectedVersion?: number,
): Promise<Versioned<PartnerSearch> & { candidateId: string }> {
  if ((given.actor === undefined) === (given.name === undefined)) {
    throw new ValidationError([
      { pointer: '/actor', message: 'give either "actor" (the id of an actor of the case) or "name" (a candidate not in the network yet), not both' },
    ]);
  }
  const saved = await changeSearch<string>(store, workspaceId, firmId, searchId, expectedVersion, async (search, tx) => {
    const input: CandidateInput = given.referredBy === undefined ? {} : { referredBy: given.referredBy };
    if (given.name !== undefined) input.name = given.name;
    if (given.actor !== undefined) {
      const actor = await tx.getRecord(workspaceId, firmId, 'actors', given.actor);
      if (actor === undefined) {
        const kind = (await tx.recordKinds(workspaceId, firmId, [given.actor])).get(given.actor);
        if (kind === undefined) throw new NotFoundError('actor', given.actor);
        throw new ValidationError([{ pointer: '/actor', message: `"${given.actor}" is ${kindName(kind)}; expected the id of an actor` }]);
      }
      input.actor = actor.record;
    }
    const added = addCandidateTo(search, input);
    return { search: added.search, extra: added.candidate.id };
  });
  const { extra, ...rest } = saved;
  return { ...rest, candidateId: extra ?? '' };
}

/** Sets (or, with null, takes back) a candidate's scores, criteria named by id or name. */
export async function scoreCandidate(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  searchId: string,
  candidateId: string,
  scores: Readonly<Record<string, number | null>>,
  expectedVersion?: number,
): Promise<Versioned<PartnerSearch>> {
  return changeSearch(store, workspaceId, firmId, searchId, expectedVersion, (s) => ({ search: scoreCandidateIn(s, candidateId, scores) }));
}

/** Moves a candidate to another stage, logging the decision dated `now`; dropping needs a reason. */
export async function moveCandidate(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  searchId: string,
  candidateId: string,
  to: PartnerStage,
  reason: string | undefined,
  now: Date,
  expectedVersion?: number,
): Promise<Versioned<PartnerSearch>> {
  return changeSearch(store, workspaceId, firmId, searchId, expectedVersion, (s) => ({ search: moveCandidateIn(s, candidateId, to, dayOf(now), reason) }));
}

/** Adds a note dated `now` to a candidate. */
export async function noteCandidate(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  searchId: string,
  candidateId: string,
  text: string,
  now: Date,
  expectedVersion?: number,
): Promise<Versioned<PartnerSearch>> {
  return changeSearch(store, workspaceId, firmId, searchId, expectedVersion, (s) => ({ search: addNoteTo(s, candidateId, dayOf(now), text) }));
}

/** Closes or reopens a search. */
export async function setStatus(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  searchId: string,
  status: PartnerSearchStatus,
  expectedVersion?: number,
): Promise<Versioned<PartnerSearch>> {
  return changeSearch(store, workspaceId, firmId, searchId, expectedVersion, (s) => ({ search: setSearchStatus(s, status) }));
}

/** The board of a search and the version it was read at, with the names of who referred its candidates. */
export async function searchBoard(store: CaseStore, workspaceId: string, firmId: string, searchId: string): Promise<PartnerBoard & { version: number }> {
  const { record, version } = await getSearch(store, workspaceId, firmId, searchId);
  const referrers = [...new Set(record.candidates.flatMap((c) => (c.referredBy === undefined ? [] : [c.referredBy])))];
  const kinds = await store.recordKinds(workspaceId, firmId, referrers);
  const names = new Map<string, string>();
  for (const id of referrers) {
    const kind = kinds.get(id);
    if (kind === 'actors') names.set(id, (await store.getRecord(workspaceId, firmId, 'actors', id))?.record.name ?? id);
    if (kind === 'keyPeople') {
      const person = (await store.getRecord(workspaceId, firmId, 'keyPeople', id))?.record;
      names.set(id, person?.name ?? person?.role ?? id);
    }
  }
  return { ...partnerBoard(record, names), version };
}

/** Actors within two hops of the firm that fit the search and are not its candidates, strongest path first, as of `asOf`. */
export async function searchSuggestions(store: CaseStore, workspaceId: string, firmId: string, searchId: string, asOf: Date): Promise<PartnerSuggestions> {
  const c = await exportCase(store, workspaceId, firmId);
  const search = c.partnerSearches.find((s) => s.id === searchId);
  if (search === undefined) throw await searchNotFound(store, workspaceId, firmId, searchId);
  return partnerSuggestions(c, search, asOf);
}
