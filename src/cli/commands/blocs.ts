/** `foothold blocs`: the trade blocs and regulatory zones, who belongs to them on a day, and what members recognise of each other. */
import type { Command } from 'commander';
import type { BlocOnDay } from '../../core/markets/blocs.js';
import type { Bloc, BlocMember } from '../../core/markets/reference.js';
import type { CliIo } from '../io.js';
import { countryCodeArgument, dayArgument } from '../options.js';

const kindWords = (kind: Bloc['kind']) => kind.replace(/_/g, ' ');
const whyOut = (m: BlocMember) => (m.suspendedSince !== undefined ? `suspended since ${m.suspendedSince}` : `left ${m.left ?? '?'}`);

function printBloc(io: CliIo, b: BlocOnDay, day: string, country: string | undefined): void {
  io.out(`${b.code} — ${b.name} (${kindWords(b.kind)}), in force since ${b.inForceSince}`);
  if (!b.inForce) io.out(`  not yet in force on ${day}`);
  else io.out(`  members on ${day} (${b.members.length}): ${b.members.map((m) => `${m.country} ${m.joined}`).join(', ') || 'none'}`);
  if (b.outside.length > 0) io.out(`  not members on ${day}: ${b.outside.map((m) => `${m.country} (joined ${m.joined}, ${whyOut(m)})`).join(', ')}`);
  const own = country === undefined ? undefined : b.members.find((m) => m.country === country);
  if (own?.note !== undefined) io.out(`  ${own.country}: ${own.note}`);
  for (const r of b.recognition) io.out(`  recognition (${r.domain.replace(/_/g, ' ')}): ${r.description}`);
  if (b.note !== undefined) io.out(`  note: ${b.note}`);
  const publisher = b.source.publisher === undefined ? '' : ` (${b.source.publisher})`;
  io.out(`  source: ${b.source.url}${publisher}, as of ${b.asOf}`);
}

export function registerBlocsCommand(program: Command, io: CliIo): void {
  program
    .command('blocs')
    .description(
      'trade blocs and regulatory zones: members on a day with the day each joined, what members recognise of each other’s approvals, and the source of each entry',
    )
    .option('--country <country>', 'only the blocs this country belongs to on the day (ISO code, e.g. KG)', countryCodeArgument)
    .option('--on <day>', 'the day to show membership on, YYYY-MM-DD; default: today', dayArgument)
    .option('--json', 'print the blocs as JSON')
    .addHelpText(
      'after',
      [
        '',
        'The blocs are hand-kept reference data (data/reference/blocs.json), recorded without',
        'network access: each names its official source and the day it describes. A member',
        'counts from the day it joined; one that left or is suspended is shown apart. Verify a',
        'date or a member against the source before relying on it.',
        '',
        'Examples:',
        '  $ foothold blocs',
        '  $ foothold blocs --country KG',
        '  $ foothold blocs --country GB --on 2020-02-01 --json',
      ].join('\n'),
    )
    .action(async (opts: { country?: string; on?: string; json?: boolean }) => {
      const { blocReference } = await import('../../services/market-reference.js');
      const { blocOnDay, blocsOf } = await import('../../core/markets/blocs.js');
      const file = blocReference();
      const day = opts.on ?? new Date().toISOString().slice(0, 10);
      const chosen = opts.country === undefined ? file.blocs : blocsOf(file.blocs, opts.country, day);
      const blocs = chosen.map((b) => blocOnDay(b, day));
      if (opts.json) {
        io.out(JSON.stringify({ recordedOn: file.recordedOn, on: day, ...(opts.country === undefined ? {} : { country: opts.country }), blocs }, null, 2));
        return;
      }
      if (opts.country !== undefined) {
        const { countryName } = await import('../../services/reference-data.js');
        const who = `${countryName(opts.country)} (${opts.country})`;
        io.out(
          blocs.length === 0
            ? `${who} belongs to none of the blocs and zones recorded here on ${day}.`
            : `${who} on ${day} belongs to ${blocs.length} ${blocs.length === 1 ? 'bloc or zone' : 'blocs and zones'}:`,
        );
      }
      for (const b of blocs) {
        io.out('');
        printBloc(io, b, day, opts.country);
      }
      io.out('');
      io.out(file.method);
    });
}
