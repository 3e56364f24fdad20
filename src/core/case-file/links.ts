/**
 * Rules between a record and a record it names, beyond "the id exists and is of the right kind":
 * a benefit's network type agrees with its tie's; no tie leads to a company of the firm's own
 * group; only organizations have members; a quote reported from elsewhere comes from an interview
 * or a key person. Stated once, used for whole files (references.ts) and for single-record writes
 * in both directions (services/record-service.ts), where the record named may be the one written.
 */
import type { Problem } from '../../shared/errors.js';
import { codePointLength, sliceCodePoints } from '../evidence/code-points.js';
import { withArticle } from '../../shared/words.js';
import type { AnyRecord, RecordKind } from './references.js';
import type { CaseFile } from './schema.js';

type Of<K extends keyof CaseFile> = CaseFile[K] extends readonly (infer R)[] ? R : CaseFile[K];

/** One rule: a record of kind `from` naming, at a field matching `field`, a record of kind `to`. */
interface LinkRule {
  from: RecordKind;
  field: RegExp;
  to: RecordKind;
  /** Where the problem is reported, inside the referrer, when not at the field that names the target. */
  pointer?: string;
  /** False when no referrer could break the rule with this target: its referrers need not be loaded. */
  canFail?(target: AnyRecord): boolean;
  check(referrer: AnyRecord, target: AnyRecord): string | undefined;
}

const LINK_RULES: readonly LinkRule[] = [
  {
    from: 'benefits',
    field: /^\/tie$/,
    to: 'ties',
    pointer: '/networkType',
    check(referrer, target) {
      const benefit = referrer as Of<'benefits'>;
      const tie = target as Of<'ties'>;
      if (benefit.networkType === undefined || benefit.networkType === tie.networkType) return undefined;
      return `tie "${tie.id}" is ${withArticle(tie.networkType)} tie, so the benefit it brought counts as ${tie.networkType}; expected networkType "${tie.networkType}" or none, got "${benefit.networkType}"`;
    },
  },
  {
    from: 'ties',
    field: /^\/to$/,
    to: 'actors',
    canFail: (target) => (target as Of<'actors'>).groupRelation !== undefined,
    check(_referrer, target) {
      const actor = target as Of<'actors'>;
      if (actor.groupRelation === undefined) return undefined;
      return `actor "${actor.id}" is the firm's own ${actor.groupRelation} (groupRelation), part of the firm, not a network tie; leave the tie out and name the company in activities or markets`;
    },
  },
  {
    from: 'actors',
    field: /^\/memberOf\/\d+$/,
    to: 'actors',
    canFail: (target) => (target as Of<'actors'>).kind !== 'organization',
    check: (_referrer, target) => memberOfProblem(target as Of<'actors'>),
  },
  {
    from: 'keyPeople',
    field: /^\/memberOf\/\d+$/,
    to: 'actors',
    canFail: (target) => (target as Of<'actors'>).kind !== 'organization',
    check: (_referrer, target) => memberOfProblem(target as Of<'actors'>),
  },
  {
    from: 'markets',
    field: /^\/servedBy$/,
    to: 'actors',
    canFail: (target) => (target as Of<'actors'>).groupRelation === undefined,
    check(_referrer, target) {
      const actor = target as Of<'actors'>;
      if (actor.groupRelation !== undefined) return undefined;
      return `actor "${actor.id}" is not a company of the firm's own group; expected an actor with groupRelation (set it on the actor, or name the actor in intermediaries)`;
    },
  },
  {
    from: 'segments',
    field: /^\/reportedFrom$/,
    to: 'sources',
    canFail: (target) => (target as Of<'sources'>).kind !== 'interview',
    check(_referrer, target) {
      const source = target as Of<'sources'>;
      if (source.kind === 'interview') return undefined;
      return `source "${source.id}" is ${withArticle(source.kind)}; expected an interview source (or a key person) that the words were reported from`;
    },
  },
  {
    from: 'segments',
    field: /^\/span\/transcript$/,
    to: 'transcripts',
    pointer: '/span',
    check: (referrer, target) => spanProblem(referrer as Of<'segments'>, target as Of<'transcripts'>),
  },
];

/** A segment's span lies in the transcript of its own source, and its quote is exactly the text there. */
function spanProblem(segment: Of<'segments'>, transcript: Of<'transcripts'>): string | undefined {
  const span = segment.span;
  if (span === undefined) return undefined;
  if (transcript.source !== segment.source) {
    return `transcript "${transcript.id}" is the text of source "${transcript.source}", not of this segment's source "${segment.source}"`;
  }
  const length = codePointLength(transcript.text);
  if (span.end > length) return `the span ${span.start}–${span.end} runs past the end of transcript "${transcript.id}" (${length} code points)`;
  const text = sliceCodePoints(transcript.text, span.start, span.end);
  if (text !== segment.quote) {
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    return `the quote must be the transcript's text at ${span.start}–${span.end}, which reads "${shown}"`;
  }
  return undefined;
}

function memberOfProblem(actor: Of<'actors'>): string | undefined {
  if (actor.kind === 'organization') return undefined;
  return `actor "${actor.id}" is ${withArticle(actor.kind)}; expected the id of an organization the record belongs to`;
}

/** What is wrong between `referrer` (of kind `from`) naming `target` (of kind `to`) at `field`. */
export function linkProblem(from: RecordKind, referrer: AnyRecord, field: string, to: RecordKind, target: AnyRecord): Problem | undefined {
  for (const rule of LINK_RULES) {
    if (rule.from !== from || rule.to !== to || !rule.field.test(field)) continue;
    const message = rule.check(referrer, target);
    if (message !== undefined) return { pointer: rule.pointer ?? field, message };
  }
  return undefined;
}

/** True when some rule checks records of kind `from` naming records of kind `to` at `field`. */
export function hasLinkRule(from: RecordKind, field: string, to: RecordKind): boolean {
  return LINK_RULES.some((rule) => rule.from === from && rule.to === to && rule.field.test(field));
}

/**
 * Whether the records naming `target` (of kind `to`) from `from` at `field` must be checked
 * against it: some rule links them and, as the target now stands, could be broken.
 */
export function mustCheckReferrer(from: RecordKind, field: string, to: RecordKind, target: AnyRecord): boolean {
  return LINK_RULES.some((rule) => rule.from === from && rule.to === to && rule.field.test(field) && (rule.canFail?.(target) ?? true));
}
