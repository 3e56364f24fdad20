/**
 * Members and API tokens in Chromium (issue 13), on `foothold serve --auth` with an owner and a
 * viewer of the default workspace and an account that is not in it yet. An owner adds that account,
 * changes its role and removes it; the last owner's refusal and an unknown e-mail are said in words;
 * a viewer is offered no Members link. A token is made from the account menu, shown once, works as a
 * Bearer token and stops working when revoked. Axe on each page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { authSuite, DEFAULT_ACCOUNTS, logIn, OWNER, VIEWER } from './auth-suite.js';
import { seriousViolations } from './web.js';

const ANNA = { email: 'anna.analyst@example.org', name: 'Anna Analyst', password: 'analyst-password-1' };
const MEMBERS = '/w/default/members';

const { url, open } = authSuite([...DEFAULT_ACCOUNTS, { ...ANNA, workspace: 'lab', role: 'owner' }]);

interface Member {
  user: { id: string; email: string };
  role: string;
}

/** The members as the server has them, asked with the page's login. */
async function serverMembers(page: Page): Promise<Member[]> {
  const response = await page.request.get(url('/api/workspaces/default/members'));
  expect(response.status()).toBe(200);
  return (await response.json()) as Member[];
}

const roleOf = async (page: Page, email: string) => (await serverMembers(page)).find((m) => m.user.email === email)?.role;

const memberRows = (page: Page) => page.getByRole('table', { name: 'Members of default' }).locator('tbody tr');
const outcome = (page: Page) => page.locator('.member-outcome');
const refusal = (page: Page) => page.locator('.member-refusals');

