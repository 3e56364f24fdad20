/**
 * Values computed from a firm's record rather than stored: EU SME size class, years active,
 * economy class (reference data unless overridden), and the evidence for its pathway.
 */
import type { EmployeeCount, Firm } from './firm.js';
import { PRESENCE_STATUSES, PROSPECT_STATUSES, type EconomyClass, type MarketStatus, type Pathway } from './vocabulary.js';

export type SizeClass = 'micro' | 'small' | 'medium' | 'large';

/**
 * EU SME size class by headcount (Commission Recommendation 2003/361/EC, Annex Art. 2):
 * micro < 10, small < 50, medium < 250. Returns undefined when the figure cannot decide it,
 * e.g. "more than 150" could be medium or large.
 */
export function sizeClass(employees: EmployeeCount | undefined): SizeClass | undefined {
  if (employees === undefined) return undefined;
  const classOf = (n: number): SizeClass => (n < 10 ? 'micro' : n < 50 ? 'small' : n < 250 ? 'medium' : 'large');
  const { value, qualifier } = employees;
  switch (qualifier) {
    case 'exact':
    case 'about':
      return classOf(value);
    case 'less_than':
      // "less than N" means at most N - 1 people; only N <= 10 settles the class.
      return value <= 10 ? 'micro' : undefined;
    case 'more_than':
      // "more than N" means at least N + 1 people; only N + 1 >= 250 settles the class.
      return value + 1 >= 250 ? 'large' : undefined;
  }
}

/** Whole years from founding to the given year (the caller supplies "now": core has no clock). */
export function yearsActive(firm: Pick<Firm, 'foundedYear'>, asOfYear: number): number | undefined {
  if (firm.foundedYear === undefined) return undefined;
  return Math.max(0, asOfYear - firm.foundedYear);
}

/** Years from founding to the first international activity, when both are known. */
export function yearsToInternationalization(firm: Pick<Firm, 'foundedYear' | 'firstInternationalYear'>): number | undefined {
  if (firm.foundedYear === undefined || firm.firstInternationalYear === undefined) return undefined;
  return firm.firstInternationalYear - firm.foundedYear;
}

export interface PathwayIndicators {
  /** Years from founding to the first international step, when both years are known. */
  yearsToFirstInternational: number | undefined;
  /** Foreign markets (countries or regions) the firm serves now itself, not through a group company. */
  marketsServing: number;
  /** Foreign markets a company of the firm's own group serves now (servedBy). */
  marketsServedByGroup: number;
  /** Foreign markets the firm has been in, now or before (serving, past, exited). */
  marketsEntered: number;
  /** Foreign markets it serves now or plans or explores (serving, target, exploring). */
  marketsActiveOrPlanned: number;
  /** The pathway the analyst recorded, and the segments cited for it. */
  stated: { value: Pathway; evidence: string[] } | undefined;
}

/**
 * The facts behind a born-global reading ("early and rapid internationalization"): how soon the firm
 * went abroad and how widely. It reports them; the pathway itself stays the analyst's call, with evidence.
 */
export function pathwayIndicators(
  firm: Pick<Firm, 'foundedYear' | 'firstInternationalYear' | 'pathway'>,
  markets: readonly { status: MarketStatus; servedBy?: string | undefined }[],
): PathwayIndicators {
  const serving = markets.filter((m) => m.status === 'serving');
  return {
    yearsToFirstInternational: yearsToInternationalization(firm),
    marketsServing: serving.filter((m) => m.servedBy === undefined).length,
    marketsServedByGroup: serving.filter((m) => m.servedBy !== undefined).length,
    marketsEntered: markets.filter((m) => PRESENCE_STATUSES.includes(m.status)).length,
    marketsActiveOrPlanned: markets.filter((m) => m.status === 'serving' || PROSPECT_STATUSES.includes(m.status)).length,
    stated: firm.pathway === undefined ? undefined : { value: firm.pathway.value, evidence: firm.pathway.evidence ?? [] },
  };
}

export interface EconomyClassReading {
  value: EconomyClass | undefined;
  basis: 'override' | 'reference' | 'unknown';
  reason?: string;
}

/** The firm's economy class: its override with the reason, else the reference data for its country. */
export function economyClassOf(
  firm: Pick<Firm, 'countryOfOrigin' | 'economyClassOverride'>,
  reference: ReadonlyMap<string, EconomyClass>,
): EconomyClassReading {
  if (firm.economyClassOverride !== undefined) {
    return { value: firm.economyClassOverride.value, basis: 'override', reason: firm.economyClassOverride.reason };
  }
  const value = reference.get(firm.countryOfOrigin);
  return value === undefined ? { value: undefined, basis: 'unknown' } : { value, basis: 'reference' };
}
