/** The report view's server state: the firm report as self-contained HTML, for the preview. */
import { useQuery } from '@tanstack/react-query';
import { apiFetch, ApiError } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';

/** The address of a report download; the server sends it as an attachment with its file name. */
export function reportUrl(workspace: string, firms: readonly string[], format: 'html' | 'md' | 'pdf'): string {
  return `/api/workspaces/${encodeURIComponent(workspace)}/report?firms=${firms.map(encodeURIComponent).join(',')}&format=${format}`;
}

/** `enabled` false when the user's role may not export: the server would refuse the file. */
export function useReportHtml(workspace: string, firmId: string, enabled = true) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'report-html'],
    enabled,
    // Not JSON: the typed client is for JSON bodies, so this one text download is fetched directly.
    queryFn: async () => {
      const res = await apiFetch(reportUrl(workspace, [firmId], 'html'));
      if (!res.ok) {
        const body = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
        throw new ApiError(res.status, body?.error?.code ?? 'error', body?.error?.message ?? `the server answered ${res.status}`);
      }
      return res.text();
    },
  });
}
