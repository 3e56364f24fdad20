/**
 * The firm cards of a workspace: what the Firms view shows of each firm (origin, size, pathway,
 * markets, worst challenge, how many actors and ties). Read collection by collection and counted in
 * the database, never a whole case, so a workspace of many firms with thousands of ties each lists
 * in a few small queries per firm.
 */
import { worstChallenge, type WorstChallenge } from '../core/analysis/index.js';
import type { CollectionName } from '../core/case-file/index.js';
import { sizeClass, type Market, type Pathway, type SizeClass } from '../core/model/index.js';
import { NotFoundError } from '../shared/errors.js';
import type { CaseStore, CollectionRecord, FirmSummary } from '../store/types.js';
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

/**
 * Every firm of the workspace as a card, by id. A workspace that does not exist has no firms (an
 * empty list, as listFirms answers). A firm deleted while the list is read is left out.
 */
export async function listFirmCards(store: CaseStore, workspaceId: string): Promise<FirmCard[]> {
  const [firms, actors, ties] = await Promise.all([
    store.listFirms(workspaceId),
    store.countRecords(workspaceId, 'actors'),
    store.countRecords(workspaceId, 'ties'),
  ]);
  const cards = await Promise.all(
    firms.map((summary) => firmCard(store, workspaceId, summary, { actors: actors.get(summary.id) ?? 0, ties: ties.get(summary.id) ?? 0 })),
  );
  return cards.filter((card) => card !== undefined);
}

async function firmCard(store: CaseStore, workspaceId: string, summary: FirmSummary, counts: FirmCard['counts']): Promise<FirmCard | undefined> {
  const [firm, markets, challengeRatings, challengeCategories] = await Promise.all([
    store.getFirm(workspaceId, summary.id),
    recordsOf(store, workspaceId, summary.id, 'markets'),
    recordsOf(store, workspaceId, summary.id, 'challengeRatings'),
    recordsOf(store, workspaceId, summary.id, 'challengeCategories'),
  ]);
  if (firm === undefined || markets === undefined || challengeRatings === undefined || challengeCategories === undefined) return undefined;
  const cardMarkets = markets.map(({ id, country, region, status }): FirmCardMarket => {
    const place = marketPlace({ country, region });
    return { id, place, ...(country === undefined ? {} : { country }), ...(region === undefined ? {} : { region }), status };
  });
  const size = sizeClass(firm.record.employees);
  const pathway = firm.record.pathway?.value;
  const worst = worstChallenge({ challengeCategories, challengeRatings });
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

/** One collection of a firm's records; undefined when the firm was deleted since the list was read. */
async function recordsOf<C extends CollectionName>(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  collection: C,
): Promise<CollectionRecord<C>[] | undefined> {
  try {
    return (await store.listRecords(workspaceId, firmId, collection)).map((v) => v.record);
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
}
