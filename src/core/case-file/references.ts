/**
 * Checks what a schema cannot: ids unique within the case, every reference pointing at a record
 * of the right kind, and no two records claiming the same cell of a table.
 *
 * The rules are stated once, per record (`referencesOf`, `recordRuleProblems`, `tableCellOf`), so
 * the same rules check a whole file here and a single record written through the API against the
 * stored case (services/record-service.ts), which looks up only the ids that record names.
 */
import type { Problem } from '../../shared/errors.js';
import { withArticle } from '../../shared/words.js';
import { BUILTIN_CHALLENGE_CATEGORIES } from '../../shared/challenge-categories.js';
import { BUILTIN_CODE_GROUPS, isFixedBuiltinCode } from '../evidence/builtin-codes.js';
import { codeCycleProblems } from '../evidence/code-cycles.js';
import { turnProblems } from '../evidence/transcript-turns.js';
import { linkProblem } from './links.js';
import { COLLECTION_NAMES, RECORD_NOUN, type CollectionName } from './collections.js';
import type { CaseFile } from './schema.js';

/** What a record is: the firm, or a record of one collection. */
export type RecordKind = 'firm' | CollectionName;

/** A record of any kind, as the case file has it. */
export type AnyRecord = CaseFile['firm'] | CaseFile[CollectionName][number];

/**
 * One id a record names. `target` lists the kinds it may name; 'category' means a challenge
 * category: a built-in one or the id of a record in challengeCategories; 'code' a code: a built-in
 * one (builtin-codes.ts) or the id of a record in codes.
 */
export interface Reference {
  /** JSON pointer inside the record, e.g. "/to" or "/evidence/2". */
  field: string;
  id: string;
  target: readonly RecordKind[] | 'category' | 'code';
}

/** What an id turned out to be when looked up: its kind, and where it is when that is known. */
export interface FoundRecord {
  kind: RecordKind;
  pointer?: string;
}

const SEGMENTS: readonly RecordKind[] = ['segments'];

// Appending in place rather than spreading small arrays: a contacts import derives the
// references of 65,000 records at once.
function listRefs(refs: Reference[], ids: readonly string[] | undefined, field: string, target: Reference['target']): void {
  if (ids === undefined) return;
  for (let i = 0; i < ids.length; i++) refs.push({ field: `${field}/${i}`, id: ids[i]!, target });
}

function oneRef(refs: Reference[], id: string | undefined, field: string, target: Reference['target']): void {
  if (id !== undefined) refs.push({ field, id, target });
}

/** Every id a record refers to, in field order, evidence last. */
export function referencesOf(kind: RecordKind, record: AnyRecord): Reference[] {
  // Narrowing by kind: the caller pairs each record with the collection it came from.
  const r = record as Record<string, unknown> & { evidence?: string[] };
  const refs: Reference[] = [];
  switch (kind) {
    case 'firm': {
      const firm = record as CaseFile['firm'];
      listRefs(refs, firm.pathway?.evidence, '/pathway/evidence', SEGMENTS);
      break;
    }
    case 'ties': {
      const t = record as CaseFile['ties'][number];
      oneRef(refs, t.from, '/from', ['firm', 'keyPeople', 'actors']);
      oneRef(refs, t.to, '/to', ['actors', 'keyPeople']);
      oneRef(refs, t.origin?.referredByTie, '/origin/referredByTie', ['ties']);
      listRefs(refs, t.helpedWith?.challenges, '/helpedWith/challenges', 'category');
      break;
    }
    case 'actors':
      listRefs(refs, (record as CaseFile['actors'][number]).memberOf, '/memberOf', ['actors']);
      break;
    case 'keyPeople':
      listRefs(refs, (record as CaseFile['keyPeople'][number]).memberOf, '/memberOf', ['actors']);
      break;
    case 'markets': {
      const m = record as CaseFile['markets'][number];
      listRefs(refs, m.intermediaries, '/intermediaries', ['actors']);
      oneRef(refs, m.servedBy, '/servedBy', ['actors']);
      (m.originMitigation ?? []).forEach((item, i) => listRefs(refs, item.evidence, `/originMitigation/${i}/evidence`, SEGMENTS));
      break;
    }
    case 'activities': {
      const a = record as CaseFile['activities'][number];
      listRefs(refs, a.actors, '/actors', ['actors']);
      listRefs(refs, a.ties, '/ties', ['ties']);
      break;
    }
    case 'challengeRatings': {
      const c = record as CaseFile['challengeRatings'][number];
      oneRef(refs, c.category, '/category', 'category');
      oneRef(refs, c.market, '/market', ['markets']);
      break;
    }
    case 'utilization':
      oneRef(refs, (record as CaseFile['utilization'][number]).challenge, '/challenge', 'category');
      break;
    case 'benefits':
      oneRef(refs, (record as CaseFile['benefits'][number]).tie, '/tie', ['ties']);
      break;
    case 'digitalPresence':
      oneRef(refs, (record as CaseFile['digitalPresence'][number]).actor, '/actor', ['actors']);
      break;
    case 'sources':
      oneRef(refs, (record as CaseFile['sources'][number]).participant, '/participant', ['keyPeople']);
      break;
    case 'segments': {
      const segment = record as CaseFile['segments'][number];
      oneRef(refs, segment.source, '/source', ['sources']);
      oneRef(refs, segment.reportedFrom, '/reportedFrom', ['sources', 'keyPeople']);
      oneRef(refs, segment.span?.transcript, '/span/transcript', ['transcripts']);
      break;
    }
    case 'transcripts':
      oneRef(refs, (record as CaseFile['transcripts'][number]).source, '/source', ['sources']);
      break;
    case 'codes':
      oneRef(refs, (record as CaseFile['codes'][number]).parent, '/parent', 'code');
      break;
    case 'competenceAssessments':
      oneRef(refs, (record as CaseFile['competenceAssessments'][number]).respondent, '/respondent', ['keyPeople']);
      break;
    case 'partnerSearches':
      (record as CaseFile['partnerSearches'][number]).candidates.forEach((candidate, i) => {
        oneRef(refs, candidate.actor, `/candidates/${i}/actor`, ['actors']);
        oneRef(refs, candidate.referredBy, `/candidates/${i}/referredBy`, ['actors', 'keyPeople']);
      });
      break;
    default:
      break;
  }
  listRefs(refs, r.evidence, '/evidence', SEGMENTS);
  return refs;
}

