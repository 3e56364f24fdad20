/** The compare view's server state: the cross-case report document of the chosen firms (their list is lib/firms.ts#useFirmCards). */
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../lib/api';
import type { ReportDocument } from '../../components/report-document/types';

export function useCrossCaseReport(workspace: string, firms: readonly string[]) {
  return useQuery({
    queryKey: ['compare', workspace, ...firms],
    enabled: firms.length > 0,
    // The route also serves HTML, Markdown and PDF; with format=json its body is the ReportDocument.
    queryFn: async () =>
      (await data(
        api.GET('/api/workspaces/{workspace}/report', { params: { path: { workspace }, query: { firms: [...firms], format: 'json' } }, parseAs: 'json' }),
      )) as ReportDocument,
  });
}
