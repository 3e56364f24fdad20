/**
 * What the partner-search views show, in words: stage names and counts, a new search as the record
 * routes take it (ids made from the title and the criteria's names), scores and coverage as
 * percentages, what a move or a score form lacks before it is sent, and a suggestion's path and fit.
 * The weighted scores themselves come from the board endpoint; nothing here recomputes them.
 */
import { countryName, words } from '../../lib/format';
import type { BoardCandidate, CandidateScore, Decision, NewSearch, SearchRecord, Stage, Suggestion, SuggestionFilters } from './api';
import { freeId, idWords } from '../../../shared/ids';
import { PARTNER_STAGE_LABELS } from '../../../shared/partner-stages';

/** The stages in board order, with the words the board's columns carry. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = PARTNER_STAGE_LABELS;

export const STAGES = Object.keys(STAGE_LABELS) as Stage[];

export interface StageCount {
  stage: Stage;
  label: string;
  count: number;
}

/** How many candidates a search has in each stage, in board order, leaving out the empty stages. */
export function stageCounts(search: Pick<SearchRecord, 'candidates'>): StageCount[] {
  return STAGES.map((stage) => ({ stage, label: STAGE_LABELS[stage], count: search.candidates.filter((c) => c.stage === stage).length })).filter(
    (s) => s.count > 0,
  );
}

/** "3 candidates", "1 candidate", "No candidates yet". */
export function candidateCount(n: number): string {
  return n === 0 ? 'No candidates yet' : `${n} ${n === 1 ? 'candidate' : 'candidates'}`;
}

/** An id made from a name the way the server makes them: "GMP certified" → "gmp-certified"; `fallback` when nothing is left. */
export function idFromName(name: string, fallback: string): string {
  return idWords(name) || fallback;
}

export { freeId };

/** A criterion as the form holds it: the weight as the select gives it. */
export interface CriterionDraft {
  name: string;
  weight: string;
}

/** What the "Open a search" form holds. */
export interface SearchDraft {
  title: string;
  purpose: string;
  market: string;
  organizationType: string;
  role: string;
  criteria: CriterionDraft[];
}

export const emptySearchDraft = (): SearchDraft => ({
  title: '',
  purpose: '',
  market: '',
  organizationType: '',
  role: '',
  criteria: [{ name: '', weight: '3' }],
});

/** A problem of a form, at the field it names (its id within the form) — the form shows it there. */
export interface FormProblem {
  field: string;
  message: string;
}

/** The criteria a form would send (rows with a name), or what is wrong with them: a weight outside 1–5, a name given twice. */
export function criteriaOf(drafts: readonly CriterionDraft[]): { criteria: { name: string; weight: number }[]; problems: FormProblem[] } {
  const criteria: { name: string; weight: number }[] = [];
  const problems: FormProblem[] = [];
  const seen = new Map<string, number>();
  drafts.forEach((d, i) => {
    const name = d.name.trim();
    if (name === '') return;
    const weight = Number(d.weight);
    if (!Number.isInteger(weight) || weight < 1 || weight > 5)
      problems.push({ field: `criterion-${i}-weight`, message: `the weight of "${name}" is 1 (counts a little) to 5 (decisive)` });
    const key = name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined)
      problems.push({ field: `criterion-${i}-name`, message: `"${name}" is criterion ${earlier + 1} already; give each criterion once` });
    else seen.set(key, i);
    criteria.push({ name, weight });
  });
  return { criteria, problems };
}

/** A new search as POST …/partner-searches takes it, opened `today`, or the form's problems. */
export function newSearchRecord(
  draft: SearchDraft,
  today: string,
  takenIds: ReadonlySet<string>,
): { record: NewSearch; problems: [] } | { record?: undefined; problems: FormProblem[] } {
  const title = draft.title.trim();
  const { criteria, problems } = criteriaOf(draft.criteria);
  if (title === '') problems.unshift({ field: 'title', message: 'give the search a title, e.g. "API contract manufacturer 2025"' });
  if (problems.length > 0) return { problems };
  const criterionIds = new Set<string>();
  const record: NewSearch = {
    id: freeId(`ps-${idFromName(title, 'search')}`, takenIds),
    title,
    opened: today,
    criteria: criteria.map((c) => {
      const id = freeId(idFromName(c.name, 'criterion'), criterionIds);
      criterionIds.add(id);
      return { id, name: c.name, weight: c.weight };
    }),
  };
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const purpose = optional(draft.purpose);
  const market = optional(draft.market);
  const role = optional(draft.role);
  if (purpose !== undefined) record.purpose = purpose;
  if (market !== undefined) record.market = market;
  if (draft.organizationType !== '') record.organizationType = draft.organizationType as NonNullable<NewSearch['organizationType']>;
  if (role !== undefined) record.role = roleOf(role);
  return { record, problems: [] };
}