/** Rules about a record that need no other record. Pointers are inside the record. */
export function recordRuleProblems(kind: RecordKind, record: AnyRecord): Problem[] {
  if (kind === 'ties') {
    const t = record as CaseFile['ties'][number];
    if (t.origin?.referredByTie === t.id) return [{ pointer: '/origin/referredByTie', message: 'a tie cannot be referred by itself' }];
  }
  if (kind === 'codes') {
    const code = record as CaseFile['codes'][number];
    if (code.parent === code.id) return [{ pointer: '/parent', message: 'a code cannot be its own parent' }];
    if ((BUILTIN_CODE_GROUPS as readonly string[]).includes(code.id)) {
      return [{ pointer: '/id', message: `"${code.id}" is a group of built-in codes; pick another id (the code can sit under it with parent "${code.id}")` }];
    }
  }
  if (kind === 'transcripts') return turnProblems(record as CaseFile['transcripts'][number]);
  return [];
}

/**
 * The table cell a record claims, for the collections where a cell holds one record: a challenge
 * rating (category, market) and a utilization cell (challenge × network type).
 */
export function tableCellOf(kind: RecordKind, record: AnyRecord): string | undefined {
  if (kind === 'challengeRatings') {
    const c = record as CaseFile['challengeRatings'][number];
    return `${c.category}|${c.market ?? ''}`;
  }
  if (kind === 'utilization') {
    const u = record as CaseFile['utilization'][number];
    return `${u.challenge}|${u.networkType}`;
  }
  if (kind === 'transcripts') return (record as CaseFile['transcripts'][number]).source;
  return undefined;
}

/** The message for a record whose table cell another record holds already (named by `holder`). */
export function cellTakenMessage(kind: RecordKind, record: AnyRecord, holder: string): string {
  if (kind === 'challengeRatings') {
    const c = record as CaseFile['challengeRatings'][number];
    return `"${c.category}"${c.market ? ` in market "${c.market}"` : ''} is rated already at ${holder}`;
  }
  if (kind === 'transcripts') {
    return `source "${(record as CaseFile['transcripts'][number]).source}" has a transcript already at ${holder}; a source has one text`;
  }
  const u = record as CaseFile['utilization'][number];
  return `the cell "${u.challenge}" × "${u.networkType}" is recorded already at ${holder}`;
}

/** "the firm", "an actor", "a key person". */
export function kindName(kind: RecordKind): string {
  if (kind === 'firm') return 'the firm';
  return withArticle(RECORD_NOUN[kind]);
}

