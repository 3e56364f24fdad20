/**
 * `foothold partners`: run a partner search — long list, referrals, audit, contract — with weighted
 * criteria, a board and suggestions from the firm's network. The commands on its candidates (add,
 * score, move, note) are in partner-candidates.ts.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { InputError } from '../../shared/errors.js';
import type { CliIo } from '../io.js';
import { countryCodeArgument, workspaceOption } from '../options.js';
import { criteriaText, plural, searchLine, stageName, wantsText } from '../partner-text.js';
import { withStore } from '../store.js';
import { registerCandidateCommands } from './partner-candidates.js';

interface Common {
  workspace: string;
  json?: boolean;
}

const CRITERION_FORMAT = 'NAME:WEIGHT with a weight from 1 (counts a little) to 5 (decisive), e.g. "GMP certified:5"';

/** "GMP certified:5" → { name, weight }, the weight after the last colon; undefined when it is not that. */
function parseCriterion(value: string): { name: string; weight: number } | undefined {
  const at = value.lastIndexOf(':');
  const name = at < 0 ? '' : value.slice(0, at).trim();
  const weight = at < 0 ? Number.NaN : Number(value.slice(at + 1));
  return name === '' || !Number.isInteger(weight) || weight < 1 || weight > 5 ? undefined : { name, weight };
}

/** The repeatable --criterion option. */
function criterionOption(value: string, previous: { name: string; weight: number }[] = []): { name: string; weight: number }[] {
  const criterion = parseCriterion(value);
  if (criterion === undefined) throw new InvalidArgumentError(`expected ${CRITERION_FORMAT}; got "${value}"`);
  return [...previous, criterion];
}

