/**
 * The guided intake in Chromium on an empty store: a Chilean wine exporter (no sample firm) taken
 * through every step by role and label to its gaps and first steps and then its dashboard, with axe
 * on each step and the phone size; leaving after step 3 and resuming at step 4 with what was saved
 * and typed; a server validation error at its field; a taken firm id; and a tie saved elsewhere
 * while step 5 was open. (The competence statements, the keyboard and the country list are in
 * intake-competence.e2e.test.ts.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/run-cli.js';
import { atStep, axeClean, description, fillProfile, focused, intakeSuite, label, next } from './intake-steps.js';
import { overflowsSideways, PHONE } from './web.js';

const { url, open, vocabulary, challenge, network, addMarket, rateAll, addContact, post } = intakeSuite();

describe('the guided intake', () => {
  it('takes a Chilean wine exporter through every step to its gaps and first steps, then opens its dashboard, at phone size', async () => {
    const { page, problems } = await open('/w/intake-walk/intake', PHONE);
    await atStep(page, 1, 'About the firm');
    await axeClean(page, 'step 1');
    await fillProfile(page, 'Viña Cordillera Sur', 'Chile');
    await page.getByLabel(/^Founding year/).fill('2006');
    await page.getByLabel(/^Employees/).fill('18');
    await page.getByLabel(/^Sector/).fill('wine');
    await page.getByLabel(/^What the firm sells/).fill('bottled red and white wine');
    await page.getByRole('radio', { name: label(vocabulary().pathways, 'traditional'), exact: true }).check();
    expect(await overflowsSideways(page), 'step 1').toBe(false);
    await next(page);

    await page.waitForURL(/\/w\/intake-walk\/intake\/vina-cordillera-sur\/markets$/);
    await atStep(page, 2, 'Where the firm sells');
    await addMarket(page, 'United States', 'serving');
    await addMarket(page, 'China', 'failed', 'The importer stopped paying after the first container');
    await addMarket(page, 'Brazil', 'target');
    expect(await page.getByRole('region', { name: 'Markets added' }).getByRole('listitem').count()).toBe(3);
    await axeClean(page, 'step 2');
    expect(await overflowsSideways(page), 'step 2').toBe(false);
    await next(page);

    await atStep(page, 3, 'What stands in the way');
    // Each category on its own card, with its definition and examples from the vocabulary.
    expect(
      await page
        .getByRole('region', { name: challenge('regulatory_institutional') })
        .getByText('Examples', { exact: true })
        .count(),
    ).toBe(1);
    await rateAll(page, { regulatory_institutional: 'High', financial_resource: 'Medium', market_specific: 'High', technological_digital: 'Unknown' });
    const market = page.getByRole('region', { name: challenge('market_specific') });
    await market.getByLabel('For which market?').selectOption({ label: `Brazil (${label(vocabulary().marketStatuses, 'target')})` });
    await market.getByLabel(/^What stands in the way/).fill('Import duties on wine and a few large distributors');
    expect(
      await page
        .getByRole('region', { name: challenge('technological_digital') })
        .getByText(/^Find out /)
        .count(),
    ).toBe(1);
    await axeClean(page, 'step 3');
    expect(await overflowsSideways(page), 'step 3').toBe(false);
    await next(page);

    await atStep(page, 4, 'People and organizations the firm knows');
    await addContact(page, 'social', {
      name: 'Carmen Rojas',
      country: 'United States',
      subtype: 'former_colleague',
      strength: '4',
      origin: 'prior_relationship',
    });
    await addContact(page, 'business', { name: 'Pacific Cellars Imports', country: 'United States', subtype: 'distributor', strength: '3', origin: 'event' });
    await addContact(page, 'institutional', { name: 'ProChile', country: 'Chile', subtype: 'agency', origin: 'programme' });
    await axeClean(page, 'step 4');
    expect(await overflowsSideways(page), 'step 4').toBe(false);
    await next(page);

    await atStep(page, 5, 'Who helped with what');
    await page.getByRole('checkbox', { name: `Carmen Rojas helped with ${challenge('market_specific')}` }).check();
    await page.getByRole('checkbox', { name: `ProChile helped with ${challenge('regulatory_institutional')}` }).check();
    await axeClean(page, 'step 5');
    expect(await overflowsSideways(page), 'step 5').toBe(false);
    await next(page);

    await atStep(page, 6, 'Network competence');
    for (const item of vocabulary().competence.items) await expect.poll(() => page.getByRole('group', { name: item.text, exact: true }).count()).toBe(1);
    await axeClean(page, 'step 6');
    expect(await overflowsSideways(page), 'step 6').toBe(false);
    await page.getByRole('button', { name: 'Skip for now' }).click();

    await atStep(page, 7, 'Your gaps and first steps');
    const saved = page.getByRole('region', { name: 'What was saved' });
    expect(await saved.getByRole('listitem').allTextContents()).toEqual([
      'The profile of Viña Cordillera Sur',
      '3 markets',
      '7 challenge ratings',
      '3 people and organizations the firm knows',
      '2 of them marked as having helped with a challenge',
      'No answers to the network competence statements (they are optional)',
    ]);
    const firstSteps = page.getByRole('region', { name: 'First steps' });
    await firstSteps.getByRole('listitem').first().waitFor();
    expect(await firstSteps.getByRole('listitem').count()).toBeGreaterThan(0);
    const gaps = page.getByRole('region', { name: 'Gaps and blind spots' });
    const gapRows = gaps.getByRole('table').first().getByRole('row');
    expect(await gapRows.count()).toBeGreaterThan(1);
    expect(await gaps.textContent()).toContain(challenge('regulatory_institutional'));
    await axeClean(page, 'step 7');
    expect(await overflowsSideways(page), 'step 7').toBe(false);
    await page.screenshot({ path: join(root, process.env['SCREENSHOTS'] ?? '.tmp/screenshots', 'intake-result.png'), fullPage: true });

    // What the steps wrote, as the API has it.
    const api = `/api/workspaces/intake-walk/firms/vina-cordillera-sur`;
    const firm = (await (await page.request.get(url(api))).json()) as { record: Record<string, unknown> };
    expect(firm.record).toMatchObject({
      name: 'Viña Cordillera Sur',
      countryOfOrigin: 'CL',
      foundedYear: 2006,
      employees: { value: 18 },
      pathway: { value: 'traditional' },
    });
    const markets = (await (await page.request.get(url(`${api}/markets`))).json()) as { record: { id: string; status: string } }[];
    expect(markets.map((m) => [m.record.id, m.record.status])).toEqual([
      ['mkt-us', 'serving'],
      ['mkt-cn', 'failed'],
      ['mkt-br', 'target'],
    ]);
    const ties = (await (await page.request.get(url(`${api}/ties`))).json()) as {
      record: { from: string; networkType: string; helpedWith?: { challenges: string[] } };
    }[];
    expect(ties.map((t) => [t.record.from, t.record.networkType, t.record.helpedWith?.challenges])).toEqual([
      ['vina-cordillera-sur', 'social', ['market_specific']],
      ['vina-cordillera-sur', 'business', []],
      ['vina-cordillera-sur', 'institutional', ['regulatory_institutional']],
    ]);
    expect(await (await page.request.get(url(`${api}/competence-assessments`))).json()).toEqual([]);

    await page.getByRole('link', { name: 'See your gaps and action plan' }).click();
    await page.waitForURL(/\/w\/intake-walk\/firms\/vina-cordillera-sur$/);
    await page.getByRole('heading', { level: 1, name: 'Viña Cordillera Sur' }).waitFor();
    const plan = page.getByRole('region', { name: 'Action plan' });
    await plan.getByRole('listitem').first().waitFor();
    expect(await plan.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('resumes at step 4 after leaving at step 3, with the saved records and the unsaved draft kept', async () => {
    const { page, problems } = await open('/w/intake-resume/intake');
    await fillProfile(page, 'Meble Łódź', 'Poland');
    await next(page);
    await page.waitForURL(/\/intake\/meble-lodz\/markets$/);
    await atStep(page, 2, 'Where the firm sells');
    await addMarket(page, 'Germany', 'serving');
    await next(page);
    await atStep(page, 3, 'What stands in the way');
    await rateAll(page, { regulatory_institutional: 'High', country_of_origin: 'Medium' });
    await next(page);
    await atStep(page, 4, 'People and organizations the firm knows');
    // Typed, not added: a draft of step 4 only.
    await page
      .getByRole('region', { name: network('business') })
      .getByLabel('Name', { exact: true })
      .fill('Möbelhaus Berger');

    await page.goto(url('/w/intake-resume'));
    // The firms list has loaded before the test leaves it, so no request of it is cut short.
    await page.getByText('Meble Łódź').first().waitFor();
    await page.goto(url('/w/intake-resume/intake/meble-lodz'));
    await page.waitForURL(/\/intake\/meble-lodz\/people$/);
    await atStep(page, 4, 'People and organizations the firm knows');
    expect(
      await page
        .getByRole('region', { name: network('business') })
        .getByLabel('Name', { exact: true })
        .inputValue(),
    ).toBe('Möbelhaus Berger');
    const done = await page
      .getByRole('navigation', { name: 'Intake steps' })
      .getByRole('link', { name: /\(done\)$/ })
      .allTextContents();
    expect(done.map((d) => d.replace(/^✓\s*/, ''))).toEqual(['About the firm (done)', 'Where the firm sells (done)', 'What stands in the way (done)']);

    // Back at step 3 the ratings are as saved; a changed one is replaced with the version it was read at.
    await page.getByRole('link', { name: 'Back' }).click();
    await atStep(page, 3, 'What stands in the way');
    const regulatory = page.getByRole('region', { name: challenge('regulatory_institutional') });
    expect(await regulatory.getByRole('radio', { name: label(vocabulary().challengeLevels, 'High'), exact: true }).isChecked()).toBe(true);
    await regulatory.getByRole('radio', { name: label(vocabulary().challengeLevels, 'Medium'), exact: true }).check();
    await next(page);
    await atStep(page, 4, 'People and organizations the firm knows');
    const ratings = (await (await page.request.get(url('/api/workspaces/intake-resume/firms/meble-lodz/challenge-ratings'))).json()) as {
      version: number;
      record: { category: string; level: string };
    }[];
    expect(ratings.find((r) => r.record.category === 'regulatory_institutional')).toMatchObject({ version: 2, record: { level: 'Medium' } });
    expect(ratings.filter((r) => r.record.category !== 'regulatory_institutional').every((r) => r.version === 1)).toBe(true);

    // Finished steps are links in the progress list.
    const progress = page.getByRole('navigation', { name: 'Intake steps' });
    await progress.getByRole('link', { name: /^Where the firm sells/ }).click();
    await atStep(page, 2, 'Where the firm sells');
    expect(await page.getByRole('button', { name: 'Remove Germany' }).count()).toBe(1);
    await progress.getByRole('link', { name: /^About the firm/ }).click();
    await atStep(page, 1, 'About the firm');
    expect(await page.getByLabel('Firm name').inputValue()).toBe('Meble Łódź');
    expect(problems).toEqual([]);
  });

  it('shows the server’s validation error next to the field it names, and saves once it is put right', async () => {
    const { page, problems } = await open('/w/intake-errors/intake');
    // The client asks only for the required fields.
    await next(page);
    const name = page.getByLabel('Firm name');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await description(name)).toContain('Enter the name of the firm.');
    await expect.poll(() => focused(page, 'id')).toBe(await name.getAttribute('id'));

    await fillProfile(page, 'Tejidos del Altiplano', 'Bolivia');
    const founded = page.getByLabel(/^Founding year/);
    await founded.fill('1650');
    await next(page);
    await expect.poll(() => founded.getAttribute('aria-invalid')).toBe('true');
    expect(await description(founded)).toMatch(/from 1800 to 2100, got number 1650/);
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    await founded.fill('1998');
    await next(page);
    await page.waitForURL(/\/intake\/tejidos-del-altiplano\/markets$/);
    // The only error the browser logged is the refused request itself.
    expect(problems.filter((p) => !/status of 422/.test(p))).toEqual([]);
  });

  it('offers to continue a firm whose id is taken, or to save the new one under the next free id', async () => {
    const { page } = await open('/w/intake-errors/intake');
    const existing = await page.request.post(url('/api/workspaces/intake-errors/firms'), {
      data: { id: 'olivar-del-sur', name: 'Olivar del Sur', countryOfOrigin: 'ES' },
    });
    expect(existing.status()).toBe(201);
    await fillProfile(page, 'Olivar del Sur', 'Spain');
    await next(page);
    await expect.poll(() => description(page.getByLabel('Firm name'))).toContain('“olivar-del-sur” is already in this workspace');
    expect(await page.getByRole('link', { name: 'Continue the intake of “olivar-del-sur”' }).getAttribute('href')).toBe(
      '/w/intake-errors/intake/olivar-del-sur',
    );
    await page.getByRole('button', { name: 'Save this firm as “olivar-del-sur-2”' }).click();
    await page.waitForURL(/\/intake\/olivar-del-sur-2\/markets$/);
  });

  it('re-applies step 5 onto a tie that was saved elsewhere while the step was open', async () => {
    const api = '/api/workspaces/intake-stale/firms/kaffee-rost';
    await post('/api/workspaces/intake-stale/firms', { id: 'kaffee-rost', name: 'Kaffee Rost', countryOfOrigin: 'AT' });
    await post(`${api}/markets`, { id: 'mkt-hu', country: 'HU', status: 'target' });
    await post(`${api}/challenge-ratings`, { id: 'rating-a', category: 'regulatory_institutional', level: 'High' });
    await post(`${api}/challenge-ratings`, { id: 'rating-b', category: 'financial_resource', level: 'Medium' });
    await post(`${api}/actors`, { id: 'wko', name: 'Chamber of commerce', kind: 'organization' });
    await post(`${api}/ties`, { id: 'tie-wko', from: 'kaffee-rost', to: 'wko', networkType: 'institutional' });

    const { page } = await open('/w/intake-stale/intake/kaffee-rost');
    await page.waitForURL(/\/helped$/);
    await atStep(page, 5, 'Who helped with what');
    await page.getByRole('checkbox', { name: `Chamber of commerce helped with ${challenge('regulatory_institutional')}` }).check();
    // Someone else marks the same tie as helping with another challenge meanwhile.
    const read = (await (await fetch(url(`${api}/ties/tie-wko`))).json()) as { version: number; record: Record<string, unknown> };
    const put = await fetch(url(`${api}/ties/tie-wko`), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: read.version, record: { ...read.record, helpedWith: { challenges: ['financial_resource'], benefits: [] } } }),
    });
    expect(put.status).toBe(200);
    await next(page);
    await atStep(page, 6, 'Network competence');
    const stored = (await (await fetch(url(`${api}/ties/tie-wko`))).json()) as { version: number; record: { helpedWith: { challenges: string[] } } };
    expect(stored.version).toBe(read.version + 2);
    expect([...stored.record.helpedWith.challenges].sort()).toEqual(['financial_resource', 'regulatory_institutional']);
  });
});
