/**
 * The records view in Chromium on the three sample cases: sorting and filtering company-a's ties,
 * editing a tie in place (saved, refused when stale, refused field by field), moving a tie and
 * recording its origin, markets and benefits, attaching evidence with the picker, adding an actor
 * and deleting it with Undo, editing an actor's web address, languages and memberships, and a
 * delete refused while a tie refers to the actor; the console on each.
 */
import { describe, expect, it } from 'vitest';
import { API, apiReader, besides409, column, RECORDS, tiesTable, toast } from './records-helpers.js';
import type { Actor, Segment, Term, Tie, Versioned } from './records-helpers.js';
import { webSuite } from './web.js';

const suite = webSuite();
const { url, open } = suite;
const get = apiReader(suite);

describe('the ties of company-a', () => {
  it('sort by a column header and filter by network type and by words, the filter before the paging', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const ties = (await get<Versioned<Tie>[]>(page, `${API}/ties`)).map((t) => t.record);
    expect(await column(page, 'Ties', 1)).toHaveLength(ties.length);

    const strength = tiesTable(page).getByRole('columnheader', { name: /Strength/ });
    expect(await strength.getAttribute('aria-sort')).toBe('none');
    await strength.getByRole('button').click();
    expect(await strength.getAttribute('aria-sort')).toBe('ascending');
    const known = ties.flatMap((t) => (t.strength === undefined ? [] : [String(t.strength)]));
    const blanks = Array<string>(ties.length - known.length).fill('—');
    expect(await column(page, 'Ties', 5)).toEqual([...[...known].sort(), ...blanks]);
    await strength.getByRole('button').click();
    expect(await strength.getAttribute('aria-sort')).toBe('descending');
    expect(await column(page, 'Ties', 5)).toEqual([...[...known].sort().reverse(), ...blanks]);

    const filters = page.getByRole('search', { name: 'Tie filters' });
    await filters.getByLabel('Network type').selectOption('digital');
    const digital = ties.filter((t) => t.networkType === 'digital');
    expect(digital.length).toBeGreaterThan(0);
    await expect.poll(() => column(page, 'Ties', 3)).toEqual(digital.map(() => 'Digital network'));
    expect(await page.getByText(`${digital.length} of ${ties.length} ties match`).count()).toBe(1);

    await filters.getByLabel('Network type').selectOption('');
    const actors = await get<Versioned<Actor>[]>(page, `${API}/actors`);
    const first = ties.find((t) => actors.some((a) => a.record.id === t.to));
    if (first === undefined) throw new Error('no tie of company-a goes to an actor');
    const name = actors.find((a) => a.record.id === first.to)?.record.name ?? first.to;
    await filters.getByLabel('Filter ties').fill(name);
    await tiesTable(page).locator(`tr[data-record="${first.id}"]`).waitFor();
    await expect.poll(() => column(page, 'Ties', 1).then((rows) => rows.length)).toBeLessThan(ties.length);
    await page.getByText(/\d+ of \d+ ties match/).waitFor();
    await filters.getByLabel('Filter ties').fill('no tie has these words');
    await page.getByText('No tie matches the filter.').waitFor();
    expect(problems).toEqual([]);
  });

  it('edits a tie’s strength in place, and the new strength is still there after a reload', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const [first] = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    if (first === undefined) throw new Error('company-a has no tie');
    const strength = first.record.strength === 4 ? '2' : '4';
    const row = tiesTable(page).locator(`tr[data-record="${first.record.id}"]`);
    await row.getByRole('button', { name: /^Edit / }).click();
    await row.getByLabel(/^Strength of /).selectOption(strength);
    await tiesTable(page).getByRole('button', { name: 'Save', exact: true }).click();
    await toast(page, /Saved .*→/).waitFor();
    await page.reload();
    await expect.poll(() => row.locator(':nth-child(5)').first().textContent()).toBe(strength);
    const stored = await get<Versioned<Tie>>(page, `${API}/ties/${first.record.id}`);
    expect(stored).toMatchObject({ version: first.version + 1, record: { strength: Number(strength) } });
    expect(problems).toEqual([]);
  });

  it('says "changed by someone else" when the tie was saved elsewhere meanwhile, and overwrites on request', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const ties = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    const tie = ties[1];
    if (tie === undefined) throw new Error('company-a has fewer than two ties');
    // Someone else saves the same tie after this page read it.
    const other = await page.request.put(url(`${API}/ties/${tie.record.id}`), {
      data: { version: tie.version, record: { ...tie.record, description: 'Changed in another window.' } },
      headers: { 'content-type': 'application/json' },
    });
    expect(other.status()).toBe(200);
    const trust = tie.record.trust === 5 ? '1' : '5';
    const row = tiesTable(page).locator(`tr[data-record="${tie.record.id}"]`);
    await row.getByRole('button', { name: /^Edit / }).click();
    await row.getByLabel(/^Trust of /).selectOption(trust);
    await tiesTable(page).getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Changed by someone else — reload or overwrite' });
    await conflict.waitFor();
    expect(await conflict.getByRole('button').allTextContents()).toEqual(['Reload', 'Overwrite']);
    await conflict.getByRole('button', { name: 'Overwrite' }).click();
    await toast(page, /Saved /).waitFor();
    const stored = await get<Versioned<Tie>>(page, `${API}/ties/${tie.record.id}`);
    expect(stored).toMatchObject({ version: tie.version + 2, record: { trust: Number(trust) } });
    expect(besides409(problems)).toEqual([]);
  });

  it('shows a problem the server finds next to the field it names, and saves nothing', async () => {
    const { page } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const [, , tie] = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    if (tie === undefined) throw new Error('company-a has fewer than three ties');
    const row = tiesTable(page).locator(`tr[data-record="${tie.record.id}"]`);
    await row.getByRole('button', { name: /^Edit / }).click();
    const since = row.getByLabel(/^Since of /);
    await since.fill('2024-13');
    await tiesTable(page).getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => since.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await since.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/YYYY-MM/);
    expect(await get<Versioned<Tie>>(page, `${API}/ties/${tie.record.id}`)).toEqual(tie);
  });

  it('attaches a coded segment to a tie with the evidence picker, and saves it', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const ties = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    const segments = (await get<Versioned<Segment>[]>(page, `${API}/segments`)).map((s) => s.record);
    const tie = ties[3];
    if (tie === undefined) throw new Error('company-a has fewer than four ties');
    const cited = new Set(tie.record.evidence ?? []);
    const words = (s: Segment) => s.quote.slice(0, 40);
    const segment = segments.find((s) => !cited.has(s.id) && segments.filter((o) => o.quote.includes(words(s))).length === 1);
    if (segment === undefined) throw new Error('no segment to attach');

    const row = tiesTable(page).locator(`tr[data-record="${tie.record.id}"]`);
    await row.getByRole('button', { name: /^Edit / }).click();
    const picker = page.getByRole('group', { name: /^Evidence for / });
    await picker.getByLabel('Search segments to attach').fill(words(segment));
    const match = picker
      .getByRole('list', { name: /^Segments to attach/ })
      .getByRole('listitem')
      .filter({ hasText: words(segment) });
    await expect.poll(() => match.count()).toBe(1);
    expect(await match.textContent()).toContain(segment.location);
    await match.getByRole('button', { name: 'Attach' }).click();
    await picker
      .getByRole('list', { name: /^Evidence attached/ })
      .getByRole('listitem')
      .filter({ hasText: words(segment) })
      .waitFor();
    await tiesTable(page).getByRole('button', { name: 'Save', exact: true }).click();
    await toast(page, /Saved /).waitFor();
    const stored = await get<Versioned<Tie>>(page, `${API}/ties/${tie.record.id}`);
    expect(stored.record.evidence).toEqual([...(tie.record.evidence ?? []), segment.id]);
    expect(problems).toEqual([]);
  });
  it('moves a tie to another actor and records its origin, markets and benefits', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const ties = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    const actors = (await get<Versioned<Actor>[]>(page, `${API}/actors`)).map((a) => a.record);
    const { benefits } = await get<{ benefits: Term[] }>(page, '/api/vocabulary');
    const tie = ties[4];
    if (tie === undefined) throw new Error('company-a has fewer than five ties');
    const { from } = tie.record;
    const target = actors.find((a) => a.id !== from && !ties.some((t) => t.record.from === from && t.record.to === a.id));
    const had = tie.record.helpedWith?.benefits ?? [];
    const benefit = benefits.find((b) => !had.includes(b.value));
    if (target === undefined || benefit === undefined) throw new Error('no actor or benefit to add');

    const row = tiesTable(page).locator(`tr[data-record="${tie.record.id}"]`);
    await row.getByRole('button', { name: /^Edit / }).click();
    await row.getByLabel(/^To of /).selectOption(target.id);
    const detail = tiesTable(page).locator('tr.edit-detail');
    await detail.getByLabel(/^Origin of /).selectOption('event');
    await detail.getByLabel(/^How .* began$/).fill('Met at Medica 2024');
    await detail.getByLabel(/^Markets /).fill('de, mn');
    await detail
      .getByRole('group', { name: /^Benefits of / })
      .getByRole('checkbox', { name: benefit.label })
      .check();
    await tiesTable(page).getByRole('button', { name: 'Save', exact: true }).click();
    await toast(page, /Saved /).waitFor();
    const stored = await get<Versioned<Tie>>(page, `${API}/ties/${tie.record.id}`);
    expect(stored.record).toMatchObject({
      from,
      to: target.id,
      origin: { kind: 'event', description: 'Met at Medica 2024' },
      markets: ['DE', 'MN'],
      helpedWith: { benefits: [...had, benefit.value] },
    });
    await expect.poll(() => row.locator(':nth-child(2)').first().textContent()).toBe(target.name);
    expect(problems).toEqual([]);
  });
});

