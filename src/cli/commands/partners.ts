/** `foothold partners`: run a partner search — long list, referrals, audit, contract — with weighted criteria, a board and suggestions from the firm's network. */
import { Argument, InvalidArgumentError, type Command } from 'commander';
import type { PartnerSearch } from '../../core/model/index.js';
import { InputError } from '../../shared/errors.js';
import { PARTNER_STAGES, type PartnerStage } from '../../shared/partner-stages.js';
import type { CliIo } from '../io.js';
import { countryCodeArgument, workspaceOption } from '../options.js';
import { withStore } from '../store.js';

interface Common {
  workspace: string;
  json?: boolean;
}

const CRITERION_FORMAT = 'NAME:WEIGHT with a weight from 1 (counts a little) to 5 (decisive), e.g. "GMP certified:5"';
const SCORE_FORMAT = 'CRITERION=SCORE with a score from 0 to 5, or CRITERION=- to take a score back';

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

/** "gmp=4", "GMP certified=4", "gmp=-" (take the score back); the range itself is checked with the criteria. */
function scoreArguments(values: readonly string[]): Record<string, number | null> {
  const scores: Record<string, number | null> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const key = at < 0 ? '' : value.slice(0, at).trim();
    const raw = at < 0 ? '' : value.slice(at + 1).trim();
    if (key === '' || !/^(-|\d+(\.\d+)?)$/.test(raw)) throw new InputError(`expected ${SCORE_FORMAT}; got "${value}"`);
    scores[key] = raw === '-' ? null : Number(raw);
  }
  return scores;
}

/** "long list", "audit": a stage in a sentence. */
const stageName = (stage: PartnerStage) => stage.replace(/_/g, ' ');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function searchLine(s: PartnerSearch): string {
  const running = s.candidates.filter((c) => c.stage !== 'dropped').length;
  const wants = [s.purpose, s.organizationType, s.role, s.market === undefined ? undefined : `in ${s.market}`].filter((x) => x !== undefined).join('; ');
  return `${s.id}: ${s.title} (${s.status}, opened ${s.opened}) — ${plural(s.candidates.length, 'candidate')}, ${running} in the running${wants === '' ? '' : `; ${wants}`}`;
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
        else io.out(`Criteria: ${record.criteria.map((c) => `${c.name} (${c.id}) ×${c.weight}`).join(', ')}`);
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
      io.out(`Criteria of "${record.id}": ${record.criteria.map((c) => `${c.name} (${c.id}) ×${c.weight}`).join(', ')}`);
    });

  partners
    .command('add')
    .description('add a candidate to the long list: an actor of the case, or a name not in the network yet')
    .argument('<firm-id>', 'id of the firm')
    .argument('<search-id>', 'id of the partner search')
    .option('--actor <actor-id>', 'an actor of the case (its name is taken)')
    .option('--name <name>', 'a candidate not in the network yet')
    .option('--referred-by <id>', 'the actor or key person who recommended it')
    .addOption(workspaceOption())
    .action(async (firmId: string, searchId: string, opts: Common & { actor?: string; name?: string; referredBy?: string }) => {
      if ((opts.actor === undefined) === (opts.name === undefined))
        throw new InputError('give one of --actor ACTOR_ID (an actor of the case) or --name NAME (a candidate not in the network yet)');
      const { addCandidate } = await import('../../services/partner-service.js');
      const saved = await withStore((store) =>
        addCandidate(store, opts.workspace, firmId, searchId, { actor: opts.actor, name: opts.name, referredBy: opts.referredBy }),
      );
      const added = saved.record.candidates.find((c) => c.id === saved.candidateId);
      io.out(`Added "${added?.name ?? saved.candidateId}" to the long list of "${searchId}" as candidate ${saved.candidateId}.`);
    });

  partners
    .command('score')
    .description('score a candidate 0–5 against the search’s criteria (named by id or name)')
    .argument('<firm-id>', 'id of the firm')
    .argument('<search-id>', 'id of the partner search')
    .argument('<candidate-id>', 'id of the candidate')
    .argument('<criterion=score...>', 'e.g. gmp-certified=5 "Cultural fit=3"; CRITERION=- takes a score back')
    .addOption(workspaceOption())
    .action(async (firmId: string, searchId: string, candidateId: string, given: string[], opts: Common) => {
      const scores = scoreArguments(given);
      const [{ scoreCandidate }, { scoreText, weightedScore }] = await Promise.all([
        import('../../services/partner-service.js'),
        import('../../core/partners/score.js'),
      ]);
      const { record } = await withStore((store) => scoreCandidate(store, opts.workspace, firmId, searchId, candidateId, scores));
      const candidate = record.candidates.find((c) => c.id === candidateId);
      if (candidate === undefined) return;
      const score = weightedScore(record.criteria, candidate);
      const shown = record.criteria.map((c) => `${c.name} ${candidate.scores[c.id] ?? '—'}`).join(', ');
      io.out(`${candidate.name}: ${shown}; weighted score ${scoreText(score, record.criteria.length)}`);
      if (score.missing.length > 0) io.out(`missing: ${score.missing.map((c) => c.name).join(', ')}`);
    });

  partners
    .command('move')
    .description('move a candidate to another stage; the decision is logged with today’s date and the reason')
    .argument('<firm-id>', 'id of the firm')
    .argument('<search-id>', 'id of the partner search')
    .argument('<candidate-id>', 'id of the candidate')
    .addArgument(new Argument('<stage>', 'the stage to move it to').choices(PARTNER_STAGES))
    .option('--reason <text>', 'why (required to drop a candidate)')
    .addOption(workspaceOption())
    .action(async (firmId: string, searchId: string, candidateId: string, stage: PartnerStage, opts: Common & { reason?: string }) => {
      const { moveCandidate } = await import('../../services/partner-service.js');
      const { record } = await withStore((store) => moveCandidate(store, opts.workspace, firmId, searchId, candidateId, stage, opts.reason, new Date()));
      const d = record.decisions.at(-1);
      if (d !== undefined)
        io.out(`Moved ${candidateId} from ${stageName(d.from)} to ${stageName(d.to)} on ${d.on}${d.reason === undefined ? '' : `: ${d.reason}`}`);
    });

  partners
    .command('note')
    .description('add a note, dated today, to a candidate')
    .argument('<firm-id>', 'id of the firm')
    .argument('<search-id>', 'id of the partner search')
    .argument('<candidate-id>', 'id of the candidate')
    .argument('<text>', 'the note')
    .addOption(workspaceOption())
    .action(async (firmId: string, searchId: string, candidateId: string, text: string, opts: Common) => {
      const { noteCandidate } = await import('../../services/partner-service.js');
      const { record } = await withStore((store) => noteCandidate(store, opts.workspace, firmId, searchId, candidateId, text, new Date()));
      const notes = record.candidates.find((c) => c.id === candidateId)?.notes ?? [];
      io.out(`Noted on ${candidateId} (${plural(notes.length, 'note')}).`);
    });

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
      const wants = [s.purpose, s.organizationType, s.role, s.market === undefined ? undefined : `in ${s.market}`].filter((x) => x !== undefined).join('; ');
      io.out(`${s.title} (${s.status}, opened ${s.opened})${wants === '' ? '' : ` — ${wants}`}`);
      io.out(`${board.active} of ${plural(board.total, 'candidate')} in the running.`);
      io.out(s.criteria.length === 0 ? 'No criteria yet.' : `Criteria: ${s.criteria.map((c) => `${c.name} (${c.id}) ×${c.weight}`).join(', ')}`);
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
