/**
 * The Contacts view in Chromium on the sample company-a: the empty list with how to export; a
 * LinkedIn Connections.csv (its "Notes:" preamble, a quoted company with a comma, a row with too
 * few fields, a duplicate row) previewed with its counts and skipped lines, imported with a progress
 * bar, listed with ISO dates; the same file again is all unchanged; a malformed file and one too
 * large are refused with nothing imported; a vCard file held by a key person as social ties; 250
 * contacts 100 at a time with a filter; axe, and the phone.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, watchedPage, webSuite } from './web.js';

interface Contact {
  id: string;
  name: string;
  organization: string | null;
  position: string | null;
  emails: string[];
  profileUrl: string | null;
  connectedOn: string | null;
}
interface Tie {
  from: string;
  to: string;
  networkType: string;
  subtype?: string;
}

const suite = webSuite(['examples/cases/company-a.json', 'examples/cases/company-b.json']);
const { url, open } = suite;
const CONTACTS = '/w/default/firms/company-a/contacts';
const API = '/api/workspaces/default/firms/company-a';

const PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."',
  '',
];
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const ROWS = [
  'Jane,Doe,https://www.linkedin.com/in/jane-doe-42,jane@nordicpharma.se,"Nordic Pharma, AB",Head of Regulatory Affairs,14 Mar 2021', // line 5
  'Ola,Nordmann,https://www.linkedin.com/in/ola-n,,"Nordic Pharma, AB",CEO,02 Nov 2019', // line 6
  'Broken,Row,https://www.linkedin.com/in/broken,,Only five fields', // line 7: too few fields
  'Jane,Doe,https://www.linkedin.com/in/jane-doe-42,,"Nordic Pharma, AB",Head of Regulatory Affairs,14 Mar 2021', // line 8: Jane again
  'Anna,Berg,https://www.linkedin.com/in/anna-berg,,Apotek Hjärtat,Buyer,30 Jan 2024', // line 9
];
const CONNECTIONS = [...PREAMBLE, HEADER, ...ROWS, ''].join('\n');
// The quote before Apotek is never closed: the rest of the file would be one field.
const MALFORMED = CONNECTIONS.replace('Apotek Hjärtat,Buyer', '"Apotek Hjärtat,Buyer');
const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Mikko Mäkinen',
  'N:Mäkinen;Mikko;;;',
  'ORG:Oulu Biotech Oy',
  'TITLE:Director',
  'EMAIL;TYPE=INTERNET:mikko@oulubiotech.fi',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Sofia Laine',
  'EMAIL:sofia@example.fi',
  'END:VCARD',
  '',
].join('\r\n');

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

async function contactsOf(page: Page, firm = 'company-a'): Promise<Contact[]> {
  const response = await page.request.get(url(`/api/workspaces/default/firms/${firm}/contacts`));
  expect(response.status()).toBe(200);
  return (await response.json()) as Contact[];
}

/**
 * The problems a page recorded, less Chromium's report of a streamed import as "aborted". When the
 * page reads a streamed answer to its end, Chromium may let go of the request before its network
 * layer has marked it complete, and then reports net::ERR_ABORTED although every byte arrived (a
 * raw socket shows the whole answer with its closing chunk; the same request answered as plain JSON
 * is never reported). Each test checks that the page showed the complete result, so that report
 * says nothing about the import.
 */
const withoutStreamEnds = (problems: readonly string[]) => problems.filter((p) => !/\/contacts\/import\?\S* net::ERR_ABORTED$/.test(p));

const fileInput = (page: Page) => page.getByLabel('Contact file (.csv or .vcf)');
const preview = (page: Page, file: string) => page.getByRole('region', { name: `Preview of ${file}` });
const figures = async (page: Page, file: string) =>
  preview(page, file)
    .locator('dl.facts > div')
    .evaluateAll((items) => items.map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]));
const contactsTable = (page: Page) => page.getByRole('table', { name: 'Contacts of Company A, by name' });

/** Rows of the contacts table as their cells' text: name, organization, position, e-mail, profile, connected on. */
const tableRows = (page: Page) =>
  contactsTable(page)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));

