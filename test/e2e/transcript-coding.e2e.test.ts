/**
 * Coding a transcript in Chromium, on the sample company-a with a new interview source: the file
 * (Mongolian Cyrillic, Sinhala, emoji) uploaded on the Sources page after an empty one is refused
 * with the server's words; an own code added in the codebook; a passage selected with the mouse
 * (a DOM range set in the page, as a drag leaves it) coded with that code and an applied suggestion;
 * a turn coded with the keyboard alone; both segments in the margin and in the API with quotes that
 * are exactly the transcript's text at their spans; one recoded, a change made meanwhile refused
 * and reloaded, the other deleted without moving the first; a passage selected with Shift and the
 * arrow keys in the precise textarea; a selection whose ends lie between the text's pieces; axe
 * with and without the panel, and the phone; a free code joining the codebook under its own id.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { codePointLength, sliceCodePoints } from '../../src/core/evidence/code-points.js';
import { apiReader, type Versioned } from './records-helpers.js';
import { overflowsSideways, PHONE, seriousViolations, watchedPage, webSuite } from './web.js';

interface Span {
  transcript: string;
  start: number;
  end: number;
}
interface Segment {
  id: string;
  source: string;
  quote: string;
  span?: Span;
  codes: string[];
  coder?: string;
  memo?: string;
}
interface Transcript {
  id: string;
  source: string;
  text: string;
  turns: { start: number; end: number; speaker?: string }[];
}

const suite = webSuite(['examples/cases/company-a.json']);
const { url, open } = suite;
const get = apiReader(suite);
const API = '/api/workspaces/default/firms/company-a';
const SOURCE = { id: 'src-interview-coding', kind: 'interview', title: 'Interview with IA1 (coding test)' };
const SOURCES = '/w/default/firms/company-a/sources';
const VIEW = `${SOURCES}/${SOURCE.id}`;

const TURN_1 = 'IA1: Сайн байна уу? Манай компани Монголд эм үйлдвэрлэдэг.';
const TURN_2 = 'Q: ශ්‍රී ලංකාවේ බෙදාහරින්නන් සමඟ වැඩ කළාද? 🤝';
const TURN_3 = 'IA1: Yes 🇲🇳 — our distributor in Colombo found us through a trade fair.';
const FILE_TEXT = `${TURN_1}\n\n${TURN_2}\n\n${TURN_3}\n`;
/** What the mouse selects in turn 3, with the spaces either side that the view trims off. */
const DRAGGED = ' 🇲🇳 — our distributor in Colombo ';
const PASSAGE = DRAGGED.trim();

/** The problems a page recorded, less Chromium's console lines for the refusals the tests provoke on purpose. */
const besidesRefusals = (problems: readonly string[]) => problems.filter((p) => !/the server responded with a status of (409|422)/.test(p));

async function segmentsOfSource(page: Page): Promise<Versioned<Segment>[]> {
  return (await get<Versioned<Segment>[]>(page, `${API}/segments`)).filter((s) => s.record.source === SOURCE.id);
}

async function transcriptOf(page: Page): Promise<Transcript> {
  const all = await get<Versioned<Transcript>[]>(page, `${API}/transcripts`);
  const found = all.find((t) => t.record.source === SOURCE.id);
  if (found === undefined) throw new Error('the source has no transcript');
  return found.record;
}

/** The accessible name, roughly, of the focused element: its aria-label, its labels, or its text. */
async function focusedName(page: Page): Promise<string> {
  const name = await page.evaluate(`(() => {
    const el = document.activeElement;
    if (el === null) return '';
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    if (el.labels && el.labels.length > 0) return [...el.labels].map((l) => l.textContent).join(' ');
    return el.textContent ?? '';
  })()`);
  return String(name).replace(/\s+/g, ' ').trim();
}

/** Presses Tab until the focused element's name matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${String(name)}; the focus ended on "${await focusedName(page)}"`);
}

/** Selects text in the rendered transcript as a mouse drag leaves it: a DOM range over the first piece holding `text`. */
async function dragOver(page: Page, text: string): Promise<void> {
  const found = await page.evaluate(`((wanted) => {
    for (const piece of document.querySelectorAll('.transcript [data-start]')) {
      const at = piece.textContent.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(piece.firstChild, at);
      range.setEnd(piece.firstChild, at + wanted.length);
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  })(${JSON.stringify(text)})`);
  expect(found, `the transcript shows "${text}"`).toBe(true);
}

