// Transcripts, coded spans, the codebook's rules, the matrix and two-coder agreement through a real
// store (SQLite, PGlite, and PostgreSQL when TEST_DATABASE_URL is set): the same rules for a
// whole file and for single-record writes, and offsets that never drift.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../core/evidence/code-points.js';
import { validateCaseValue } from '../core/case-file/index.js';
import type { CaseStore } from '../store/types.js';
import { parsedCase } from '../test-support/cases.js';
import { storeTargets } from '../test-support/stores.js';
import { exportCase } from './case-service.js';
import { firmCodebook, firmsMatrix, importTranscript, sourceAgreement } from './evidence-service.js';
import { createRecord, deleteRecord, updateRecord } from './record-service.js';

const WS = 'w';
const FIRM = 'steppe-tea';
// Four turns: Mongolian Cyrillic with an emoji, a question, a plain answer, Sinhala.
const TRANSCRIPT = [
  'IA1: Сайн байна уу 👋 we export to Kazakhstan.',
  'Interviewer: Who helped?',
  'IA1: The ministry and a distributor in Almaty.',
  'IA1: ශ්‍රී ලංකා partners too.',
].join('\n\n');

const dir = mkdtempSync(join(tmpdir(), 'foothold-evidence-'));
const file = join(dir, 'ia1.txt');
writeFileSync(file, TRANSCRIPT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function steppeTea() {
  return parsedCase({
    format: 'foothold.case/2',
    firm: { id: FIRM, name: 'Steppe Tea', countryOfOrigin: 'MN', sector: 'tea' },
    sources: [
      { id: 'src-ia1', kind: 'interview', title: 'Interview with the founder', participantId: 'IA1' },
      { id: 'src-web', kind: 'website', title: 'Company website' },
    ],
    segments: [{ id: 'seg-web', source: 'src-web', quote: 'We ship to Almaty.', location: 'About page', codes: ['network:business'] }],
  });
}

for (const target of storeTargets()) {
  describe(`evidence on ${target.name}`, () => {
    let store: CaseStore;
    let turns: { start: number; end: number }[] = [];

    beforeAll(async () => {
      store = await target.open();
      await store.ensureWorkspace({ id: WS, name: 'W', kind: 'research' });
      await store.putCase(WS, steppeTea(), { replace: false });
      const imported = await importTranscript(store, WS, FIRM, file, { source: 'src-ia1' });
      turns = imported.transcript.turns ?? [];
    });
    afterAll(() => target.cleanup());

    const spanOf = (turn: number) => ({ transcript: 'transcript-src-ia1', start: turns[turn]!.start, end: turns[turn]!.end });
    const quoteOf = (turn: number) => sliceCodePoints(TRANSCRIPT, turns[turn]!.start, turns[turn]!.end);
    const segment = (id: string, turn: number, codes: string[], coder: string) => ({
      id,
      source: 'src-ia1',
      quote: quoteOf(turn),
      span: spanOf(turn),
      codes,
      coder,
    });

    it('stores the text once, with its speaker turns counted in code points', async () => {
      const c = await exportCase(store, WS, FIRM);
      expect(c.transcripts).toHaveLength(1);
      expect(c.transcripts[0]).toMatchObject({ id: 'transcript-src-ia1', source: 'src-ia1', format: 'text', fileName: 'ia1.txt', text: TRANSCRIPT });
      expect(turns.map((t) => t.start)).toEqual([0, 47, 73, 121]);
      expect(quoteOf(0)).toBe('IA1: Сайн байна уу 👋 we export to Kazakhstan.');
      expect(quoteOf(3)).toBe('IA1: ශ්‍රී ලංකා partners too.');
      expect(c.transcripts[0]!.turns?.map((t) => t.speaker)).toEqual(['IA1', 'Interviewer', 'IA1', 'IA1']);
    });

    it('refuses a second text for the same source, and a source that does not exist', async () => {
      await expect(importTranscript(store, WS, FIRM, file, { source: 'src-ia1', id: 'again' })).rejects.toThrow(/has a transcript already/);
      await expect(importTranscript(store, WS, FIRM, file, { source: 'src-nobody' })).rejects.toThrow(/"src-nobody" does not exist/);
    });

    it('codes spans whose quote is the text there, and keeps them exact while other segments change', async () => {
      await createRecord(store, WS, FIRM, 'segments', segment('a-1', 0, ['benefit:market_access'], 'MB'));
      await createRecord(store, WS, FIRM, 'segments', segment('a-2', 2, ['network:institutional'], 'MB'));
      await createRecord(store, WS, FIRM, 'segments', segment('b-1', 2, ['network:institutional', 'network:business'], 'JK'));
      await createRecord(store, WS, FIRM, 'segments', segment('b-2', 3, ['benefit:market_access'], 'JK'));
      const tmp = await createRecord(store, WS, FIRM, 'segments', segment('tmp', 1, ['network:social'], 'MB'));
      await updateRecord(store, WS, FIRM, 'segments', 'tmp', { ...tmp.record, codes: ['network:digital'], memo: 'a memo' }, 1);
      await deleteRecord(store, WS, FIRM, 'segments', 'tmp');
      const c = await exportCase(store, WS, FIRM);
      const text = c.transcripts[0]!.text;
      for (const s of c.segments.filter((x) => x.span !== undefined)) expect(sliceCodePoints(text, s.span!.start, s.span!.end)).toBe(s.quote);
      expect(c.segments.find((s) => s.id === 'b-2')?.quote).toBe('IA1: ශ්‍රී ලංකා partners too.');
    });

    it('refuses a quote that is not the text of its span, a span past the end, and a span into another source', async () => {
      const wrong = { ...segment('bad', 0, [], 'MB'), quote: 'IA1: something else' };
      await expect(createRecord(store, WS, FIRM, 'segments', wrong)).rejects.toThrow(/must be the transcript's text at 0–45/);
      const past = { ...segment('bad', 3, [], 'MB'), span: { transcript: 'transcript-src-ia1', start: 140, end: 999 } };
      await expect(createRecord(store, WS, FIRM, 'segments', past)).rejects.toThrow(/runs past the end/);
      const other = { ...segment('bad', 0, [], 'MB'), source: 'src-web' };
      await expect(createRecord(store, WS, FIRM, 'segments', other)).rejects.toThrow(/not of this segment's source "src-web"/);
    });

    it("refuses to change a coded transcript's text, which would move its segments", async () => {
      const c = await exportCase(store, WS, FIRM);
      const changed = { ...c.transcripts[0]!, text: `Preface.\n\n${TRANSCRIPT}` };
      await expect(updateRecord(store, WS, FIRM, 'transcripts', 'transcript-src-ia1', changed, 1)).rejects.toThrow(/evidence segment "a-1" names this record/);
      await expect(deleteRecord(store, WS, FIRM, 'transcripts', 'transcript-src-ia1')).rejects.toThrow(/still referred to/);
    });

    it("keeps the codebook's hierarchy free of cycles and its ids apart from the built-in groups", async () => {
      await createRecord(store, WS, FIRM, 'codes', { id: 'trust', name: 'Trust', parent: 'network:social', color: '#aa3300' });
      await createRecord(store, WS, FIRM, 'codes', { id: 'trust-family', name: 'Family trust', parent: 'trust' });
      await expect(updateRecord(store, WS, FIRM, 'codes', 'trust', { id: 'trust', name: 'Trust', parent: 'trust-family' }, 1)).rejects.toThrow(
        /would sit under itself/,
      );
      await expect(createRecord(store, WS, FIRM, 'codes', { id: 'network', name: 'Networks' })).rejects.toThrow(/group of built-in codes/);
      await expect(createRecord(store, WS, FIRM, 'codes', { id: 'x', name: 'X', parent: 'network:nonsense' })).rejects.toThrow(
        /unknown code "network:nonsense"/,
      );
      const codebook = await firmCodebook(store, WS, FIRM);
      const trust = codebook.find((e) => e.id === 'trust-family');
      expect(trust).toMatchObject({ origin: 'own', depth: 3, parent: 'trust' });
      expect(codebook.find((e) => e.id === 'network:institutional')?.uses).toBe(2);
    });

    it("compares two coders by Cohen's kappa per code and pooled, as computed by hand", async () => {
      const r = await sourceAgreement(store, WS, FIRM, 'src-ia1');
      expect(r.coders).toEqual(['JK', 'MB']);
      expect(r.unitKind).toBe('turns');
      const byCode = Object.fromEntries(r.perCode.map((p) => [p.code, p]));
      // market_access: MB turn 0, JK turn 3 → po 2/4, pe (1/4·1/4 + 3/4·3/4) = 10/16, κ = (8/16 − 10/16)/(6/16) = −1/3.
      expect(byCode['benefit:market_access']!.kappa).toBeCloseTo(-1 / 3, 10);
      // business: JK only, turn 2 → po 3/4, pe 0·1/4 + 1·3/4 = 3/4, κ = 0.
      expect(byCode['network:business']!.kappa).toBeCloseTo(0, 10);
      expect(byCode['network:institutional']!.kappa).toBe(1);
      // Pooled: mean po (1/2 + 3/4 + 1)/3 = 3/4, mean pe (10/16 + 3/4 + 10/16)/3 = 2/3 → κ = (1/12)/(1/3) = 1/4.
      expect(r.overall.kappa).toBeCloseTo(0.25, 10);
      expect(r.disagreements.map((d) => [d.unit, d.code])).toEqual([
        [0, 'benefit:market_access'],
        [2, 'network:business'],
        [3, 'benefit:market_access'],
      ]);
      expect(r.unitTexts[2]).toBe('IA1: The ministry and a distributor in Almaty.');
      await expect(sourceAgreement(store, WS, FIRM, 'src-web')).rejects.toThrow(/has no transcript/);
      await expect(sourceAgreement(store, WS, FIRM, 'src-ia1', ['MB', 'ZZ'])).resolves.toMatchObject({ coders: ['MB', 'ZZ'] });
    });

    it('tabulates codes and challenge × network-type cells with the quotes and the kinds of source behind them', async () => {
      const m = await firmsMatrix(store, WS, [FIRM]);
      const business = m.cells.find((c) => c.code === 'network:business');
      // The website segment and JK's interview segment: two kinds of source.
      expect(business?.segments.sort()).toEqual(['b-1', 'seg-web']);
      expect(business?.triangulation).toMatchObject({ count: 2, kinds: ['interview', 'website'] });
      const network = m.cells.find((c) => c.code === 'network');
      expect(network?.segments.sort()).toEqual(['a-2', 'b-1', 'seg-web']);
      expect(m.quotes.find((q) => q.segment === 'b-1')).toMatchObject({ sourceKind: 'interview', coder: 'JK', location: 'transcript, characters 74–119' });
    });
  });
}

describe('the whole-file checks', () => {
  it('refuse a cycle of codes and a segment whose quote is not its span', () => {
    const input = {
      format: 'foothold.case/2' as const,
      firm: { id: 'f', name: 'F', countryOfOrigin: 'FI' },
      sources: [{ id: 's', kind: 'interview' as const, title: 'I' }],
      transcripts: [{ id: 't', source: 's', text: 'Hello 👋 world', format: 'text' as const }],
      codes: [
        { id: 'a', name: 'A', parent: 'b' },
        { id: 'b', name: 'B', parent: 'a' },
      ],
      segments: [{ id: 'g', source: 's', quote: 'Hello', span: { transcript: 't', start: 0, end: 6 } }],
    };
    const result = validateCaseValue(input);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => `${p.pointer}: ${p.message}`);
    expect(messages).toContain('/codes/0/parent: code "a" would sit under itself: its parents lead back to it');
    expect(messages).toContain('/codes/1/parent: code "b" would sit under itself: its parents lead back to it');
    expect(messages).toContain('/segments/0/span: the quote must be the transcript\'s text at 0–6, which reads "Hello "');
  });
});