/**
 * Problems with a record's references, given how to find what an id is. `scope` names where the
 * ids were looked for ("this file", `firm "acme"`); pointers are `base` + the field.
 */
export function referenceProblems(refs: readonly Reference[], find: (id: string) => FoundRecord | undefined, base: string, scope: string): Problem[] {
  const problems: Problem[] = [];
  for (const ref of refs) {
    const pointer = `${base}${ref.field}`;
    const found = find(ref.id);
    if (ref.target === 'category') {
      if (!(BUILTIN_CHALLENGE_CATEGORIES as readonly string[]).includes(ref.id) && found?.kind !== 'challengeCategories') {
        problems.push({
          pointer,
          message: `unknown challenge category "${ref.id}"; expected one of ${BUILTIN_CHALLENGE_CATEGORIES.join('|')} or the id of an entry in /challengeCategories`,
        });
      }
      continue;
    }
    if (ref.target === 'code') {
      if (!isFixedBuiltinCode(ref.id) && found?.kind !== 'codes') {
        problems.push({
          pointer,
          message: `unknown code "${ref.id}"; expected a built-in code such as "network" or "challenge:financial_resource", or the id of an entry in /codes`,
        });
      }
      continue;
    }
    const wanted = ref.target.map(kindName).join(' or ');
    if (found === undefined) problems.push({ pointer, message: `"${ref.id}" does not exist in ${scope}; expected the id of ${wanted}` });
    else if (!ref.target.includes(found.kind)) {
      const where = found.pointer === undefined ? '' : ` (${found.pointer})`;
      problems.push({ pointer, message: `"${ref.id}" is ${kindName(found.kind)}${where}; expected the id of ${wanted}` });
    }
  }
  return problems;
}

/**
 * A record of a case and where it is. `record` is undefined for a record that did not pass the
 * schema: its id still counts as taken, so what names it is not reported missing.
 */
export interface PlacedRecord {
  kind: RecordKind;
  pointer: string;
  id: string;
  record: AnyRecord | undefined;
}

type Owner = FoundRecord & { pointer: string; record: AnyRecord | undefined };

/** Problems between a record and the records it names (links.ts), for those that exist and are valid. */
function linkProblems(kind: RecordKind, record: AnyRecord, refs: readonly Reference[], find: (id: string) => Owner | undefined) {
  return refs.flatMap((ref) => {
    const target = find(ref.id);
    return target?.record === undefined ? [] : (linkProblem(kind, record, ref.field, target.kind, target.record) ?? []);
  });
}

/** Every record of a valid case, in file order. */
export function placedRecordsOf(c: CaseFile): PlacedRecord[] {
  return [
    { kind: 'firm', pointer: '/firm', id: c.firm.id, record: c.firm },
    ...COLLECTION_NAMES.flatMap((name) => c[name].map((r, i): PlacedRecord => ({ kind: name, pointer: `/${name}/${i}`, id: r.id, record: r }))),
  ];
}

/** Every problem of a whole case: duplicate ids, references, per-record rules, links, repeated table cells. */
export function checkReferences(c: CaseFile): Problem[] {
  return [...checkPlacedRecords(placedRecordsOf(c)), ...codeCycleProblems(c.codes)];
}

/** checkReferences over records given with their places; records that failed the schema only hold their ids. */
export function checkPlacedRecords(placed: readonly PlacedRecord[]): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, Owner>();
  for (const { id, kind, pointer, record } of placed) {
    const seen = owner.get(id);
    if (seen === undefined) owner.set(id, { kind, pointer, record });
    else problems.push({ pointer: `${pointer}/id`, message: `duplicate id "${id}": already used at ${seen.pointer}` });
  }
  const find = (id: string) => owner.get(id);
  const cells = new Map<string, string>();
  for (const { kind, pointer: base, record } of placed) {
    if (record === undefined) continue;
    const refs = referencesOf(kind, record);
    problems.push(...referenceProblems(refs, find, base, 'this file'));
    problems.push(...linkProblems(kind, record, refs, find).map((p) => ({ ...p, pointer: base + p.pointer })));
    problems.push(...recordRuleProblems(kind, record).map((p) => ({ ...p, pointer: base + p.pointer })));
    const cell = kind === 'firm' ? undefined : tableCellOf(kind, record);
    if (cell === undefined) continue;
    const key = `${kind}|${cell}`;
    const earlier = cells.get(key);
    if (earlier !== undefined) problems.push({ pointer: base, message: cellTakenMessage(kind, record, earlier) });
    else cells.set(key, base);
  }
  return problems;
}
