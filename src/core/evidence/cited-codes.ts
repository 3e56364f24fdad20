/**
 * The codes a segment's citations imply: a quote that backs a challenge rating is about that
 * challenge; one behind a utilization cell is about the challenge and the network type; one behind
 * a benefit, a tie, a stated fact, an activity or the firm's pathway is about those. The analyst has
 * already said so by linking the quote, so these codes are suggestions with a reason, shown to the
 * coder, never applied without confirmation.
 */
import type { CaseFile } from '../case-file/index.js';
import { builtinCodeId } from './builtin-codes.js';

export interface CitedCode {
  code: string;
  /** Why: the record that cites the segment, in words ("challenge rating rating-fin"). */
  because: string;
}

/** For each segment id, the codes its citations imply that it does not carry yet, each once with its first reason. */
export function codesFromCitations(c: CaseFile): Map<string, CitedCode[]> {
  const out = new Map<string, CitedCode[]>();
  const carried = new Map(c.segments.map((s) => [s.id, new Set(s.codes)]));
  const add = (evidence: readonly string[] | undefined, codes: readonly string[], because: string) => {
    for (const segment of evidence ?? []) {
      const has = carried.get(segment);
      if (has === undefined) continue;
      const list = out.get(segment) ?? [];
      for (const code of codes) {
        if (has.has(code) || list.some((x) => x.code === code)) continue;
        list.push({ code, because });
      }
      if (list.length > 0) out.set(segment, list);
    }
  };
  const ties = new Map(c.ties.map((t) => [t.id, t]));
  for (const r of c.challengeRatings) add(r.evidence, [builtinCodeId('challenge', r.category)], `challenge rating "${r.id}"`);
  for (const u of c.utilization)
    add(u.evidence, [builtinCodeId('challenge', u.challenge), builtinCodeId('network', u.networkType)], `utilization cell "${u.id}"`);
  for (const b of c.benefits) {
    const networkType = b.networkType ?? (b.tie === undefined ? undefined : ties.get(b.tie)?.networkType);
    add(b.evidence, [builtinCodeId('benefit', b.benefit), ...(networkType === undefined ? [] : [builtinCodeId('network', networkType)])], `benefit "${b.id}"`);
  }
  for (const t of c.ties) add(t.evidence, [builtinCodeId('network', t.networkType)], `tie "${t.id}"`);
  for (const f of c.facts) add(f.evidence, [builtinCodeId('profile', f.topic)], `fact "${f.id}"`);
  for (const a of c.activities) add(a.evidence, [builtinCodeId('value_chain', a.step)], `activity "${a.id}"`);
  for (const d of c.digitalPresence) add(d.evidence, [builtinCodeId('network', 'digital')], `digital presence "${d.id}"`);
  if (c.firm.pathway !== undefined) add(c.firm.pathway.evidence, [builtinCodeId('pathway', c.firm.pathway.value)], "the firm's pathway");
  return out;
}
