/** `foothold graph metrics` and `foothold graph export`: the graph engine on a GraphML file, and a firm's network for Gephi. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { formatProblem, InputError } from '../../shared/errors.js';
import { textColumns } from '../../shared/text-columns.js';
import type { CliIo } from '../io.js';
import { wholeNumberArgument, workspaceOption } from '../options.js';
import { progressBar } from '../progress.js';
import { withStore } from '../store.js';

const wholeNumber = (min: number) => wholeNumberArgument(min);

const fixed = (x: number | null, digits: number) => (x === null ? '—' : x.toFixed(digits));

export function registerGraphCommands(program: Command, io: CliIo): void {
  const graph = program.command('graph').description('network metrics of a GraphML file, and a firm’s network exported for Gephi, yEd or networkx');

  graph
    .command('metrics')
    .description('degree, betweenness, Burt’s constraint and effective size of every node of an undirected GraphML file, as networkx computes them')
    .argument('<file>', 'a .graphml file (Gephi, networkx, yEd, igraph)')
    .option('--json', 'print { "nodes": { "<id>": { degree, betweenness, constraint, effectiveSize } } }')
    .option('--samples <k>', 'estimate betweenness from k pivots (default: exact up to 50,000 nodes, 500 pivots above)', wholeNumber(2))
    .option('--seed <n>', 'seed of the pivot choice, for repeatable estimates', wholeNumber(0))
    .option('--top <n>', 'without --json: how many nodes to list, highest betweenness first', wholeNumber(1), 20)
    .option('--as-undirected', 'read a directed file’s edges as undirected ties instead of refusing it')
    .addHelpText(
      'after',
      [
        '',
        'Betweenness is normalized as networkx’s default; constraint and effective size are',
        'null (— in the table) for a node without ties. Parallel edges count once and',
        'self-loops not at all; the file’s weights are not used.',
        '',
        'Examples:',
        '  $ foothold graph metrics network.graphml',
        '  $ foothold graph metrics network.graphml --json | jq \'.nodes["n12"]\'',
      ].join('\n'),
    )
    .action(async (file: string, opts: { json?: boolean; samples?: number; seed?: number; top: number; asUndirected?: boolean }) => {
      const { graphFileMetrics, metricsJson } = await import('../../services/graph-service.js');
      const bar = await progressBar('betweenness');
      const m = await graphFileMetrics(file, {
        ...(opts.samples === undefined ? {} : { samples: opts.samples }),
        ...(opts.seed === undefined ? {} : { seed: opts.seed }),
        ...(opts.asUndirected === true ? { asUndirected: true } : {}),
        onProgress: (_stage, done, total) => bar.update(done, total),
      }).finally(() => bar.stop());
      for (const w of m.warnings) io.err(`warning: ${formatProblem(w)}`);
      const b = m.betweenness;
      const how = b.exact
        ? 'betweenness exact'
        : `betweenness estimated from ${b.samples} pivots: every value within ±${b.errorBound?.epsilon.toFixed(3)} with probability ${1 - (b.errorBound?.delta ?? 0)}`;
      if (opts.json) {
        if (!b.exact) io.err(how);
        io.out(JSON.stringify(metricsJson(m), null, 2));
        return;
      }
      const notes = [m.parallelEdges > 0 ? `${m.parallelEdges} parallel edges counted once` : '', m.selfLoops > 0 ? `${m.selfLoops} self-loops left out` : '']
        .filter((x) => x !== '')
        .join(', ');
      io.out(`${m.ids.length} nodes, ${m.edgeCount} edges${m.readAsUndirected ? ' (read as undirected)' : ''}${notes === '' ? '' : ` (${notes})`}; ${how}`);
      const order = m.nodes.map((_, v) => v).sort((a, z) => (m.nodes[z]?.betweenness ?? 0) - (m.nodes[a]?.betweenness ?? 0));
      const shown = order.slice(0, opts.top);
      const rows = shown.map((v) => {
        const n = m.nodes[v]!;
        return [m.ids[v] ?? '', String(n.degree), n.betweenness.toFixed(4), fixed(n.constraint, 4), fixed(n.effectiveSize, 2)];
      });
      const header = ['node', 'degree', 'betweenness', 'constraint', 'effective size'];
      for (const line of textColumns([header, ...rows])) io.out(line);
      if (order.length > shown.length) io.out(`… and ${order.length - shown.length} more (--top N, or --json for all)`);
    });

  graph
    .command('export')
    .description('write a firm’s network (key people, actors, ties, memberships) as GraphML or GEXF for Gephi, yEd or networkx, or as Gephi’s two CSV tables')
    .argument('<firm-id>', 'id of the firm')
    .addOption(new Option('-f, --format <format>', 'graphml, gexf or csv').choices(['graphml', 'gexf', 'csv']).default('graphml'))
    .option('-o, --output <path>', 'file to write (graphml, gexf; default: standard output), or for csv the folder to write nodes.csv and edges.csv into')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'Each tie carries its network type, ratings, status, dates and the weight the warm paths',
        'use (strength × trust × status × recency, docs/decisions/0013-graph-engine.md); an ended',
        'tie is kept with weight 0.',
        '',
        'Examples:',
        '  $ foothold graph export company-a -o company-a.graphml',
        '  $ foothold graph export company-b --format gexf -o company-b.gexf',
        '  $ foothold graph export company-b --format csv -o company-b-network/',
      ].join('\n'),
    )
    .action(async (firmId: string, opts: { format: 'graphml' | 'gexf' | 'csv'; output?: string; workspace: string }) => {
      if (opts.format === 'csv' && opts.output === undefined) {
        throw new InputError('the csv format writes two files (nodes.csv and edges.csv): add -o FOLDER');
      }
      const [{ exportFirmGraph }, { writeFileAtomically }] = await Promise.all([
        import('../../services/graph-service.js'),
        import('../../services/user-files.js'),
      ]);
      const exported = await withStore((store) => exportFirmGraph(store, opts.workspace, firmId, opts.format, new Date()));
      if (exported.format === 'csv') {
        const folder = opts.output ?? '';
        await mkdir(folder, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
          throw new InputError(`cannot make the folder ${folder} (${err.code ?? err.message}); give -o a folder that can be created or exists`);
        });
        await writeFileAtomically(join(folder, 'nodes.csv'), exported.nodes);
        await writeFileAtomically(join(folder, 'edges.csv'), exported.edges);
        io.out(`wrote ${join(folder, 'nodes.csv')} and ${join(folder, 'edges.csv')}`);
        return;
      }
      if (opts.output === undefined) {
        io.out(exported.text.replace(/\n$/, ''));
        return;
      }
      await writeFileAtomically(opts.output, exported.text);
      io.out(`wrote ${opts.output}`);
    });
}
