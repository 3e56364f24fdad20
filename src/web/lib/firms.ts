/**
 * The firm cards of a workspace, as the Firms and Compare views both list them: one query under
 * firmsKey, so a write that invalidates it refreshes both.
 */
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, data, type Schemas } from './api';
import { firmsKey } from './query-keys';

export type FirmCard = Schemas['FirmCard'];

export function useFirmCards(workspace: string) {
  return useQuery({
    queryKey: firmsKey(workspace),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms', { params: { path: { workspace } } })),
  });
}

/** The firm ids of a `?firms=a,b` address, in order, each once. */
export function firmsOf(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== ''),
    ),
  ];
}

/** The firms chosen in the address (`?firms=a,b`), and a toggle that keeps the address in step. */
export function useChosenFirms(): [string[], (id: string, on: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const chosen = firmsOf(params.get('firms'));
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((f) => f !== id);
    setParams(next.length === 0 ? {} : { firms: next.join(',') }, { replace: true });
  };
  return [chosen, toggle];
}
