/**
 * Network metrics of the analyst's own GraphML file (from Gephi, networkx, yEd, igraph), sent as
 * the raw request body: what `foothold graph metrics --json` prints, with the facts around it.
 * The server is shared, so betweenness is exact only on smaller graphs here, and one file is
 * worked on at a time.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { EXACT_BETWEENNESS_MAX_NODES } from '../../core/graph/betweenness.js';
import { AS_UNDIRECTED_OPTION, graphMetrics, metricsJson, type GraphFileMetrics, type NodeMetrics } from '../../services/graph-service.js';
import { InputError } from '../../shared/errors.js';
import { HTTP_DEFAULT_BETWEENNESS_SAMPLES, HTTP_EXACT_BETWEENNESS_MAX_NODES, HTTP_MAX_BETWEENNESS_SAMPLES } from '../../shared/http-graph-metrics-limits.js';
import { oneAtATime } from '../../shared/one-at-a-time.js';
import { formatBytes } from '../../shared/safe-json.js';
import { DEFAULT_XML_LIMITS } from '../../shared/safe-xml.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, jsonContent, readBodyBytes } from '../common.js';
import { FILE_BODY_ROUTES } from '../guards.js';
import { endpoint } from '../route.js';
import type { Same } from '../schema-check.js';

export const GRAPH_METRICS_PATH = '/api/graph-metrics';
/** The media types the route takes: those the request guards let through for it. */
const FILE_TYPES = FILE_BODY_ROUTES.get(GRAPH_METRICS_PATH) ?? [];

const nodeMetricsSchema = z
  .object({
    degree: z.number().int().describe('Ties, parallel edges counted once and self-loops not at all'),
    betweenness: z.number().describe("Normalized as networkx's default: the share of shortest paths between two others that pass through the node"),
    constraint: z.number().nullable().describe("Burt's constraint, without weights; null for an isolated node, where it is undefined (networkx: NaN)"),
    effectiveSize: z.number().nullable().describe("Burt's effective size; null for an isolated node"),
  })
  .strict();

const graphMetricsSchema = z
  .object({
    nodes: z.record(z.string(), nodeMetricsSchema).describe("Every node by the file's id"),
    edgeCount: z.number().int().describe('Distinct undirected ties between two different nodes'),
    parallelEdges: z.number().int().describe('Edges that repeat an earlier one, counted once'),
    selfLoops: z.number().int().describe('Edges from a node to itself, left out'),
    readAsUndirected: z.boolean().describe("True when the file's edges were directed and read as undirected ties (asUndirected=true)"),
    betweenness: z
      .object({
        exact: z.boolean(),
        samples: z.number().int().describe('The sources counted: every node when exact, else the pivots'),
        errorBound: z
          .object({ epsilon: z.number(), delta: z.number() })
          .strict()
          .optional()
          .describe('For an estimate: with probability at least 1 − delta, every value is within ± epsilon of the exact one'),
      })
      .strict()
      .describe('How betweenness was found: exact, or estimated from pivots with its error bound'),
    warnings: z
      .array(z.object({ pointer: z.string(), message: z.string(), file: z.string().optional() }).strict())
      .describe('What the reader let pass but the analyst should know: nodes only named by edges, weights not used …'),
  })
  .strict()
  .openapi('GraphMetrics');

type GraphMetricsAnswer = Omit<GraphFileMetrics, 'ids' | 'nodes'> & { nodes: Record<string, NodeMetrics> };
// The schema describes the answer exactly: a field missing, extra or typed differently stops the build.
const fits: Same<GraphMetricsAnswer, typeof graphMetricsSchema> = true;
void fits;

