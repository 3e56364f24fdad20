import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../shared/errors.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { sampleCase } from '../test-support/samples.js';
import { importCases } from './case-service.js';
import { chromiumPath, printPdf, renderReport, reportDocument } from './report-service.js';

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
