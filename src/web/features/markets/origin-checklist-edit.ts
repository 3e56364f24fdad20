/**
 * Editing a market's country-of-origin checklist (thesis §5.2): the form's values from the market
 * record, the record's `originMitigation` from the form's values, how many measures are settled, and
 * which of the firm's market records in a country keep a checklist. The analysis's checklists give
 * the labels and what each measure asks; the values come from the versioned record, so that a save
 * goes out with the version the form was read at.
 */
import type { Market, MarketRecord, OriginChecklist } from './api';

export type OriginEntry = NonNullable<Market['originMitigation']>[number];
export type OriginMeasure = OriginEntry['measure'];
export type MitigationStatus = OriginEntry['status'];

/** The measures in core's order; origin-checklist-edit.test.ts keeps it equal to core's ORIGIN_MEASURES. */
export const ORIGIN_MEASURES: readonly OriginMeasure[] = ['branding', 'certification', 'third_party_validation', 'reputable_partners'];

/** The statuses in core's order, as the select lists them. */
export const MITIGATION_STATUSES: readonly MitigationStatus[] = ['to_do', 'in_progress', 'done', 'not_needed'];

export const STATUS_LABELS: Record<MitigationStatus, string> = {
  to_do: 'To do',
  in_progress: 'In progress',
  done: 'Done',
  not_needed: 'Not needed',
};

/** What the form holds for one measure; an empty note means none. */
export interface MeasureDraft {
  status: MitigationStatus;
  note: string;
}
export type ChecklistDraft = Record<OriginMeasure, MeasureDraft>;

/** The form's values: each measure as the record keeps it, or to do without a note when it is not on the record yet. */
export function draftOf(recorded: readonly OriginEntry[] | undefined): ChecklistDraft {
  const draft = {} as ChecklistDraft;
  for (const measure of ORIGIN_MEASURES) {
    const entry = recorded?.find((e) => e.measure === measure);
    draft[measure] = { status: entry?.status ?? 'to_do', note: entry?.note ?? '' };
  }
  return draft;
}

/** Has the user changed anything the record keeps? (Notes compare trimmed: spaces alone are no change.) */
export function draftChanged(recorded: readonly OriginEntry[] | undefined, draft: ChecklistDraft): boolean {
  const before = draftOf(recorded);
  return ORIGIN_MEASURES.some((m) => before[m].status !== draft[m].status || before[m].note.trim() !== draft[m].note.trim());
}

/**
 * The record's new checklist: every measure the record lists keeps its due date and evidence and
 * takes the form's status and note; a measure it does not list yet is added only when the form gives
 * it more than the default (a status other than to do, or a note), so that saving one change does not
 * write four entries. In the measures' order.
 */
export function mitigationOf(recorded: readonly OriginEntry[] | undefined, draft: ChecklistDraft): OriginEntry[] {
  const out: OriginEntry[] = [];
  for (const measure of ORIGIN_MEASURES) {
    const entry = recorded?.find((e) => e.measure === measure);
    const { status, note } = draft[measure];
    const text = note.trim();
    if (entry === undefined && status === 'to_do' && text === '') continue;
    const { note: _old, ...kept } = entry ?? { measure, status };
    out.push(text === '' ? { ...kept, status } : { ...kept, status, note: text });
  }
  return out;
}

/** The market record with a new checklist; an empty one is left out, as the case file would. */
export function withMitigation(record: Market, entries: readonly OriginEntry[]): Market {
  const { originMitigation: _old, ...rest } = record;
  return entries.length === 0 ? rest : { ...rest, originMitigation: [...entries] };
}

/** A checklist just started: every measure to do, each on the record so that the analysis keeps the checklist. */
export const startedChecklist = (): OriginEntry[] => ORIGIN_MEASURES.map((measure) => ({ measure, status: 'to_do' }));

/** How many measures are settled (done or not needed), as the analysis counts them. */
export function settledCount(recorded: readonly OriginEntry[] | undefined): number {
  const draft = draftOf(recorded);
  return ORIGIN_MEASURES.filter((m) => draft[m].status === 'done' || draft[m].status === 'not_needed').length;
}

/** "2 of 4 settled". */
export const settledText = (settled: number): string => `${settled} of ${ORIGIN_MEASURES.length} settled`;

/** A market record in the chosen country, with its checklist when the analysis keeps one. */
export interface CountryMarket {
  market: MarketRecord;
  checklist: OriginChecklist | undefined;
  /** The market in the controls' labels: the country's name, and the record's id when the country has several. */
  label: string;
}

/**
 * The firm's market records for a country (ISO alpha-2), in the firm's order, each with the
 * analysis's checklist for it; a region's record (EAEU, Central Asia) names no country and is not one of them.
 */
export function marketsIn(country: string, markets: readonly MarketRecord[], checklists: readonly OriginChecklist[], countryName: string): CountryMarket[] {
  const here = markets.filter((m) => m.record.country === country);
  return here.map((market) => ({
    market,
    checklist: checklists.find((c) => c.marketId === market.record.id && c.market === country),
    label: here.length > 1 ? `${countryName} (${market.record.id})` : countryName,
  }));
}
