// The Firms view's cards on every store (SQLite, PGlite, and PostgreSQL when TEST_DATABASE_URL is
// set): the three sample firms, firms with little or nothing recorded, and proof that listing them
// reads collections and counts, never a whole case or a firm's ties.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../core/case-file/index.js';
import { minimalCase, parsedCase } from '../test-support/cases.js';
import { sampleCase } from '../test-support/samples.js';
import { storeTargets } from '../test-support/stores.js';
import type { CaseStore } from '../store/types.js';
import { importCases, listFirms } from './case-service.js';
import { listFirmCards, type FirmCard } from './firm-cards.js';

const targets = storeTargets();
afterAll(async () => {
  for (const t of targets) await t.cleanup();
});

async function imported(store: CaseStore, workspaceId: string, cases: CaseFile[]): Promise<void> {
  await importCases(
    store,
    workspaceId,
    cases.map((caseFile) => ({ origin: caseFile.firm.id, caseFile })),
    { replace: false },
  );
}

/** A store that writes down the name of every method called on it, and lets a test step in before one answers. */
function recording(inner: CaseStore, calls: string[], before: (method: string, args: unknown[]) => Promise<void> = async () => {}): CaseStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        calls.push(
          prop === 'listRecords' || prop === 'countRecords' || prop === 'recordsOfFirms'
            ? `${String(prop)} ${[args.at(-1)].flat().map(String).sort().join(',')}`
            : String(prop),
        );
        await before(String(prop), args);
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
}

/** A store whose answer a test can replace: `answer` returns `{ value }` to answer in the store's place, or undefined to let it answer. */
function answering(inner: CaseStore, answer: (method: string, args: unknown[]) => { value: unknown } | undefined): CaseStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const replaced = answer(String(prop), args);
        return replaced === undefined ? (value as (...a: unknown[]) => Promise<unknown>).apply(target, args) : replaced.value;
      };
    },
  });
}

const perMarketCase = () =>
  parsedCase({
    format: 'foothold.case/2',
    firm: { id: 'steppe-foods', name: 'Steppe Foods', countryOfOrigin: 'KZ', employees: { value: 150, qualifier: 'more_than' } },
    markets: [
      { id: 'm-eaeu', region: 'EAEU', status: 'serving' },
      { id: 'm-cn', country: 'CN', status: 'target' },
    ],
    challengeRatings: [
      { id: 'r-fin', category: 'financial_resource', level: 'Medium' },
      { id: 'r-reg-eaeu', category: 'regulatory_institutional', level: 'Low', market: 'm-eaeu' },
      { id: 'r-coo-cn', category: 'country_of_origin', level: 'High', market: 'm-cn' },
      { id: 'r-tech', category: 'technological_digital', level: 'Unknown' },
    ],
  });

const unknownOnlyCase = () =>
  parsedCase({
    format: 'foothold.case/2',
    firm: { id: 'unsure', name: 'Unsure Ltd', countryOfOrigin: 'GB', employees: { value: 4, qualifier: 'exact' }, pathway: { value: 'traditional' } },
    markets: [{ id: 'm-ie', country: 'IE', status: 'exploring' }],
    challengeRatings: [
      { id: 'r-reg', category: 'regulatory_institutional', level: 'Unknown' },
      { id: 'r-mkt-ie', category: 'market_specific', level: 'Unknown', market: 'm-ie' },
    ],
  });

