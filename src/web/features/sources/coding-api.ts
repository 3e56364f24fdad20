/**
 * The coder's writes: a transcript file into a source (sent as it is, the server tells its format
 * from the name), and segments made, recoded and deleted — each edit sent with the version it was
 * read at, so that the server refuses (409 stale_version) what someone else changed meanwhile.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, apiFetch, ApiError, asApiError, data, isStale, type paths, type Schemas } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';
import { listKey, type Segment, type Versioned } from './api';
import { segmentIdFor } from './record-ids';

export type TranscriptImport = Schemas['TranscriptImport'];
export type CodeSuggestion = Schemas['CodeSuggestions']['suggestions'][number];

/** The file types the transcript route reads. */
export const TRANSCRIPT_ACCEPT = '.txt,.text,.md,.markdown,.docx,.vtt,.srt';

/**
 * Refreshes what shows the firm's evidence. The transcripts are left alone (coding never changes
 * them, and they are the largest answer); the framework matrix is keyed by workspace, not firm.
 */
export function refreshEvidence(client: QueryClient, workspace: string, firmId: string): void {
  void client.invalidateQueries({ queryKey: firmKey(workspace, firmId), predicate: (q) => q.queryKey[3] !== 'transcript-list' });
  void client.invalidateQueries({ queryKey: ['framework-matrix', workspace] });
}

async function uploadTranscript(workspace: string, firmId: string, sourceId: string, file: File): Promise<TranscriptImport> {
  const path: keyof paths = '/api/workspaces/{workspace}/firms/{firmId}/sources/{sourceId}/transcript';
  const target = path
    .replace('{workspace}', encodeURIComponent(workspace))
    .replace('{firmId}', encodeURIComponent(firmId))
    .replace('{sourceId}', encodeURIComponent(sourceId));
  // Plain fetch, not the typed client: the file's bytes go as they are.
  let response: Response;
  try {
    response = await apiFetch(`${target}?${new URLSearchParams({ name: file.name }).toString()}`, {
      method: 'POST',
      body: file,
      headers: { 'content-type': 'application/octet-stream' },
    });
  } catch (err) {
    throw new ApiError(0, 'offline', `The server did not answer (${err instanceof Error ? err.message : String(err)}). Is foothold serve still running?`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw asApiError(response.status, body);
  return body as TranscriptImport;
}

/** Stores a transcript file as the text of a source. */
export function useUploadTranscript(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ sourceId, file }: { sourceId: string; file: File }) => uploadTranscript(workspace, firmId, sourceId, file),
    onSuccess: () => client.invalidateQueries({ queryKey: firmKey(workspace, firmId) }),
  });
}

/** A new segment; its id is made from the source and start, and tried again with a suffix while the server finds it taken. */
export type NewSegment = Omit<Segment, 'id' | 'span'> & { span: NonNullable<Segment['span']> };

const TRIES = 5;

async function createSegment(workspace: string, firmId: string, segment: NewSegment, taken: ReadonlySet<string>): Promise<Versioned<Segment>> {
  const tried = new Set(taken);
  for (let attempt = 1; ; attempt++) {
    const id = segmentIdFor(segment.source, segment.span.start, tried);
    try {
      return await data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/segments', { params: { path: { workspace, firmId } }, body: { ...segment, id } }));
    } catch (err) {
      // 409 on a new record: another record of the case holds the id (a stale version is no question here).
      if (!(err instanceof ApiError && err.status === 409 && !isStale(err)) || attempt >= TRIES) throw err;
      tried.add(id);
    }
  }
}

function patchSegments(client: QueryClient, workspace: string, firmId: string, change: (rows: Versioned<Segment>[]) => Versioned<Segment>[]): void {
  client.setQueryData<Versioned<Segment>[]>(listKey(workspace, firmId, 'segment-list'), (rows) => (rows === undefined ? rows : change(rows)));
}

/** Codes a passage: a new segment, shown at once in the list the margin reads. */
export function useCreateSegment(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ segment, taken }: { segment: NewSegment; taken: ReadonlySet<string> }) => createSegment(workspace, firmId, segment, taken),
    onSuccess: (saved) => patchSegments(client, workspace, firmId, (rows) => [...rows, saved]),
    onSettled: () => refreshEvidence(client, workspace, firmId),
  });
}

/** Saves a segment over the version it was read at. */
export function useSaveSegment(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Versioned<Segment>) =>
      data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}/segments/{id}', { params: { path: { workspace, firmId, id: body.record.id } }, body })),
    onSuccess: (saved) => patchSegments(client, workspace, firmId, (rows) => rows.map((r) => (r.record.id === saved.record.id ? saved : r))),
    onSettled: () => refreshEvidence(client, workspace, firmId),
  });
}

/** Deletes a segment, only if it is still at the version read. */
export function useDeleteSegment(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, record }: Versioned<Segment>) => {
      await data(
        api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/segments/{id}', {
          params: { path: { workspace, firmId, id: record.id }, query: { version: String(version) } },
        }),
      );
      return record.id;
    },
    onSuccess: (id) => patchSegments(client, workspace, firmId, (rows) => rows.filter((r) => r.record.id !== id)),
    onSettled: () => refreshEvidence(client, workspace, firmId),
  });
}

/** Puts a deleted segment back as it was (the Undo of a delete). */
export function useRestoreSegment(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (record: Segment) =>
      data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/segments', { params: { path: { workspace, firmId } }, body: record })),
    onSettled: () => refreshEvidence(client, workspace, firmId),
  });
}

/** What the keyword lexicon suggests for a passage or a stored segment; never applied by itself. */
export function useCodeSuggestions(workspace: string, firmId: string, about: { transcript: string; start: number; end: number } | { segment: string }) {
  const query = 'segment' in about ? { segment: about.segment } : { transcript: about.transcript, start: String(about.start), end: String(about.end) };
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'code-suggestions', query],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/code-suggestions', { params: { path: { workspace, firmId }, query } })),
  });
}
