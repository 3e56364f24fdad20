import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';
import { queryClient } from '../../lib/query-client';
import { prefetchBoard, prefetchSearches } from './api';

// Each view comes in its own chunk when first opened; its requests start while the chunk loads.
const SearchesPage = lazy(() => import('./components/searches-page'));
const BoardPage = lazy(() => import('./components/board-page'));

export const partnersRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/firms/:firmId/partners',
    loader: ({ params }) => {
      prefetchSearches(queryClient, params['workspace'] ?? 'default', params['firmId'] ?? '');
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the partner searches" />}>
        <SearchesPage />
      </Suspense>
    ),
  },
  {
    path: 'w/:workspace/firms/:firmId/partners/:searchId',
    loader: ({ params }) => {
      prefetchBoard(queryClient, { workspace: params['workspace'] ?? 'default', firmId: params['firmId'] ?? '', searchId: params['searchId'] ?? '' });
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the partner search" />}>
        <BoardPage />
      </Suspense>
    ),
  },
];
