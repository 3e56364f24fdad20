/**
 * `foothold partners add | score | move | note`: the candidates on a partner search's long list —
 * added from the case or by name, scored against the criteria, moved between stages with the
 * decision logged, and noted on. The searches themselves are in partners.ts.
 */
import { Argument, type Command } from 'commander';
import { InputError } from '../../shared/errors.js';
import { PARTNER_STAGES, type PartnerStage } from '../../shared/partner-stages.js';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { plural, stageName } from '../partner-text.js';
import { withStore } from '../store.js';

interface WorkspaceOption {
  workspace: string;
}

const SCORE_FORMAT = 'CRITERION=SCORE with a score from 0 to 5, or CRITERION=- to take a score back';

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

/** The candidate commands, on the `partners` command group. */
export function registerCandidateCommands(partners: Command, io: CliIo): void {
  partners
    .command('add')
    .description('add a candidate to the long list: an actor of the case, or a name not in the network yet')
    .argument('<firm-id>', 'id of the firm')
    .argument('<search-id>', 'id of the partner search')
    .option('--actor <actor-id>', 'an actor of the case (its name is taken)')
    .option('--name <name>', 'a candidate not in the network yet')
    .option('--referred-by <id>', 'the actor or key person who recommended it')
    .addOption(workspaceOption())
    .action(async (firmId: string, searchId: string, opts: WorkspaceOption & { actor?: string; name?: string; referredBy?: string }) => {
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
    .action(async (firmId: string, searchId: string, candidateId: string, given: string[], opts: WorkspaceOption) => {
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
    .action(async (firmId: string, searchId: string, candidateId: string, stage: PartnerStage, opts: WorkspaceOption & { reason?: string }) => {
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
    .action(async (firmId: string, searchId: string, candidateId: string, text: string, opts: WorkspaceOption) => {
      const { noteCandidate } = await import('../../services/partner-service.js');
      const { record } = await withStore((store) => noteCandidate(store, opts.workspace, firmId, searchId, candidateId, text, new Date()));
      const notes = record.candidates.find((c) => c.id === candidateId)?.notes ?? [];
      io.out(`Noted on ${candidateId} (${plural(notes.length, 'note')}).`);
    });
}
