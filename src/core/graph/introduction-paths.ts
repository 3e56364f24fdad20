/**
 * Warm introduction paths of a firm: from the firm or one of its key people, through the people
 * they know, to an actor, to any organization of a kind, or into a market — strongest first, each
 * hop explained (who, how they know each other, how strong, when last in contact).
 */
import type { CaseFile } from '../case-file/index.js';
import type { OrganizationType, Tie } from '../model/index.js';
import { InputError, NotFoundError } from '../../shared/errors.js';
import { DEFAULT_MAX_HOPS, DEFAULT_TOP_PATHS } from '../../shared/warm-path-limits.js';
import { buildCsr } from './csr.js';
import type { CsrGraph } from './types.js';
import { firmGraph, type FirmGraph } from './firm-graph.js';
import { marketActorIds } from './market-actors.js';
import { warmPaths } from './warm-paths.js';

/** What the user wants to reach: one actor, any organization of a kind, or any actor of a market. */
export type IntroductionTarget = { readonly to: string } | { readonly orgKind: OrganizationType } | { readonly market: string };

export interface IntroductionHop {
  readonly from: string;
  readonly to: string;
  readonly fromName: string;
  readonly toName: string;
  /**
   * A recorded tie, or a membership walked either way: `memberOf` when `from` belongs to or works
   * for `to`, `hasMember` when `to` belongs to or works for `from`.
   */
  readonly link: 'tie' | 'memberOf' | 'hasMember';
  /** The tie's id; null for a membership. */
  readonly tieId: string | null;
  /** null for a membership. */
  readonly networkType: string | null;
  readonly subtype: string | null;
  /** 1–5 as recorded; null when unrated or for a membership. */
  readonly strength: number | null;
  readonly trust: number | null;
  readonly lastContact: string | null;
  /** The link's weight (tie-weight.ts), in (0, 1]. */
  readonly weight: number;
}

export interface IntroductionPath {
  /** Product of the hops' weights, in (0, 1]. */
  readonly score: number;
  readonly target: { readonly id: string; readonly name: string };
  readonly hops: IntroductionHop[];
}

export interface IntroductionPaths {
  /** In words, for headings: "Steppe Pharma", "organizations of kind regulator", "actors in KZ". */
  readonly target: string;
  /** How many actors the target stands for. */
  readonly targetCount: number;
  readonly paths: IntroductionPath[];
  /** True when the search stopped early on a very large network: stronger paths may be missing. */
  readonly truncated: boolean;
}

export interface IntroductionOptions {
  readonly maxHops?: number;
  readonly top?: number;
}

function targetIds(c: CaseFile, target: IntroductionTarget): { ids: string[]; words: string } {
  if ('to' in target) {
    const actor = c.actors.find((a) => a.id === target.to);
    if (actor === undefined) {
      if (target.to === c.firm.id || c.keyPeople.some((p) => p.id === target.to)) {
        throw new InputError(`"${target.to}" is the firm or one of its key people, where every path starts; name an actor to reach`, '/to');
      }
      throw new NotFoundError(`An actor of firm "${c.firm.id}" with id`, target.to);
    }
    return { ids: [actor.id], words: actor.name };
  }
  if ('orgKind' in target) {
    const ids = c.actors.filter((a) => a.kind === 'organization' && a.organizationType === target.orgKind).map((a) => a.id);
    return { ids, words: `organizations of kind ${target.orgKind}` };
  }
  return { ids: marketActorIds(c, target.market), words: `actors in ${target.market}` };
}

/**
 * The strongest warm paths of a firm's network as of a day. A path starts at the firm or at a key
 * person (the firm's own people are where introductions begin, so the link from the firm to them is
 * not a hop), never passes through another of them, and ends at the first target it reaches.
 *
 * @throws NotFoundError for an actor the case does not have; InputError for a target that is the
 *   firm or a key person, or for maxHops / top outside 1…8 / 1…1,000.
 */
export function introductionPaths(c: CaseFile, asOf: Date, target: IntroductionTarget, options: IntroductionOptions = {}): IntroductionPaths {
  return introductionPathsToEach(c, asOf, [target], options)[0]!;
}

/**
 * introductionPaths for several targets of one firm, its network built once: the market ranking
 * asks for the warmest path into every candidate country.
 *
 * @throws as introductionPaths, for the first target that fails.
 */
export function introductionPathsToEach(
  c: CaseFile,
  asOf: Date,
  targets: readonly IntroductionTarget[],
  options: IntroductionOptions = {},
): IntroductionPaths[] {
  const resolved = targets.map((t) => targetIds(c, t));
  const fg = firmGraph(c, asOf);
  const g = buildCsr(fg.edges);
  const sources = fg.kinds.flatMap((kind, v) => (kind === 'actor' ? [] : [v]));
  const ties = new Map<string, Tie>(c.ties.map((t) => [t.id, t]));
  return resolved.map(({ ids, words }) => pathsTo(fg, g, sources, ties, ids, words, options));
}

function pathsTo(
  fg: FirmGraph,
  g: CsrGraph,
  sources: number[],
  ties: ReadonlyMap<string, Tie>,
  ids: readonly string[],
  words: string,
  options: IntroductionOptions,
): IntroductionPaths {
  const mask = new Uint8Array(g.nodeCount);
  for (const id of ids) {
    const v = fg.index.get(id);
    if (v !== undefined) mask[v] = 1;
  }
  const found = warmPaths(g, { sources, targets: mask, maxHops: options.maxHops ?? DEFAULT_MAX_HOPS, top: options.top ?? DEFAULT_TOP_PATHS });

  const name = (v: number) => fg.labels[v] ?? fg.ids[v] ?? '';
  const paths = found.paths.map((p): IntroductionPath => {
    const hops = p.entries.map((entry, i): IntroductionHop => {
      const link = g.edgeIndex[entry]!;
      const tie = ties.get(fg.tieIds[link] ?? '');
      const a = p.nodes[i]!;
      const b = p.nodes[i + 1]!;
      return {
        from: fg.ids[a] ?? '',
        to: fg.ids[b] ?? '',
        fromName: name(a),
        toName: name(b),
        link: tie !== undefined ? 'tie' : fg.edges.from[link] === a ? 'memberOf' : 'hasMember',
        tieId: tie?.id ?? null,
        networkType: tie?.networkType ?? null,
        subtype: tie?.subtype ?? null,
        strength: tie?.strength ?? null,
        trust: tie?.trust ?? null,
        lastContact: tie?.lastContact ?? null,
        weight: g.weights?.[entry] ?? 1,
      };
    });
    const end = p.nodes[p.nodes.length - 1]!;
    return { score: p.score, target: { id: fg.ids[end] ?? '', name: name(end) }, hops };
  });
  return { target: words, targetCount: ids.length, paths, truncated: found.truncated };
}
