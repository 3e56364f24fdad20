/**
 * Matches the knowledge base against a firm's gaps: a rule applies to a gap with its challenge and
 * network type when every context condition it sets holds for the firm. The rule is worded for the
 * firm's sector family when it has a variant for it, and an action that needs a kind of actor names
 * the firm's own tie to one where it has it ("Ask MNCCI for …") instead of telling it to find one.
 */
import { BUILTIN_CHALLENGE_CATEGORIES, ECONOMY_CLASS_WITH_ARTICLE, NETWORK_TYPES, SECTOR_FAMILIES, type SectorFamily } from '../model/index.js';
import { joinList } from '../../shared/words.js';
import type { KnowledgeAction, KnowledgeBase, KnowledgeRule, Seek } from './knowledge.js';
import type { FirmContext, FirmTieView, Gap, Recommendation, TieRef } from './types.js';

/**
 * The firm's sector family: the one its case sets, else the first family one of whose keywords
 * begins a word of its sector or product type, else undefined (general wording only).
 */
export function sectorFamilyOf(
  firm: Pick<FirmContext, 'sector' | 'productType' | 'sectorFamily'>,
  kb: Pick<KnowledgeBase, 'sectorFamilies'>,
): SectorFamily | undefined {
  if (firm.sectorFamily !== undefined) return firm.sectorFamily;
  const words = [firm.sector, firm.productType].filter((w) => w !== undefined).join(' ');
  if (words === '') return undefined;
  return SECTOR_FAMILIES.find((family) => kb.sectorFamilies[family].keywords.some((k) => startsAWord(words, k)));
}

/** True when `term` begins a word of `text`, ignoring case: "audit services" does not contain "it services". */
export function startsAWord(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, 'iu').test(text);
}

const SIZE_WORDS = { micro: 'a micro firm', small: 'a small firm', medium: 'a medium-sized firm', large: 'a large firm' } as const;

/** The reasons a rule's conditions hold for the firm, or undefined when one of them does not. */
function conditionsMet(rule: KnowledgeRule, firm: FirmContext, family: SectorFamily | undefined, kb: KnowledgeBase): string[] | undefined {
  const reasons: string[] = [];
  const { economyClass, pathway, sizeClass, sectorFamilies } = rule.when;
  if (economyClass !== undefined) {
    if (firm.economyClass === undefined || !economyClass.includes(firm.economyClass)) return undefined;
    reasons.push(`the firm is from ${ECONOMY_CLASS_WITH_ARTICLE[firm.economyClass]} economy`);
  }
  if (sectorFamilies !== undefined) {
    // Like the other conditions, it does not hold while the firm's family is unknown.
    if (family === undefined || !sectorFamilies.includes(family)) return undefined;
    reasons.push(`its sector is in ${kb.sectorFamilies[family].label.toLowerCase()}`);
  }
  if (pathway !== undefined) {
    if (firm.pathway === undefined || !pathway.includes(firm.pathway)) return undefined;
    reasons.push(`its pathway is ${firm.pathway.replace(/_/g, ' ')}`);
  }
  if (sizeClass !== undefined) {
    if (firm.sizeClass === undefined || !sizeClass.includes(firm.sizeClass)) return undefined;
    reasons.push(`it is ${SIZE_WORDS[firm.sizeClass]}`);
  }
  return reasons;
}

const specificity = (rule: KnowledgeRule) => Object.values(rule.when).filter((v) => v !== undefined).length;

/** True when a tie leads to the kind of actor an action seeks. */
export function tieMatches(tie: FirmTieView, seek: Seek): boolean {
  const among = <T>(list: readonly T[] | undefined, value: T | undefined) => list === undefined || (value !== undefined && list.includes(value));
  return (
    among(seek.actorKinds, tie.actorKind) &&
    among<string>(seek.organizationTypes, tie.organizationType) &&
    among<string>(seek.platformTypes, tie.platformType) &&
    among(seek.networkTypes, tie.networkType) &&
    (seek.roles === undefined || seek.roles.some((role) => tie.roles.includes(role)))
  );
}

/** At most this many ties are named in one action. */
const NAMED_AT_MOST = 2;

/** An action as the firm reads it, and the ties it names. */
export function renderAction(action: KnowledgeAction, ties: readonly FirmTieView[]): { text: string; ties: TieRef[] } {
  if (typeof action === 'string') return { text: action, ties: [] };
  const matching = ties.filter((t) => tieMatches(t, action.seek)).slice(0, NAMED_AT_MOST);
  if (matching.length === 0) return { text: action.text, ties: [] };
  return {
    text: action.withTie.replaceAll(
      '{actor}',
      joinList(
        matching.map((t) => t.actorName),
        'or',
      ),
    ),
    ties: matching.map(({ tieId, actorId, actorName, networkType }) => ({ tieId, actorId, actorName, networkType })),
  };
}

/** Recommendations for the gaps, worst gap first; within a gap, rules with more conditions first. */
export function recommend(gaps: readonly Gap[], firm: FirmContext, kb: KnowledgeBase): Recommendation[] {
  const family = sectorFamilyOf(firm, kb);
  const out: Recommendation[] = [];
  for (const gap of gaps) {
    const matching = kb.rules
      .filter((r) => r.challenge === gap.challenge && r.networkType === gap.networkType)
      .map((rule) => ({ rule, reasons: conditionsMet(rule, firm, family, kb) }))
      .filter((m): m is { rule: KnowledgeRule; reasons: string[] } => m.reasons !== undefined)
      .sort((a, b) => specificity(b.rule) - specificity(a.rule) || a.rule.id.localeCompare(b.rule.id));
    for (const { rule, reasons } of matching) {
      const variant = family === undefined ? undefined : rule.variants?.[family];
      const rendered = (variant?.actions ?? rule.actions).map((action) => renderAction(action, firm.ties));
      const tiesUsed = [...new Map(rendered.flatMap((r) => r.ties).map((t) => [t.tieId, t])).values()];
      out.push({
        ruleId: rule.id,
        challenge: gap.challenge,
        challengeLabel: gap.label,
        networkType: gap.networkType,
        title: variant?.title ?? rule.title,
        rationale: variant?.rationale ?? rule.rationale,
        actions: rendered.map((r) => r.text),
        tiesUsed,
        sectorFamily: variant === undefined ? undefined : family,
        examples: (rule.examples ?? [])
          .filter((e) => e.sectorFamily === undefined || e.sectorFamily === family)
          .map(({ text, seed, location }) => ({ text, seed, location })),
        citations: [...rule.citations, ...(variant?.citations ?? [])],
        because: [
          `the challenge “${gap.label}” is rated ${gap.challengeLevel}, and ${gap.networkType} ties are ${gap.utilization === 'Not used' ? 'not used' : 'used little'} against it (${gap.utilizationBasis === 'recorded' ? 'as recorded' : 'as the firm’s ties suggest'})`,
          ...reasons,
        ],
        severity: gap.severity,
        institutions: [],
      });
    }
  }
  return out;
}

/** Which challenge × network-type pairs the knowledge base has at least one rule for. */
export function coverage(kb: KnowledgeBase): { challenge: string; networkType: string; rules: number }[] {
  return BUILTIN_CHALLENGE_CATEGORIES.flatMap((challenge) =>
    NETWORK_TYPES.map((networkType) => ({
      challenge,
      networkType,
      rules: kb.rules.filter((r) => r.challenge === challenge && r.networkType === networkType).length,
    })),
  );
}
