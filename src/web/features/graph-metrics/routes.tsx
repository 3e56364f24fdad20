import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';

// The view comes in its own chunk when first opened.
const GraphMetricsPage = lazy(() => import('./components/graph-metrics-page'));

export const graphMetricsRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/graph-metrics',
    element: (
      <Suspense fallback={<Loading what="graph metrics" />}>
        <GraphMetricsPage />
      </Suspense>
    ),
  },
];
