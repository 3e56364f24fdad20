/**
 * A firm's network as a download for Gephi, yEd or networkx: GraphML, GEXF, or one of Gephi's two
 * CSV tables (the CLI writes both into a folder; over HTTP each is its own download).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { exportFirmGraph } from '../../services/graph-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmParams, param } from '../common.js';
import { endpoint } from '../route.js';

export const NETWORK_DOWNLOADS = ['graphml', 'gexf', 'nodes.csv', 'edges.csv'] as const;
type NetworkDownload = (typeof NETWORK_DOWNLOADS)[number];

const CONTENT_TYPES: Record<NetworkDownload, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  'nodes.csv': 'text/csv; charset=utf-8',
  'edges.csv': 'text/csv; charset=utf-8',
};

export function registerNetworkRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}/network',
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
