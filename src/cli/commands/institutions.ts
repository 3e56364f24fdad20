/** `foothold institutions`: the directory of bodies that help firms abroad, by country, challenge and kind. */
import { Option, type Command } from 'commander';
import type { InstitutionFilter } from '../../core/markets/institutions.js';
import type { Institution } from '../../core/markets/reference.js';
import { sourceText } from '../../shared/source-text.js';
import { INSTITUTION_KINDS, type InstitutionKind } from '../../shared/institution-kinds.js';
import { BUILTIN_CHALLENGE_CATEGORIES, type BuiltinChallengeCategory } from '../../shared/challenge-categories.js';
import type { CliIo } from '../io.js';
import { countryCodeArgument } from '../options.js';

const words = (id: string) => id.replace(/_/g, ' ');

/** One line of the text listing: name (abbreviation) — country, kind; helps … (as --helps names them); home page. */
export function institutionLine(i: Institution, countryName: (code: string) => string): string {
  const name = i.abbreviation === undefined ? i.name : `${i.name} (${i.abbreviation})`;
  return `- ${name} — ${countryName(i.country)}, ${words(i.kind)}; helps ${i.helps.join(', ')}; ${i.url ?? `no address: named in ${sourceText(i.source)}`}`;
}

interface InstitutionsOptions {
  country?: string;
  helps?: BuiltinChallengeCategory;
  kind?: InstitutionKind;
  json?: boolean;
}

/** What the filters asked for, in words, and the flags to drop to widen the search. */
function describeFilter(opts: InstitutionsOptions, countryName: (code: string) => string): { asked: string[]; flags: string[] } {
  const asked: string[] = [];
  const flags: string[] = [];
  if (opts.country !== undefined) {
    asked.push(`based in ${countryName(opts.country)} (${opts.country})`);
    flags.push('--country');
  }
  if (opts.helps !== undefined) {
    asked.push(`helping with ${opts.helps}`);
    flags.push('--helps');
  }
  if (opts.kind !== undefined) {
    asked.push(`of the kind ${words(opts.kind)}`);
    flags.push('--kind');
  }
  return { asked, flags };
}

export function registerInstitutionsCommand(program: Command, io: CliIo): void {
  program
    .command('institutions')
    .description(
      'the directory of institutions that help firms abroad: trade-promotion bodies, export credit agencies, regulators, chambers, networks and events, with the challenges each helps with',
    )
    .option('--country <country>', 'only bodies based in this country (ISO code, e.g. KG)', countryCodeArgument)
    .addOption(new Option('--helps <category>', 'only bodies that help with this challenge category').choices(BUILTIN_CHALLENGE_CATEGORIES))
    .addOption(new Option('--kind <kind>', 'only bodies of this kind').choices(INSTITUTION_KINDS))
    .option('--json', 'print the institutions as JSON, each with its country, source and as-of date')
    .addHelpText(
      'after',
      [
        '',
        'The directory is hand-kept reference data (data/reference/institutions.json), recorded',
        'without network access: each entry names the body’s home page as its source and the day',
        'it was recorded. Programmes and names change; verify on the body’s site before relying',
        'on an entry. A body that acts for a bloc (the EMA for the EU’s centralised procedure) is',
        'listed under the country where it is seated. "helps" names the challenge categories as',
        '--helps takes them.',
        '',
        'Examples:',
        '  $ foothold institutions --country KG',
        '  $ foothold institutions --helps financial_resource --kind export_credit_agency',
        '  $ foothold institutions --country LK --json',
      ].join('\n'),
    )
    .action(async (opts: InstitutionsOptions) => {
      const [{ institutionReference }, { findInstitutions }, { countryName }] = await Promise.all([
        import('../../services/market-reference.js'),
        import('../../core/markets/institutions.js'),
        import('../../services/reference-data.js'),
      ]);
      const file = institutionReference();
      const filter: InstitutionFilter = {
        ...(opts.country === undefined ? {} : { country: opts.country }),
        ...(opts.helps === undefined ? {} : { helps: opts.helps }),
        ...(opts.kind === undefined ? {} : { kind: opts.kind }),
      };
      const found = findInstitutions(file.institutions, filter);
      if (opts.json) {
        io.out(JSON.stringify({ recordedOn: file.recordedOn, institutions: found }, null, 2));
        return;
      }
      const { asked, flags } = describeFilter(opts, countryName);
      if (found.length === 0) {
        io.out(`No institution in the directory is ${asked.join(', ')}.`);
        io.out(
          flags.length === 1
            ? `Widen the search: drop ${flags[0]} to see all ${file.institutions.length} institutions.`
            : `Widen the search: drop one of ${flags.join(', ')}, or all of them to see all ${file.institutions.length} institutions.`,
        );
      } else {
        const count = `${found.length} ${found.length === 1 ? 'institution' : 'institutions'}`;
        io.out(asked.length === 0 ? `${count}:` : `${count} ${asked.join(', ')}:`);
        for (const i of found) io.out(institutionLine(i, countryName));
      }
      io.out('');
      io.out(`Directory as of ${file.recordedOn}, recorded without network access: verify on each body’s site before relying on an entry.`);
    });
}