describe('members and roles', () => {
  it('shows an owner the members with their roles, reached from the navigation, with no serious axe violations', async () => {
    const watched = await open('/w/default');
    await logIn(watched, OWNER);
    const { page } = watched;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await expect.poll(() => memberRows(page).count()).toBe(2);
    const server = await serverMembers(page);
    expect((await memberRows(page).getByRole('rowheader').allTextContents()).sort()).toEqual(server.map((m) => m.user.email).sort());
    for (const m of server) expect(await page.getByLabel(`Role of ${m.user.email}`).inputValue()).toBe(m.role);
    expect(await memberRows(page).filter({ hasText: OWNER.email }).textContent()).toContain('(you)');
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });

  it('adds an existing account with a role and changes the role; the server keeps both', async () => {
    const watched = await open(MEMBERS);
    await logIn(watched, OWNER);
    const { page } = watched;
    await expect.poll(() => memberRows(page).count()).toBe(2);
    await page.getByLabel('E-mail of the account').fill(ANNA.email);
    await page.getByLabel('Role', { exact: true }).selectOption('advisor');
    await page.getByRole('button', { name: 'Add member' }).click();
    await expect.poll(() => outcome(page).textContent()).toBe(`${ANNA.name} (${ANNA.email}) is now a member, as advisor.`);
    await expect.poll(() => memberRows(page).count()).toBe(3);
    expect(await roleOf(page, ANNA.email)).toBe('advisor');

    const role = page.getByLabel(`Role of ${ANNA.email}`);
    expect(await role.inputValue()).toBe('advisor');
    await role.selectOption('analyst');
    await page.getByRole('button', { name: `Save the role of ${ANNA.email}` }).click();
    await expect.poll(() => outcome(page).textContent()).toBe(`${ANNA.name} (${ANNA.email}) is now analyst.`);
    expect(await roleOf(page, ANNA.email)).toBe('analyst');
    await expect.poll(() => page.getByRole('button', { name: `Save the role of ${ANNA.email}` }).count()).toBe(0);
    expect(watched.problems).toEqual([]);
  });

  it('says in words that an e-mail has no account, and that the last owner stays an owner', async () => {
    const watched = await open(MEMBERS);
    await logIn(watched, OWNER);
    const { page } = watched;
    await page.getByLabel(`Role of ${OWNER.email}`).waitFor();
    await page.getByLabel('E-mail of the account').fill('nobody@example.org');
    await page.getByRole('button', { name: 'Add member' }).click();
    await expect.poll(() => refusal(page).textContent()).toMatch(/^There is no account for nobody@example\.org\. .*foothold user add/);

    await page.getByLabel(`Role of ${OWNER.email}`).selectOption('viewer');
    await page.getByRole('button', { name: `Save the role of ${OWNER.email}` }).click();
    await expect.poll(() => refusal(page).textContent()).toBe('Not changed: This is the only owner of workspace "default"; make someone else an owner first.');
    // The select shows the role the server kept.
    expect(await page.getByLabel(`Role of ${OWNER.email}`).inputValue()).toBe('owner');
    expect(await roleOf(page, OWNER.email)).toBe('owner');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Remove ${OWNER.email}` }).click();
    await expect.poll(() => refusal(page).textContent()).toMatch(/^Not changed: This is the only owner of workspace "default"/);
    expect(await roleOf(page, OWNER.email)).toBe('owner');
    // 404 and 409 are answers, not failures of the page: the browser logs them, nothing else.
    expect(watched.problems.filter((p) => !/status of (404|409)/.test(p))).toEqual([]);
  });

  it('removes a member only after the confirm is accepted', async () => {
    const watched = await open(MEMBERS);
    await logIn(watched, OWNER);
    const { page } = watched;
    const remove = page.getByRole('button', { name: `Remove ${ANNA.email}` });
    await remove.waitFor();
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await remove.click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain(ANNA.email);
    expect(await roleOf(page, ANNA.email)).toBe('analyst');

    page.once('dialog', (dialog) => void dialog.accept());
    await remove.click();
    await expect.poll(() => outcome(page).textContent()).toBe(`${ANNA.name} (${ANNA.email}) is no longer a member of “default”.`);
    await expect.poll(() => memberRows(page).count()).toBe(2);
    expect(await roleOf(page, ANNA.email)).toBeUndefined();
    expect(watched.problems).toEqual([]);
  });

  it('offers a viewer no Members link, and the page says their role does not allow it', async () => {
    const watched = await open('/w/default');
    await logIn(watched, VIEWER);
    const { page } = watched;
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Audit log' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Members' }).count()).toBe(0);
    await page.goto(url(MEMBERS));
    await page.getByText('Your role does not let you manage members here.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});

describe('API tokens', () => {
  it('makes a token from the account menu, shows it once, and the token works as a Bearer token until it is revoked', async () => {
    const watched = await open('/w/default');
    await logIn(watched, OWNER);
    const { page } = watched;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
    await page.getByRole('button', { name: `Account: ${OWNER.name}` }).click();
    await page.getByRole('link', { name: 'API tokens' }).waitFor();
    // The menu open: its link must stand out from the panel (the header's white links would not).
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByText('You have no API tokens yet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Name', { exact: true }).fill('nightly export');
    await page.getByRole('radio', { name: 'write' }).check();
    await page.getByRole('button', { name: 'Add token' }).click();
    await page.getByRole('heading', { name: 'Your new token “nightly export”' }).waitFor();
    await page.getByText('Copy it now: it will not be shown again.').waitFor();
    const token = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(token).toMatch(/^fh_/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(token);

    const bearer = { headers: { authorization: `Bearer ${token}` } };
    const withToken = await fetch(url('/api/workspaces'), bearer);
    expect(withToken.status).toBe(200);
    expect(((await withToken.json()) as { id: string }[]).map((w) => w.id)).toContain('default');

    await page.getByRole('button', { name: 'Done: I have copied it' }).click();
    expect(await page.getByLabel('Token', { exact: true }).count()).toBe(0);
    // Neither the page nor a fresh load of it shows the token again; the list shows it was used.
    await page.reload();
    const row = page.getByRole('table', { name: 'Your API tokens' }).getByRole('row').filter({ hasText: 'nightly export' });
    await row.waitFor();
    expect(await page.content()).not.toContain(token);
    expect(await row.getByRole('cell').allTextContents()).toEqual(['write', expect.stringMatching(/ UTC$/), expect.stringMatching(/ UTC$/), 'no', 'Revoke']);

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Revoke nightly export' }).click();
    await page.getByText('The token “nightly export” is revoked: it no longer works.').waitFor();
    await expect.poll(() => row.getByRole('button', { name: 'Revoke nightly export' }).count()).toBe(0);
    expect((await fetch(url('/api/workspaces'), bearer)).status).toBe(401);
    expect(watched.problems).toEqual([]);
  });
});
