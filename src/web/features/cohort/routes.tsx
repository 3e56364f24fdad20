import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';

// The view comes in its own chunk when first opened; its charts load later still.
const CohortPage = lazy(() => import('./components/cohort-page'));

export const cohortRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/cohort',
    element: (
      <Suspense fallback={<Loading what="the cohort" />}>
        <CohortPage />
      </Suspense>
    ),
  },
];
