/**
 * The firm cards of a workspace, as the Firms and Compare views both list them: one query under
 * firmsKey, so a write that invalidates it refreshes both.
 */
import { useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from './api';
import { firmsKey } from './query-keys';

export type FirmCard = Schemas['FirmCard'];

export function useFirmCards(workspace: string) {
  return useQuery({
    queryKey: firmsKey(workspace),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms', { params: { path: { workspace } } })),
  });
}
