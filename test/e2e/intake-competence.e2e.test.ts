/**
 * The guided intake's optional step and its reach in Chromium on an empty store: the competence
 * statements answered, kept over a reload, changed and saved over a stale version; the keyboard
 * alone; and the country list kept equal to the server's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/run-cli.js';
import { atStep, axeClean, focused, intakeSuite, next } from './intake-steps.js';
import { PHONE } from './web.js';

const { url, open, vocabulary, statement, chosenAnswers, post } = intakeSuite();

describe('the guided intake', () => {
  it('saves some network competence answers, keeps them after a reload, and updates the same assessment', async () => {
    const api = '/api/workspaces/intake-competence/firms/azulejos-lima';
    await post('/api/workspaces/intake-competence/firms', { id: 'azulejos-lima', name: 'Azulejos Lima', countryOfOrigin: 'PT' });
    await post(`${api}/key-people`, { id: 'rita', name: 'Rita Lima', role: 'Owner' });
    const assessments = async () =>
      (await (await fetch(url(`${api}/competence-assessments`))).json()) as {
        version: number;
        record: { id: string; answers: Record<string, number>; respondent?: string; date?: string };
      }[];

    const { page, problems } = await open('/w/intake-competence/intake/azulejos-lima/competence');
    await atStep(page, 6, 'Network competence');
    // The statements are grouped under their dimension, three to each.
    // (Polled: the statements come with the vocabulary, a moment after the step's heading.)
    for (const d of vocabulary().competence.dimensions) await expect.poll(() => page.getByRole('region', { name: d.label }).getByRole('group').count()).toBe(3);
    await statement(page, 'coord-1').getByRole('radio', { name: '4', exact: true }).check();
    await statement(page, 'rel-2').getByRole('radio', { name: '2', exact: true }).check();
    // Not saved yet: the draft survives a reload.
    await page.reload();
    await atStep(page, 6, 'Network competence');
    expect(await statement(page, 'rel-2').getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true);
    await statement(page, 'int-3').getByRole('radio', { name: '5', exact: true }).check();
    await page.getByLabel(/^Who answered\?/).selectOption({ label: 'Rita Lima, Owner' });
    await page.getByLabel(/^When\?/).fill('2025-03');
    await axeClean(page, 'step 6, answered');
    await next(page);

    await atStep(page, 7, 'Your gaps and first steps');
    await expect
      .poll(() => page.getByRole('region', { name: 'What was saved' }).getByRole('listitem').last().textContent())
      .toBe(`3 of the ${vocabulary().competence.items.length} network competence statements answered`);
    const shown = page.getByRole('region', { name: 'Network competence' });
    await shown.getByRole('table').waitFor();
    expect(await shown.getByRole('row', { name: /^Coordination/ }).textContent()).toContain('4.00 (1 of 3)');
    const [first, ...more] = await assessments();
    expect(more).toEqual([]);
    expect(first?.version).toBe(1);
    expect(first?.record.answers).toEqual({ 'coord-1': 4, 'rel-2': 2, 'int-3': 5 });
    expect(first?.record).toMatchObject({ respondent: 'rita', date: '2025-03' });

    // Back at the step after a reload, the saved answers are chosen and the step is marked as done.
    await page.goto(url('/w/intake-competence/intake/azulejos-lima/competence'));
    await statement(page, 'coord-1').waitFor();
    await page.reload();
    await atStep(page, 6, 'Network competence');
    const none = Object.fromEntries(vocabulary().competence.items.map((i) => [i.id, 'Not sure']));
    expect(await chosenAnswers(page)).toEqual({ ...none, 'coord-1': '4', 'rel-2': '2', 'int-3': '5' });
    expect(await page.getByLabel(/^When\?/).inputValue()).toBe('2025-03');
    expect(await page.getByRole('navigation', { name: 'Intake steps' }).locator('[aria-current="step"]').textContent()).toMatch(/Network competence \(done\)$/);

    // A statement taken back and another answered: the same record, replaced at the version read.
    await statement(page, 'rel-2').getByRole('radio', { name: 'Not sure', exact: true }).check();
    await statement(page, 'know-1').getByRole('radio', { name: '3', exact: true }).check();
    await next(page);
    await atStep(page, 7, 'Your gaps and first steps');
    // The report has loaded before the test leaves the page, so no request of it is cut short.
    await shown.getByRole('table').waitFor();
    const [changed, ...others] = await assessments();
    expect(others).toEqual([]);
    expect(changed).toMatchObject({ version: 2, record: { id: first?.record.id, respondent: 'rita' } });
    expect(changed?.record.answers).toEqual({ 'coord-1': 4, 'know-1': 3, 'int-3': 5 });

    // Someone saves the assessment elsewhere while the step is open: the step says so, and a second Next saves over it.
    await page.goto(url('/w/intake-competence/intake/azulejos-lima/competence'));
    await atStep(page, 6, 'Network competence');
    const put = await fetch(url(`${api}/competence-assessments/${changed?.record.id ?? ''}`), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: 2, record: { ...changed?.record, answers: { 'coord-1': 1 } } }),
    });
    expect(put.status).toBe(200);
    await statement(page, 'coord-2').getByRole('radio', { name: '2', exact: true }).check();
    await next(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Someone else changed these answers while you were answering. Press Next again to save your answers over theirs.');
    await next(page);
    await atStep(page, 7, 'Your gaps and first steps');
    await shown.getByRole('table').waitFor();
    const [overwritten] = await assessments();
    expect(overwritten).toMatchObject({ version: 4 });
    expect(overwritten?.record.answers).toEqual({ 'coord-1': 4, 'coord-2': 2, 'know-1': 3, 'int-3': 5 });

    // The dashboard shows the assessment too.
    await page.goto(url('/w/intake-competence/firms/azulejos-lima'));
    const section = page.getByRole('region', { name: 'Network competence' });
    await section.getByRole('table').waitFor();
    expect(await section.getByRole('row', { name: /^Coordination/ }).textContent()).toContain('3.00 (2 of 3)');
    // The only errors the browser logged are the refused stale write.
    expect(problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
  });

  it('works by keyboard alone: typing, choosing, adding and moving on', async () => {
    const { page, problems } = await open('/w/intake-keys/intake', PHONE);
    await atStep(page, 1, 'About the firm');
    await page.keyboard.press('Tab');
    expect(await focused(page, 'id')).toBe('profile-name');
    await page.keyboard.type('Kiwi Orchards');
    await page.keyboard.press('Tab');
    await page.keyboard.type('New Zealand');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/intake\/kiwi-orchards\/markets$/);
    await atStep(page, 2, 'Where the firm sells');
    expect(
      await (
        await fetch(url('/api/workspaces/intake-keys/firms/kiwi-orchards')).then((r) => r.json() as Promise<{ record: { countryOfOrigin: string } }>)
      ).record.countryOfOrigin,
    ).toBe('NZ');
    // From the heading: the country, then the status (arrow keys move within the radio group), then Add market.
    await page.keyboard.press('Tab');
    expect(await focused(page, 'id')).toBe('market-country');
    await page.keyboard.type('Japan');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove Japan' }).waitFor();
    await expect.poll(() => focused(page, 'id')).toBe('market-country');
    expect(problems).toEqual([]);
  });

  it('lists exactly the country codes the server accepts', () => {
    const source = readFileSync(join(root, 'src/web/lib/countries.ts'), 'utf8');
    const literal = /const CODES =\s*'([A-Z]+)'/.exec(source)?.[1] ?? '';
    const codes = literal.match(/[A-Z]{2}/g) ?? [];
    const countries = createRequire(import.meta.url)('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };
    expect(codes).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
  });
});
