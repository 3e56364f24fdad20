/**
 * The dashboard in Chromium: the marks of how many kinds of source back each finding, then the key
 * people panel and the digital presence over time, read against the API's own records: the sample
 * firm's undated snapshots (bars, "not available" for a missing figure), dated snapshots added here
 * (lines), an empty firm's two empty states, axe, and the phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, watchedPage, webSuite } from './web.js';

const suite = webSuite();
const { url, open } = suite;

interface Versioned<T> {
  version: number;
  record: T;
}
interface KeyPerson {
  id: string;
  role: string;
  name?: string;
  memberOf?: string[];
}
interface Tie {
  id: string;
  from: string;
  to: string;
}
interface Snapshot {
  id: string;
  platform: string;
  date?: string;
  followers: number | null;
  posts?: number;
  postsPeriod?: string;
}

async function records<T>(page: Page, firmId: string, collection: string): Promise<T[]> {
  const response = await page.request.get(url(`/api/workspaces/default/firms/${firmId}/${collection}`));
  expect(response.status()).toBe(200);
  return ((await response.json()) as Versioned<T>[]).map((v) => v.record);
}

async function post(page: Page, path: string, data: unknown): Promise<void> {
  const response = await page.request.post(url(path), { data, headers: { 'content-type': 'application/json' } });
  expect(response.status(), await response.text()).toBeLessThan(300);
}

/** What the API holds about each key person, in the words the panel should use. */
async function expectedPeople(page: Page, firmId: string) {
  const [people, ties, actors, firm] = await Promise.all([
    records<KeyPerson>(page, firmId, 'key-people'),
    records<Tie>(page, firmId, 'ties'),
    records<{ id: string; name: string }>(page, firmId, 'actors'),
    page.request.get(url(`/api/workspaces/default/firms/${firmId}`)).then(async (r) => ((await r.json()) as Versioned<{ id: string; name: string }>).record),
  ]);
  const names = new Map([
    [firm.id, firm.name],
    ...actors.map((a): [string, string] => [a.id, a.name]),
    ...people.map((p): [string, string] => [p.id, p.name ?? p.role]),
  ]);
  return people.map((p) => ({
    role: p.role,
    others: ties.filter((t) => t.from === p.id || t.to === p.id).map((t) => names.get(t.from === p.id ? t.to : t.from) ?? ''),
    memberOf: (p.memberOf ?? []).map((id) => names.get(id) ?? id),
  }));
}

async function checkKeyPeople(page: Page, firmId: string): Promise<number> {
  const panel = page.getByRole('region', { name: 'Key people' });
  const expected = await expectedPeople(page, firmId);
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(() => panel.getByRole('heading', { level: 3 }).count()).toBe(expected.length);
  for (const person of expected) {
    const card = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: person.role }) });
    const ties = card.getByRole('list', { name: `Ties of ${person.role}` }).getByRole('listitem');
    expect(await ties.count(), person.role).toBe(person.others.length);
    // The panel groups the ties by network type, so their order may differ from the API's.
    const lines = await ties.allTextContents();
    for (const other of person.others)
      expect(
        lines.some((line) => line.includes(other)),
        `${person.role}: ${other}`,
      ).toBe(true);
    const member = (await card.getByRole('definition').nth(1).textContent()) ?? '';
    expect(member, person.role).toBe(person.memberOf.length === 0 ? '—' : person.memberOf.join(', '));
  }
  return expected.length;
}

const followers = (n: number | null) => (n === null ? 'not available' : n.toLocaleString('en'));

/** The snapshots as the API holds them, read back from the chart's text alternative, row by row. */
async function checkPresenceTable(page: Page, firmId: string): Promise<Snapshot[]> {
  const snapshots = await records<Snapshot>(page, firmId, 'digital-presence');
  const table = page.getByRole('region', { name: 'Digital presence over time' }).getByRole('table', { name: /^Followers and posts per platform and snapshot/ });
  await table.waitFor({ state: 'attached' });
  const rows = await table
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '').join(' | ')));
  const expected = snapshots.map((s) =>
    [
      s.platform,
      s.date ?? 'undated',
      followers(s.followers),
      s.posts === undefined ? '—' : `${s.posts}${s.postsPeriod === undefined ? '' : ` (${s.postsPeriod})`}`,
    ].join(' | '),
  );
  expect([...rows].sort()).toEqual([...expected].sort());
  return snapshots;
}

