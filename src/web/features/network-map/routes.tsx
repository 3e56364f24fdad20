import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';

// sigma and graphology come with the page, in its own chunk: the first page load never carries them.
const NetworkMapPage = lazy(() => import('./components/network-map-page'));

export const networkMapRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/firms/:firmId/network',
    element: (
      <Suspense fallback={<Loading what="the network map" />}>
        <NetworkMapPage />
      </Suspense>
    ),
  },
];
