/**
 * The web app in Chromium on the three sample cases: the firms view, import, the dashboard with
 * thesis Table 10 as a heatmap, editing a rating (saved, and refused when stale), compare, the
 * report, axe on every view, and the phone size.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../cli/run-cli.js';
import { TABLE_10 } from '../thesis-tables.js';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, webSuite } from './web.js';

const shots = join(root, process.env['SCREENSHOTS'] ?? '.tmp/screenshots');

const suite = webSuite();
const { url, open } = suite;
beforeAll(() => mkdirSync(shots, { recursive: true }));

/** The heatmap's levels as Table 10 holds them: challenge id → the four network types' levels. */
const TYPES = ['social', 'business', 'institutional', 'digital'] as const;

async function heatmapLevels(page: Page, label: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: /Utilization heatmap/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return (await row.locator('.heat-level').allTextContents()).map((t) => t.trim());
}

describe('the firms view', () => {
  it('lists the three sample firms with origin, size, pathway, markets and worst challenge, and has no serious axe violations', async () => {
    const { page, problems } = await open('/');
    await page.waitForURL(/\/w\/default$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Firms');
    const rows = page
      .getByRole('region', { name: 'Firms' })
      .getByRole('row')
      .filter({ has: page.getByRole('cell') });
    await expect.poll(() => rows.count()).toBe(3);
    const names = await rows.getByRole('rowheader').getByRole('link').allTextContents();
    expect(names).toEqual(['Company A', 'Company B', 'Sri Lankan IT SME (focal company)']);
    const companyB = rows.filter({ hasText: 'Company B' });
    expect(await companyB.getByRole('cell').first().textContent()).toContain('Mongolia');
    expect(await companyB.textContent()).toMatch(/failed/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'firms.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows each problem of an invalid case file by field, and writes nothing', async () => {
    const { page } = await open('/w/default');
    const broken = JSON.parse(readFileSync(join(root, 'examples/cases/company-b.json'), 'utf8')) as {
      firm: Record<string, unknown>;
      ties: Record<string, unknown>[];
    };
    broken.firm['id'] = 'broken-firm';
    broken.firm['foundedYear'] = 'nineteen-ninety';
    if (broken.ties[0] !== undefined) broken.ties[0]['networkType'] = 'telepathic';
    await page
      .getByLabel('Choose a case file')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/broken\.json was not imported/);
    const problems = await page.getByRole('list', { name: 'Problems in broken.json' }).getByRole('listitem').allTextContents();
    expect(problems.some((p) => p.startsWith('broken.json: /firm/foundedYear: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('broken.json: /ties/0/networkType: '))).toBe(true);
    const firms = (await (await page.request.get(url('/api/workspaces/default/firms'))).json()) as { id: string }[];
    expect(firms.map((f) => f.id)).not.toContain('broken-firm');
  });

  it('says where a file that is not JSON breaks', async () => {
    const { page } = await open('/w/default');
    await page
      .getByLabel('Choose a case file')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "firm": { "id": "x", }') });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/notes\.json was not imported.*line 1/);
  });
});

describe('the dashboard of company-a', () => {
  it('puts the action plan first and shows thesis Table 10 as the utilization heatmap', async () => {
    const { page, problems } = await open('/w/default/firms/company-a');
    await page.getByRole('heading', { name: 'Action plan' }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings[0]).toBe('Action plan');
    expect(await page.getByRole('region', { name: 'Action plan' }).getByRole('listitem').count()).toBeGreaterThan(0);

    const expected = TABLE_10['company-a'];
    const labels = await page
      .getByRole('table', { name: /Utilization heatmap/ })
      .getByRole('rowheader')
      .allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(Object.keys(expected).length);
    for (const [i, levels] of Object.values(expected).entries()) {
      const label = labels[i] ?? '';
      expect(await heatmapLevels(page, label), label).toEqual(TYPES.map((t) => levels[t]));
    }
    await page.screenshot({ path: join(shots, 'dashboard.png') });
    expect(problems).toEqual([]);
  });

  it('opens the ties and evidence behind a heatmap cell, recorded beside suggested', async () => {
    const { page } = await open('/w/default/firms/company-a');
    const heatmap = page.getByRole('table', { name: /Utilization heatmap/ });
    await heatmap.waitFor();
    await heatmap.getByRole('button', { name: /^Regulatory and institutional challenges × business network: High/ }).click();
    const detail = page.getByRole('complementary', { name: /Behind the cell Regulatory and institutional challenges × business network/ });
    await detail.waitFor();
    expect(await detail.textContent()).toMatch(/Recorded by the analyst\s*High/);
    expect(await detail.textContent()).toContain('The recorded level and the level the ties suggest agree.');
    expect(await detail.getByRole('heading', { name: 'Evidence' }).count()).toBe(1);
    expect(await detail.locator('q').count()).toBeGreaterThan(0);
    await detail.getByRole('button', { name: 'Close' }).click();
    expect(await detail.count()).toBe(0);
  });

  it('has no serious axe violations, and fits a phone without sideways scrolling', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page } = await open('/w/default/firms/company-a', viewport);
      await page.getByRole('table', { name: /Utilization heatmap/ }).waitFor();
      expect(await seriousViolations(page), `${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `${viewport.width} px`).toBe(false);
    }
  });
});

describe('compare and report', () => {
  it('puts company-a and company-b side by side with the differing rows marked', async () => {
    const { page, problems } = await open('/w/default/compare?firms=company-a,company-b');
    const table10 = page.getByRole('region', { name: /Table 10/ });
    await table10.waitFor();
    expect(await page.getByRole('checkbox', { name: 'Company A' }).isChecked()).toBe(true);
    // Rows are marked where the firms differ, unless every row of the table differs (the table then says nothing by marking).
    type Doc = { sections: Section[] };
    type Section = { id: string; blocks: { kind: string; rows?: unknown[]; differs?: number[] }[]; subsections: Section[] };
    const doc = (await (await page.request.get(url('/api/workspaces/default/report?firms=company-a,company-b&format=json'))).json()) as Doc;
    const shown = ['background', 'network-types', 'challenges', 'utilization', 'benefits', 'gaps'];
    const marked = (sec: Section): number =>
      sec.blocks.reduce((n, b) => n + (b.kind === 'table' && b.differs !== undefined && b.differs.length < (b.rows?.length ?? 0) ? b.differs.length : 0), 0) +
      sec.subsections.reduce((n, sub) => n + marked(sub), 0);
    const expected = doc.sections.filter((sec) => shown.includes(sec.id)).reduce((n, sec) => n + marked(sec), 0);
    expect(expected).toBeGreaterThan(0);
    expect(await page.locator('tr.differs').count()).toBe(expected);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'compare.png') });
    expect(problems).toEqual([]);
  });

  it('previews the report and downloads it as Markdown', async () => {
    const { page, problems } = await open('/w/default/firms/company-a/report');
    await page.frameLocator('iframe[title="Report preview of company-a"]').getByRole('heading', { level: 1 }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('foothold-report-company-a.md');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text).toMatch(/^# Company A/m);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('answers an unknown view with its own page, and an unknown firm with a clear message', async () => {
    const { page } = await open('/nowhere/at/all');
    await page.getByRole('heading', { name: 'Nothing here' }).waitFor();
    const missing = await open('/w/default/firms/no-such-firm');
    await missing.page.getByRole('alert').filter({ hasText: 'Not found.' }).waitFor();
  });
});

describe('editing a challenge rating', () => {
  const ratingPath = '/api/workspaces/default/firms/company-b/challenge-ratings';

  async function editFirstRating(page: Page, level: string): Promise<string> {
    const ratings = page.getByRole('region', { name: 'Challenge ratings' });
    const edit = ratings.getByRole('button', { name: /^Edit / }).first();
    const label = ((await edit.getAttribute('aria-label')) ?? '').replace(/^Edit /, '');
    await edit.click();
    await ratings.getByLabel(`Level of ${label}`).selectOption(level);
    await ratings.getByRole('button', { name: 'Save' }).click();
    return label;
  }

  it('saves a new level that is still there after a reload', async () => {
    const { page } = await open('/w/default/firms/company-b');
    const before = (await (await page.request.get(url(ratingPath))).json()) as { version: number; record: { id: string; level: string } }[];
    const first = before[0];
    if (first === undefined) throw new Error('company-b has no challenge rating');
    const level = first.record.level === 'Low' ? 'Medium' : 'Low';
    const label = await editFirstRating(page, level);
    await page
      .getByRole('status')
      .filter({ hasText: `Saved: ${label} is ${level}.` })
      .waitFor();
    await page.reload();
    const row = page
      .getByRole('region', { name: 'Challenge ratings' })
      .getByRole('row', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    // The level, then the ◆ marks of the kinds of source behind it.
    await expect.poll(() => row.getByRole('cell').first().textContent()).toMatch(new RegExp(`^${level}( ◆+)?$`));
    const after = (await (await page.request.get(url(`${ratingPath}/${first.record.id}`))).json()) as { version: number; record: { level: string } };
    expect(after).toMatchObject({ version: first.version + 1, record: { level } });
  });

  it('says "changed by someone else" when the rating was saved elsewhere meanwhile, and overwrites on request', async () => {
    const { page } = await open('/w/default/firms/company-b');
    await page
      .getByRole('region', { name: 'Challenge ratings' })
      .getByRole('button', { name: /^Edit / })
      .first()
      .waitFor();
    const [first] = (await (await page.request.get(url(ratingPath))).json()) as { version: number; record: { id: string; level: string; category: string } }[];
    if (first === undefined) throw new Error('company-b has no challenge rating');
    // Someone else saves the same rating after this page read it.
    const other = await page.request.put(url(`${ratingPath}/${first.record.id}`), {
      data: { version: first.version, record: { ...first.record, level: 'Unknown' } },
      headers: { 'content-type': 'application/json' },
    });
    expect(other.status()).toBe(200);
    await editFirstRating(page, 'High');
    const conflict = page.getByRole('alert').filter({ hasText: 'Changed by someone else' });
    await conflict.waitFor();
    expect(await conflict.getByRole('button').allTextContents()).toEqual(['Reload', 'Overwrite']);
    await conflict.getByRole('button', { name: 'Overwrite' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /is High\./ })
      .waitFor();
    const stored = (await (await page.request.get(url(`${ratingPath}/${first.record.id}`))).json()) as { version: number; record: { level: string } };
    expect(stored).toMatchObject({ version: first.version + 2, record: { level: 'High' } });
  });
});
