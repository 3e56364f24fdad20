/** `foothold paths`: the warmest introduction paths from the firm to an actor, a kind of organization or a market. */
import { Option, type Command } from 'commander';
import type { IntroductionHop, IntroductionTarget } from '../../core/graph/introduction-paths.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../../shared/organization-types.js';
import { DEFAULT_MAX_HOPS, DEFAULT_TOP_PATHS, MAX_WARM_PATH_HOPS, MAX_WARM_PATHS } from '../../shared/warm-path-limits.js';
import type { CliIo } from '../io.js';
import { countryCodeArgument, wholeNumberArgument, workspaceOption } from '../options.js';
import { withStore } from '../store.js';

interface PathsOptions {
  to?: string;
  orgKind?: OrganizationType;
  market?: string;
  maxHops: number;
  top: number;
  json?: boolean;
  workspace: string;
}

function targetOf(opts: PathsOptions, command: Command): IntroductionTarget {
  const given = [opts.to, opts.orgKind, opts.market].filter((x) => x !== undefined).length;
  if (given !== 1) command.error('error: say what to reach with exactly one of --to ACTOR_ID, --org-kind KIND or --market CC', { exitCode: 2 });
  if (opts.to !== undefined) return { to: opts.to };
  if (opts.orgKind !== undefined) return { orgKind: opts.orgKind };
  return { market: opts.market ?? '' };
}

/** "Aino knows A friend in Almaty (social, friend; strength 5, trust 5; last contact 2026-05)". */
export function describeHop(h: IntroductionHop): string {
  if (h.link === 'memberOf') return `${h.fromName} belongs to or works for ${h.toName}`;
  if (h.link === 'hasMember') return `${h.fromName} has ${h.toName} among its members or staff`;
  const how = [h.networkType, h.subtype].filter((x) => x !== null).join(', ');
  const facts = [
    h.strength === null ? 'strength not rated' : `strength ${h.strength}`,
    ...(h.trust === null ? [] : [`trust ${h.trust}`]),
    h.lastContact === null ? 'no contact recorded' : `last contact ${h.lastContact}`,
  ].join('; ');
  return `${h.fromName} knows ${h.toName} (${how}; ${facts})`;
}

export function registerPathsCommand(program: Command, io: CliIo): void {
  program
    .command('paths')
    .description('the warmest introduction paths from the firm and its key people to an actor, a kind of organization, or a market')
    .argument('<firm-id>', 'id of the firm')
    .option('--to <actor-id>', 'reach this actor')
    .addOption(new Option('--org-kind <kind>', 'reach any organization of this kind').choices(ORGANIZATION_TYPES))
    .option('--market <country>', 'reach any actor based in this country or reached by a tie naming it (ISO code, e.g. KG)', countryCodeArgument)
    .option('--max-hops <n>', `at most this many ties per path (1–${MAX_WARM_PATH_HOPS})`, wholeNumberArgument(1, MAX_WARM_PATH_HOPS), DEFAULT_MAX_HOPS)
    .option('--top <n>', `how many paths (1–${MAX_WARM_PATHS})`, wholeNumberArgument(1, MAX_WARM_PATHS), DEFAULT_TOP_PATHS)
    .option('--json', 'print { "paths": [{ "score", "target", "hops": [{ "from", "to", "tieId", "networkType", "strength", … }] }] }')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'A path starts at the firm or at one of its key people and ends at the first target it',
        'reaches. Its score is the product of its ties’ weights, each from strength, trust, status',
        'and time since last contact (docs/decisions/0013-graph-engine.md), so a strong friend of a',
        'friend can beat a faded direct tie. Someone who works for an organization links to it with',
        'weight 0.5. Strongest first; equally strong paths, fewer hops first.',
        '',
        'Examples:',
        '  $ foothold paths company-b --market KG',
        '  $ foothold paths company-a --org-kind regulator --max-hops 3 --top 5',
        '  $ foothold paths company-b --to kg-distributor --json',
      ].join('\n'),
    )
    .action(async (firmId: string, opts: PathsOptions, command: Command) => {
      const target = targetOf(opts, command);
      const { firmIntroductionPaths } = await import('../../services/graph-service.js');
      const r = await withStore((store) => firmIntroductionPaths(store, opts.workspace, firmId, target, new Date(), { maxHops: opts.maxHops, top: opts.top }));
      if (opts.json) {
        io.out(JSON.stringify({ paths: r.paths, target: r.target, targetCount: r.targetCount, truncated: r.truncated }, null, 2));
        return;
      }
      if (r.targetCount === 0) {
        io.out(`${r.firmName} records no ${r.target}. Add them (foothold import, or the records view), or pick another target.`);
        return;
      }
      if (r.paths.length === 0) {
        io.out(
          `No path of at most ${opts.maxHops} ${opts.maxHops === 1 ? 'tie' : 'ties'} leads from ${r.firmName} to ${r.target}. Try a larger --max-hops, or record who knows them.`,
        );
        return;
      }
      io.out(`Warm paths from ${r.firmName} to ${r.target}, strongest first:`);
      r.paths.forEach((p, i) => {
        io.out('');
        io.out(`${i + 1}. ${p.target.name}: score ${p.score.toFixed(3)}, ${p.hops.length} ${p.hops.length === 1 ? 'hop' : 'hops'}`);
        for (const h of p.hops) io.out(`   ${describeHop(h)}`);
      });
      if (r.truncated) io.out('\nThe search stopped early on this large network: stronger paths than the last may be missing.');
    });
}
