/**
 * What the Brokers view shows, worked out from the API's Brokerage: the firm's ego figures in plain
 * words, the brokers in the order the user chose, the names along a path, and the market to show.
 */
import type { Broker, Brokerage, MarketReach } from './api';

/** "0.112", or "—" for a figure the network cannot give (a node without ties). */
export function figure(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

export interface EgoFigure {
  term: string;
  value: string;
  /** One sentence for a founder who has never heard of Burt. */
  meaning: string;
}

/** The firm as an ego: direct links, effective size, constraint and redundancy, each with what it means. */
export function egoFigures(firmName: string, firm: Brokerage['firm']): EgoFigure[] {
  const links = firm.degree === 1 ? '1 direct link' : `${firm.degree} direct links`;
  const noTies = `${firmName} has no ties yet, so there is nothing to measure.`;
  return [
    {
      term: 'Direct links',
      value: String(firm.degree),
      meaning: `${firmName} deals directly with ${firm.degree === 1 ? 'one person or organization' : `${firm.degree} people and organizations`}, its own key people included.`,
    },
    {
      term: 'Effective size',
      value: figure(firm.effectiveSize, 2),
      meaning:
        firm.effectiveSize === null
          ? noTies
          : `Of its ${links}, about ${figure(firm.effectiveSize, 1)} open separate circles: contacts who know one another count as partly the same contact.`,
    },
    {
      term: 'Constraint',
      value: figure(firm.constraint, 3),
      meaning:
        firm.constraint === null
          ? noTies
          : 'From 0 to 1, how much the firm’s contacts all lead back to one another or to one contact: the lower it is, the more separate routes the firm has and the less it depends on anyone.',
    },
    {
      term: 'Redundancy',
      value: figure(firm.redundancy, 2),
      meaning:
        firm.redundancy === null
          ? noTies
          : `How many of its ${links} only repeat what its other contacts already bring (direct links minus effective size); 0 means none of them does.`,
    },
  ];
}

export type BrokerColumn = 'name' | 'kind' | 'degree' | 'betweenness' | 'constraint' | 'effectiveSize' | 'bridgesTo';
export type Direction = 'ascending' | 'descending';
export interface BrokerOrder {
  column: BrokerColumn;
  direction: Direction;
}

/** The API's own order: highest betweenness first. */
export const API_ORDER: BrokerOrder = { column: 'betweenness', direction: 'descending' };

const TEXT_COLUMNS: ReadonlySet<BrokerColumn> = new Set(['name', 'kind']);

/** Clicking a column's header again turns its order round; a new column starts with names A–Z and figures highest first. */
export function nextOrder(current: BrokerOrder, column: BrokerColumn): BrokerOrder {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: TEXT_COLUMNS.has(column) ? 'ascending' : 'descending' };
}

function sortValue(broker: Broker, column: BrokerColumn): string | number | null {
  if (column === 'bridgesTo') return broker.bridgesTo.length;
  return broker[column];
}

/**
 * The brokers in the chosen order; equal ones keep the API's order, and a figure the network cannot
 * give (null) comes last whichever way the column is sorted.
 */
export function sortBrokers(brokers: readonly Broker[], order: BrokerOrder): Broker[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return brokers
    .map((broker, index) => ({ broker, index, value: sortValue(broker, order.column) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const compared = typeof a.value === 'string' ? a.value.localeCompare(String(b.value), 'en') : a.value - Number(b.value);
      return compared * sign || a.index - b.index;
    })
    .map((row) => row.broker);
}

const COLUMN_NAMES: Record<BrokerColumn, string> = {
  name: 'name',
  kind: 'kind',
  degree: 'degree',
  betweenness: 'betweenness',
  constraint: 'constraint',
  effectiveSize: 'effective size',
  bridgesTo: 'markets bridged',
};

/** "betweenness, highest first" — the order in words, for the table's caption. */
export function orderInWords(order: BrokerOrder): string {
  const text = TEXT_COLUMNS.has(order.column);
  const way = order.direction === 'ascending' ? (text ? 'A to Z' : 'lowest first') : text ? 'Z to A' : 'highest first';
  return `${COLUMN_NAMES[order.column]}, ${way}`;
}

/** Every node's name by id: the firm's, and every key person's and actor's the brokerage lists. */
export function nodeNames(firmId: string, firmName: string, brokerage: Brokerage): Map<string, string> {
  const names = new Map<string, string>([[firmId, firmName]]);
  for (const b of brokerage.brokers) names.set(b.id, b.name);
  for (const m of brokerage.markets) for (const r of m.reached) names.set(r.id, r.name);
  return names;
}

/** "Company B → Former manager → Friend in Bishkek": a path of node ids as names. */
export function pathText(path: readonly string[], names: ReadonlyMap<string, string>): string {
  return path.map((id) => names.get(id) ?? id).join(' → ');
}

/** The market the URL asks for when the firm has it, else the firm's first; undefined when it records none. */
export function chosenMarket(markets: readonly MarketReach[], wanted: string | null): MarketReach | undefined {
  return markets.find((m) => m.market === wanted) ?? markets[0];
}

/** A diversity count as rows, most first, then by name. */
export function countRows(counts: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
}

const actors = (n: number) => (n === 1 ? '1 actor' : `${n.toLocaleString('en')} actors`);

/** One sentence on the firm's reach into a market, for the line that screen readers announce when the market changes. */
export function reachSummary(firmName: string, country: string, reach: MarketReach): string {
  const { reached, unreachable } = reach;
  if (reached.length === 0 && unreachable.length === 0) return `No actor in ${country} is recorded yet, and no tie names it.`;
  const none = unreachable.length === 0 ? '' : `; ${actors(unreachable.length)} there ${unreachable.length === 1 ? 'has' : 'have'} no path from it`;
  return `${firmName} reaches ${actors(reached.length)} in ${country}${none}.`;
}

/** "on the way to 2 actors there". */
export const leadsToText = (n: number) => `on the way to ${actors(n)} there`;