/** Starts recording, in the page, every <progress> the import panel shows, and the stage texts beside it. */
async function watchProgressBars(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector('.import-progress progress');
      if (bar) window.progressSeen.push(bar.closest('.import-progress').textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  })()`);
}

describe('contacts of company-a', () => {
  it('says how to export contacts while the firm has none', async () => {
    const { page, problems } = await open(CONTACTS);
    await page.getByText('Company A has no contacts yet.').waitFor();
    expect(await page.title()).toBe('Contacts — Company A — Foothold');
    const nav = page.getByRole('navigation', { name: 'Views of Company A' });
    expect(await nav.getByRole('link', { name: 'Contacts' }).getAttribute('aria-current')).toBe('page');
    const howTo = await page.locator('.export-howto li').allTextContents();
    expect(howTo[0]).toContain('Settings & Privacy → Data privacy → Get a copy of your data → choose Connections');
    expect(howTo[1]).toContain('vCard file (.vcf)');
    expect(howTo[2]).toContain('Google Contacts: Export → Google CSV');
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(withoutStreamEnds(problems)).toEqual([]);
  });

  it('previews a LinkedIn export, imports it with a progress bar, and lists the people with ISO dates', async () => {
    const { page, problems } = await open(CONTACTS);
    await page.getByText('Company A has no contacts yet.').waitFor();
    await fileInput(page).setInputFiles(csvFile('Connections.csv', CONNECTIONS));
    const shown = preview(page, 'Connections.csv');
    await shown.waitFor();
    await shown
      .getByText('Read as LinkedIn Connections.csv: 3 new, 0 updated, 0 unchanged; 2 organizations to add for their companies. Nothing is written yet.')
      .waitFor();
    expect(await figures(page, 'Connections.csv')).toEqual([
      ['New', '3'],
      ['Updated', '0'],
      ['Unchanged', '0'],
      ['Lines skipped', '2'],
      ['To review', '0'],
    ]);
    const skipped = shown.getByRole('table', { name: 'Lines of Connections.csv left out, and why' });
    expect(await skipped.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)))).toEqual([
      ['7', 'has 5 fields, but the header on line 4 has 7; a field with a comma in it needs double quotes around it'],
      ['8', 'same person as line 5 (same profile address); merged into it'],
    ]);
    const sample = shown.getByRole('table', { name: 'The 3 contacts to add or update' });
    expect(await sample.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)))).toEqual([
      ['5', 'Jane Doe', 'Nordic Pharma, AB', 'Head of Regulatory Affairs', 'New'],
      ['6', 'Ola Nordmann', 'Nordic Pharma, AB', 'CEO', 'New'],
      ['9', 'Anna Berg', 'Apotek Hjärtat', 'Buyer', 'New'],
    ]);
    // The preview wrote nothing.
    expect(await contactsOf(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await watchProgressBars(page);
    await shown.getByRole('button', { name: 'Import 3 contacts' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Imported Connections.csv' });
    await done.waitFor();
    expect(await done.locator('p').first().textContent()).toBe(
      'Imported Connections.csv (LinkedIn Connections.csv): 3 new, 0 updated, 0 unchanged; 2 organizations added for their companies.',
    );
    expect(await done.textContent()).toContain('2 lines were skipped, as the preview listed.');
    const bars = (await page.evaluate('window.progressSeen')) as string[];
    expect(bars.length).toBeGreaterThan(0);
    expect(bars[0]).toContain('Importing Connections.csv');
    expect(await page.locator('.import-progress').count()).toBe(0);
    expect(await preview(page, 'Connections.csv').count()).toBe(0);

    await contactsTable(page).waitFor();
    expect(await tableRows(page)).toEqual([
      ['Anna Berg', 'Apotek Hjärtat', 'Buyer', '', 'Profile of Anna Berg', '2024-01-30'],
      ['Jane Doe', 'Nordic Pharma, AB', 'Head of Regulatory Affairs', 'jane@nordicpharma.se', 'Profile of Jane Doe', '2021-03-14'],
      ['Ola Nordmann', 'Nordic Pharma, AB', 'CEO', '', 'Profile of Ola Nordmann', '2019-11-02'],
    ]);
    expect(
      await contactsTable(page)
        .locator('time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
    ).toEqual(['2024-01-30', '2021-03-14', '2019-11-02']);
    expect(await contactsTable(page).getByRole('link', { name: 'Profile of Jane Doe' }).getAttribute('href')).toBe('https://www.linkedin.com/in/jane-doe-42');
    await page.getByText('3 contacts.', { exact: true }).waitFor();
    // What the page shows is what the server holds.
    const stored = await contactsOf(page);
    expect(stored.map((c) => [c.name, c.organization, c.connectedOn])).toEqual([
      ['Anna Berg', 'Apotek Hjärtat', '2024-01-30'],
      ['Jane Doe', 'Nordic Pharma, AB', '2021-03-14'],
      ['Ola Nordmann', 'Nordic Pharma, AB', '2019-11-02'],
    ]);
    const ties = ((await (await page.request.get(url(`${API}/ties`))).json()) as { record: Tie }[]).map((t) => t.record);
    expect(ties.filter((t) => t.subtype === 'linkedin_connection').map((t) => [t.from, t.to, t.networkType])).toEqual([
      ['company-a', 'act-jane-doe', 'business'],
      ['company-a', 'act-ola-nordmann', 'business'],
      ['company-a', 'act-anna-berg', 'business'],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(withoutStreamEnds(problems)).toEqual([]);
  });

  it('finds nothing to import in the same file again', async () => {
    const { page, problems } = await open(CONTACTS);
    await contactsTable(page).waitFor();
    await fileInput(page).setInputFiles(csvFile('Connections.csv', CONNECTIONS));
    const shown = preview(page, 'Connections.csv');
    await shown.getByText('Nothing to import: all 3 contacts of Connections.csv are already recorded as the file has them.').waitFor();
    expect(await figures(page, 'Connections.csv')).toEqual([
      ['New', '0'],
      ['Updated', '0'],
      ['Unchanged', '3'],
      ['Lines skipped', '2'],
      ['To review', '0'],
    ]);
    expect(await shown.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect(withoutStreamEnds(problems)).toEqual([]);
  });

  it('refuses a malformed file with its line, and a file too large, importing nothing', async () => {
    const { page, problems } = await open(CONTACTS);
    await contactsTable(page).waitFor();
    const before = await contactsOf(page);
    await fileInput(page).setInputFiles(csvFile('Connections.csv', MALFORMED));
    const alert = page.getByRole('alert').filter({ hasText: 'Connections.csv was not imported.' });
    await alert.waitFor();
    expect(await alert.locator('p').textContent()).toBe('Connections.csv was not imported. Nothing was written.');
    const problemList = await alert.getByRole('list', { name: 'Problems in Connections.csv' }).getByRole('listitem').allTextContents();
    expect(problemList).toHaveLength(1);
    expect(problemList[0]).toMatch(/^Connections\.csv: .*line 9/);
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Over 50 MB: refused before it is sent. (A sparse file: nothing is read to know its size.)
    const big = join(mkdtempSync(join(tmpdir(), 'foothold-contacts-')), 'Huge.csv');
    writeFileSync(big, '');
    truncateSync(big, 60 * 1024 * 1024);
    await fileInput(page).setInputFiles(big);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Huge.csv was not imported. Huge.csv is 60.0 MB; contact files up to 50 MB are accepted. Nothing was written.' })
      .waitFor();
    expect(await contactsOf(page)).toEqual(before);
    expect(await tableRows(page)).toHaveLength(3);
    expect(withoutStreamEnds(problems)).toEqual([]);
  });

  it('imports a vCard file as a key person’s social ties', async () => {
    const { page, problems } = await open(CONTACTS);
    await contactsTable(page).waitFor();
    await page.getByLabel('Held by').selectOption({ label: 'Chief executive officer' });
    await page.getByLabel('Network type of the new ties').selectOption('social');
    await fileInput(page).setInputFiles({ name: 'phone.vcf', mimeType: 'text/vcard', buffer: Buffer.from(VCARD) });
    const shown = preview(page, 'phone.vcf');
    await shown.getByText('Read as vCard (.vcf): 2 new, 0 updated, 0 unchanged; 1 organization to add for their companies. Nothing is written yet.').waitFor();
    await shown.getByRole('button', { name: 'Import 2 contacts' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported phone.vcf (vCard (.vcf)): 2 new, 0 updated, 0 unchanged' }).waitFor();
    await page.getByText('5 contacts.', { exact: true }).waitFor();
    expect((await tableRows(page)).map((r) => r.slice(0, 4))).toEqual([
      ['Anna Berg', 'Apotek Hjärtat', 'Buyer', ''],
      ['Jane Doe', 'Nordic Pharma, AB', 'Head of Regulatory Affairs', 'jane@nordicpharma.se'],
      ['Mikko Mäkinen', 'Oulu Biotech Oy', 'Director', 'mikko@oulubiotech.fi'],
      ['Ola Nordmann', 'Nordic Pharma, AB', 'CEO', ''],
      ['Sofia Laine', '', '', 'sofia@example.fi'],
    ]);
    const ties = ((await (await page.request.get(url(`${API}/ties`))).json()) as { record: Tie }[]).map((t) => t.record);
    expect(ties.filter((t) => t.subtype === 'address_book').map((t) => [t.from, t.to, t.networkType])).toEqual([
      ['kp-ceo', 'act-mikko-makinen', 'social'],
      ['kp-ceo', 'act-sofia-laine', 'social'],
    ]);
    expect(withoutStreamEnds(problems)).toEqual([]);
  });

  it('has no serious axe violations with a preview shown, and fits a phone without sideways scrolling', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page } = await open(CONTACTS, viewport);
      await contactsTable(page).waitFor();
      await fileInput(page).setInputFiles(csvFile('Connections.csv', CONNECTIONS.replace('Buyer', 'Head buyer')));
      await preview(page, 'Connections.csv').getByRole('button', { name: 'Import 1 contact' }).waitFor();
      expect(await seriousViolations(page), `${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `${viewport.width} px`).toBe(false);
    }
  });
});