describe('the actors of company-a', () => {
  it('adds an actor with the form, deletes it, and brings it back with the same id from the toast’s Undo', async () => {
    const { page, problems } = await open(`${RECORDS}?tab=actors`);
    const form = page.getByRole('form', { name: 'Add an actor' });
    await form.waitFor();
    await form.getByLabel('Name').fill('Nordic Export Council');
    await form.getByLabel('Kind').selectOption('organization');
    await form.getByLabel('Organization type').selectOption('trade_promotion_body');
    await form.getByLabel('Countries (ISO codes such as FI, MN)').fill('se');
    await form.getByRole('button', { name: 'Add actor' }).click();
    await toast(page, 'Added Nordic Export Council.').waitFor();
    const added = (await get<Versioned<Actor>[]>(page, `${API}/actors`)).find((a) => a.record.name === 'Nordic Export Council');
    expect(added?.record).toMatchObject({ kind: 'organization', organizationType: 'trade_promotion_body', countries: ['SE'] });
    if (added === undefined) throw new Error('the actor was not added');

    await page.getByRole('search', { name: 'Actor filters' }).getByLabel('Filter actors').fill('Nordic Export');
    const actors = page.getByRole('table', { name: 'Actors' });
    await actors.getByRole('button', { name: 'Delete Nordic Export Council' }).click();
    const deleted = toast(page, 'Deleted Nordic Export Council.');
    await deleted.waitFor();
    expect((await page.request.get(url(`${API}/actors/${added.record.id}`))).status()).toBe(404);
    await expect.poll(() => actors.count()).toBe(0);

    await deleted.getByRole('button', { name: 'Undo' }).click();
    await toast(page, 'Restored Nordic Export Council.').waitFor();
    const restored = await get<Versioned<Actor>>(page, `${API}/actors/${added.record.id}`);
    expect(restored.record).toEqual(added.record);
    await actors.getByRole('rowheader', { name: 'Nordic Export Council' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('refuses to delete an actor a tie refers to, and shows the server’s message naming the tie', async () => {
    const { page, problems } = await open(`${RECORDS}?tab=actors`);
    await page.getByRole('table', { name: 'Actors' }).waitFor();
    const actors = await get<Versioned<Actor>[]>(page, `${API}/actors`);
    const ties = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    const actor = actors.find((a) => ties.some((t) => t.record.to === a.record.id));
    if (actor === undefined) throw new Error('no tie of company-a goes to an actor');
    const tie = ties.find((t) => t.record.to === actor.record.id || t.record.from === actor.record.id);
    await page.getByRole('search', { name: 'Actor filters' }).getByLabel('Filter actors').fill(actor.record.id);
    await page.getByRole('button', { name: `Delete ${actor.record.name}`, exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not deleted.' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(new RegExp(`still referred to by .*"${tie?.record.id ?? ''}"`));
    expect(await get<Versioned<Actor>>(page, `${API}/actors/${actor.record.id}`)).toEqual(actor);
    expect(besides409(problems)).toEqual([]);
  });

  it('edits an actor’s web address, languages and memberships in place, showing a language code the server refuses at its field', async () => {
    const { page, problems } = await open(`${RECORDS}?tab=actors`);
    const table = page.getByRole('table', { name: 'Actors' });
    await table.waitFor();
    const actors = await get<Versioned<Actor>[]>(page, `${API}/actors`);
    const [actor] = actors;
    const organization = actors.find((a) => a.record.kind === 'organization' && a.record.id !== actor?.record.id);
    if (actor === undefined || organization === undefined) throw new Error('company-a has fewer than two actors');
    await table
      .locator(`tr[data-record="${actor.record.id}"]`)
      .getByRole('button', { name: /^Edit / })
      .click();
    await table.getByLabel(/^Web address of /).fill('https://example.org/people');
    const languages = table.getByLabel(/^Languages of /);
    await languages.fill('EN, xx');
    await table.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => languages.getAttribute('aria-invalid')).toBe('true');
    expect(await get<Versioned<Actor>>(page, `${API}/actors/${actor.record.id}`)).toEqual(actor);
    await languages.fill('EN, mn');
    await table.getByLabel(/^Organizations .* belongs to$/).selectOption([organization.record.id]);
    await table.getByRole('button', { name: 'Save', exact: true }).click();
    await toast(page, `Saved ${actor.record.name}.`).waitFor();
    const stored = await get<Versioned<Actor & { url?: string; languages?: string[]; memberOf?: string[] }>>(page, `${API}/actors/${actor.record.id}`);
    expect(stored.record).toMatchObject({ url: 'https://example.org/people', languages: ['en', 'mn'], memberOf: [organization.record.id] });
    expect(besides409(problems).filter((p) => !p.includes('status of 400') && !p.includes('status of 422'))).toEqual([]);
  });
});
