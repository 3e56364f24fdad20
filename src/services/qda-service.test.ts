// REFI-QDA through a real store: a firm's transcripts and coded segments exported to .qdpx (valid
// against the Project schema), imported into another firm and exported again unchanged; a project
// in the layout MAXQDA writes, with a PDF source, imported with the PDF skipped; one transaction.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../core/qda/qdpx-zip.js';
import { sliceCodePoints } from '../core/evidence/code-points.js';
import type { CaseFile } from '../core/case-file/index.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { parsedCase } from '../test-support/cases.js';
import { refiSchemaErrors } from '../test-support/refi-schema.js';
import { sampleCase } from '../test-support/samples.js';
import { exportCase } from './case-service.js';
import { importTranscript } from './evidence-service.js';
import { exportQdc, exportQdpx, importQdpx } from './qda-service.js';
import { createRecord } from './record-service.js';

const WS = 'w';
const now = new Date(Date.UTC(2026, 11, 1, 9, 30));
const TEXT = 'IA1: Сайн байна уу 👋 we export to Kazakhstan.\n\nInterviewer: Who helped?\n\nIA1: The ministry and ශ්‍රී ලංකා partners.';
const dir = mkdtempSync(join(tmpdir(), 'foothold-qda-'));
let store: CaseStore;

function firm(id: string): CaseFile {
  return parsedCase({
    format: 'foothold.case/2',
    firm: { id, name: `Firm ${id}`, countryOfOrigin: 'MN' },
    sources: [{ id: 'src-ia1', kind: 'interview', title: 'Interview IA1', description: 'Founder, 2026' }],
  });
}

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  await store.ensureWorkspace({ id: WS, name: 'W', kind: 'research' });
  await store.putCase(WS, firm('origin'), { replace: false });
  await store.putCase(WS, firm('copy'), { replace: false });
  await store.putCase(WS, sampleCase('company-a'), { replace: false });
  const file = join(dir, 'ia1.md');
  writeFileSync(file, TEXT);
  const { transcript } = await importTranscript(store, WS, 'origin', file, { source: 'src-ia1' });
  const turn = (i: number) => transcript.turns![i]!;
  await createRecord(store, WS, 'origin', 'codes', { id: 'trust', name: 'Trust', parent: 'network:social', color: '#aa3300', description: 'Whom they trust' });
  await createRecord(store, WS, 'origin', 'codes', { id: 'kin', name: 'Kin', parent: 'trust' });
  const seg = (id: string, i: number, codes: string[], coder: string, memo?: string) =>
    createRecord(store, WS, 'origin', 'segments', {
      id,
      source: 'src-ia1',
      quote: sliceCodePoints(TEXT, turn(i).start, turn(i).end),
      span: { transcript: transcript.id, start: turn(i).start, end: turn(i).end },
      codes,
      coder,
      ...(memo === undefined ? {} : { memo }),
    });
  await seg('s-1', 0, ['benefit:market_access', 'kin'], 'MB', 'Export starts here');
  await seg('s-2', 2, ['network:institutional'], 'MB');
  await seg('s-3', 2, ['network:institutional', 'trust'], 'JK');
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const codeTree = (c: CaseFile) => c.codes.map((code) => [code.name, code.parent, code.color, code.description]);
const spans = (c: CaseFile) =>
  c.segments.map((s) => ({ quote: s.quote, start: s.span?.start, end: s.span?.end, codes: [...s.codes].sort(), coder: s.coder, memo: s.memo }));