describe.each(targets)('listFirmCards on $name', (target) => {
  let store: CaseStore;
  beforeAll(async () => {
    store = await target.open();
    await imported(
      store,
      'study',
      ['company-a', 'company-b', 'sl-it-sme'].map((id) => sampleCase(id)),
    );
    await imported(store, 'w', [minimalCase('bare', 'Bare Ltd'), perMarketCase(), unknownOnlyCase()]);
  });

  it('gives the three sample firms’ cards, keeping the fields the firm list had', async () => {
    const cards = await listFirmCards(store, 'study');
    const summaries = await listFirms(store, 'study');
    expect(cards.map(({ id, name, countryOfOrigin, version, updatedAt }) => ({ id, name, countryOfOrigin, version, updatedAt }))).toStrictEqual(summaries);
    const [a, b, sl] = cards as [FirmCard, FirmCard, FirmCard];
    expect(a).toStrictEqual({
      ...summaries[0],
      countryName: 'Finland',
      sizeClass: 'micro',
      pathway: 'born_global',
      markets: [
        { id: 'market-us', place: 'United States of America', country: 'US', status: 'target' },
        { id: 'market-eu', place: 'EU', region: 'EU', status: 'serving' },
        { id: 'market-jp', place: 'Japan', country: 'JP', status: 'target' },
      ],
      worstChallenge: { category: 'regulatory_institutional', label: 'Regulatory and institutional challenges', level: 'High' },
      counts: { actors: 39, ties: 43 },
    });
    expect(b).toMatchObject({ countryName: 'Mongolia', sizeClass: 'medium', pathway: 'traditional', counts: { actors: 16, ties: 16 } });
    expect(b.worstChallenge).toStrictEqual({ category: 'regulatory_institutional', label: 'Regulatory and institutional challenges', level: 'High' });
    expect(b.markets.map((m) => [m.id, m.place, m.status])).toEqual([
      ['mkt-kg', 'Kyrgyzstan', 'serving'],
      ['mkt-eaeu', 'EAEU', 'target'],
      ['mkt-central-asia', 'Central Asia', 'target'],
      ['mkt-kz', 'Kazakhstan', 'target'],
      ['mkt-uz', 'Uzbekistan', 'exploring'],
      ['mkt-cn', "People's Republic of China", 'failed'],
      ['mkt-cn-food-exports', "People's Republic of China", 'serving'],
      ['mkt-kr-food-exports', 'South Korea', 'serving'],
    ]);
    // The Sri Lankan IT SME rates its challenges only Unknown: it has no worst one.
    expect(sl).toMatchObject({ countryName: 'Sri Lanka', sizeClass: 'small', pathway: 'born_global', counts: { actors: 19, ties: 19 } });
    expect(sl).not.toHaveProperty('worstChallenge');
    expect(sl.markets.map((m) => m.country)).toEqual(['US', 'SG', 'GB', 'MY', 'MV']);
  });

  it('gives a firm with nothing recorded an empty card, with no size, pathway or worst challenge', async () => {
    const cards = await listFirmCards(store, 'w');
    const [summary] = await listFirms(store, 'w');
    expect(cards[0]).toStrictEqual({ ...summary, id: 'bare', countryName: 'Mongolia', markets: [], counts: { actors: 0, ties: 0 } });
  });

  it('names the market of a per-market worst rating, and leaves out a size class the headcount cannot decide', async () => {
    const card = (await listFirmCards(store, 'w')).find((c) => c.id === 'steppe-foods');
    expect(card).toMatchObject({
      countryName: 'Kazakhstan',
      markets: [
        { id: 'm-eaeu', place: 'EAEU', region: 'EAEU', status: 'serving' },
        { id: 'm-cn', place: "People's Republic of China", country: 'CN', status: 'target' },
      ],
      worstChallenge: {
        category: 'country_of_origin',
        label: 'Country-of-origin effect',
        level: 'High',
        market: 'm-cn',
        marketPlace: "People's Republic of China",
      },
    });
    // "More than 150" people could be a medium or a large firm.
    expect(card).not.toHaveProperty('sizeClass');
    expect(card).not.toHaveProperty('pathway');
  });

  it('gives a firm rated only Unknown no worst challenge', async () => {
    const card = (await listFirmCards(store, 'w')).find((c) => c.id === 'unsure');
    expect(card).toMatchObject({ sizeClass: 'micro', pathway: 'traditional', markets: [{ id: 'm-ie', place: 'Ireland', country: 'IE', status: 'exploring' }] });
    expect(card).not.toHaveProperty('worstChallenge');
  });

  it('answers a workspace that does not exist with no firms, as the firm list does', async () => {
    expect(await listFirmCards(store, 'nowhere')).toEqual([]);
    expect(await listFirms(store, 'nowhere')).toEqual([]);
  });

  it('reads the firms, their markets and ratings and counts actors and ties across the workspace: the same four calls for any number of firms, never a case or its ties', async () => {
    const calls: string[] = [];
    await listFirmCards(recording(store, calls), 'study');
    expect(calls.sort()).toEqual(
      ['countRecords actors,ties', 'firmRecords', 'listFirms', 'recordsOfFirms challengeCategories,challengeRatings,markets'].sort(),
    );
    const one: string[] = [];
    const other = await target.open();
    await imported(other, 'w', [minimalCase('alone')]);
    await listFirmCards(recording(other, one), 'w');
    expect(one.sort()).toEqual(calls);
  });

  it('leaves out a firm deleted between the list and the read of the firm records, and passes on any other failure', async () => {
    const other = await target.open();
    await imported(other, 'w', [minimalCase('stays'), minimalCase('goes')]);
    let deleted = false;
    const deleting = recording(other, [], async (method) => {
      if (method !== 'firmRecords' || deleted) return;
      deleted = true;
      await other.deleteFirm('w', 'goes');
    });
    expect((await listFirmCards(deleting, 'w')).map((c) => c.id)).toEqual(['stays']);

    const failing = recording(other, [], async (method) => {
      if (method === 'recordsOfFirms') throw new Error('disk on fire');
    });
    await expect(listFirmCards(failing, 'w')).rejects.toThrow('disk on fire');
  });

  it('shows a firm whose collections were all deleted while the list was read with no markets and no worst challenge', async () => {
    const other = await target.open();
    await imported(other, 'w', [perMarketCase()]);
    const emptied = answering(other, (method) => (method === 'recordsOfFirms' ? { value: new Map() } : undefined));
    const [card] = await listFirmCards(emptied, 'w');
    expect(card?.markets).toEqual([]);
    expect(card).not.toHaveProperty('worstChallenge');
  });

  it('names no place for a worst rating whose market was deleted while the card was read', async () => {
    const other = await target.open();
    await imported(other, 'w', [perMarketCase()]);
    const marketGone = answering(other, (method, args) => {
      if (method !== 'recordsOfFirms') return undefined;
      return { value: (async () => new Map([...(await other.recordsOfFirms('w', args[1] as never))].map(([id, r]) => [id, { ...r, markets: [] }])))() };
    });
    const [card] = await listFirmCards(marketGone, 'w');
    expect(card?.markets).toEqual([]);
    expect(card?.worstChallenge).toStrictEqual({ category: 'country_of_origin', label: 'Country-of-origin effect', level: 'High', market: 'm-cn' });
  });
});