describe('a long list of contacts', () => {
  it('shows 100 at a time, and the filter finds one among them', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => {
      const n = String(i + 1).padStart(3, '0');
      return `Person,No ${n},https://www.linkedin.com/in/person-${n},,Company ${i % 7},Role ${n},01 Jan 2020`;
    });
    const { page, problems } = await watchedPage(suite.browser);
    const imported = await page.request.post(url('/api/workspaces/default/firms/company-b/contacts/import'), {
      headers: { 'content-type': 'text/csv' },
      data: [...PREAMBLE, HEADER, ...rows, ''].join('\n'),
    });
    expect(imported.status(), await imported.text()).toBe(200);
    await page.goto(url('/w/default/firms/company-b/contacts'));
    const table = page.getByRole('table', { name: 'Contacts of Company B, by name' });
    await table.waitFor();
    await page.getByText('250 contacts; showing 1–100.').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(100);
    expect(await table.locator('tbody th').first().textContent()).toBe('Person No 001');
    const pager = page.getByRole('navigation', { name: 'Pages of contacts' });
    await pager.getByRole('button', { name: 'Next 100' }).click();
    await page.getByText('250 contacts; showing 101–200.').waitFor();
    expect(await table.locator('tbody th').first().textContent()).toBe('Person No 101');
    await pager.getByRole('button', { name: 'Next 100' }).click();
    await page.getByText('250 contacts; showing 201–250.').waitFor();
    expect(await pager.getByRole('button', { name: 'Next 100' }).isDisabled()).toBe(true);

    await page.getByLabel('Filter by name, organization, position or e-mail').fill('role 123');
    await page.getByText('1 of 250 contacts match.').waitFor();
    expect(await table.locator('tbody th').allTextContents()).toEqual(['Person No 123']);
    expect(await page.getByRole('navigation', { name: 'Pages of contacts' }).count()).toBe(0);
    await page.getByLabel('Filter by name, organization, position or e-mail').fill('nobody at all');
    await page.getByText('No contact matches “nobody at all”.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(withoutStreamEnds(problems)).toEqual([]);
  });
});
