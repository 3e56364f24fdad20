import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';
import { queryClient } from '../../lib/query-client';
import { prefetchBrokers, prefetchNurture } from './api';
import { horizonOf } from './nurture-view';

// Each view comes in its own chunk when first opened; its requests start while the chunk loads.
const BrokersPage = lazy(() => import('./components/brokers-page'));
const NurturePage = lazy(() => import('./components/nurture-page'));

export const networkInsightsRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/firms/:firmId/brokers',
    loader: ({ params }) => {
      prefetchBrokers(queryClient, params['workspace'] ?? 'default', params['firmId'] ?? '');
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the brokers" />}>
        <BrokersPage />
      </Suspense>
    ),
  },
  {
    path: 'w/:workspace/firms/:firmId/nurture',
    loader: ({ params, request }) => {
      prefetchNurture(queryClient, params['workspace'] ?? 'default', params['firmId'] ?? '', horizonOf(new URL(request.url).searchParams.get('within')));
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the ties to keep in touch with" />}>
        <NurturePage />
      </Suspense>
    ),
  },
];
