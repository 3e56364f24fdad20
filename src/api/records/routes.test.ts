import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_NOUN } from '../../core/case-file/index.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { withArticle } from '../../shared/words.js';
import { pluralOf } from './routes.js';

let store: CaseStore;
let summaries: Map<string, string>;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  const app = createApp({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger });
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { summary: string }>> };
  summaries = new Map(
    Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op.summary])),
  );
});
afterAll(() => store.close());

describe('OpenAPI summaries of the record routes', () => {
  const base = '/api/workspaces/{workspace}/firms/{firmId}';
  it.each([
    [`POST ${base}/actors`, 'Add an actor'],
    [`GET ${base}/ties`, "List the firm's ties"],
    [`PUT ${base}/ties/{id}`, 'Replace a tie'],
    [`DELETE ${base}/markets/{id}`, 'Delete a market'],
    [`GET ${base}/key-people`, "List the firm's key people"],
    [`GET ${base}/activities`, "List the firm's activities"],
    [`POST ${base}/utilization`, 'Add a utilization cell'],
    [`GET ${base}/segments/{id}`, 'Read an evidence segment'],
  ])('%s reads "%s"', (route, summary) => {
    expect(summaries.get(route)).toBe(summary);
  });

  it('every summary is a sentence: a capitalized verb, no id-like words or underscores', () => {
    expect(summaries.size).toBeGreaterThan(20);
    for (const [route, summary] of summaries) {
      expect(summary, route).toMatch(/^(Add|List|Read|Replace|Delete|Start|Show|Import|Export|Analyze|Tabulate|Compare|Download) /);
      expect(summary, route).not.toMatch(/[_{}]|\b[a-z]+-[a-z]+s? of a firm/);
    }
  });
});

describe('withArticle and pluralOf', () => {
  it('take "an" before a vowel sound and "a" before a "you" sound', () => {
    expect(['actor', 'evidence segment', 'activity', 'utilization cell', 'unknown tie', 'tie', 'key person'].map(withArticle)).toEqual([
      'an actor',
      'an evidence segment',
      'an activity',
      'a utilization cell',
      'an unknown tie',
      'a tie',
      'a key person',
    ]);
  });

  it('make plurals of the last word', () => {
    expect(['key person', 'activity', 'tie', 'challenge category', 'digital presence snapshot', 'business', 'day'].map(pluralOf)).toEqual([
      'key people',
      'activities',
      'ties',
      'challenge categories',
      'digital presence snapshots',
      'businesses',
      'days',
    ]);
  });

  it('give every record noun of a case a plural that differs from it', () => {
    for (const noun of Object.values(RECORD_NOUN)) expect(pluralOf(noun), noun).not.toBe(noun);
  });
});