export function registerPartnersCommands(program: Command, io: CliIo): void {
  const partners = program
    .command('partners')
    .description('run a partner search: a long list of candidates, weighted criteria, referrals, audits and a contract, with a log of every decision')
    .addHelpText(
      'after',
      [
        '',
        'Stages, in order: long_list, contacted, referred, audit, negotiation, contract; and dropped.',
        'A candidate’s score is Σ weight × score / Σ weight × 5 over the criteria scored so far;',
        'a criterion not scored yet is shown as missing, never counted as 0.',
        '',
        'Examples:',
        '  $ foothold partners open company-a --title "API contract manufacturer" --market DE --org-kind company \\',
        '      --criterion "GMP certified:5" --criterion "Cultural fit:3"',
        '  $ foothold partners suggest company-a api-contract-manufacturer',
        '  $ foothold partners add company-a api-contract-manufacturer --actor actor-de-api-cmo --referred-by actor-nl-consulting',
        '  $ foothold partners score company-a api-contract-manufacturer actor-de-api-cmo gmp-certified=5 "Cultural fit=4"',
        '  $ foothold partners move company-a api-contract-manufacturer actor-de-api-cmo audit --reason "Recommended by the consultancy"',
        '  $ foothold partners board company-a api-contract-manufacturer',
      ].join('\n'),
    );

  partners
    .command('list')
    .description('list the firm’s partner searches')
    .argument('<firm-id>', 'id of the firm')
    .option('--json', 'print the searches with their versions as JSON')
    .addOption(workspaceOption())
    .action(async (firmId: string, opts: Common) => {
      const { listSearches } = await import('../../services/partner-service.js');
      const searches = await withStore((store) => listSearches(store, opts.workspace, firmId));
      if (opts.json) return io.out(JSON.stringify(searches, null, 2));
      if (searches.length === 0) return io.out(`${firmId} has no partner searches yet; open one with: foothold partners open ${firmId} --title "…"`);
      io.out(`Partner searches of ${firmId}:`);
      for (const { record } of searches) io.out(`- ${searchLine(record)}`);
    });

  partners
    .command('open')
    .description('open a partner search, dated today, with the criteria candidates are scored on')
    .argument('<firm-id>', 'id of the firm')
    .requiredOption('--title <text>', 'what the search is called, e.g. "API contract manufacturer"')
    .option('--purpose <text>', 'what the partner is for, e.g. "contract manufacturer in the EU"')
    .option('--market <country>', 'the country the partner should be in or reach (ISO code, e.g. DE)', countryCodeArgument)
    .option('--org-kind <type>', 'the kind of organization sought, as actors record it: company, university, association …')
    .option('--role <role>', 'the role sought, as actors and ties spell it, e.g. contract_manufacturer, cro, consultant')
    .option('--criterion <name:weight>', 'a criterion and its weight 1–5, e.g. "GMP certified:5" (repeat for more)', criterionOption)
    .option('--id <id>', 'the search’s id (default: made from the title)')
    .option('--json', 'print the search as JSON')
    .addOption(workspaceOption())
    .action(
      async (
        firmId: string,
        opts: Common & {
          title: string;
          purpose?: string;
          market?: string;
          orgKind?: string;
          role?: string;
          criterion?: { name: string; weight: number }[];
          id?: string;
        },
      ) => {
        const { openSearch } = await import('../../services/partner-service.js');
        const input = {
          title: opts.title,
          ...(opts.id === undefined ? {} : { id: opts.id }),
          ...(opts.purpose === undefined ? {} : { purpose: opts.purpose }),
          ...(opts.market === undefined ? {} : { market: opts.market }),
          ...(opts.orgKind === undefined ? {} : { organizationType: opts.orgKind }),
          ...(opts.role === undefined ? {} : { role: opts.role }),
          criteria: opts.criterion ?? [],
        };
        const { record } = await withStore((store) => openSearch(store, opts.workspace, firmId, input, new Date()));
        if (opts.json) return io.out(JSON.stringify(record, null, 2));
        io.out(`Opened partner search "${record.id}" (${record.title}), dated ${record.opened}.`);
        if (record.criteria.length === 0) io.out(`No criteria yet: add them with foothold partners criteria ${firmId} ${record.id} "NAME:WEIGHT"…`);
        else io.out(`Criteria: ${criteriaText(record.criteria)}`);
        io.out(`Next: foothold partners suggest ${firmId} ${record.id}, or foothold partners add ${firmId} ${record.id} --name "…"`);
      },
    );

  partners
    .command('criteria')
    .description('add criteria to a search; a name it has already gets the new weight')
    .argument('<firm-id>', 'id of the firm')
    .argument('<search-id>', 'id of the partner search')
    .argument('<name:weight...>', 'criteria with weights 1–5, e.g. "Audit readiness:4"')
    .addOption(workspaceOption())
    .action(async (firmId: string, searchId: string, given: string[], opts: Common) => {
      const criteria = given.map((value) => {
        const criterion = parseCriterion(value);
        if (criterion === undefined) throw new InputError(`expected ${CRITERION_FORMAT}; got "${value}"`);
        return criterion;
      });
      const { addCriteria } = await import('../../services/partner-service.js');
      const { record } = await withStore((store) => addCriteria(store, opts.workspace, firmId, searchId, criteria));
      io.out(`Criteria of "${record.id}": ${criteriaText(record.criteria)}`);
    });

  registerCandidateCommands(partners, io);

  for (const [name, status, verb] of [
    ['close', 'closed', 'Closed'],
    ['reopen', 'open', 'Reopened'],
  ] as const) {
    partners
      .command(name)
      .description(name === 'close' ? 'close a search: it keeps taking notes, but no new candidates, scores or moves' : 'reopen a closed search')
      .argument('<firm-id>', 'id of the firm')
      .argument('<search-id>', 'id of the partner search')
      .addOption(workspaceOption())
      .action(async (firmId: string, searchId: string, opts: Common) => {
        const { setStatus } = await import('../../services/partner-service.js');
        await withStore((store) => setStatus(store, opts.workspace, firmId, searchId, status));
        io.out(`${verb} partner search "${searchId}".`);
      });
  }

  partners
    .command('board')
    .description('the search as a board: a column per stage, candidates ranked by weighted score, and the decision log')
    .argument('<firm-id>', 'id of the firm')
    .argument('<search-id>', 'id of the partner search')
    .option('--json', 'print the board as JSON')
    .addOption(workspaceOption())
    .action(async (firmId: string, searchId: string, opts: Common) => {
      const [{ searchBoard }, { scoreText }] = await Promise.all([import('../../services/partner-service.js'), import('../../core/partners/score.js')]);
      const board = await withStore((store) => searchBoard(store, opts.workspace, firmId, searchId));
      if (opts.json) return io.out(JSON.stringify(board, null, 2));
      const s = board.search;
      const wants = wantsText(s);
      io.out(`${s.title} (${s.status}, opened ${s.opened})${wants === '' ? '' : ` — ${wants}`}`);
      io.out(`${board.active} of ${plural(board.total, 'candidate')} in the running.`);
      io.out(s.criteria.length === 0 ? 'No criteria yet.' : `Criteria: ${criteriaText(s.criteria)}`);
      for (const column of board.columns) {
        io.out('');
        io.out(`${column.label} (${column.candidates.length})`);
        for (const c of column.candidates) {
          const extra = [
            c.score.missing.length > 0 && c.score.value !== null ? `missing: ${c.score.missing.map((m) => m.name).join(', ')}` : '',
            c.referredBy === undefined ? '' : `referred by ${c.referredBy.name}`,
            c.actor === undefined ? 'not in the network yet' : '',
          ].filter((x) => x !== '');
          io.out(`  ${c.rank}. ${c.name} (${c.id}) — ${scoreText(c.score, s.criteria.length)}${extra.length === 0 ? '' : `; ${extra.join('; ')}`}`);
          const last = c.notes.at(-1);
          if (last !== undefined) io.out(`     last note ${last.on}: ${last.text}`);
        }
      }
      if (board.decisions.length > 0) {
        io.out('');
        io.out('Decisions, newest first:');
        for (const d of board.decisions)
          io.out(`  ${d.on} ${d.candidate}: ${stageName(d.from)} → ${stageName(d.to)}${d.reason === undefined ? '' : ` — ${d.reason}`}`);
      }
    });

  partners
    .command('suggest')
    .description('actors within two hops of the firm that fit the search and are not candidates yet, with who introduces them')
    .argument('<firm-id>', 'id of the firm')
    .argument('<search-id>', 'id of the partner search')
    .option('--json', 'print the suggestions as JSON')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'An actor fits when it matches what the search sets: its organization type; its market (the',
        'actor is based there, or a tie to it names it); its role (the actor has it, or a tie to it',
        'has it as subtype). Hops count from the firm with its key people: a contact of the CEO is',
        'one hop away, that contact’s contact two. A path’s strength is the product of its ties’',
        'weights (strength, trust, status and recency; docs/decisions/0013-graph-engine.md).',
      ].join('\n'),
    )
    .action(async (firmId: string, searchId: string, opts: Common) => {
      const { searchSuggestions } = await import('../../services/partner-service.js');
      const { filters, suggestions } = await withStore((store) => searchSuggestions(store, opts.workspace, firmId, searchId, new Date()));
      if (opts.json) return io.out(JSON.stringify({ filters, suggestions }, null, 2));
      const wanted = [filters.organizationType, filters.role, filters.market === undefined ? undefined : `in or reaching ${filters.market}`].filter(
        (x) => x !== undefined,
      );
      const what = wanted.length === 0 ? 'any actor (the search sets no organization type, market or role)' : wanted.join(', ');
      if (suggestions.length === 0) return io.out(`Nobody within two hops of ${firmId} fits ${what} and is not a candidate already.`);
      io.out(`${plural(suggestions.length, 'actor')} within two hops ${suggestions.length === 1 ? 'fits' : 'fit'} ${what}; strongest path first:`);
      for (const s of suggestions) {
        const path = [
          s.links[0]?.from.name ?? '',
          ...s.links.map(
            (l) => `${l.to.name} (${l.kind === 'membership' ? 'member' : l.strength === undefined ? 'strength not recorded' : `strength ${l.strength}`})`,
          ),
        ].join(' → ');
        const how = s.introducer === undefined ? `known to ${s.heldBy.name}` : `introduced by ${s.introducer.name}`;
        io.out(`- ${s.name} (${s.actorId}): ${how}: ${path}; path strength ${s.pathStrength.toFixed(2)}${s.isGroup ? '; a group: ask for names' : ''}`);
      }
      io.out(`Add one with: foothold partners add ${firmId} ${searchId} --actor ACTOR_ID`);
    });
}
