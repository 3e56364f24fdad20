/**
 * Matches the knowledge base against a firm's gaps: a rule applies to a gap with its challenge and
 * network type when every context condition it sets holds for the firm.
 */
import { BUILTIN_CHALLENGE_CATEGORIES, NETWORK_TYPES } from '../model/index.js';
import type { KnowledgeBase, KnowledgeRule } from './knowledge.js';
import type { FirmContext, Gap, Recommendation } from './types.js';

/**
 * Sectors where products or services need a regulator's approval before sale, so regulatory rules
 * marked `regulatedSector` apply. Matched on the words of the firm's recorded sector.
 */
const REGULATED_SECTOR = /pharma|medic|health|biotech|drug|clinical|food|financ|bank|insur/i;

export function isRegulatedSector(sector: string | undefined): boolean {
  return sector !== undefined && REGULATED_SECTOR.test(sector);
}

/** The reasons a rule's conditions hold for the firm, or undefined when one of them does not. */
function conditionsMet(rule: KnowledgeRule, firm: FirmContext): string[] | undefined {
  const reasons: string[] = [];
  const { economyClass, regulatedSector, pathway, sizeClass } = rule.when;
  if (economyClass !== undefined) {
    if (firm.economyClass !== economyClass) return undefined;
    reasons.push(`the firm is from ${economyClass === 'emerging' ? 'an emerging' : 'a developed'} economy`);
  }
  if (regulatedSector !== undefined) {
    // Like the other conditions, it does not hold while the firm's sector is unknown, either way.
    if (firm.sector === undefined || isRegulatedSector(firm.sector) !== regulatedSector) return undefined;
    reasons.push(regulatedSector ? `its sector (${firm.sector ?? ''}) is regulated` : 'its sector is not a regulated one');
  }
  if (pathway !== undefined) {
    if (firm.pathway === undefined || !pathway.includes(firm.pathway)) return undefined;
    reasons.push(`its pathway is ${firm.pathway.replace(/_/g, ' ')}`);
  }
  if (sizeClass !== undefined) {
    if (firm.sizeClass === undefined || !sizeClass.includes(firm.sizeClass)) return undefined;
    reasons.push(`it is a ${firm.sizeClass} firm`);
  }
  return reasons;
}

const specificity = (rule: KnowledgeRule) => Object.values(rule.when).filter((v) => v !== undefined).length;

/** Recommendations for the gaps, worst gap first; within a gap, rules with more conditions first. */
export function recommend(gaps: readonly Gap[], firm: FirmContext, kb: KnowledgeBase): Recommendation[] {
  const out: Recommendation[] = [];
  for (const gap of gaps) {
    const matching = kb.rules
      .filter((r) => r.challenge === gap.challenge && r.networkType === gap.networkType)
      .map((rule) => ({ rule, reasons: conditionsMet(rule, firm) }))
      .filter((m): m is { rule: KnowledgeRule; reasons: string[] } => m.reasons !== undefined)
      .sort((a, b) => specificity(b.rule) - specificity(a.rule) || a.rule.id.localeCompare(b.rule.id));
    for (const { rule, reasons } of matching) {
      out.push({
        ruleId: rule.id,
        challenge: gap.challenge,
        networkType: gap.networkType,
        title: rule.title,
        rationale: rule.rationale,
        actions: rule.actions,
        citations: rule.citations,
        because: [
          `${gap.challenge.replace(/_/g, ' ')} is rated ${gap.challengeLevel} and ${gap.networkType} networks are ${gap.utilization === 'Not used' ? 'not used' : 'used little'} against it (${gap.utilizationBasis})`,
          ...reasons,
        ],
        severity: gap.severity,
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