/** A role as actors and ties spell it: "Contract manufacturer" → "contract_manufacturer". */
export const roleOf = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The local day of `now` as the records carry it: YYYY-MM-DD. */
export function dayOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "74%" for 0.74. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The score of a card: "Score 74%" with what it rests on, or that nothing is scored yet. */
export function scoreText(score: CandidateScore): { score: string; coverage: string } {
  if (score.value === null) return { score: 'No score yet', coverage: score.missing.length === 0 ? 'The search has no criteria yet' : 'Coverage 0%' };
  return { score: `Score ${percent(score.value)}`, coverage: `Coverage ${percent(score.coverage)}` };
}

/** What keeps a move from being sent: dropping a candidate needs a reason. */
export function moveProblem(to: Stage | '', reason: string): string | undefined {
  if (to === '') return 'choose the stage to move the candidate to';
  if (to === 'dropped' && reason.trim() === '') return 'dropping a candidate needs a reason, e.g. "no personal engagement"';
  return undefined;
}

/**
 * The scores a candidate's form sends: each criterion whose input changed, as a whole number 0–5,
 * or null when a score was cleared (missing again, not 0). Problems name the criterion.
 */
export function scoresToSend(
  criteria: SearchRecord['criteria'],
  current: Readonly<Record<string, number>>,
  inputs: Readonly<Record<string, string>>,
): { scores: Record<string, number | null>; problems: FormProblem[] } {
  const scores: Record<string, number | null> = {};
  const problems: FormProblem[] = [];
  for (const c of criteria) {
    const text = (inputs[c.id] ?? '').trim();
    const before = current[c.id];
    if (text === '') {
      if (before !== undefined) scores[c.id] = null;
      continue;
    }
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0 || value > 5) {
      problems.push({ field: c.id, message: `the score for "${c.name}" is a whole number from 0 (not at all) to 5 (fully), not "${text}"` });
      continue;
    }
    if (value !== before) scores[c.id] = value;
  }
  return { scores, problems };
}

/** The inputs of a candidate's score form, from the scores it has. */
export const scoreInputs = (criteria: SearchRecord['criteria'], scores: Readonly<Record<string, number>>): Record<string, string> =>
  Object.fromEntries(criteria.map((c) => [c.id, scores[c.id] === undefined ? '' : String(scores[c.id])]));

/** "Long list → Contacted" for a logged move. */
export const moveText = (d: Pick<Decision, 'from' | 'to'>): string => `${STAGE_LABELS[d.from]} → ${STAGE_LABELS[d.to]}`;

/** The newest note of a card, if it has any. */
export const latestNote = (c: Pick<BoardCandidate, 'notes'>) => c.notes.at(-1);

/** "tie strength 4", or that the strength was not recorded (the weight then comes from its status and age alone). */
export const strengthText = (strength: number | undefined): string => (strength === undefined ? 'strength not recorded' : `tie strength ${strength}`);

/** Why a suggestion fits the search, in words: "based in Germany; contract manufacturer by its roles". */
export function fitText(s: Pick<Suggestion, 'matched' | 'organizationType'>, filters: SuggestionFilters): string {
  const parts: string[] = [];
  if (s.matched.organizationType === true && filters.organizationType !== undefined) parts.push(`a ${words(filters.organizationType)}`);
  if (s.matched.market !== undefined && filters.market !== undefined) {
    const market = countryName(filters.market);
    parts.push(s.matched.market === 'country' ? `based in ${market}` : `a tie to it names ${market}`);
  }
  if (s.matched.role !== undefined && filters.role !== undefined) {
    const role = words(filters.role);
    parts.push(s.matched.role === 'role' ? `${role} by its roles` : `${role} by the tie to it`);
  }
  return parts.join('; ');
}

/** What the suggestions are filtered by: "market Germany, role contract manufacturer", or nothing. */
export function filtersText(filters: SuggestionFilters): string {
  const parts: string[] = [];
  if (filters.organizationType !== undefined) parts.push(`kind ${words(filters.organizationType)}`);
  if (filters.market !== undefined) parts.push(`market ${countryName(filters.market)}`);
  if (filters.role !== undefined) parts.push(`role ${words(filters.role)}`);
  return parts.join(', ');
}

/** A suggestion's path strength as a percentage of a perfect one-hop tie. */
export const pathStrengthText = (strength: number): string => `path strength ${percent(strength)}`;
