/**
 * The Contacts view's server state: the firm (for its name and key people), its contacts, and the
 * import of a contact file — sent as the raw body with its own Content-Type, the answer streamed
 * (Accept: application/x-ndjson) so that a long import shows how far it is.
 */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, apiFetch, ApiError, asApiError, data, type paths } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';
import { contentTypeOf, type ContactImport } from './contacts-view';
import { readImportStream, type ImportProgress } from './import-stream';

/** What the user chose besides the file: who holds the ties, their network type, the file's kind. */
export interface ImportSettings {
  /** A key person's id; the firm itself when absent. */
  person?: string;
  as?: 'social' | 'business' | 'institutional' | 'digital';
  /** Told from the content when absent. */
  format?: ContactImport['format'];
}

export interface ImportRequest {
  file: File;
  settings: ImportSettings;
  dryRun: boolean;
  onProgress: (progress: ImportProgress) => void;
}

// The same key as the other views' firm record, so that a rename there shows here.
const firmQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'record'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}', { params: { path: { workspace, firmId } } })),
  });

const contactsQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'contacts'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/contacts', { params: { path: { workspace, firmId } } })),
  });

export const useFirm = (workspace: string, firmId: string) => useQuery(firmQuery(workspace, firmId));
export const useContacts = (workspace: string, firmId: string) => useQuery(contactsQuery(workspace, firmId));

// The same key as the records view's list, so that a key person added there is offered here.
export const useKeyPeople = (workspace: string, firmId: string) =>
  useQuery({
    queryKey: [...firmKey(workspace, firmId), 'key-people'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/key-people', { params: { path: { workspace, firmId } } })),
  });

/** Starts the view's requests while its code is still loading; errors are left to the page's own states. */
export function prefetchContacts(client: QueryClient, workspace: string, firmId: string): void {
  void client.prefetchQuery(firmQuery(workspace, firmId));
  void client.prefetchQuery(contactsQuery(workspace, firmId));
}

/** Sends the file and reads the streamed answer; ApiError for a refusal, before the stream or on its last line. */
async function sendImport(workspace: string, firmId: string, { file, settings, dryRun, onProgress }: ImportRequest): Promise<ContactImport> {
  const query = new URLSearchParams({
    name: file.name,
    ...(dryRun ? { dryRun: 'true' } : {}),
    ...(settings.as === undefined ? {} : { as: settings.as }),
    ...(settings.person === undefined ? {} : { person: settings.person }),
    ...(settings.format === undefined ? {} : { format: settings.format }),
  });
  const path: keyof paths = '/api/workspaces/{workspace}/firms/{firmId}/contacts/import';
  const target = `${path.replace('{workspace}', encodeURIComponent(workspace)).replace('{firmId}', encodeURIComponent(firmId))}?${query.toString()}`;
  // Plain fetch, not the typed client: the file goes as it is, and the answer is read as a stream.
  let response: Response;
  try {
    response = await apiFetch(target, { method: 'POST', body: file, headers: { 'content-type': contentTypeOf(file.name), accept: 'application/x-ndjson' } });
  } catch (err) {
    throw new ApiError(0, 'offline', `The server did not answer (${err instanceof Error ? err.message : String(err)}). Is foothold serve still running?`);
  }
  if (!response.ok) throw asApiError(response.status, await response.json().catch(() => undefined));
  if (response.body === null) throw new Error('the server answered without a body');
  return readImportStream(response.body, onProgress);
}

/** A dry run: what importing the file would do. Nothing is written, so nothing is refreshed. */
export function usePreviewImport(workspace: string, firmId: string) {
  return useMutation({ mutationFn: (request: Omit<ImportRequest, 'dryRun'>) => sendImport(workspace, firmId, { ...request, dryRun: true }) });
}

/**
 * The import itself. Every view of the firm is read again after it — also after an error, since a
 * connection cut off mid-way does not say whether the server finished.
 */
export function useRunImport(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<ImportRequest, 'dryRun'>) => sendImport(workspace, firmId, { ...request, dryRun: false }),
    onSettled: () => client.invalidateQueries({ queryKey: firmKey(workspace, firmId) }),
  });
}