const panel = (page: Page, name: string) => page.getByRole('dialog', { name });
const margin = (page: Page, turn: string) => page.getByRole('list', { name: `Segments in ${turn}` });

describe('coding a transcript of company-a', () => {
  it('uploads a transcript on the Sources page, after the server refuses an empty file in its own words', async () => {
    // The source goes in first: a page still loading when the test navigates away would see its requests cut.
    const { page, problems } = await watchedPage(suite.browser);
    const created = await page.request.post(url(`${API}/sources`), { data: SOURCE });
    expect(created.status(), await created.text()).toBe(201);
    await page.goto(url(SOURCES));

    const texts = page.getByRole('region', { name: 'Sources and their texts' });
    const row = texts.getByRole('row', { name: new RegExp(SOURCE.title.replace(/[()]/g, '\\$&')) });
    const upload = row.getByLabel(`Add transcript to ${SOURCE.title}`);
    await upload.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from(' \n\n') });
    await expect.poll(() => row.getByRole('alert').textContent()).toMatch(/empty/);

    await upload.setInputFiles({ name: 'ia1.txt', mimeType: 'text/plain', buffer: Buffer.from(FILE_TEXT) });
    await page.waitForURL((u) => u.pathname === VIEW);
    await page.getByRole('heading', { name: `${SOURCE.title}: transcript` }).waitFor();
    expect(await page.title()).toBe(`${SOURCE.title} — transcript — Company A — Foothold`);

    const transcript = await transcriptOf(page);
    expect(transcript.text).toBe(FILE_TEXT);
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['IA1', 'Q', 'IA1']);
    // Each turn shows its speaker and exactly its text.
    const turns = page.getByRole('list', { name: 'Transcript, turn by turn' }).locator(':scope > li');
    expect(await turns.locator('.turn-who').allTextContents()).toEqual(['IA1', 'Q', 'IA1']);
    expect(await turns.locator('.turn-text').allTextContents()).toEqual([TURN_1, TURN_2, TURN_3]);

    // Back on the Sources page (through the app's own links, which cut no request short), the source now opens its transcript.
    await page.getByRole('navigation', { name: 'Views of Company A' }).getByRole('link', { name: 'Sources and evidence' }).click();
    await row.getByRole('link', { name: `Open transcript of ${SOURCE.title}` }).click();
    await page.waitForURL((u) => u.pathname === VIEW);
    expect(besidesRefusals(problems)).toEqual([]);
  });

  it('codes a passage selected with the mouse, with an own code added in the codebook and a suggestion applied', async () => {
    const { page, problems } = await open(VIEW);
    await page.getByRole('list', { name: 'Transcript, turn by turn' }).waitFor();

    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    const codebook = page.getByRole('region', { name: 'Codebook', exact: true });
    await codebook.getByRole('button', { name: 'Add a code' }).click();
    const form = codebook.getByRole('form', { name: 'Add a code' });
    await form.getByLabel('Name').fill('Trust in distributors');
    await form.getByLabel('Under').selectOption('network:business');
    await form.getByLabel('Colour', { exact: true }).check();
    await form.getByLabel('Colour of the code').fill('#2a9d8f');
    await form.getByLabel('Description').fill('The firm relies on a distributor it trusts.');
    await form.getByRole('button', { name: 'Add code' }).click();
    // An own code can be edited and deleted; a built-in one cannot.
    await codebook.getByRole('button', { name: 'Edit Trust in distributors' }).waitFor();
    expect(await codebook.getByRole('button', { name: /^(Edit|Delete) Business network$/ }).count()).toBe(0);
    const own = (await get<Versioned<{ id: string; name: string; parent?: string; color?: string }>[]>(page, `${API}/codes`)).map((c) => c.record);
    expect(own).toContainEqual({
      id: 'trust-in-distributors',
      name: 'Trust in distributors',
      parent: 'network:business',
      color: '#2a9d8f',
      description: 'The firm relies on a distributor it trusts.',
    });

    await dragOver(page, DRAGGED);
    const coding = panel(page, 'Code selection');
    await coding.waitFor();
    expect(await coding.locator('blockquote').textContent()).toBe(PASSAGE);

    // A suggestion says why, and is applied only when asked.
    const suggestion = coding.getByRole('listitem').filter({ hasText: 'Suggested: Business network' });
    expect(await suggestion.textContent()).toMatch(/— because .*distributor/i);
    const business = coding.getByRole('checkbox', { name: 'Business network', exact: true });
    expect(await business.isChecked()).toBe(false);
    await suggestion.getByRole('button', { name: 'Apply Business network' }).click();
    expect(await business.isChecked()).toBe(true);

    await coding.getByLabel('Find a code').fill('trust distributors');
    await coding.getByRole('checkbox', { name: 'Trust in distributors' }).check();
    await coding.getByLabel('Coder').fill('AB');
    await coding.getByLabel('Memo').fill('Found through a fair: an institutional tie led to a business one.');
    await coding.getByRole('button', { name: 'Save' }).click();
    await coding.waitFor({ state: 'detached' });

    const transcript = await transcriptOf(page);
    // Code points before the passage: the emoji of turn 2 counts once, not as its two UTF-16 units.
    const start = codePointLength(FILE_TEXT.slice(0, FILE_TEXT.indexOf(PASSAGE)));
    const end = start + codePointLength(PASSAGE);
    const [saved] = await segmentsOfSource(page);
    expect(saved?.record).toEqual({
      id: `${SOURCE.id}-${start}`,
      source: SOURCE.id,
      quote: PASSAGE,
      span: { transcript: transcript.id, start, end },
      codes: ['network:business', 'trust-in-distributors'],
      coder: 'AB',
      memo: 'Found through a fair: an institutional tie led to a business one.',
    });

    // The margin of turn 3 lists it; the text is tinted in the own code's colour.
    const item = margin(page, 'turn 3 (IA1)').getByRole('listitem').filter({ hasText: PASSAGE });
    expect(await item.getByRole('list', { name: 'Codes' }).getByRole('listitem').allTextContents()).toEqual(['Business network', 'Trust in distributors']);
    expect(await item.textContent()).toContain(`transcript, characters ${start + 1}–${end} · coded by AB`);
    const tint = await page.evaluate(
      `getComputedStyle([...document.querySelectorAll('.transcript mark')].find((m) => m.textContent.includes('🇲🇳'))).backgroundColor`,
    );
    // #2a9d8f at the tint's alpha 0x40.
    expect(tint).toBe('rgba(42, 157, 143, 0.25)');
    expect(besidesRefusals(problems)).toEqual([]);
  });

  it('codes a turn with the keyboard alone, and remembers the coder for the next', async () => {
    const { page, problems } = await open(VIEW);
    await page.getByRole('list', { name: 'Transcript, turn by turn' }).waitFor();
    await tabTo(page, /^Code this turn \(turn 2 \(Q\)\)$/);
    await page.keyboard.press('Enter');
    const coding = panel(page, 'Code selection');
    await coding.waitFor();
    expect(await focusedName(page)).toBe('Code selection');
    expect(await coding.locator('blockquote').textContent()).toBe(TURN_2);

    await tabTo(page, /^Find a code$/);
    await page.keyboard.type('market access');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Market access and expansion');
    await page.keyboard.press('Space');
    await tabTo(page, /^Coder$/);
    await page.keyboard.type('KB');
    await tabTo(page, /^Save$/);
    await page.keyboard.press('Enter');
    await coding.waitFor({ state: 'detached' });
    // The focus is back on the button that opened the panel.
    expect(await focusedName(page)).toBe('Code this turn (turn 2 (Q))');

    const transcript = await transcriptOf(page);
    const turn = transcript.turns[1]!;
    const coded = (await segmentsOfSource(page)).find((s) => s.record.span?.start === turn.start);
    expect(coded?.record).toEqual({
      id: `${SOURCE.id}-${turn.start}`,
      source: SOURCE.id,
      quote: TURN_2,
      span: { transcript: transcript.id, start: turn.start, end: turn.end },
      codes: ['benefit:market_access'],
      coder: 'KB',
    });
    const item = margin(page, 'turn 2 (Q)').getByRole('listitem').first();
    expect(await item.getByRole('list', { name: 'Codes' }).textContent()).toBe('Market access and expansion');

    // The next panel starts with the coder remembered; Escape closes it and gives the focus back.
    await tabTo(page, /^Code this turn \(turn 3 \(IA1\)\)$/);
    await page.keyboard.press('Enter');
    await panel(page, 'Code selection').waitFor();
    expect(await panel(page, 'Code selection').getByLabel('Coder').inputValue()).toBe('KB');
    await page.keyboard.press('Escape');
    await panel(page, 'Code selection').waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Code this turn (turn 3 (IA1))');
    expect(besidesRefusals(problems)).toEqual([]);
  });

  it('stores every quote as exactly the transcript’s text at its span', async () => {
    const { page } = await open(VIEW);
    const transcript = await transcriptOf(page);
    const segments = await segmentsOfSource(page);
    expect(segments).toHaveLength(2);
    for (const { record } of segments) {
      const span = record.span!;
      expect(record.quote).toBe(sliceCodePoints(transcript.text, span.start, span.end));
    }
  });

  it('recodes one, refuses a save over a change made meanwhile, and deletes the other without moving the first', async () => {
    const { page, problems } = await open(VIEW);
    const before = await segmentsOfSource(page);
    const mouse = before.find((s) => s.record.quote === PASSAGE)!;
    expect(before.map((s) => s.record.quote).sort()).toEqual([PASSAGE, TURN_2].sort());

    const item = margin(page, 'turn 3 (IA1)').getByRole('listitem').filter({ hasText: PASSAGE });
    await item.getByRole('button', { name: /^Edit codes/ }).click();
    let editing = panel(page, 'Edit codes');
    await editing.getByRole('checkbox', { name: 'Business network', exact: true }).uncheck();
    await editing.getByLabel('Find a code').fill('institutional network');
    await editing.getByRole('checkbox', { name: 'Institutional network' }).check();
    await editing.getByRole('button', { name: 'Save' }).click();
    await editing.waitFor({ state: 'detached' });
    const recoded = (await segmentsOfSource(page)).find((s) => s.record.id === mouse.record.id)!;
    expect(recoded.version).toBe(mouse.version + 1);
    expect(recoded.record).toEqual({ ...mouse.record, codes: ['trust-in-distributors', 'network:institutional'] });

    // Someone else saves the segment while it is open here: this save is refused, the view reloads.
    await item.getByRole('button', { name: /^Edit codes/ }).click();
    editing = panel(page, 'Edit codes');
    await editing.getByLabel('Memo').fill('Mine');
    const meanwhile = await page.request.put(url(`${API}/segments/${mouse.record.id}`), {
      data: { version: recoded.version, record: { ...recoded.record, memo: 'Theirs' } },
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    await editing.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Someone else changed this segment' }).count()).toBe(1);
    await item.getByText('Theirs').waitFor();

    await margin(page, 'turn 2 (Q)')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page.getByRole('status').filter({ hasText: 'Deleted the segment' }).waitFor();
    await expect.poll(async () => (await segmentsOfSource(page)).map((s) => s.record.id)).toEqual([mouse.record.id]);
    expect(await margin(page, 'turn 2 (Q)').count()).toBe(0);
    const [left] = await segmentsOfSource(page);
    expect(left?.record.span).toEqual(mouse.record.span);
    expect(left?.record.quote).toBe(PASSAGE);
    expect(besidesRefusals(problems)).toEqual([]);
  });

  it('selects a passage precisely with Shift and the arrow keys in the textarea, then opens the same panel', async () => {
    const { page, problems } = await open(VIEW);
    await tabTo(page, /^Select precisely$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Transcript text$/);
    // From the start, past "IA1: " (5 characters), then 14 more: "Сайн байна уу?".
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 14; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.getByText('Selected characters 6–19 (14).').waitFor();
    // Typing changes nothing: the text is the transcript's.
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    expect(await page.getByLabel('Transcript text').inputValue()).toBe(FILE_TEXT);
    await page.getByText('Selected characters 6–19 (14).').waitFor();
    await tabTo(page, /^Code selection$/);
    await page.keyboard.press('Enter');
    const coding = panel(page, 'Code selection');
    await coding.waitFor();
    expect(await coding.locator('blockquote').textContent()).toBe('Сайн байна уу?');
    expect(await coding.locator('figcaption').textContent()).toBe('transcript, characters 6–19');
    await page.keyboard.press('Escape');
    await coding.waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Code selection');
    expect(problems).toEqual([]);
  });

  it('moves the ends of a selection made between the pieces of text (a speaker’s name, a paragraph’s edge) to the nearest text inside it', async () => {
    const { page, problems } = await open(VIEW);
    await margin(page, 'turn 3 (IA1)').waitFor();
    // From the edge of turn 2's paragraph (an element, offset 0) to the middle of turn 3's speaker name, past turn 2's buttons.
    await page.evaluate(`(() => {
      const [, second, third] = document.querySelectorAll('.transcript > li');
      const range = document.createRange();
      range.setStart(second.querySelector('.turn-text'), 0);
      range.setEnd(third.querySelector('.turn-who').firstChild, 2);
      document.getSelection().removeAllRanges();
      document.getSelection().addRange(range);
    })()`);
    const coding = panel(page, 'Code selection');
    await coding.waitFor();
    const turn = (await transcriptOf(page)).turns[1]!;
    expect(await coding.locator('blockquote').textContent()).toBe(TURN_2);
    expect(await coding.locator('figcaption').textContent()).toBe(`transcript, characters ${turn.start + 1}–${turn.end}`);
    await coding.getByRole('button', { name: 'Cancel' }).click();
    await coding.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('has no serious axe violations on the transcript view, with and without the coding panel', async () => {
    const { page, problems } = await open(VIEW);
    await margin(page, 'turn 3 (IA1)').waitFor();
    expect(await seriousViolations(page), 'the view').toEqual([]);
    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    await page.getByRole('button', { name: 'Code this turn (turn 1 (IA1))' }).click();
    await panel(page, 'Code selection').getByRole('group', { name: 'Codes', exact: true }).waitFor();
    expect(await seriousViolations(page), 'with the panel and the codebook open').toEqual([]);
    await page.getByRole('button', { name: 'Select precisely' }).click();
    await page.getByLabel('Transcript text').waitFor();
    expect(await seriousViolations(page), 'with the precise selection').toEqual([]);

    // On a phone the turns stack and the page does not scroll sideways.
    const phone = await open(VIEW, PHONE);
    await margin(phone.page, 'turn 3 (IA1)').waitFor();
    expect(await overflowsSideways(phone.page)).toBe(false);
    await phone.page.getByRole('button', { name: 'Code this turn (turn 1 (IA1))' }).click();
    await panel(phone.page, 'Code selection').waitFor();
    expect(await overflowsSideways(phone.page)).toBe(false);
    expect([...problems, ...phone.problems]).toEqual([]);
  });

  it('lets a free code join the codebook under its own id, and shows the source’s other segments and spans on the Sources page', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    const located = {
      id: 'seg-coding-notes',
      source: SOURCE.id,
      quote: 'Notes taken after the call.',
      location: 'Interview notes, p. 1',
      codes: ['luck', 'Theme:Odd'],
    };
    const created = await page.request.post(url(`${API}/segments`), { data: located });
    expect(created.status(), await created.text()).toBe(201);
    await page.goto(url(SOURCES));

    const codebook = page.getByRole('region', { name: 'Codebook', exact: true });
    const tree = codebook.getByRole('list', { name: 'Codebook' });
    const luck = tree.getByRole('listitem').filter({ hasText: /^luck/ });
    expect(await luck.textContent()).toContain('not in the codebook');
    // "Theme:Odd" cannot be a record id (":", capitals): it is marked, but not offered.
    const odd = tree.getByRole('listitem').filter({ hasText: /^Theme:Odd/ });
    expect(await odd.textContent()).toContain('not in the codebook');
    expect(await odd.getByRole('button').count()).toBe(0);
    await luck.getByRole('button', { name: 'Add to codebook luck' }).click();
    await tree.getByRole('button', { name: 'Edit luck' }).waitFor();
    const own = (await get<Versioned<{ id: string; name: string }>[]>(page, `${API}/codes`)).map((c) => c.record);
    expect(own).toContainEqual({ id: 'luck', name: 'luck' });

    // The segments list gives a span without a location in the transcript's characters.
    const [coded] = (await segmentsOfSource(page)).filter((s) => s.record.span !== undefined);
    const span = coded!.record.span!;
    const group = page.getByRole('region', { name: 'Coded segments' }).getByRole('region', { name: SOURCE.title, exact: true });
    const item = group.getByRole('listitem').filter({ hasText: PASSAGE }).first();
    expect(await item.textContent()).toContain(`Location: transcript, characters ${span.start + 1}–${span.end}`);

    // On the transcript view, the located segment is listed apart from the text.
    await page
      .getByRole('region', { name: 'Sources and their texts' })
      .getByRole('link', { name: `Open transcript of ${SOURCE.title}` })
      .click();
    const elsewhere = page.getByRole('list', { name: 'Segments in this source, outside the text' });
    expect(await elsewhere.textContent()).toContain('Notes taken after the call.Interview notes, p. 1');
    expect(problems).toEqual([]);
  });
});
