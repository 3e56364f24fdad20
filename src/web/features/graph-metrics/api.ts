/** The Graph metrics view's one request: the analyst's GraphML file sent as it is, for its metrics. */
import { useMutation } from '@tanstack/react-query';
import { api, data } from '../../lib/api';
import type { GraphMetrics } from './metrics-view';

export interface GraphMetricsRequest {
  file: File;
  /** Read a directed file's edges as undirected ties instead of having it refused. */
  asUndirected: boolean;
}

/** Sends the file's bytes as the body; the server reads them as `foothold graph metrics` reads a file, named as the file in its messages. */
export function useGraphMetrics() {
  return useMutation({
    mutationFn: ({ file, asUndirected }: GraphMetricsRequest): Promise<GraphMetrics> =>
      data(
        api.POST('/api/graph-metrics', {
          params: { query: { name: file.name.slice(0, 200), ...(asUndirected ? { asUndirected: 'true' as const } : {}) } },
          body: file as never,
          bodySerializer: (body: unknown) => body as Blob as never,
          headers: { 'content-type': 'application/graphml+xml' },
        }),
      ),
  });
}
