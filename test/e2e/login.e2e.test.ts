/**
 * The multi-user server in Chromium (issue 13): `foothold serve --auth` over the sample cases, with
 * an owner and a viewer of the default workspace. The login page (its words for a wrong password and
 * for too many attempts, axe), going back where the user was after logging in, the account menu,
 * the buttons a viewer does not get, a change sent with the CSRF token, an ended session, and a
 * logout that leaves nothing to go back to.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { authSuite, logIn, loginHeading, OWNER, submitLogin, VIEWER } from './auth-suite.js';
import { seriousViolations } from './web.js';

const RECORDS = '/w/default/firms/company-a/records';

const { url, open } = authSuite();

const firmRows = (page: Page) =>
  page
    .getByRole('region', { name: 'Firms' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

const tieRows = (page: Page) => page.getByRole('table', { name: 'Ties', exact: true }).locator('tbody tr[data-record]');

describe('the login page', () => {
  it('is where / leads without a session: labelled fields for a password manager, and no serious axe violations', async () => {
    const { page } = await open('/');
    await loginHeading(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByLabel('E-mail address').getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Password').getAttribute('autocomplete')).toBe('current-password');
    expect(await page.getByLabel('Password').getAttribute('type')).toBe('password');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Account/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says a wrong password in words, then shows the firms for the right one', async () => {
    const watched = await open('/');
    const { page } = watched;
    await submitLogin(page, OWNER.email, 'not-the-password');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/The e-mail address or the password is wrong/);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);

    await logIn(watched, OWNER);
    await page.waitForURL(/\/w\/default$/);
    await expect.poll(() => firmRows(page).count()).toBe(3);
    expect(watched.problems).toEqual([]);
  });
});

describe('the account menu', () => {
  it('shows who is logged in and their role in the workspace, and closes with Escape', async () => {
    const watched = await open('/w/default');
    await logIn(watched, VIEWER);
    const { page } = watched;
    const toggle = page.getByRole('button', { name: `Account: ${VIEWER.name}` });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`#${(await toggle.getAttribute('aria-controls')) ?? ''}`);
    const text = await panel.textContent();
    expect(text).toContain(VIEWER.email);
    expect(text).toMatch(/Your role in default: viewer\. You may read\./);
    expect(await panel.getByRole('button', { name: 'Log out' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // A string, evaluated in the page: this file is compiled without the DOM's types.
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-controls')")).toBe(await toggle.getAttribute('aria-controls'));
    expect(watched.problems).toEqual([]);
  });
});

describe('what each role is offered', () => {
  it('brings a viewer back to the records page they asked for, with no Edit, Delete or Add, and no import or new firm', async () => {
    const watched = await open(RECORDS);
    const { page } = watched;
    await loginHeading(page).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(RECORDS);
    await logIn(watched, VIEWER);
    expect(new URL(page.url()).pathname).toBe(RECORDS);
    await expect.poll(() => tieRows(page).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Add a tie' }).count()).toBe(0);

    await page.getByRole('tab', { name: /^Actors/ }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Actors', exact: true }).locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Add an actor' }).count()).toBe(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Firms' }).click();
    await expect.poll(() => firmRows(page).count()).toBe(3);
    expect(await page.getByRole('heading', { name: 'Import a case file' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'New firm' }).count()).toBe(0);
    expect(watched.problems).toEqual([]);
  });

  it('offers a viewer no rating to edit and nothing to download, where an owner has both', async () => {
    const viewer = await open('/w/default/firms/company-a');
    await logIn(viewer, VIEWER);
    const owner = await open('/w/default/firms/company-a');
    await logIn(owner, OWNER);
    for (const { page } of [viewer, owner]) await page.getByRole('region', { name: 'Challenge ratings table' }).getByRole('row').nth(1).waitFor();
    const ratingEdits = (page: Page) =>
      page
        .getByRole('region', { name: 'Challenge ratings table' })
        .getByRole('button', { name: /^Edit / })
        .count();
    expect(await ratingEdits(viewer.page)).toBe(0);
    expect(await ratingEdits(owner.page)).toBeGreaterThan(0);

    for (const { page } of [viewer, owner]) {
      await page
        .getByRole('navigation', { name: /^Views of / })
        .getByRole('link', { name: 'Report' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor();
    }
    await viewer.page.getByText(/may read its cases but not export them/).waitFor();
    await owner.page
      .getByRole('link', { name: /^Download / })
      .first()
      .waitFor();
    expect(await viewer.page.getByRole('link', { name: /^Download / }).count()).toBe(0);
    expect(viewer.problems).toEqual([]);
    expect(owner.problems).toEqual([]);
  });

  it('gives an owner Edit and Delete on every row, and the forms to add', async () => {
    const watched = await open(RECORDS);
    await logIn(watched, OWNER);
    const { page } = watched;
    await expect.poll(() => tieRows(page).count()).toBeGreaterThan(0);
    const rows = await tieRows(page).count();
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(rows);
    expect(await page.getByRole('button', { name: /^Delete / }).count()).toBe(rows);
    expect(await page.getByRole('heading', { name: 'Add a tie' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'New firm' }).count()).toBe(1);
    expect(watched.problems).toEqual([]);
  });

  it('sends an owner’s change with the CSRF token, and the server keeps it', async () => {
    const watched = await open('/w/default/firms/company-b');
    await logIn(watched, OWNER);
    const { page } = watched;
    const ratingsPath = url('/api/workspaces/default/firms/company-b/challenge-ratings');
    const before = (await (await page.request.get(ratingsPath)).json()) as { version: number; record: { id: string; level: string } }[];
    const first = before[0];
    if (first === undefined) throw new Error('company-b has no challenge rating');
    const level = first.record.level === 'Low' ? 'Medium' : 'Low';
    const ratings = page.getByRole('region', { name: 'Challenge ratings table' });
    const edit = ratings.getByRole('button', { name: /^Edit / }).first();
    const label = ((await edit.getAttribute('aria-label')) ?? '').replace(/^Edit /, '');
    await edit.click();
    await ratings.getByLabel(`Level of ${label}`).selectOption(level);
    await ratings.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved: ${label} is ${level}.` })
      .waitFor();
    const after = (await (await page.request.get(`${ratingsPath}/${first.record.id}`)).json()) as { version: number; record: { level: string } };
    expect(after).toMatchObject({ version: first.version + 1, record: { level } });
    // The same change without the header is refused: the token, not the cookie alone, let it through.
    const bare = await page.request.put(`${ratingsPath}/${first.record.id}`, { data: { version: after.version, record: { ...first.record, level } } });
    expect(bare.status()).toBe(403);
    expect(watched.problems).toEqual([]);
  });
});

describe('the end of a session', () => {
  it('sends the user to the login page when the server no longer knows the session, and back after logging in again', async () => {
    const watched = await open('/w/default');
    await logIn(watched, OWNER);
    const { page } = watched;
    await expect.poll(() => firmRows(page).count()).toBe(3);
    await page.context().clearCookies();
    await firmRows(page).getByRole('link', { name: 'Company A' }).click();
    await page.getByText('Your session has ended. Log in again to go on where you were.').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/w/default/firms/company-a');
    await logIn(watched, OWNER);
    expect(new URL(page.url()).pathname).toBe('/w/default/firms/company-a');
    await page.getByRole('heading', { name: 'Action plan' }).waitFor();
  });

  it('logs out to the login page, and the back button shows no data of the user', async () => {
    const watched = await open('/w/default');
    await logIn(watched, OWNER);
    const { page } = watched;
    await expect.poll(() => firmRows(page).count()).toBe(3);
    await firmRows(page).getByRole('link', { name: 'Company A' }).click();
    await page.getByRole('heading', { name: 'Action plan' }).waitFor();

    await page.getByRole('button', { name: `Account: ${OWNER.name}` }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByText('You are logged out.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect((await page.request.get(url('/api/workspaces/default/firms'))).status()).toBe(401);

    await page.goBack();
    await page.waitForURL(/\/login/);
    await loginHeading(page).waitFor();
    expect(await page.getByText(/Company A|Action plan/).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Firms' }).count()).toBe(0);
    expect(watched.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  });
});

// Last: it locks logins from this address for a quarter of an hour.
describe('too many failed logins', () => {
  it('says how long to wait, in minutes and seconds', async () => {
    const { page } = await open('/login');
    await loginHeading(page).waitFor();
    let status = 0;
    for (let attempt = 0; attempt < 12 && status !== 429; attempt++) {
      status = (await page.request.post(url('/api/session'), { data: { email: VIEWER.email, password: `wrong-${attempt}` } })).status();
    }
    expect(status).toBe(429);
    await submitLogin(page, VIEWER.email, VIEWER.password);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/^Too many failed attempts to log in\. For your account's safety, try again in \d+ minutes?( and \d+ seconds?)?\.$/);
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
