/**
 * The country-of-origin checklist: in each market where the firm expects buyers to discount it for
 * where it comes from, the four measures the thesis proposes (§5.2, pp. 83–84: branding,
 * certification, third-party validation of the product, partnerships with internationally
 * reputable brands), where each stands, and the open ones as steps of the firm's action plan.
 */
import type { CaseFile } from '../case-file/index.js';
import { ORIGIN_MEASURES, PROSPECT_STATUSES, type MitigationStatus, type OriginMeasure } from '../model/index.js';
import { joinList } from '../../shared/words.js';
import type { PlanAction } from './advice-types.js';

export const ORIGIN_MEASURE_LABELS: Record<OriginMeasure, string> = {
  branding: 'Branding',
  certification: 'Certification',
  third_party_validation: 'Third-party validation',
  reputable_partners: 'Reputable partners',
};

/** What each measure asks of the firm, in a sentence that names the market. */
const MEASURE_STEPS: Record<OriginMeasure, (market: string) => string> = {
  branding: (m) => `Build a brand in ${m} that leads with what the product does rather than where it is made`,
  certification: (m) => `Get the certificates buyers in ${m} recognise (quality, safety, or the market's own approvals)`,
  third_party_validation: (m) => `Have the product validated by a third party buyers in ${m} trust: a test lab, a reference customer, an award`,
  reputable_partners: (m) => `Partner with a brand or distributor that buyers in ${m} already know`,
};

export interface OriginChecklistItem {
  measure: OriginMeasure;
  label: string;
  /** As recorded on the market; `to_do` when the checklist does not list the measure yet. */
  status: MitigationStatus;
  recorded: boolean;
  step: string;
  note: string | undefined;
  due: string | undefined;
  evidence: string[];
}

export interface OriginChecklist {
  marketId: string;
  /** The country code, or the region the market record names. */
  market: string;
  /** The market in words: the country's name, or the region. */
  place: string;
  /** The country-of-origin level the checklist answers: the market's rating, else the firm-wide one. */
  level: 'High' | 'Medium' | 'Low' | 'Unknown' | undefined;
  items: OriginChecklistItem[];
  /** How many measures are done or not needed. */
  settled: number;
}

const WORRYING = ['High', 'Medium'];
const OPEN: readonly MitigationStatus[] = ['to_do', 'in_progress'];

/**
 * A checklist for every market the firm serves or plans where its country-of-origin challenge is
 * rated High or Medium (for that market, else firm-wide), and for every market whose record keeps
 * a checklist already, in the order of the firm's markets.
 */
export function originChecklistsOf(c: CaseFile, countryName: (code: string) => string): OriginChecklist[] {
  const firmWide = c.challengeRatings.find((r) => r.category === 'country_of_origin' && r.market === undefined)?.level;
  const out: OriginChecklist[] = [];
  for (const m of c.markets) {
    const level = c.challengeRatings.find((r) => r.category === 'country_of_origin' && r.market === m.id)?.level ?? firmWide;
    // A group company's market is not the firm's: its products go there under another name.
    const active = m.servedBy === undefined && (m.status === 'serving' || PROSPECT_STATUSES.includes(m.status));
    const recorded = m.originMitigation ?? [];
    if (recorded.length === 0 && !(active && level !== undefined && WORRYING.includes(level))) continue;
    const place = m.country === undefined ? (m.region ?? m.id) : countryName(m.country);
    const items = ORIGIN_MEASURES.map((measure): OriginChecklistItem => {
      const entry = recorded.find((x) => x.measure === measure);
      return {
        measure,
        label: ORIGIN_MEASURE_LABELS[measure],
        status: entry?.status ?? 'to_do',
        recorded: entry !== undefined,
        step: MEASURE_STEPS[measure](place),
        note: entry?.note,
        due: entry?.due,
        evidence: entry?.evidence ?? [],
      };
    });
    out.push({ marketId: m.id, market: m.country ?? m.region ?? m.id, place, level, items, settled: items.filter((i) => !OPEN.includes(i.status)).length });
  }
  return out;
}

/** Plan weight of a level, as gaps weigh them: High 3, Medium 2, anything else 1. */
const LEVEL_WEIGHT: Record<string, number> = { High: 3, Medium: 2 };

/**
 * The open measures as action-plan steps: one step per measure, naming every market where it is
 * open, weighted by the worst level among them; a measure under way somewhere ranks a little higher.
 */
export function originPlanActions(checklists: readonly OriginChecklist[], challengeLabel: string): PlanAction[] {
  return ORIGIN_MEASURES.flatMap((measure, i): PlanAction[] => {
    const open = checklists.flatMap((list) => list.items.filter((x) => x.measure === measure && OPEN.includes(x.status)).map((item) => ({ list, item })));
    if (open.length === 0) return [];
    const markets = joinList(open.map((o) => o.list.place));
    const weight = Math.max(...open.map((o) => LEVEL_WEIGHT[o.list.level ?? ''] ?? 1));
    const started = open.filter((o) => o.item.status === 'in_progress').map((o) => o.list.place);
    return [
      {
        text: `${MEASURE_STEPS[measure](markets)}.`,
        source: 'origin-checklist',
        challenge: 'country_of_origin',
        challengeLabel,
        networkType: undefined,
        tiesUsed: [],
        why: `Buyers may trust the firm less for where it comes from (the country-of-origin effect${weight === 3 ? ', rated High' : weight === 2 ? ', rated Medium' : ''}); ${started.length === 0 ? 'this measure is not started' : `it is under way in ${joinList(started)}`} (thesis §5.2).`,
        // As a gap of the worst level among the markets whose step uses no tie; under way before not started.
        score: weight * 10 + (started.length > 0 ? 1 : 0) - i * 0.1,
      },
    ];
  });
}
