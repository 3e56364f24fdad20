/**
 * A firm's network as a download for Gephi, yEd or networkx: GraphML, GEXF, or one of Gephi's two
 * CSV tables (the CLI writes both into a folder; over HTTP each is its own download).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { exportFirmGraph, firmBrokerage, firmIntroductionPaths, nurtureReminders } from '../../services/graph-service.js';
import type { IntroductionTarget } from '../../core/graph/introduction-paths.js';
import { DEFAULT_MAX_HOPS, DEFAULT_TOP_PATHS, MAX_WARM_PATH_HOPS, MAX_WARM_PATHS } from '../../shared/warm-path-limits.js';
import { InputError } from '../../shared/errors.js';
import { countryCodeSchema, organizationTypeSchema, type OrganizationType } from '../../core/model/index.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmParams, param } from '../common.js';
import { endpoint, exportUnlessJson } from '../route.js';

export const NETWORK_DOWNLOADS = ['graphml', 'gexf', 'nodes.csv', 'edges.csv'] as const;
type NetworkDownload = (typeof NETWORK_DOWNLOADS)[number];

const CONTENT_TYPES: Record<NetworkDownload, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  'nodes.csv': 'text/csv; charset=utf-8',
  'edges.csv': 'text/csv; charset=utf-8',
};

const nurtureItemSchema = z
  .object({
    tieId: z.string(),
    contactId: z.string(),
    contactName: z.string(),
    heldBy: z.string().describe('Who in the firm holds the tie: a key person, or the firm'),
    networkType: z.string(),
    strength: z.number().int().optional(),
    lastContact: z.string().optional(),
    dueOn: z.string().optional().describe('The day the tie reaches half its value without contact (YYYY-MM-DD)'),
    monthsSinceContact: z.number().int().optional(),
    weight: z.number().describe("The tie's weight now, in (0, 1]"),
    recency: z.number().describe('The share of its value the tie has kept since the last contact'),
    reason: z.enum(['fading', 'dormant', 'no-contact-recorded']),
    why: z.string(),
  })
  .strict()
  .openapi('NurtureItem');

const counts = z.record(z.string(), z.number().int());
const brokerageSchema = z
  .object({
    brokers: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          kind: z.enum(['keyPerson', 'actor']),
          degree: z.number().int(),
          betweenness: z.number().describe("Normalized as networkx's default, over the network without weights"),
          constraint: z.number().nullable().describe("Burt's constraint with the ties' weights; null without ties"),
          effectiveSize: z.number().nullable(),
          bridgesTo: z.array(z.string()).describe('Markets this node lies on the way to'),
        })
        .strict(),
    ),
    firm: z
      .object({ degree: z.number().int(), effectiveSize: z.number().nullable(), constraint: z.number().nullable(), redundancy: z.number().nullable() })
      .strict(),
    markets: z.array(
      z
        .object({
          market: z.string(),
          reached: z.array(z.object({ id: z.string(), name: z.string(), path: z.array(z.string()) }).strict()),
          unreachable: z.array(z.object({ id: z.string(), name: z.string() }).strict()),
          bridges: z.array(z.object({ id: z.string(), name: z.string(), leadsTo: z.number().int() }).strict()),
        })
        .strict(),
    ),
    diversity: z
      .object({
        networkTypes: counts,
        countries: counts,
        sectors: counts,
        blau: z.object({ networkTypes: z.number(), countries: z.number(), sectors: z.number() }).strict(),
      })
      .strict(),
  })
  .strict()
  .openapi('Brokerage');

const introductionHopSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    fromName: z.string(),
    toName: z.string(),
    link: z
      .enum(['tie', 'memberOf', 'hasMember'])
      .describe('A recorded tie; memberOf: from belongs to or works for to; hasMember: to belongs to or works for from'),
    tieId: z.string().nullable().describe('null for a membership'),
    networkType: z.string().nullable().describe('null for a membership'),
    subtype: z.string().nullable(),
    strength: z.number().int().nullable().describe('1–5 as recorded; null when unrated'),
    trust: z.number().int().nullable(),
    lastContact: z.string().nullable(),
    weight: z.number().describe("The link's weight in (0, 1]: strength, trust, status and recency"),
  })
  .strict()
  .openapi('IntroductionHop');

const introductionPathsSchema = z
  .object({
    target: z.string().describe('What was asked for, in words'),
    targetCount: z.number().int().describe('How many actors the target stands for'),
    truncated: z.boolean().describe('True when the search stopped early on a very large network'),
    paths: z.array(
      z
        .object({
          score: z.number().describe("Product of the hops' weights"),
          target: z.object({ id: z.string(), name: z.string() }).strict(),
          hops: z.array(introductionHopSchema),
        })
        .strict(),
    ),
  })
  .strict()
  .openapi('IntroductionPaths');

export function registerNetworkRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}/paths',
      tags: ['network'],
      summary: 'Show the warmest introduction paths to an actor, a kind of organization, or a market',
      description:
        "Give exactly one of to, orgKind or market. A path starts at the firm or one of its key people, never passes through another of them, and ends at the first target it reaches; its score is the product of its ties' weights (strength, trust, status, time since last contact; memberships 0.5). Strongest first; equally strong, fewer hops first.",
      request: {
        params: firmParams,
        query: z.object({
          to: z.string().optional().describe('Reach this actor'),
          orgKind: organizationTypeSchema.optional().describe('Reach any organization of this kind'),
          market: countryCodeSchema.optional().describe('Reach any actor based in this country or reached by a tie naming it'),
          maxHops: z.coerce.number().int().min(1).max(MAX_WARM_PATH_HOPS).optional().describe(`At most this many ties per path (default ${DEFAULT_MAX_HOPS})`),
          top: z.coerce.number().int().min(1).max(MAX_WARM_PATHS).optional().describe(`How many paths (default ${DEFAULT_TOP_PATHS})`),
        }),
      },
      responses: {
        200: { description: 'The strongest paths, each hop explained', content: { 'application/json': { schema: introductionPathsSchema } } },
        ...errorResponses,
      },
    },
    async (c) => {
      // Checked against the declared query schema already (route.ts).
      const to = c.req.query('to');
      const orgKind = c.req.query('orgKind') as OrganizationType | undefined;
      const market = c.req.query('market');
      const maxHops = c.req.query('maxHops') === undefined ? undefined : Number(c.req.query('maxHops'));
      const top = c.req.query('top') === undefined ? undefined : Number(c.req.query('top'));
      const given = [to, orgKind, market].filter((x) => x !== undefined);
      if (given.length !== 1) throw new InputError('Give exactly one of the query parameters to, orgKind or market', '/query');
      const target: IntroductionTarget = to !== undefined ? { to } : orgKind !== undefined ? { orgKind } : { market: market ?? '' };
      const { firmName: _name, ...found } = await firmIntroductionPaths(deps.store, param(c, 'workspace'), param(c, 'firmId'), target, deps.now(), {
        ...(maxHops === undefined ? {} : { maxHops }),
        ...(top === undefined ? {} : { top }),
      });
      return c.json(found, 200);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}/brokers',
      tags: ['network'],
      summary: 'Show who bridges the firm to its markets, and how diverse its ties are',
      description:
        "Each key person's and actor's betweenness (over the network without weights), Burt's constraint and effective size (with the ties' weights), the markets they lie on the way to; the firm as an ego (effective size, constraint, redundancy); per market, the actors there with their shortest path from the firm, those with none, and the bridges on those paths; the diversity of the firm's ties by network type, country and sector with Blau's index.",
      request: {
        params: firmParams,
        query: z.object({ market: countryCodeSchema.optional().describe('Reach into this country only; default every market the firm records') }),
      },
      responses: {
        200: { description: "The brokerage of the firm's network", content: { 'application/json': { schema: brokerageSchema } } },
        ...errorResponses,
      },
    },
    async (c) => {
      const market = c.req.query('market');
      const { firmName: _name, ...brokerage } = await firmBrokerage(deps.store, param(c, 'workspace'), param(c, 'firmId'), deps.now(), market);
      return c.json(brokerage, 200);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}/nurture',
      action: exportUnlessJson('json'),
      tags: ['network'],
      summary: 'List the ties due for contact with the reason, or download the reminders as iCalendar',
      description:
        'A tie is due once it has gone its half-life without contact (6 months per point of strength; 15 months without a strength); dormant ties are due now; ties without a recorded last contact come last. Ended ties are left out. Most urgent first. format=ics sends the reminders as an iCalendar file, one all-day event per tie.',
      request: {
        params: firmParams,
        query: z.object({
          within: z.coerce.number().int().min(0).max(3660).optional().describe('Also list ties that fall due within this many days (default 0)'),
          format: z.enum(['json', 'ics']).optional().describe('json (default) or ics'),
        }),
      },
      responses: {
        200: {
          description: 'The ties due for contact, or the iCalendar file (Content-Disposition: attachment)',
          content: { 'application/json': { schema: z.array(nurtureItemSchema) }, 'text/calendar': { schema: z.string() } },
        },
        ...errorResponses,
      },
    },
    async (c) => {
      const firmId = param(c, 'firmId');
      const within = Number(c.req.query('within') ?? 0);
      const reminders = await nurtureReminders(deps.store, param(c, 'workspace'), firmId, deps.now(), within);
      if (c.req.query('format') !== 'ics') return c.json(reminders.items, 200);
      return c.body(reminders.calendar(), 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="foothold-nurture-${firmId}.ics"`,
        'x-content-type-options': 'nosniff',
      });
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}/network',
      action: 'export',
      tags: ['network'],
      summary: "Download the firm's network for Gephi, yEd or networkx",
      description:
        "The firm, its key people and actors as nodes; its ties (with network type, ratings, status, dates and the weight warm paths use; ended ties at weight 0), each key person's place in the firm and memberships as edges. format=graphml (default) or gexf is one file; nodes.csv and edges.csv are Gephi's spreadsheet-import tables.",
      request: {
        params: firmParams,
        query: z.object({ format: z.enum(NETWORK_DOWNLOADS).optional().describe('graphml (default), gexf, nodes.csv or edges.csv') }),
      },
      responses: {
        200: {
          description: 'The network as a download (Content-Disposition: attachment)',
          content: {
            'application/graphml+xml': { schema: z.string() },
            'application/gexf+xml': { schema: z.string() },
            'text/csv': { schema: z.string() },
          },
        },
        ...errorResponses,
      },
    },
    async (c) => {
      const format = (c.req.query('format') ?? 'graphml') as NetworkDownload;
      const firmId = param(c, 'firmId');
      const exported = await exportFirmGraph(
        deps.store,
        param(c, 'workspace'),
        firmId,
        format.endsWith('.csv') ? 'csv' : (format as 'graphml' | 'gexf'),
        deps.now(),
      );
      const body = exported.format === 'csv' ? (format === 'nodes.csv' ? exported.nodes : exported.edges) : exported.text;
      // The firm id is checked against the id pattern (letters, digits, . _ -), so it is safe in the header.
      return c.body(body, 200, {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="foothold-network-${firmId}${format.endsWith('.csv') ? `-${format}` : `.${format}`}"`,
        'x-content-type-options': 'nosniff',
      });
    },
  );
}