export function registerGraphMetricsRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const maxBytes = Math.min(DEFAULT_XML_LIMITS.maxBytes, deps.limits.caseFile.maxBytes);
  // One graph at a time: the betweenness of one already runs on every core.
  const working = oneAtATime();
  endpoint(
    app,
    {
      method: 'post',
      path: GRAPH_METRICS_PATH,
      action: 'read',
      tags: ['network'],
      summary: 'Analyze a GraphML file: degree, betweenness, constraint and effective size of every node',
      description: [
        `The body is the GraphML file itself (as Gephi, networkx, yEd or igraph write it), in UTF-8, at most ${formatBytes(maxBytes)}; a DOCTYPE is refused.`,
        "The metrics are networkx's for an undirected, unweighted graph: parallel edges count once, self-loops not at all, weights are not used; constraint and effective size are null for an isolated node.",
        'A directed file is refused (400) unless `asUndirected=true`, which reads every edge as an undirected tie. A file that cannot be read answers 422 with the line of each problem.',
        `As the server is shared, betweenness is exact here up to ${HTTP_EXACT_BETWEENNESS_MAX_NODES.toLocaleString('en')} nodes and estimated from ${HTTP_DEFAULT_BETWEENNESS_SAMPLES} pivots above (the CLI's \`foothold graph metrics\` is exact up to ${EXACT_BETWEENNESS_MAX_NODES.toLocaleString('en')}), unless \`samples\` asks for from 2 to ${HTTP_MAX_BETWEENNESS_SAMPLES.toLocaleString('en')} pivots; the answer's \`betweenness\` says which, with the error bound of an estimate.`,
        'Files are worked on one at a time; a request waits for the one before it.',
      ].join(' '),
      request: {
        query: z.object({
          asUndirected: z.enum(['true', 'false']).optional().describe("Read a directed file's edges as undirected ties instead of refusing it"),
          samples: z.coerce
            .number()
            .int()
            .min(2)
            .max(HTTP_MAX_BETWEENNESS_SAMPLES)
            .optional()
            .describe(
              `Estimate betweenness from this many pivots (default: exact up to ${HTTP_EXACT_BETWEENNESS_MAX_NODES.toLocaleString('en')} nodes, ${HTTP_DEFAULT_BETWEENNESS_SAMPLES} pivots above); as many as the nodes or more is exact`,
            ),
          seed: z
            .string()
            .regex(/^\d{1,9}$/, 'expected a whole number from 0 to 999999999')
            .optional()
            .describe('Seed of the pivot choice, for repeatable estimates (default 1)'),
          name: z.string().max(200).optional().describe('The file name, used in messages (default "request body")'),
        }),
        body: {
          content: Object.fromEntries(FILE_TYPES.map((type) => [type, { schema: z.string().describe('The GraphML file') }])),
          required: true,
        },
      },
      responses: { 200: jsonContent(graphMetricsSchema, 'The metrics of every node, and how they were found'), ...errorResponses },
    },
    async (c) => {
      // Read before waiting for the turn, so that a slow upload holds up no one else.
      const bytes = await readBodyBytes(c, maxBytes);
      return working(async () => {
        // endpoint() has checked the query against the schema above.
        const samples = c.req.query('samples');
        const seed = c.req.query('seed');
        const name = c.req.query('name') ?? 'request body';
        const m = await graphMetrics(bytes, name, {
          asUndirected: c.req.query('asUndirected') === 'true',
          exactMaxNodes: HTTP_EXACT_BETWEENNESS_MAX_NODES,
          defaultSamples: HTTP_DEFAULT_BETWEENNESS_SAMPLES,
          ...(samples === undefined ? {} : { samples: Number(samples) }),
          ...(seed === undefined ? {} : { seed: Number(seed) }),
        }).catch((err: unknown) => {
          // The service names the switch as the command line spells it; over HTTP it is ?asUndirected=true.
          if (err instanceof InputError && err.hint?.option === AS_UNDIRECTED_OPTION) {
            throw new InputError(err.message, err.path, { ...err.hint, option: 'asUndirected' });
          }
          throw err;
        });
        const { ids: _ids, nodes: _nodes, ...facts } = m;
        const answer: GraphMetricsAnswer = { ...metricsJson(m), ...facts };
        return c.json(answer, 200);
      });
    },
  );
}
