import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../shared/errors.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { sampleCase, seedText, skipWithoutSeed } from '../test-support/samples.js';
import { importCases } from './case-service.js';
import { knowledgeBaseData } from './reference-data.js';
import { chromiumPath, printPdf, renderReport, reportBibliography, reportDocument } from './report-service.js';

const THESIS = '003_7a904afc5627ed05.txt';
const PAPER = '000_027afc1053f9dfb9.txt';

let store: CaseStore;
const now = new Date('2025-06-01T00:00:00Z');

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  const items = ['company-a', 'company-b'].map((id) => ({ origin: `${id}.json`, caseFile: sampleCase(id) }));
  await importCases(store, 'default', items, { replace: false });
});
afterAll(async () => store.close());

describe('renderReport', () => {
  it('renders a cross-case report from stored cases, in the order asked for', async () => {
    const md = await renderReport(store, 'default', ['company-b', 'company-a'], 'md', now);
    expect(md.startsWith('# Company B and Company A\n\n*Networks against internationalization challenges: a cross-case report · generated on 2025-06-01')).toBe(
      true,
    );
    expect(md).toContain('This report compares two firms: Company B, from Mongolia (emerging economy), and Company A, from Finland (developed economy).');
    const html = await renderReport(store, 'default', ['company-a', 'company-b'], 'html', now);
    expect(html).toContain('<h1>Company A and Company B</h1>');
  });

  it('renders a firm report for one firm', async () => {
    const doc = await reportDocument(store, 'default', ['company-b'], now);
    expect(doc.kind).toBe('firm');
    expect(doc.generatedOn).toBe('2025-06-01');
  });

  it('names, under a gap in institutional ties, the institutions of the directory that could help in the firm’s markets', async () => {
    const md = await renderReport(store, 'default', ['company-b'], 'md', now);
    const section = md.slice(md.indexOf('### Regulatory and institutional challenges (High) × institutional network'));
    const list = section.slice(section.indexOf('*Institutions that could help:*'), section.indexOf('\n### '));
    // Company B's home chamber first, then bodies of Kazakhstan, its next target.
    expect(list).toMatch(
      /^\*Institutions that could help:\*\n\n- Mongolian National Chamber of Commerce and Industry \(MNCCI\): Mongolia’s chamber of commerce, helping its firms abroad — https:\/\/\S+, recorded \d{4}-\d{2}-\d{2}\n/,
    );
    expect(list).toContain('for firms entering Kazakhstan');
    const html = await renderReport(store, 'default', ['company-b'], 'html', now);
    expect(html).toContain('<span class="tag">Institutions that could help</span></p><ul class="institutions"><li>Mongolian National Chamber');
  });

  it('renders the report document itself as JSON, the one the other formats render', async () => {
    const json = await renderReport(store, 'default', ['company-a', 'company-b'], 'json', now);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(await reportDocument(store, 'default', ['company-a', 'company-b'], now))));
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('names the firm that is missing', async () => {
    await expect(renderReport(store, 'default', ['company-a', 'nope'], 'md', now)).rejects.toThrow(new NotFoundError('firm', 'nope'));
  });

  it('says how to get Chromium, and that HTML works without it, when it is missing', async () => {
    const err = await printPdf('<p>x</p>', { CHROMIUM_PATH: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/Chromium is not available at \/nonexistent\/chromium/);
    expect((err as Error).message).toContain('apt-get install -y chromium fonts-noto-core');
    expect((err as Error).message).toContain('CHROMIUM_PATH');
    expect((err as InputError).hint).toEqual({ option: 'format', value: 'html', effect: expect.stringContaining('needs no Chromium') });
  });

  it.skipIf(!existsSync(chromiumPath()))('prints a PDF with Chromium', async () => {
    const pdf = await renderReport(store, 'default', ['company-b'], 'pdf', now);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
  });
});

describe('reportBibliography: the references reports give in full', () => {
  const bib = reportBibliography();
  const cited = () => {
    // Rules cite works, and so may their sector variants: every citation anywhere in the knowledge base.
    const works = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>;
        if (typeof record['work'] === 'string' && typeof record['seed'] === 'string') works.add(record['work']);
        Object.values(record).forEach(walk);
      }
    };
    walk(knowledgeBaseData());
    return works;
  };

  it('has an entry in data/reference/works.json for every work the knowledge base cites', () => {
    const works = cited();
    expect([...works.keys()].filter((w) => bib.works[w] === undefined)).toEqual([]);
    // A work no reference list gives says why and where its seed cites it.
    for (const [work, entry] of Object.entries(bib.works)) {
      if (entry.reference === null)
        expect(entry, work).toMatchObject({ source: PAPER, note: expect.stringContaining('no reference list'), citedAt: expect.any(String) });
      else expect(entry.location, work).toMatch(/^References, p\. (8[89]|9[0-7])$/);
    }
  });

  it('gives the two seed studies: the thesis in full, the paper by what its text shows', () => {
    const thesis = bib.seeds.find((s) => s.source === THESIS);
    expect(thesis).toMatchObject({ label: 'thesis', citeAs: 'Badamgarav (2025)', year: 2025, institution: 'University of Vaasa', kind: 'Master’s thesis' });
    for (const part of [
      'Badamgarav, Munkhjargal (2025).',
      thesis?.title ?? '∅',
      'Master’s thesis',
      'School of Marketing and Communication',
      'University of Vaasa',
    ]) {
      expect(thesis?.reference).toContain(part);
    }
    const paper = bib.seeds.find((s) => s.source === PAPER);
    expect(paper).toMatchObject({ label: 'paper', authors: null, year: null, title: null, referenceList: null });
    expect(paper?.reference).toMatch(/^Research paper, authors, title, year and venue not given in its text: /);
  });

  it('takes the thesis’s reference from its title page, in the words of the README', (ctx) => {
    skipWithoutSeed(ctx, THESIS);
    const titlePages = seedText(THESIS).slice(0, 1500).replace(/\s+/g, ' ');
    const thesis = bib.seeds.find((s) => s.source === THESIS)!;
    for (const part of [
      thesis.title!,
      'Munkhjargal Badamgarav',
      'School of Marketing and Communication',
      'Master’s Thesis',
      'Vaasa 2025',
      'UNIVERSITY OF VAASA',
    ])
      expect(titlePages).toContain(part);
    for (const part of [thesis.degree!, thesis.programme!, `Supervisor: ${thesis.supervisor!}`, `Pages: ${thesis.pages!}`]) expect(titlePages).toContain(part);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
      .replace(/\s+/g, ' ')
      .replace(/_/g, '');
    expect(readme).toContain('Badamgarav, Munkhjargal (2025). The Role of Networks in Overcoming SME Internationalization Challenges');
    expect(readme).toContain('School of Marketing and Communication, University of Vaasa, Finland.');
  });

  it('says of the paper only what its text shows: no title page, no reference list, nothing cited after 2022', (ctx) => {
    skipWithoutSeed(ctx, PAPER);
    const paper = seedText(PAPER);
    expect(paper.trimStart().startsWith('ABSTRACT')).toBe(true);
    expect(paper).not.toMatch(/\bREFERENCES\b|\bReferences\b|\bBibliography\b/);
    const years = [...paper.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
    expect(Math.max(...years)).toBe(2022);
  });

  it('transcribes each reference from the thesis’s reference list', (ctx) => {
    skipWithoutSeed(ctx, THESIS);
    const text = seedText(THESIS);
    const start = text.lastIndexOf('References');
    // Spaces do not count: the seed text breaks lines inside DOIs and after "&".
    const list = text.slice(start, text.indexOf('Appendices', start)).replace(/\s+/g, '');
    for (const [work, entry] of Object.entries(bib.works)) {
      if (entry.reference !== null) expect(list, work).toContain(entry.reference.replace(/\s+/g, ''));
    }
  });
});
