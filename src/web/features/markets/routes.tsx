import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';
import { queryClient } from '../../lib/query-client';
import { prefetchMarkets } from './api';
import { requestOf } from './markets-address';

// The view comes in its own chunk when first opened (the map's in a further one); the ranking is asked for while the chunk loads.
const MarketsPage = lazy(() => import('./components/markets-page'));

export const marketsRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/firms/:firmId/markets',
    loader: ({ params, request }) => {
      prefetchMarkets(queryClient, params['workspace'] ?? 'default', params['firmId'] ?? '', requestOf(new URL(request.url).searchParams));
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the market ranking" />}>
        <MarketsPage />
      </Suspense>
    ),
  },
];
