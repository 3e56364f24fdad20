/** The report view's server state: the firm report as self-contained HTML, for the preview. */
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';

/** The address of a report download; the server sends it as an attachment with its file name. */
export function reportUrl(workspace: string, firms: readonly string[], format: 'html' | 'md' | 'pdf'): string {
  return `/api/workspaces/${encodeURIComponent(workspace)}/report?firms=${firms.map(encodeURIComponent).join(',')}&format=${format}`;
}

export function useReportHtml(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'report-html'],
    // Not JSON: the typed client is for JSON bodies, so this one text download is fetched directly.
    queryFn: async () => {
      const res = await fetch(reportUrl(workspace, [firmId], 'html'));
      if (!res.ok) {
        const body = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
        throw new ApiError(res.status, body?.error?.code ?? 'error', body?.error?.message ?? `the server answered ${res.status}`);
      }
      return res.text();
    },
  });
}