async function chartText(page: Page, name: RegExp): Promise<string> {
  const chart = page.getByRole('img', { name });
  await chart.locator('svg text').first().waitFor();
  return (await chart.locator('svg').textContent()) ?? '';
}

describe('how many kinds of source back each finding', () => {
  it('shows them beside the ratings, in Tables 9 and 10, in the benefits and behind a heatmap cell, in words for screen readers', async () => {
    const { page, problems } = await open('/w/default/firms/company-a');
    await page.getByRole('heading', { name: 'Action plan' }).waitFor();
    // By hand from examples/cases/company-a.json: the regulatory rating quotes the thesis (a document) and the
    // interview IA1; the knowledge rating quotes the thesis only.
    const two = '2 kinds of source: interview, document';
    const ratings = page.getByRole('region', { name: 'Challenge ratings table' });
    const regulatory = ratings.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Regulatory institutional', exact: true }) });
    await expect.poll(() => regulatory.getByRole('img', { name: two }).isVisible()).toBe(true);
    expect(await regulatory.getByRole('img', { name: two }).textContent()).toBe('◆◆');
    const knowledge = ratings.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Knowledge experience', exact: true }) });
    expect(await knowledge.getByRole('img', { name: '1 kind of source: document' }).isVisible()).toBe(true);

    const table9 = page.getByRole('figure', { name: 'Table 9. Internationalization challenges' });
    const row9 = table9.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Regulatory and institutional challenges' }) });
    // The report's sections below the first screen are painted only as they come into view (content-visibility).
    await row9.scrollIntoViewIfNeeded();
    expect(await row9.getByRole('img', { name: two }).isVisible()).toBe(true);
    expect(await table9.getByText(/^Each ◆ after a value is one kind of source behind it/).isVisible()).toBe(true);

    // Table 10, regulatory row: social (thesis), business and institutional (thesis and IA1), digital (thesis).
    const table10 = page.getByRole('figure', { name: /^Table 10\. / });
    const row10 = table10.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Regulatory and institutional challenges' }) });
    expect(await row10.getByRole('img', { name: two }).count()).toBe(2);
    expect(await row10.getByRole('img', { name: '1 kind of source: document' }).count()).toBe(2);

    // The heatmap cell's detail says it in words.
    await page.getByRole('button', { name: 'Regulatory and institutional challenges × business network: High' }).click();
    const detail = page.getByRole('complementary', { name: 'Behind the cell Regulatory and institutional challenges × business network' });
    expect(await detail.getByRole('definition').filter({ hasText: two }).isVisible()).toBe(true);

    // Benefits: market access × business rests on records and a tie quoting IA1 and the thesis.
    const benefits = page.getByRole('figure', { name: 'Benefits by network type — Company A' }).first();
    await benefits.waitFor();
    const market = benefits.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Market access and expansion' }) });
    await market.scrollIntoViewIfNeeded();
    expect(await market.getByRole('img', { name: two }).first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('the key people panel and digital presence over time', () => {
  it('shows the sample firm’s key people and its undated figures as bars, a missing figure as “not available”', async () => {
    const { page, problems } = await open('/w/default/firms/sl-it-sme');
    await page.getByRole('heading', { name: 'Action plan' }).waitFor();
    expect(await checkKeyPeople(page, 'sl-it-sme')).toBe(1);

    const snapshots = await checkPresenceTable(page, 'sl-it-sme');
    expect(snapshots.some((s) => s.followers === null)).toBe(true);
    const panel = page.getByRole('region', { name: 'Digital presence over time' });
    // Undated snapshots are one point in time: bars with a note, not a line that would suggest growth.
    expect(await panel.locator('figcaption').textContent()).toBe('Followers per platform, one undated snapshot each');
    expect(await panel.textContent()).toContain('not a trend');
    const text = await chartText(page, /^Followers per platform, one undated snapshot each/);
    for (const s of snapshots) expect(text).toContain(s.followers === null ? `${s.platform}: not available` : followers(s.followers));
    expect(problems).toEqual([]);
  });

  it('draws followers per platform over the dated snapshots, and names the organizations a key person belongs to', async () => {
    const { page } = await watchedPage(suite.browser);
    const base = '/api/workspaces/default/firms/company-a';
    const added = [
      { id: 'dp-li-2021', platform: 'LinkedIn', date: '2021', followers: 120, posts: 4, postsPeriod: 'last 3 months' },
      { id: 'dp-li-2022', platform: 'LinkedIn', date: '2022-05', followers: null },
      { id: 'dp-li-2023', platform: 'LinkedIn', date: '2023', followers: 1410 },
      { id: 'dp-fb-2022', platform: 'Facebook', date: '2022-05', followers: 80 },
    ];
    for (const s of added) await post(page, `${base}/digital-presence`, { audiences: [], contentTypes: [], ...s });
    const people = (await (await page.request.get(url(`${base}/key-people`))).json()) as Versioned<KeyPerson>[];
    const person = people[0];
    const [actor] = await records<{ id: string; kind: string }>(page, 'company-a', 'actors').then((all) => all.filter((a) => a.kind === 'organization'));
    if (person === undefined || actor === undefined) throw new Error('company-a has no key person or no organization');
    const put = await page.request.put(url(`${base}/key-people/${person.record.id}`), {
      data: { version: person.version, record: { ...person.record, memberOf: [actor.id] } },
      headers: { 'content-type': 'application/json' },
    });
    expect(put.status(), await put.text()).toBe(200);

    await page.goto(url('/w/default/firms/company-a'));
    await page.getByRole('heading', { name: 'Action plan' }).waitFor();
    await checkKeyPeople(page, 'company-a');
    const snapshots = await checkPresenceTable(page, 'company-a');
    const text = await chartText(page, /^Followers per platform over time/);
    // A dated snapshot without a figure is named under the chart, not drawn as 0.
    const note = (await page.getByRole('region', { name: 'Digital presence over time' }).locator('p.quiet').textContent()) ?? '';
    for (const s of snapshots.filter((s) => s.followers === null && s.date !== undefined)) expect(note).toContain(`${s.platform} ${s.date ?? ''}`);
    for (const s of snapshots) {
      expect(text).toContain(s.date ?? '');
      if (s.followers !== null) expect(text).toContain(followers(s.followers));
    }
  });

  it('says so when a firm has neither key people nor digital presence, and links to where key people are listed', async () => {
    // The firm goes in first: a page still loading when the test navigates would see its requests cut.
    const { page, problems } = await watchedPage(suite.browser);
    await post(page, '/api/workspaces/default/cases', { format: 'foothold.case/2', firm: { id: 'empty-firm', name: 'Empty Firm', countryOfOrigin: 'GH' } });
    await page.goto(url('/w/default/firms/empty-firm'));
    await page.getByText('No key people recorded yet.').waitFor();
    await page.getByText('No digital presence recorded yet.').waitFor();
    expect(await page.getByRole('img', { name: /Followers per platform/ }).count()).toBe(0);
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      expect(await seriousViolations(page), `${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `${viewport.width} px`).toBe(false);
    }
    await page.getByRole('region', { name: 'Key people' }).getByRole('link', { name: 'Sources and evidence' }).click();
    await page.waitForURL(/\/w\/default\/firms\/empty-firm\/sources$/);
    await page.getByRole('heading', { name: 'Key people' }).waitFor();
    expect(problems).toEqual([]);
  });

  // After the test above, company-a has dated snapshots: both kinds of chart are checked.
  it('has no serious axe violations with the panels filled, and fits a phone without sideways scrolling', async () => {
    for (const firmId of ['sl-it-sme', 'company-a'])
      for (const viewport of [DESKTOP, PHONE]) {
        const { page } = await open(`/w/default/firms/${firmId}`, viewport);
        await page.getByRole('region', { name: 'Key people' }).getByRole('heading', { level: 3 }).first().waitFor();
        await page
          .getByRole('img', { name: /^Followers per platform/ })
          .locator('svg')
          .waitFor();
        expect(await seriousViolations(page), `${firmId} at ${viewport.width} px`).toEqual([]);
        expect(await overflowsSideways(page), `${firmId} at ${viewport.width} px`).toBe(false);
      }
  });
});
