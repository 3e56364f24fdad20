/** `foothold brokers`: who bridges the firm to its markets, Burt's measures, and how diverse its ties are. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { countryCodeArgument, workspaceOption } from '../options.js';
import { withStore } from '../store.js';

const num = (x: number | null, digits: number) => (x === null ? '—' : x.toFixed(digits));
const shares = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'none';

export function registerBrokersCommand(program: Command, io: CliIo): void {
  program
    .command('brokers')
    .description(
      'who bridges the firm to its markets: betweenness, Burt’s constraint and effective size, reach per market, diversity and redundancy of its ties',
    )
    .argument('<firm-id>', 'id of the firm')
    .option('--market <country>', 'reach into this country only (ISO code, e.g. KG); default: every market the firm records', countryCodeArgument)
    .option('--top <n>', 'without --json: how many brokers to list', (v) => Math.max(1, Number.parseInt(v, 10) || 10), 10)
    .option('--json', 'print everything as JSON')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'Betweenness is over the firm’s network without weights (networkx’s default',
        'normalization); constraint and effective size weigh each tie by strength, trust, status',
        'and recency (docs/decisions/0013-graph-engine.md). A market’s actors are those based',
        'there or reached by a tie that names it; each is shown with its shortest path from the',
        'firm, and the key people and actors on those paths are its bridges.',
        '',
        'Examples:',
        '  $ foothold brokers company-b',
        '  $ foothold brokers company-b --market KG --json',
      ].join('\n'),
    )
    .action(async (firmId: string, opts: { market?: string; top: number; json?: boolean; workspace: string }) => {
      const { firmBrokerage } = await import('../../services/graph-service.js');
      const b = await withStore((store) => firmBrokerage(store, opts.workspace, firmId, new Date(), opts.market));
      if (opts.json) {
        const { firmName: _name, ...rest } = b;
        io.out(JSON.stringify(rest, null, 2));
        return;
      }
      io.out(
        `${b.firmName}: ${b.firm.degree} direct links (its key people included), effective size ${num(b.firm.effectiveSize, 2)}, constraint ${num(b.firm.constraint, 3)}, redundancy ${num(b.firm.redundancy, 2)}`,
      );
      const d = b.diversity;
      io.out(`Ties by network type: ${shares(d.networkTypes)} (Blau ${d.blau.networkTypes.toFixed(2)})`);
      io.out(`Contacts by country: ${shares(d.countries)} (Blau ${d.blau.countries.toFixed(2)})`);
      io.out(`Contacts by sector: ${shares(d.sectors)} (Blau ${d.blau.sectors.toFixed(2)})`);
      io.out('');
      io.out(
        b.brokers.length === 0
          ? 'No key people or actors are recorded yet: add the people the firm knows (foothold import, or the records view).'
          : 'Brokers, highest betweenness first:',
      );
      for (const x of b.brokers.slice(0, opts.top)) {
        const bridges = x.bridgesTo.length === 0 ? '' : `; bridges to ${x.bridgesTo.join(', ')}`;
        io.out(
          `- ${x.name} (${x.id}): betweenness ${x.betweenness.toFixed(3)}, constraint ${num(x.constraint, 3)}, effective size ${num(x.effectiveSize, 2)}${bridges}`,
        );
      }
      for (const m of b.markets) {
        io.out('');
        if (m.reached.length === 0 && m.unreachable.length === 0) {
          io.out(`${m.market}: no actor there is recorded, and no tie names it.`);
          continue;
        }
        io.out(
          `${m.market}: ${m.reached.length} ${m.reached.length === 1 ? 'actor' : 'actors'} reached${m.unreachable.length === 0 ? '' : `, ${m.unreachable.length} with no path from the firm`}`,
        );
        for (const r of m.reached) io.out(`  ${r.name}: ${r.path.join(' → ')}`);
        for (const u of m.unreachable) io.out(`  ${u.name}: no path from the firm`);
        if (m.bridges.length > 0) io.out(`  bridges: ${m.bridges.map((x) => `${x.name} (${x.leadsTo})`).join(', ')}`);
      }
    });
}