describe('qdpx export and import', () => {
  it('writes a project valid against the REFI-QDA schema, with the text byte for byte', async () => {
    const out = await exportQdpx(store, WS, ['origin'], now);
    expect(out).toMatchObject({ sources: 1, segments: 3, left: [] });
    const entries = readZip(out.bytes, 'origin.qdpx');
    const qde = new TextDecoder().decode(entries.get('project.qde'));
    expect(await refiSchemaErrors(qde, 'project')).toEqual([]);
    const texts = [...entries.entries()].filter(([path]) => path.startsWith('Sources/'));
    expect(texts).toHaveLength(1);
    expect(Buffer.from(texts[0]![1]).equals(Buffer.from(TEXT, 'utf8'))).toBe(true);
    const qdc = await exportQdc(store, WS, ['origin']);
    expect(await refiSchemaErrors(qdc.xml, 'codebook')).toEqual([]);
  });

  it('imports into another firm and exports again the same codes, texts and segments', async () => {
    const first = await exportQdpx(store, WS, ['origin'], now);
    const imported = await importQdpx(store, WS, 'copy', first.bytes, 'origin.qdpx', { sourceKind: 'interview' });
    expect(imported).toMatchObject({ codes: 2, sources: 1, segments: 3, skipped: [] });
    const [origin, copy] = [await exportCase(store, WS, 'origin'), await exportCase(store, WS, 'copy')];
    expect(codeTree(copy)).toEqual(codeTree(origin));
    expect(spans(copy)).toEqual(spans(origin));
    const added = copy.transcripts.find((t) => t.format === 'qdpx')!;
    expect(added.text).toBe(TEXT);
    // The segment ids travel as the selections' names.
    expect(copy.segments.map((s) => s.id)).toEqual(['s-1', 's-2', 's-3']);

    const again = await exportQdpx(store, WS, ['copy'], now);
    const [a, b] = [readZip(first.bytes, 'a'), readZip(again.bytes, 'b')];
    const textOf = (m: Map<string, Uint8Array>) => [...m.entries()].filter(([p]) => p.startsWith('Sources/')).map(([, v]) => Buffer.from(v).toString('utf8'));
    expect(textOf(b)).toEqual(textOf(a));
    expect(again.codes).toBe(first.codes);
    // Importing the same file again into the same firm adds nothing twice.
    const twice = await importQdpx(store, WS, 'copy', again.bytes, 'copy.qdpx');
    expect(twice).toMatchObject({ codes: 0, sources: 0, segments: 0 });
  });

  it('counts the quotes a sample case keeps without a stored text', async () => {
    const out = await exportQdpx(store, WS, ['company-a'], now);
    const c = await exportCase(store, WS, 'company-a');
    expect(out).toMatchObject({ sources: 0, segments: 0, left: [{ firm: 'company-a', segments: c.segments.length }] });
  });

  it("imports MAXQDA's layout (lower-case folder, upper-case GUIDs) with its codebook, and skips the PDF", async () => {
    await store.putCase(WS, firm('maxqda'), { replace: false });
    const GUID = 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE';
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="MAXQDA 24">
  <Users><User guid="11111111-2222-4333-8444-555555555555" name="Anna"/></Users>
  <CodeBook><Codes>
    <Code guid="C0000000-0000-4000-8000-000000000001" name="Barriers" isCodable="true" color="#F00">
      <Description>What stands in the way</Description>
      <Code guid="C0000000-0000-4000-8000-000000000002" name="Tariffs" isCodable="true"/>
    </Code>
    <Code guid="C0000000-0000-4000-8000-000000000003" name="Business network" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${GUID}" name="Interview Anna" plainTextPath="internal://${GUID}.txt">
      <PlainTextSelection guid="D0000000-0000-4000-8000-000000000001" startPosition="0" endPosition="23" creatingUser="11111111-2222-4333-8444-555555555555">
        <Coding guid="E0000000-0000-4000-8000-000000000001" creatingUser="11111111-2222-4333-8444-555555555555"><CodeRef targetGUID="C0000000-0000-4000-8000-000000000002"/></Coding>
        <Coding guid="E0000000-0000-4000-8000-000000000002" creatingUser="11111111-2222-4333-8444-555555555555"><CodeRef targetGUID="C0000000-0000-4000-8000-000000000003"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PDFSource guid="F0000000-0000-4000-8000-000000000001" name="Annual report" path="internal://F0000000-0000-4000-8000-000000000001.pdf"/>
  </Sources>
</Project>`;
    const bytes = zipSync({
      'project.qde': strToU8(qde),
      [`sources/${GUID}.txt`]: strToU8('Tariffs hurt us badly 🚧. Our distributor helped.'),
      'sources/F0000000-0000-4000-8000-000000000001.pdf': strToU8('%PDF-1.7'),
    });
    const result = await importQdpx(store, WS, 'maxqda', bytes, 'maxqda.qdpx');
    expect(result).toMatchObject({ codes: 2, sources: 1, segments: 1 });
    expect(result.skipped.map((s) => s.what)).toEqual(['PDF source "Annual report"']);
    const c = await exportCase(store, WS, 'maxqda');
    expect(c.codes.map((code) => [code.id, code.name, code.parent, code.color])).toEqual([
      ['barriers', 'Barriers', undefined, '#ff0000'],
      ['tariffs', 'Tariffs', 'barriers', undefined],
    ]);
    // "Business network" is the built-in code of that name, though the file has it at the top.
    expect(c.segments[0]).toMatchObject({
      quote: 'Tariffs hurt us badly 🚧',
      coder: 'Anna',
      span: { start: 0, end: 23 },
      codes: ['tariffs', 'network:business'],
    });
  });

  it('writes nothing when the file is refused', async () => {
    const before = await exportCase(store, WS, 'origin');
    await expect(importQdpx(store, WS, 'origin', strToU8('not a zip'), 'bad.qdpx')).rejects.toThrow(/bad.qdpx/);
    expect(await exportCase(store, WS, 'origin')).toEqual(before);
  });
});
