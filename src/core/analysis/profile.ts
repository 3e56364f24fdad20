/**
 * The firm's profile (thesis Table 7): each row in the source's own words when the case states it,
 * else derived from the structured fields, else missing.
 */
import type { CaseFile } from '../case-file/index.js';
import { economyClassOf, pathwayIndicators, sizeClass, yearsActive, type EmployeeCount, type Pathway, type SizeClass } from '../model/index.js';
import { mergeEvidence } from './evidence.js';
import { statedFact } from './stated-facts.js';
import { PROFILE_ROWS, type AnalysisContext, type Profile, type ProfileKey, type ProfileRow } from './types.js';

const PATHWAY_LABEL: Record<Pathway, string> = {
  born_global: 'Born global',
  traditional: 'Traditional',
  born_again_global: 'Born-again global',
};

const SIZE_LABEL: Record<SizeClass, string> = {
  micro: 'Micro enterprise',
  small: 'Small enterprise',
  medium: 'Medium-sized enterprise',
  large: 'Large enterprise',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "less than 10 employees", "about 150 employees", "18 employees". */
function employeesPhrase(employees: EmployeeCount): string {
  const count = plural(employees.value, 'employee', 'employees');
  switch (employees.qualifier) {
    case 'exact':
      return count;
    case 'about':
      return `about ${count}`;
    case 'less_than':
      return `less than ${count}`;
    case 'more_than':
      return `more than ${count}`;
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Names of the markets the firm targets or explores, in case order: "Japan", "EU", "Uzbekistan (exploring)". */
export function targetMarketNames(c: Pick<CaseFile, 'markets'>, ctx: Pick<AnalysisContext, 'countryName'>): string[] {
  const names = c.markets
    .filter((m) => m.status === 'target' || m.status === 'exploring')
    .map((m) => {
      const name = m.country !== undefined ? ctx.countryName(m.country) : (m.region ?? '');
      return m.status === 'exploring' ? `${name} (exploring)` : name;
    });
  return [...new Set(names)];
}

type Derived = { value: string; evidence: string[] } | undefined;

function derivedRow(key: ProfileKey, c: CaseFile, ctx: AnalysisContext, profile: Profile['derived']): Derived {
  const { firm } = c;
  switch (key) {
    case 'country_of_origin': {
      const name = ctx.countryName(firm.countryOfOrigin);
      return { value: profile.economyClass === undefined ? name : `${name} (${profile.economyClass} economy)`, evidence: [] };
    }
    case 'company_size': {
      if (firm.employees === undefined) return undefined;
      const phrase = employeesPhrase(firm.employees);
      return { value: profile.sizeClass === undefined ? capitalize(phrase) : `${SIZE_LABEL[profile.sizeClass]} (${phrase})`, evidence: [] };
    }
    case 'pathway':
      return firm.pathway === undefined ? undefined : { value: PATHWAY_LABEL[firm.pathway.value], evidence: [...(firm.pathway.evidence ?? [])] };
    case 'market_experience':
      return profile.yearsActive === undefined
        ? undefined
        : { value: `${plural(profile.yearsActive, 'year', 'years')} (founded ${firm.foundedYear})`, evidence: [] };
    case 'product_type':
      return firm.productType === undefined ? undefined : { value: firm.productType, evidence: [] };
    case 'international_experience': {
      const indicators = pathwayIndicators(firm, c.markets);
      const parts: string[] = [];
      if (firm.firstInternationalYear !== undefined) {
        const after = indicators.yearsToFirstInternational;
        parts.push(
          `first international step in ${firm.firstInternationalYear}${after === undefined ? '' : ` (${plural(after, 'year', 'years')} after founding)`}`,
        );
      }
      if (indicators.marketsServing > 0) parts.push(`serving ${plural(indicators.marketsServing, 'foreign market', 'foreign markets')} now`);
      if (indicators.marketsServedByGroup > 0) parts.push(`${indicators.marketsServedByGroup} more through its group companies`);
      const before = indicators.marketsEntered - indicators.marketsServing - indicators.marketsServedByGroup;
      if (before > 0) parts.push(`${before} served before (left or stopped)`);
      const failed = c.markets.filter((m) => m.status === 'failed').length;
      if (failed > 0) parts.push(`${failed} tried without success`);
      return parts.length === 0 ? undefined : { value: capitalize(parts.join('; ')), evidence: [] };
    }
    case 'target_markets': {
      const names = targetMarketNames(c, ctx);
      const evidence = mergeEvidence(...c.markets.filter((m) => m.status === 'target' || m.status === 'exploring').map((m) => m.evidence));
      return names.length === 0 ? undefined : { value: names.join(', '), evidence };
    }
    case 'key_people_education':
    case 'key_people_networking': {
      const field = key === 'key_people_education' ? 'education' : 'internationalNetworking';
      const people = c.keyPeople.filter((p) => p[field] !== undefined && p[field].trim() !== '');
      if (people.length === 0) return undefined;
      return { value: people.map((p) => `${p.role}: ${p[field]}`).join('; '), evidence: mergeEvidence(...people.map((p) => p.evidence)) };
    }
  }
}

/** Thesis Table 7 for one case. */
export function profileOf(c: CaseFile, ctx: AnalysisContext): Profile {
  const derived: Profile['derived'] = {
    economyClass: economyClassOf(c.firm, ctx.economyClasses).value,
    sizeClass: sizeClass(c.firm.employees),
    yearsActive: yearsActive(c.firm, ctx.asOfYear),
  };
  const rows = PROFILE_ROWS.map(({ key, label }): ProfileRow => {
    const stated = statedFact(c, key);
    if (stated !== undefined) return { key, label, value: stated.text, basis: 'stated', evidence: stated.evidence };
    const value = derivedRow(key, c, ctx, derived);
    if (value !== undefined) return { key, label, value: value.value, basis: 'derived', evidence: value.evidence };
    return { key, label, value: undefined, basis: 'missing', evidence: [] };
  });
  return { firmId: c.firm.id, name: c.firm.name, rows, derived };
}
