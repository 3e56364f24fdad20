/** `foothold markets`: candidate markets ranked for a firm, every score with its parts. */
import { InvalidArgumentError, type Command } from 'commander';
import type { RankedMarket } from '../../core/markets/rank-markets.js';
import type { CliIo } from '../io.js';
import { wholeNumberArgument, workspaceOption } from '../options.js';
import { withStore } from '../store.js';

interface MarketsOptions {
  candidates?: string[];
  weights?: string;
  top: number;
  explain: boolean;
  json?: boolean;
  workspace: string;
}

/** "kz,KG, cn" → ["KZ", "KG", "CN"]; the service checks that each is an assigned code. */
function candidateList(value: string): string[] {
  const codes = value
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
  if (codes.length === 0) throw new InvalidArgumentError('expected country codes separated by commas, e.g. KZ,KG,CN');
  return codes;
}

const signed = (x: number) => (x >= 0 ? `+${x.toFixed(3)}` : x.toFixed(3));

function printMarket(io: CliIo, m: RankedMarket, explain: boolean): void {
  const status = m.statuses.length === 0 ? '' : ` [${[...new Set(m.statuses.map((s) => s.status))].join(', ')}]`;
  io.out(`${String(m.rank).padStart(3)}. ${m.name} (${m.country})${status}  score ${m.score.toFixed(3)}`);
  if (!explain) return;
  for (const p of m.parts) {
    if (p.weight === 0) continue;
    io.out(`       ${p.part.padEnd(10)} ${signed(p.contribution)}  (${p.value.toFixed(2)} × ${p.weight}) ${p.explanation}`);
  }
}

export function registerMarketsCommand(program: Command, io: CliIo): void {
  program
    .command('markets')
    .description(
      'rank candidate markets for a firm: language, border, region, blocs and income in common, the firm’s own reach there, its record there and the challenges to expect — every score with its parts',
    )
    .argument('<firm-id>', 'id of the firm')
    .option('--candidates <codes>', 'rank only these countries (ISO codes separated by commas, e.g. KZ,KG,CN); default: every country', candidateList)
    .option(
      '--weights <pairs>',
      'weights of the parts, e.g. reach=3,bloc=2,income=0 (default language=1, contiguity=1, region=0.5, bloc=1.5, income=0.5, reach=2, experience=1, challenges=1.5)',
    )
    .option('--top <n>', 'without --json: how many markets to list', wholeNumberArgument(1, 1000), 15)
    .option('--no-explain', 'without --json: leave out the parts of each score')
    .option('--json', 'print the whole ranking as JSON')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'Each part is a value from 0 to 1 (experience and challenges go below 0) with the sentence',
        'that explains it; the score is their mean weighted by --weights, so the parts add up to it.',
        'language: chance two people share a language (CLDR speaker shares). contiguity: a land',
        'border with home (1) or with a market the firm is in (0.5). region: same subregion (1) or',
        'region (0.5). bloc: the deepest bloc or regulatory zone in common with home or a market the',
        'firm is in, full when it recognises approvals in the firm’s sector. income: World Bank',
        'groups apart. reach: the warmest introduction path into the country. experience: the',
        'firm’s market records there (failed and exited count against). challenges: the firm’s',
        'ratings, moved by what the country is like (e.g. a recognised registration lowers the',
        'regulatory challenge). Sources and dates: foothold blocs, README "Reference data".',
        '',
        'Examples:',
        '  $ foothold markets company-b --candidates KZ,KG,CN,UZ',
        '  $ foothold markets company-a --top 10 --weights reach=3,income=0',
        '  $ foothold markets sl-it-sme --json',
      ].join('\n'),
    )
    .action(async (firmId: string, opts: MarketsOptions) => {
      const { firmMarketRanking } = await import('../../services/market-service.js');
      const { parseRankingWeights } = await import('../../core/markets/rank-markets.js');
      const weights = opts.weights === undefined ? undefined : parseRankingWeights(opts.weights);
      const ranking = await withStore((store) =>
        firmMarketRanking(store, opts.workspace, firmId, {
          asOf: new Date(),
          ...(opts.candidates === undefined ? {} : { candidates: opts.candidates }),
          ...(weights === undefined ? {} : { weights }),
        }),
      );
      if (opts.json) {
        const { firmName: _name, ...rest } = ranking;
        io.out(JSON.stringify(rest, null, 2));
        return;
      }
      io.out(`Markets for ${ranking.firmName} (home ${ranking.home}), as of ${ranking.day}, best first:`);
      for (const m of ranking.markets.slice(0, opts.top)) printMarket(io, m, opts.explain);
      if (ranking.markets.length > opts.top) io.out(`… ${ranking.markets.length - opts.top} more (--top N, or --json for all).`);
      for (const s of ranking.skipped) io.out(`Left out ${s.country}: ${s.reason}.`);
      io.out('');
      io.out(`Sources: ${Object.values(ranking.sources).join('; ')}.`);
    });
}
