/**
 * The evidence views' server state: the framework matrix of one firm or several, the firm's sources,
 * transcripts and segments (to pick what two coders are compared on), their agreement, a .qdpx
 * import, and a pseudonymized copy of the case.
 */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, data } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';
import type { FrameworkMatrix } from './matrix-view';
import type { AnonymizedCase, QdpxImport, SourceKind } from './exchange-view';
import type { SourceAgreement } from './agreement-view';

// The same key as the other views' firm record, so that a rename there shows here.
const firmQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'record'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}', { params: { path: { workspace, firmId } } })),
  });

/** One firm's matrix sits under the firm's key, so that a segment coded in another view refreshes it. */
const matrixKey = (workspace: string, firms: readonly string[]) =>
  firms.length === 1 && firms[0] !== undefined ? [...firmKey(workspace, firms[0]), 'framework-matrix'] : ['framework-matrix', workspace, ...firms];

const matrixQuery = (workspace: string, firms: readonly string[]) =>
  queryOptions({
    queryKey: matrixKey(workspace, firms),
    queryFn: (): Promise<FrameworkMatrix> =>
      data(api.GET('/api/workspaces/{workspace}/framework-matrix', { params: { path: { workspace }, query: { firms: [...firms] } } })),
  });

// The sources view's keys for the same lists, so that both views share what they read.
const sourcesQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'source-list'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/sources', { params: { path: { workspace, firmId } } })),
  });

const segmentsQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'segment-list'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/segments', { params: { path: { workspace, firmId } } })),
  });

const transcriptsQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'transcript-list'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/transcripts', { params: { path: { workspace, firmId } } })),
  });

export const useFirm = (workspace: string, firmId: string) => useQuery(firmQuery(workspace, firmId));
export const useSources = (workspace: string, firmId: string) => useQuery(sourcesQuery(workspace, firmId));
export const useSegments = (workspace: string, firmId: string) => useQuery(segmentsQuery(workspace, firmId));
export const useTranscripts = (workspace: string, firmId: string) => useQuery(transcriptsQuery(workspace, firmId));

/** The matrix of the firms, in their order; nothing is asked while none is chosen. */
export const useFrameworkMatrix = (workspace: string, firms: readonly string[]) => useQuery({ ...matrixQuery(workspace, firms), enabled: firms.length > 0 });

/** Two coders' agreement on a source's transcript; asked only once the source and both coders are chosen. */
export function useAgreement(workspace: string, firmId: string, source: string, coders: readonly [string, string] | undefined) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'agreement', source, ...(coders ?? [])],
    enabled: source !== '' && coders !== undefined,
    // openapi-fetch widens the schema's pair of coders to string[]; the answer always names two.
    queryFn: async () =>
      (await data(
        api.GET('/api/workspaces/{workspace}/firms/{firmId}/agreement', {
          params: { path: { workspace, firmId }, query: { source, ...(coders === undefined ? {} : { coders: coders.join(',') }) } },
        }),
      )) as SourceAgreement,
  });
}

export interface PseudonymRequest {
  firmName: string;
  /** NAME=PSEUDONYM each. */
  replace: readonly string[];
}

/** A pseudonymized copy of the case, made when the form is sent (nothing is stored on the server). */
export function useAnonymized(workspace: string, firmId: string, request: PseudonymRequest | undefined) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'anonymized', request?.firmName ?? '', ...(request?.replace ?? [])],
    enabled: request !== undefined,
    queryFn: (): Promise<AnonymizedCase> =>
      data(
        api.GET('/api/workspaces/{workspace}/firms/{firmId}/anonymized', {
          params: {
            path: { workspace, firmId },
            query: { ...(request === undefined || request.firmName === '' ? {} : { firmName: request.firmName }), replace: [...(request?.replace ?? [])] },
          },
        }),
      ),
  });
}

export interface QdpxImportRequest {
  file: File;
  kind: SourceKind;
}

/** Sends the .qdpx file's bytes as they are; everything about the firm, and every matrix, is read again after. */
export function useQdpxImport(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind }: QdpxImportRequest): Promise<QdpxImport> =>
      data(
        api.POST('/api/workspaces/{workspace}/firms/{firmId}/qdpx', {
          params: { path: { workspace, firmId }, query: { kind, name: file.name.slice(0, 200) } },
          body: file as never,
          bodySerializer: (body: unknown) => body as Blob as never,
          headers: { 'content-type': 'application/zip' },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: firmKey(workspace, firmId) }),
        client.invalidateQueries({ queryKey: ['framework-matrix', workspace] }),
      ]),
  });
}

/** Starts a view's requests while its code is still loading; errors are left to the page's own states. */
export function prefetchMatrix(client: QueryClient, workspace: string, firms: readonly string[], firmId?: string): void {
  if (firmId !== undefined) void client.prefetchQuery(firmQuery(workspace, firmId));
  if (firms.length > 0) void client.prefetchQuery(matrixQuery(workspace, firms));
}

export function prefetchAgreement(client: QueryClient, workspace: string, firmId: string): void {
  void client.prefetchQuery(firmQuery(workspace, firmId));
  void client.prefetchQuery(sourcesQuery(workspace, firmId));
  void client.prefetchQuery(transcriptsQuery(workspace, firmId));
  void client.prefetchQuery(segmentsQuery(workspace, firmId));
}

export function prefetchFirm(client: QueryClient, workspace: string, firmId: string): void {
  void client.prefetchQuery(firmQuery(workspace, firmId));
}
