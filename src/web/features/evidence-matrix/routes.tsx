import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';
import { queryClient } from '../../lib/query-client';
import { prefetchAgreement, prefetchFirm, prefetchMatrix } from './api';
import { firmsOf } from '../../lib/firms';

// Each view comes in its own chunk when first opened; its requests start while the chunk loads.
const MatrixPage = lazy(() => import('./components/matrix-page'));
const CrossFirmPage = lazy(() => import('./components/cross-firm-page'));
const AgreementPage = lazy(() => import('./components/agreement-page'));
const ExchangePage = lazy(() => import('./components/exchange-page'));

export const evidenceMatrixRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/firms/:firmId/matrix',
    loader: ({ params }) => {
      const firmId = params['firmId'] ?? '';
      prefetchMatrix(queryClient, params['workspace'] ?? 'default', [firmId], firmId);
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the framework matrix" />}>
        <MatrixPage />
      </Suspense>
    ),
  },
  {
    path: 'w/:workspace/matrix',
    loader: ({ params, request }) => {
      prefetchMatrix(queryClient, params['workspace'] ?? 'default', firmsOf(new URL(request.url).searchParams.get('firms')));
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the framework matrix" />}>
        <CrossFirmPage />
      </Suspense>
    ),
  },
  {
    path: 'w/:workspace/firms/:firmId/agreement',
    loader: ({ params }) => {
      prefetchAgreement(queryClient, params['workspace'] ?? 'default', params['firmId'] ?? '');
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the sources with a transcript" />}>
        <AgreementPage />
      </Suspense>
    ),
  },
  {
    path: 'w/:workspace/firms/:firmId/exchange',
    loader: ({ params }) => {
      prefetchFirm(queryClient, params['workspace'] ?? 'default', params['firmId'] ?? '');
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the exchange view" />}>
        <ExchangePage />
      </Suspense>
    ),
  },
];
