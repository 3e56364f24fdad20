/**
 * The source's own words for a finding: the passages of a firm's case that best state it, to quote
 * beside what the data show. Candidates are the evidence the case gives for the finding and the
 * segments the analyst coded with its topic; a passage that names the firm (the source speaking of
 * this firm, not of firms in general) or contains the recorded statement comes first, then one that
 * uses the finding's own words, the shorter first. Table rows are left out: the tables show them.
 */
import type { BuildContext, ReportFirm } from './context.js';
import { segmentLocation } from '../evidence/segment-location.js';

export interface SourceWords {
  quote: string;
  notes: number[];
}

export interface FindingTopic {
  /** The recorded statement of the finding (a fact's text), if any. */
  statement: string | undefined;
  /** Segment ids the case gives as evidence for it. */
  evidence: readonly string[];
  /** A code naming the topic: segments coded with it (or with a code ending in it) are candidates too. */
  code: string;
  /** Words of the finding; a passage using them ranks higher. */
  words: readonly string[];
}

/** Passages longer than this are not quoted in a finding (they stay in the evidence notes). */
const LONGEST = 320;
/** At most this many passages per firm and finding. */
const MOST = 2;

const fold = (s: string) => s.normalize('NFKC').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ');

/** "Company A", and "Sri Lankan IT SME" for "Sri Lankan IT SME (focal company)". */
function namesOf(firm: ReportFirm): string[] {
  const bare = firm.name.replace(/\s*\([^)]*\)\s*$/, '');
  return [...new Set([firm.name, bare])].filter((n) => n.length >= 3).map(fold);
}

function codedWith(code: string, codes: readonly string[]): boolean {
  return codes.some((c) => {
    const folded = c.toLowerCase();
    return folded === code || folded.endsWith(`:${code}`) || folded.startsWith(`${code}:`);
  });
}

/** The source's words on a topic for one firm: up to two passages, each with its note; or the statement with all its evidence. */
export function sourceWords(ctx: BuildContext, firm: ReportFirm, topic: FindingTopic): SourceWords[] {
  const segments = firm.caseFile.segments;
  const ids = new Set([...topic.evidence, ...segments.filter((s) => codedWith(topic.code, s.codes)).map((s) => s.id)]);
  const names = namesOf(firm);
  const statement = topic.statement === undefined ? undefined : fold(topic.statement);
  const candidates = segments
    .filter((s) => ids.has(s.id) && !/\btable\b/i.test(segmentLocation(s)) && s.quote.length <= LONGEST)
    .map((s) => {
      const quote = fold(s.quote);
      const strong = names.some((n) => quote.includes(n)) || (statement !== undefined && statement.length >= 20 && quote.includes(statement));
      // The more of the finding's words a passage uses, the more it is about the finding.
      const worded = topic.words.filter((w) => quote.includes(fold(w))).length;
      return { s, score: (strong ? 2 : 0) + Math.min(worded, 2) * 0.5 + (worded > 0 ? 0.5 : 0) };
    })
    .sort((x, y) => y.score - x.score || x.s.quote.length - y.s.quote.length);
  const strong = candidates.filter((c) => c.score >= 2).slice(0, MOST);
  if (strong.length > 0) return strong.map(({ s }) => ({ quote: s.quote, notes: ctx.notes.cite(firm.id, [s.id]) }));
  if (topic.statement !== undefined && topic.statement.length >= 20) return [{ quote: topic.statement, notes: ctx.notes.cite(firm.id, topic.evidence) }];
  const best = candidates.find((c) => c.score >= 1);
  return best === undefined ? [] : [{ quote: best.s.quote, notes: ctx.notes.cite(firm.id, [best.s.id]) }];
}
