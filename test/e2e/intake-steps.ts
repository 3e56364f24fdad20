/** What the guided intake's browser tests share: a server on an empty store, its vocabulary, and the steps' fields found by role and label. */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { seriousViolations, webSuite, type WebSuite } from './web.js';

interface Term {
  value: string;
  label: string;
}
interface Vocabulary {
  challengeCategories: { id: string; label: string }[];
  networkTypes: Term[];
  marketStatuses: Term[];
  challengeLevels: Term[];
  tieOrigins: Term[];
  pathways: Term[];
  competence: { dimensions: Term[]; items: { id: string; dimension: string; text: string }[] };
}

interface Contact {
  name: string;
  country?: string;
  subtype?: string;
  strength?: string;
  origin?: string;
}

/** The label the vocabulary gives a value: the test speaks the words the user sees, without spelling them itself. */
export function label(terms: readonly Term[], value: string): string {
  const term = terms.find((t) => t.value === value);
  if (term === undefined) throw new Error(`no term "${value}" in the vocabulary`);
  return term.label;
}

/** The tag name or id of the element that has the focus (evaluated as text: the tests compile without the DOM's types). */
export async function focused(page: Page, what: 'tagName' | 'id'): Promise<string> {
  return String(await page.evaluate(`document.activeElement?.${what} ?? ''`));
}

/** Waits for step n's heading, which must hold the focus, and checks the progress list marks the step. */
export async function atStep(page: Page, n: number, title: RegExp | string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: new RegExp(`^Step ${n} of 7`) });
  await heading.waitFor();
  expect(await heading.textContent()).toMatch(title);
  await expect.poll(() => focused(page, 'tagName')).toBe('H1');
  // The heading comes first and takes the focus; the step's form follows once its records are read.
  await expect.poll(() => page.locator('.intake .state-loading').count()).toBe(0);
  const current = page.getByRole('navigation', { name: 'Intake steps' }).locator('[aria-current="step"]');
  expect(await current.count()).toBe(1);
  expect(await current.textContent()).toMatch(title);
}

/** The texts an element's aria-describedby points at: where a field's hint and error are read. */
export async function description(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id !== '');
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

export async function axeClean(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page), where).toEqual([]);
}

export async function fillProfile(page: Page, name: string, country: string): Promise<void> {
  await page.getByLabel('Firm name').fill(name);
  await page.getByLabel('Country of origin').selectOption({ label: country });
}

export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
}

/** A server on an empty store and a browser for one test file, with the vocabulary read once and the helpers that speak its words. */
export function intakeSuite() {
  const suite: WebSuite = webSuite([]);
  let loaded: Vocabulary | undefined;
  beforeAll(async () => {
    loaded = (await (await fetch(suite.url('/api/vocabulary'))).json()) as Vocabulary;
  });
  const vocabulary = (): Vocabulary => {
    if (loaded === undefined) throw new Error('the vocabulary is not read yet: use it inside a test');
    return loaded;
  };
  const challenge = (id: string) => vocabulary().challengeCategories.find((c) => c.id === id)?.label ?? id;
  const network = (value: string) => label(vocabulary().networkTypes, value);

  /** The radio group of a competence statement, found by the statement's words as the vocabulary has them. */
  function statement(page: Page, id: string): Locator {
    const item = vocabulary().competence.items.find((i) => i.id === id);
    if (item === undefined) throw new Error(`no competence statement "${id}" in the vocabulary`);
    return page.getByRole('group', { name: item.text, exact: true });
  }

  /** Which answer of each statement is chosen, by statement id ('Not sure' for one left out). */
  async function chosenAnswers(page: Page): Promise<Record<string, string>> {
    const chosen: Record<string, string> = {};
    for (const item of vocabulary().competence.items) {
      const checked = statement(page, item.id).locator('input:checked');
      chosen[item.id] =
        (await checked.count()) === 0
          ? ''
          : ((await statement(page, item.id)
              .locator(`label[for="${await checked.getAttribute('id')}"]`)
              .textContent()) ?? '');
    }
    return chosen;
  }

  async function addMarket(page: Page, country: string, status: string, reason?: string): Promise<void> {
    const form = page.getByRole('form', { name: 'Add a market' });
    await form.getByLabel('Country', { exact: true }).selectOption({ label: country });
    await form.getByRole('radio', { name: label(vocabulary().marketStatuses, status), exact: true }).check();
    if (reason !== undefined) await form.getByLabel(/What went wrong/).fill(reason);
    await form.getByRole('button', { name: 'Add market' }).click();
    await page.getByRole('button', { name: `Remove ${country}` }).waitFor();
  }

  /** Rates every category: `levels` names some, the rest get Low. */
  async function rateAll(page: Page, levels: Record<string, string>): Promise<void> {
    for (const c of vocabulary().challengeCategories) {
      const card = page.getByRole('region', { name: c.label });
      await card.getByRole('radio', { name: label(vocabulary().challengeLevels, levels[c.id] ?? 'Low'), exact: true }).check();
    }
  }

  async function addContact(page: Page, type: string, contact: Contact): Promise<void> {
    const section = page.getByRole('region', { name: network(type) });
    await section.getByLabel('Name', { exact: true }).fill(contact.name);
    if (contact.country !== undefined) await section.getByLabel(/^Country/).selectOption({ label: contact.country });
    if (contact.subtype !== undefined) await section.getByLabel(/^What they are/).fill(contact.subtype);
    if (contact.strength !== undefined) await section.getByLabel(/^Strength/).selectOption(contact.strength);
    if (contact.origin !== undefined) await section.getByLabel(/^How did you meet/).selectOption({ label: label(vocabulary().tieOrigins, contact.origin) });
    await section.getByRole('button', { name: /^Add to the / }).click();
    await section.getByRole('button', { name: `Remove ${contact.name}` }).waitFor();
  }

  /** Creates a record through the API, as another window would, and expects it created. */
  async function post(path: string, data: unknown): Promise<void> {
    const response = await fetch(suite.url(path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
    expect(response.status).toBe(201);
  }

  return { url: suite.url, open: suite.open, vocabulary, challenge, network, statement, chosenAnswers, addMarket, rateAll, addContact, post };
}
