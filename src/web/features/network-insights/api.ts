/**
 * The network insights' server state: the firm (for its name), the brokerage of its network, and
 * the ties due for contact within a horizon, with the address of the same reminders as iCalendar.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';

export type Brokerage = Schemas['Brokerage'];
export type Broker = Brokerage['brokers'][number];
export type MarketReach = Brokerage['markets'][number];
export type NurtureItem = Schemas['NurtureItem'];

// The same key as the other views' firm record, so that a rename there shows here.
const firmQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'record'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}', { params: { path: { workspace, firmId } } })),
  });

// Every market the firm records is asked for at once: the market picker then changes nothing on the server.
const brokerageQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'brokerage'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/brokers', { params: { path: { workspace, firmId } } })),
  });

const nurtureQuery = (workspace: string, firmId: string, within: number) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'nurture', within],
    // The route also sends the reminders as text/calendar; without format=ics its body is the JSON list.
    queryFn: async () =>
      (await data(
        api.GET('/api/workspaces/{workspace}/firms/{firmId}/nurture', { params: { path: { workspace, firmId }, query: { within } }, parseAs: 'json' }),
      )) as NurtureItem[],
  });

export const useFirm = (workspace: string, firmId: string) => useQuery(firmQuery(workspace, firmId));
export const useBrokerage = (workspace: string, firmId: string) => useQuery(brokerageQuery(workspace, firmId));
export const useNurture = (workspace: string, firmId: string, within: number) => useQuery(nurtureQuery(workspace, firmId, within));

/** Starts a view's requests while its code is still loading; errors are left to the page's own states. */
export function prefetchBrokers(client: QueryClient, workspace: string, firmId: string): void {
  void client.prefetchQuery(firmQuery(workspace, firmId));
  void client.prefetchQuery(brokerageQuery(workspace, firmId));
}

export function prefetchNurture(client: QueryClient, workspace: string, firmId: string, within: number): void {
  void client.prefetchQuery(firmQuery(workspace, firmId));
  void client.prefetchQuery(nurtureQuery(workspace, firmId, within));
}

/** The address of the reminders as an iCalendar file; the server sends it as an attachment. */
export function nurtureCalendarUrl(workspace: string, firmId: string, within: number): string {
  return `/api/workspaces/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}/nurture?format=ics&within=${within}`;
}
