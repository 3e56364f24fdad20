// The researcher's commands through the built binary: a WebVTT transcript into a new source, the
// codebook and the matrix, agreement refused without two coders, a pseudonymized company-a with
// none of its people's names, and a .qdpx out and into another firm with the JSON summary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, freshDataDir, root } from './run-cli.js';

let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'foothold-evidence-cli-'));
const companyA = JSON.parse(readFileSync(join(root, 'examples/cases/company-a.json'), 'utf8')) as {
  keyPeople: { name?: string }[];
  actors: { kind: string; name: string }[];
};

beforeAll(() => {
  env = { FOOTHOLD_DATA: freshDataDir() };
  expect(cli(['import', join(root, 'examples/cases/company-a.json'), join(root, 'examples/cases/company-b.json')], env).code).toBe(0);
});

describe('foothold transcript import', () => {
  it('stores a WebVTT file as the text of a source, with its speakers', () => {
    const caseFile = JSON.parse(cli(['export', 'company-b'], env).stdout) as Record<string, unknown> & { sources: unknown[] };
    caseFile.sources.push({ id: 'src-call', kind: 'interview', title: 'Call with IB2', participantId: 'IB2' });
    const file = join(dir, 'company-b.json');
    writeFileSync(file, JSON.stringify(caseFile));
    expect(cli(['import', file, '--replace'], env).code).toBe(0);
    const vtt = join(dir, 'call.vtt');
    writeFileSync(
      vtt,
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v IB2>Бид Казахстан руу экспортлоно 🚀</v>\n\n00:00:05.000 --> 00:00:07.500\n<v Interviewer>Who helped?</v>\n',
    );
    const r = cli(['transcript', 'import', vtt, '--firm', 'company-b', '--source', 'src-call', '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      id: 'transcript-src-call',
      source: 'src-call',
      format: 'webvtt',
      length: [...'Бид Казахстан руу экспортлоно 🚀\n\nWho helped?'].length,
      turns: 2,
      speakers: ['IB2', 'Interviewer'],
    });
    const again = cli(['transcript', 'import', vtt, '--firm', 'company-b', '--source', 'src-call'], env);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('has a transcript already');
  });
});

describe('foothold codes and matrix', () => {
  it("lists the codebook in use with the case's own codes marked", () => {
    const r = cli(['codes', 'company-b'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Network types \[network\]$/m);
    expect(r.stdout).toMatch(/^ {2}Social network \[network:social\] — \d+$/m);
    expect(r.stdout).toMatch(/^ {2}Key people \[key_people\] \(own\) — 4$/m);
  });

  it('tabulates codes by firm and challenges by network type, and prints the same as JSON', () => {
    const r = cli(['matrix', 'company-a', 'company-b'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Codes × firms: segments (kinds of source behind them)');
    expect(r.stdout).toMatch(/^company-b: challenges × network types/m);
    const json = JSON.parse(cli(['matrix', 'company-b', '--json'], env).stdout) as {
      challengeNetwork: { cells: { challenge: string; networkType: string; level?: string }[] }[];
    };
    // Thesis Table 10, Company B: regulatory challenges met through social networks at "High".
    expect(json.challengeNetwork[0]?.cells.find((c) => c.challenge === 'regulatory_institutional' && c.networkType === 'social')?.level).toBe('High');
  });

  it('refuses agreement on a source no two coders have coded, saying so', () => {
    const r = cli(['agreement', 'company-b', '--source', 'src-call'], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('expected two different coders of source "src-call"; no segment of it names a coder');
    expect(cli(['agreement', 'company-b', '--source', 'src-call', '--coders', 'MB'], env).stderr).toContain('two different coders separated by a comma');
  });
});

describe('foothold anonymize', () => {
  it("writes company-a with none of its people's names, and lists the words left to review", () => {
    const out = join(dir, 'company-a.anon.json');
    const r = cli(['anonymize', 'company-a', '-o', out, '--replace', 'Vaasa=a Finnish town', '--json'], env);
    expect(r.code).toBe(0);
    const written = readFileSync(out, 'utf8');
    const names = [
      ...companyA.keyPeople.flatMap((p) => (p.name === undefined ? [] : [p.name])),
      ...companyA.actors.filter((a) => a.kind === 'person').map((a) => a.name),
    ];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(written, name).not.toContain(name);
    expect(written).not.toContain('Vaasa');
    const summary = JSON.parse(r.stdout) as { remaining: { word: string }[] };
    expect(summary.remaining.length).toBeGreaterThan(0);
    expect(cli(['validate', out], env).code).toBe(0);
  });
});

describe('foothold qdpx and qdc', () => {
  it('exports a firm and imports the file into another, reporting counts and what was skipped', () => {
    const file = join(dir, 'b.qdpx');
    const out = cli(['qdpx', 'export', 'company-b', '-o', file, '--json'], env);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ sources: 1, segments: 0 });
    const imported = cli(['qdpx', 'import', file, '--firm', 'company-a', '--kind', 'interview', '--json'], env);
    expect(imported.code).toBe(0);
    // Company B's ten tie subtypes ("Relative or friend" …), which no tie of company-a uses, become
    // company-a's own codes under their network types; every other code is company-a's already.
    expect(JSON.parse(imported.stdout)).toEqual({ codes: 10, sources: 1, segments: 0, skipped: [] });
    expect(cli(['codes', 'company-a', '--all'], env).stdout).toMatch(/^ {4}Relative or friend \[relative-or-friend\] \(own\) — 0$/m);
    const qdc = join(dir, 'codes.qdc');
    expect(cli(['qdc', 'export', '-o', qdc], env).stdout).toMatch(/^wrote .*codes\.qdc: \d+ codes$/m);
    expect(readFileSync(qdc, 'utf8')).toContain('<CodeBook');
    const broken = cli(['qdpx', 'import', join(root, 'package.json'), '--firm', 'company-a'], env);
    expect(broken.code).not.toBe(0);
  });
});
