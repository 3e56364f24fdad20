/**
 * The firm cards of a workspace: what the Firms view shows of each firm (origin, size, pathway,
 * markets, worst challenge, how many actors and ties). Read collection by collection across the
 * workspace and counted in the database, never a whole case, so a workspace of many firms with
 * thousands of ties each lists in four statements.
 */
import { worstChallenge, type WorstChallenge } from '../core/analysis/index.js';
import type { CollectionName } from '../core/case-file/index.js';
import { sizeClass, type Firm, type Market, type Pathway, type SizeClass } from '../core/model/index.js';
import type { CaseStore, FirmSummary, RecordsOfFirm } from '../store/types.js';
import { marketPlace } from './case-service.js';
import { countryName } from './reference-data.js';

/** A market on a firm card: where it is, in words, and how the firm stands there. */
export type FirmCardMarket = Pick<Market, 'id' | 'country' | 'region' | 'status'> & {
  /** The country's name, or the region as recorded. */
  place: string;
};

/** The worst challenge on a firm card, with the market's place in words when the rating is for one market. */
export type FirmCardChallenge = WorstChallenge & { marketPlace?: string };

/** One firm of the Firms view: the stored summary plus what the view shows beside it. */
export interface FirmCard extends FirmSummary {
  /** The English name of the country of origin. */
  countryName: string;
  /** EU SME size class from the headcount; absent when the headcount is not recorded or cannot decide it. */
  sizeClass?: SizeClass;
  /** The internationalization pathway the analyst recorded, if any. */
  pathway?: Pathway;
  markets: FirmCardMarket[];
  /** The highest-rated challenge; absent when nothing is rated, or only Unknown. */
  worstChallenge?: FirmCardChallenge;
  counts: { actors: number; ties: number };
}

const CARD_COLLECTIONS = ['markets', 'challengeRatings', 'challengeCategories'] as const;

/**
 * Every firm of the workspace as a card, by id, in four statements whatever the number of firms. A
 * workspace that does not exist has no firms (an empty list, as listFirms answers). A firm deleted
 * while the list is read is left out.
 */
export async function listFirmCards(store: CaseStore, workspaceId: string): Promise<FirmCard[]> {
  const [firms, firmRecords, counts, records] = await Promise.all([
    store.listFirms(workspaceId),
    store.firmRecords(workspaceId),
    store.countRecords(workspaceId, ['actors', 'ties']),
    store.recordsOfFirms(workspaceId, CARD_COLLECTIONS),
  ]);
  const cards: FirmCard[] = [];
  for (const summary of firms) {
    const firm = firmRecords.get(summary.id)?.record;
    if (firm === undefined) continue;
    const count = (collection: CollectionName) => counts.get(collection)?.get(summary.id) ?? 0;
    cards.push(firmCard(summary, firm, records.get(summary.id) ?? {}, { actors: count('actors'), ties: count('ties') }));
  }
  return cards;
}

function firmCard(summary: FirmSummary, firm: Firm, records: RecordsOfFirm<(typeof CARD_COLLECTIONS)[number]>, counts: FirmCard['counts']): FirmCard {
  const cardMarkets = (records.markets ?? []).map(({ id, country, region, status }): FirmCardMarket => {
    const place = marketPlace({ country, region });
    return { id, place, ...(country === undefined ? {} : { country }), ...(region === undefined ? {} : { region }), status };
  });
  const size = sizeClass(firm.employees);
  const pathway = firm.pathway?.value;
  const worst = worstChallenge({ challengeCategories: records.challengeCategories ?? [], challengeRatings: records.challengeRatings ?? [] });
  return {
    ...summary,
    countryName: countryName(summary.countryOfOrigin),
    ...(size === undefined ? {} : { sizeClass: size }),
    ...(pathway === undefined ? {} : { pathway }),
    markets: cardMarkets,
    ...(worst === undefined ? {} : { worstChallenge: withPlace(worst, cardMarkets) }),
    counts,
  };
}

function withPlace(worst: WorstChallenge, markets: readonly FirmCardMarket[]): FirmCardChallenge {
  const place = worst.market === undefined ? undefined : markets.find((m) => m.id === worst.market)?.place;
  return place === undefined ? worst : { ...worst, marketPlace: place };
}
