// `foothold graph metrics` and `graph export` through the built binary (its betweenness runs in
// worker threads loaded from dist/): networkx's values for a GraphML file, refusals with their
// reasons, and a firm's network written out and read back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, freshDataDir, root } from './run-cli.js';

interface Fixture {
  nodeCount: number;
  edges: [number, number][];
  betweenness: number[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
}
const fixture = (name: string) => JSON.parse(readFileSync(join(root, 'src/core/graph/fixtures', `${name}.json`), 'utf8')) as Fixture;
type Metrics = { nodes: Record<string, { degree: number; betweenness: number; constraint: number | null; effectiveSize: number | null }> };

let env: Record<string, string>;
let dir: string;
beforeAll(() => {
  env = { FOOTHOLD_DATA: freshDataDir() };
  dir = mkdtempSync(join(tmpdir(), 'foothold-graph-cli-'));
  expect(cli(['import', join(root, 'examples/cases/company-a.json'), join(root, 'examples/cases/company-b.json')], env).code).toBe(0);
});

/** Writes a fixture's graph as GraphML by hand, node ids "n0", "n1" …, so isolated nodes are declared too. */
function graphmlOf(f: Fixture, edgedefault = 'undirected'): string {
  const file = join(dir, `graph-${Math.random().toString(36).slice(2)}.graphml`);
  const nodes = Array.from({ length: f.nodeCount }, (_, i) => `<node id="n${i}"/>`);
  const edges = f.edges.map(([a, b]) => `<edge source="n${a}" target="n${b}"/>`);
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="${edgedefault}">\n${[...nodes, ...edges].join('\n')}\n</graph></graphml>\n`,
  );
  return file;
}

function expectMetrics(m: Metrics, f: Fixture): void {
  expect(Object.keys(m.nodes)).toHaveLength(f.nodeCount);
  for (let v = 0; v < f.nodeCount; v++) {
    const node = m.nodes[`n${v}`];
    expect(node?.degree).toBe(f.edges.filter(([a, b]) => a === v || b === v).length);
    expect(Math.abs((node?.betweenness ?? NaN) - f.betweenness[v]!)).toBeLessThanOrEqual(1e-9);
    for (const key of ['constraint', 'effectiveSize'] as const) {
      const want = f[key][v];
      if (want === null || want === undefined) expect(node?.[key]).toBeNull();
      else expect(Math.abs((node?.[key] ?? NaN) - want)).toBeLessThanOrEqual(1e-9);
    }
  }
}

describe('foothold graph metrics', () => {
  it.each(['karate', 'gnp-60', 'components'])('gives networkx’s degree, betweenness, constraint and effective size for %s', (name) => {
    const f = fixture(name);
    const r = cli(['graph', 'metrics', graphmlOf(f), '--json'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectMetrics(JSON.parse(r.stdout) as Metrics, f);
  });

  it('lists the nodes of highest betweenness in a table, and says the count and how betweenness was found', () => {
    const r = cli(['graph', 'metrics', join(root, 'src/core/graph/fixtures/graphml-networkx-karate.graphml'), '--top', '2'], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('34 nodes, 78 edges; betweenness exact');
    expect(lines[2]).toMatch(/^0 +16 +0\.4376 +0\.1554 +13\.75$/);
    expect(lines.at(-1)).toBe('… and 32 more (--top N, or --json for all)');
  });

  it('states the error bound of an estimate from pivots on standard error', () => {
    const r = cli(['graph', 'metrics', graphmlOf(fixture('gnp-60')), '--json', '--samples', '20', '--seed', '3'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^betweenness estimated from 20 pivots: every value within ±0\.\d{3} with probability 0\.95\n$/);
  });

  it('refuses a directed file unless asked to read it as undirected', () => {
    const file = graphmlOf(fixture('karate'), 'directed');
    const refused = cli(['graph', 'metrics', file, '--json'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the graph is directed; these metrics are for undirected graphs');
    expect(refused.stdout).toBe('');
    const read = cli(['graph', 'metrics', file, '--json', '--as-undirected'], env);
    expect(read.code).toBe(0);
    expectMetrics(JSON.parse(read.stdout) as Metrics, fixture('karate'));
  });

  it('refuses a document type declaration without expanding it, and a file that is not XML, naming the file', () => {
    const laughs = join(dir, 'laughs.graphml');
    writeFileSync(laughs, '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<graphml>&b;</graphml>\n');
    const r = cli(['graph', 'metrics', laughs], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/laughs\.graphml.*DOCTYPE/);
    const json = cli(['graph', 'metrics', join(root, 'package.json')], env);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('package.json');
    expect(cli(['graph', 'metrics', join(dir, 'missing.graphml')], env).stderr).toContain('no such file');
  });
});

describe('foothold graph export', () => {
  it('writes a firm’s network as GraphML that the metrics read back, and as GEXF', () => {
    const file = join(dir, 'company-a.graphml');
    expect(cli(['graph', 'export', 'company-a', '-o', file], env)).toMatchObject({ code: 0, stdout: `wrote ${file}\n` });
    const company = JSON.parse(readFileSync(join(root, 'examples/cases/company-a.json'), 'utf8')) as { keyPeople: unknown[]; actors: unknown[] };
    const m = JSON.parse(cli(['graph', 'metrics', file, '--json'], env).stdout) as Metrics;
    expect(Object.keys(m.nodes)).toHaveLength(1 + company.keyPeople.length + company.actors.length);
    expect(m.nodes['company-a']?.betweenness).toBeGreaterThan(0.5);
    const gexf = cli(['graph', 'export', 'company-b', '--format', 'gexf'], env);
    expect(gexf.code).toBe(0);
    expect(gexf.stdout).toContain('<gexf xmlns="http://gexf.net/1.3"');
  });

  it('writes Gephi’s nodes and edges tables into a folder, and asks for one', () => {
    expect(cli(['graph', 'export', 'company-b', '--format', 'csv'], env)).toMatchObject({ code: 1 });
    const folder = join(dir, 'company-b-network');
    expect(cli(['graph', 'export', 'company-b', '--format', 'csv', '-o', folder], env).code).toBe(0);
    expect(readFileSync(join(folder, 'nodes.csv'), 'utf8').split('\n')[0]).toBe('Id,Label,kind,actorKind,organizationType,platformType,countries,sector,role');
    expect(readFileSync(join(folder, 'edges.csv'), 'utf8').split('\n')[0]).toMatch(/^Source,Target,Type,Id,Label,Weight,link,networkType/);
  });

  it('names a firm that is not there', () => {
    const r = cli(['graph', 'export', 'nope'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('firm "nope" was not found');
  });
});

describe('foothold nurture', () => {
  it('lists the ties due for contact with the reason, and writes the reminders as iCalendar', () => {
    const small = join(root, 'src/core/graph/fixtures/small-firm.case.json');
    expect(cli(['import', small], env).code).toBe(0);
    const listed = cli(['nurture', 'acme', '--json'], env);
    expect(listed.code).toBe(0);
    const items = JSON.parse(listed.stdout) as { tieId: string; reason: string; contactName: string; heldBy: string }[];
    // t3 (strength 2, last contact 2024-12-01) has been overdue since 2025-12-01; t1 has no recorded contact; t2 has ended.
    expect(items.map((i) => [i.tieId, i.reason, i.contactName, i.heldBy])).toEqual([
      ['t3', 'fading', 'Steppe Pharma', 'Acme Oy'],
      ['t1', 'no-contact-recorded', 'A friend in Almaty', 'Aino'],
    ]);
    const ics = join(dir, 'acme.ics');
    const text = cli(['nurture', 'acme', '--ics', ics], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^2 ties of Acme Oy to keep up, most urgent first:\n- Steppe Pharma: last contact \d+ months ago/);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe(`wrote ${ics}`);
    const calendar = readFileSync(ics, 'utf8');
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(2);
    expect(cli(['nurture', 'nope'], env).stderr).toContain('firm "nope" was not found');
  });
});

describe('foothold brokers', () => {
  it('shows who bridges the firm to a market, as text and as JSON', () => {
    const text = cli(['brokers', 'company-b', '--market', 'kg'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('KG: 4 actors reached');
    expect(text.stdout).toContain('Friend of the former manager, living in the Kyrgyz Republic: company-b → actor-former-manager → actor-kg-friend');
    const json = JSON.parse(cli(['brokers', 'company-b', '--market', 'KG', '--json'], env).stdout) as {
      markets: { bridges: { id: string; leadsTo: number }[] }[];
    };
    expect(json.markets[0]?.bridges[0]).toEqual({
      id: 'actor-kg-representative',
      name: 'Representative in the Kyrgyz Republic, director of the Kyrgyz subsidiary',
      leadsTo: 2,
    });
    const bad = cli(['brokers', 'company-b', '--market', 'Kyrgyzstan'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a two-letter ISO 3166 country code');
  });
});

describe('foothold paths', () => {
  it('explains the warm paths into a market hop by hop, and prints them as JSON', () => {
    const text = cli(['paths', 'company-b', '--market', 'kg'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Warm paths from Company B to actors in KG, strongest first:');
    expect(text.stdout).toContain(
      'Former manager of Company B knows Friend of the former manager, living in the Kyrgyz Republic (social, friend; strength not rated; no contact recorded)',
    );
    const json = JSON.parse(cli(['paths', 'company-b', '--to', 'actor-kg-friend', '--max-hops', '2', '--json'], env).stdout) as {
      paths: { score: number; hops: { from: string; to: string; tieId: string; networkType: string; strength: number | null }[] }[];
    };
    expect(json.paths.map((p) => p.hops.map((h) => [h.from, h.to, h.networkType, h.strength]))).toEqual([
      [
        ['company-b', 'actor-kg-representative', 'social', null],
        ['actor-kg-representative', 'actor-kg-friend', 'social', null],
      ],
      [
        ['company-b', 'actor-former-manager', 'social', null],
        ['actor-former-manager', 'actor-kg-friend', 'social', null],
      ],
    ]);
    expect(json.paths[0]!.score).toBeGreaterThan(json.paths[1]!.score);
  });

  it('says when nothing is there to reach, and refuses a request without one target', () => {
    expect(cli(['paths', 'company-b', '--org-kind', 'patient_group'], env).stdout).toContain('Company B records no organizations of kind patient_group.');
    const none = cli(['paths', 'company-b', '--to', 'actor-kg-friend', '--max-hops', '1'], env);
    expect(none.stdout).toContain('No path of at most 1 tie leads from Company B');
    const both = cli(['paths', 'company-b', '--market', 'KG', '--to', 'actor-kg-friend'], env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('exactly one of --to ACTOR_ID, --org-kind KIND or --market CC');
    const hops = cli(['paths', 'company-b', '--market', 'KG', '--max-hops', '0'], env);
    expect(hops.code).toBe(2);
    expect(hops.stderr).toContain('expected a whole number from 1 to 8');
    expect(cli(['paths', 'company-b', '--to', 'nobody'], env).stderr).toContain('"nobody" was not found');
  });
});
