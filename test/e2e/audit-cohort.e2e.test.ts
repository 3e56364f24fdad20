/**
 * The audit log and the cohort dashboard in Chromium (issue 13), on `foothold serve --auth` over the
 * sample cases, with an owner and a viewer of the default workspace and the owner alone in an empty
 * one. The log lists the owner's change by e-mail, the detail shows the record before and after,
 * Undo puts it back and a blocked undo says why; a viewer gets no Undo. Memberships are listed in
 * words, and their panel offers no Undo but says how to change them back. The cohort page shows the
 * sample firms' unmet challenges and takes a snapshot; empty workspaces say so. Axe on each page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../src/services/cohort-service.js';
import { openStore, storeConfigFromEnv } from '../../src/store/open.js';
import { authSuite, DEFAULT_ACCOUNTS, logIn, OWNER, VIEWER } from './auth-suite.js';
import { seriousViolations, type WatchedPage } from './web.js';

const suite = authSuite([...DEFAULT_ACCOUNTS, { email: OWNER.email, workspace: 'empty', role: 'owner' }]);
const { url, open } = suite;

interface Rating {
  version: number;
  record: { id: string; level: string };
}

/** A page logged in as the given user, at a path. */
async function openAs(path: string, who: { email: string; password: string }): Promise<WatchedPage> {
  const watched = await open(path);
  await logIn(watched, who);
  return watched;
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(url(path));
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

const ratingsPath = (firm: string) => `/api/workspaces/default/firms/${firm}/challenge-ratings`;

/** Changes a rating's level through the API with the page's login (and its CSRF token); answers the level it had. */
async function changeLevel(page: Page, firm: string, ratingId: string, level: string): Promise<string> {
  const { csrfToken } = await getJson<{ csrfToken: string }>(page, '/api/session');
  const current = await getJson<Rating>(page, `${ratingsPath(firm)}/${ratingId}`);
  const saved = await page.request.put(url(`${ratingsPath(firm)}/${ratingId}`), {
    headers: { 'x-csrf-token': csrfToken },
    data: { version: current.version, record: { ...current.record, level } },
  });
  expect(saved.status()).toBe(200);
  return current.record.level;
}

const otherLevel = (level: string) => (level === 'Low' ? 'Medium' : 'Low');
const changeRows = (page: Page) => page.getByRole('table', { name: 'Changes, newest first' }).locator('tbody tr');
const detail = (page: Page) => page.locator('.audit-detail');

describe('the audit log', () => {
  it('lists the owner’s change with their e-mail, shows the record before and after, and Undo puts it back', async () => {
    const watched = await openAs('/w/default', OWNER);
    const { page } = watched;
    const [first] = await getJson<Rating[]>(page, ratingsPath('company-a'));
    if (first === undefined) throw new Error('company-a has no challenge rating');
    const before = first.record.level;
    await changeLevel(page, 'company-a', first.record.id, otherLevel(before));

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await expect.poll(() => changeRows(page).count()).toBe(4);
    const newest = changeRows(page).first();
    expect(await newest.getByRole('cell').first().textContent()).toBe(OWNER.email);
    expect(await newest.textContent()).toContain(`updated challenge rating ${first.record.id} of company-a`);
    // The two accounts, made after the import with nobody logged in, in words.
    expect(await changeRows(page).nth(1).textContent()).toContain(`local user (no login)${VIEWER.email} was added as viewer`);
    expect(await changeRows(page).nth(2).textContent()).toContain(`${OWNER.email} was added as owner`);
    // The import of the three sample cases: two named, the rest counted.
    const imported = changeRows(page).nth(3);
    expect(await imported.textContent()).toMatch(/imported case company-a\s*imported case company-b\s*\+1 more/);
    expect(await imported.textContent()).toContain('(command line)');
    expect(await seriousViolations(page)).toEqual([]);

    await newest.getByRole('link').click();
    await detail(page).getByRole('heading', { name: 'The change, before and after' }).waitFor();
    const levelRow = detail(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^level/ }) });
    await levelRow.waitFor();
    expect(await levelRow.getAttribute('class')).toBe('field-changed');
    expect(await levelRow.getByRole('rowheader').textContent()).toBe('level changed');
    expect(await levelRow.getByRole('cell').allTextContents()).toEqual([before, otherLevel(before)]);
    const idRow = detail(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'id', exact: true }) });
    expect(await idRow.getAttribute('class')).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);

    await detail(page).getByRole('button', { name: 'Undo this change' }).click();
    await detail(page).getByText('Undone: the records are back as they were before this change.').waitFor();
    expect((await getJson<Rating>(page, `${ratingsPath('company-a')}/${first.record.id}`)).record.level).toBe(before);
    // The list, asked again, has the undo on top and the change marked undone; the panel offers no second undo.
    await expect.poll(() => changeRows(page).count()).toBe(5);
    expect(await changeRows(page).nth(1).getByRole('cell').last().textContent()).toBe('undone');
    expect(await changeRows(page).first().getByRole('cell').last().textContent()).toBe('undo of an earlier change');
    await detail(page).getByText('Undone by a later change.').waitFor();
    expect(await detail(page).getByRole('button', { name: 'Undo this change' }).count()).toBe(0);
    expect(watched.problems).toEqual([]);
  });

  it('filters by firm and by person, and says why an undo is refused when a later change depends on it', async () => {
    const watched = await openAs('/w/default', OWNER);
    const { page } = watched;
    const [rating] = await getJson<Rating[]>(page, ratingsPath('company-b'));
    if (rating === undefined) throw new Error('company-b has no challenge rating');
    const original = rating.record.level;
    await changeLevel(page, 'company-b', rating.record.id, otherLevel(original));
    await changeLevel(page, 'company-b', rating.record.id, original === 'High' ? 'Medium' : 'High');
    const afterBoth = (await getJson<Rating>(page, `${ratingsPath('company-b')}/${rating.record.id}`)).record.level;

    await page.goto(url('/w/default/audit'));
    await page.getByLabel('Firm', { exact: true }).selectOption({ label: 'Company B' });
    await expect.poll(() => changeRows(page).count()).toBe(3);
    for (const text of await changeRows(page).allTextContents()) expect(text).toMatch(/company-b/);
    await page.getByLabel('Person', { exact: true }).selectOption({ label: OWNER.email });
    await expect.poll(() => changeRows(page).count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('firm')).toBe('company-b');

    // The older of the two: the newer one changed the same rating since.
    await changeRows(page).nth(1).getByRole('link').click();
    await detail(page).getByRole('button', { name: 'Undo this change' }).click();
    await expect
      .poll(() => detail(page).getByRole('alert').textContent())
      .toMatch(new RegExp(`^Not undone: .+? "${rating.record.id}" has changed since; undo the later changes first`));
    expect((await getJson<Rating>(page, `${ratingsPath('company-b')}/${rating.record.id}`)).record.level).toBe(afterBoth);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
  });

  it('shows a viewer the log and a change’s records, with no Undo and no Members link', async () => {
    const watched = await openAs('/w/default/audit', VIEWER);
    const { page } = watched;
    await expect.poll(() => changeRows(page).count()).toBeGreaterThan(1);
    await changeRows(page).first().getByRole('link').click();
    await detail(page).getByRole('heading', { name: 'The change, before and after' }).waitFor();
    await detail(page).getByRole('heading', { level: 3 }).first().waitFor();
    expect(await detail(page).getByRole('button', { name: 'Undo this change' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });

  it('lists the only change of a workspace without cases, the owner made its member, in words and with no Undo', async () => {
    const { page, problems } = await openAs('/w/empty/audit', OWNER);
    await expect.poll(() => changeRows(page).count()).toBe(1);
    const row = changeRows(page).first();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['local user (no login)', `${OWNER.email} was added as owner`, '—']);
    await row.getByRole('link').click();
    await detail(page)
      .getByRole('heading', { level: 3, name: `${OWNER.email} was added as owner` })
      .waitFor();
    await detail(page).getByText('A change of a membership is not undone: the role is set again on the Members page.').waitFor();
    expect(await detail(page).getByRole('link', { name: 'Members' }).getAttribute('href')).toBe('/w/empty/members');
    expect(await detail(page).getByRole('button', { name: 'Undo this change' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** Keeps a snapshot of the default workspace's cohort as of an earlier day, through the server's data folder as the CLI would. */
async function snapshotOn(day: Date): Promise<void> {
  const store = await openStore(storeConfigFromEnv({ FOOTHOLD_DATA: suite.dataDir }, suite.dataDir));
  try {
    await takeSnapshot(store, 'default', day);
  } finally {
    await store.close();
  }
}

interface CohortAnswer {
  asOf: string;
  firms: { firmId: string; name: string; status: string }[];
  unmetChallenges: { label: string; firms: { firmId: string }[] }[];
  trend: { dates: string[] };
}

describe('the cohort dashboard', () => {
  it('shows the sample firms’ unmet challenges, the firms not yet rated, and takes today’s snapshot', async () => {
    const watched = await openAs('/w/default', OWNER);
    const { page } = watched;
    const cohort = await getJson<CohortAnswer>(page, '/api/workspaces/default/cohort');
    expect(cohort.unmetChallenges.length).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohort' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cohort' }).waitFor();

    const unmet = page.getByRole('table', { name: 'Unmet challenges, most firms first' });
    await unmet.waitFor();
    expect(await unmet.getByRole('rowheader').allTextContents()).toEqual(cohort.unmetChallenges.map((u) => u.label));
    const firstFirm = cohort.unmetChallenges[0]?.firms[0]?.firmId ?? '';
    const firmName = cohort.firms.find((f) => f.firmId === firstFirm)?.name ?? '';
    expect(await unmet.getByRole('row').nth(1).getByRole('link', { name: firmName }).getAttribute('href')).toBe(`/w/default/firms/${firstFirm}`);
    await page
      .getByRole('img', { name: /^Firms leaving each challenge unmet/ })
      .locator('svg')
      .waitFor();

    const waiting = cohort.firms.filter((f) => f.status === 'not_yet_rated').map((f) => f.name);
    expect(waiting.length).toBeGreaterThan(0);
    const notRated = page.getByRole('region', { name: 'Firms not yet rated' });
    expect(await notRated.getByRole('link').allTextContents()).toEqual(waiting);
    expect(await page.getByRole('heading', { name: 'Firms with the same gap' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Institutions most needed' }).count()).toBe(1);

    expect(cohort.trend.dates).toEqual([]);
    await page.getByText('No snapshots yet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A snapshot of a week ago, then today's: the change between them is drawn and tabled.
    const weekAgo = new Date(Date.parse(`${cohort.asOf}T12:00:00Z`) - 7 * 86_400_000);
    const earlier = weekAgo.toISOString().slice(0, 10);
    await snapshotOn(weekAgo);
    await page.reload();
    await page.getByText(`One snapshot so far, of ${earlier}: the change shows from the next one.`).waitFor();
    expect(await unmet.getByRole('columnheader').last().textContent()).toBe(`Change since ${earlier}`);
    await page.getByRole('button', { name: 'Take today’s snapshot' }).click();
    await page.getByText(`Snapshot of ${cohort.asOf} taken.`).waitFor();
    const figures = page.getByRole('table', { name: /^Every figure at each snapshot/ });
    expect(await figures.getByRole('columnheader').allTextContents()).toEqual(['Figure', earlier, cohort.asOf]);
    await page
      .getByRole('img', { name: /^Firms, rated and not yet rated at each snapshot/ })
      .locator('svg')
      .waitFor();
    expect((await getJson<CohortAnswer>(page, '/api/workspaces/default/cohort')).trend.dates).toEqual([earlier, cohort.asOf]);
    await page.getByRole('button', { name: 'Take today’s snapshot again' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });

  it('offers a viewer no snapshot button', async () => {
    const { page, problems } = await openAs('/w/default/cohort', VIEWER);
    await page.getByRole('table', { name: 'Unmet challenges, most firms first' }).waitFor();
    await page.getByRole('heading', { name: 'Change over time' }).waitFor();
    expect(await page.getByRole('button', { name: /snapshot/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('says so for a workspace without firms, with no serious axe violations', async () => {
    const { page, problems } = await openAs('/w/empty/cohort', OWNER);
    await page.getByText('No firms in this workspace yet.').waitFor();
    expect(await page.getByRole('link', { name: 'Start the guided intake' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
