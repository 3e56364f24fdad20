import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';
import { SourcesPage } from './components/sources-page';

// The transcript view comes in its own chunk when first opened.
const TranscriptPage = lazy(() => import('./components/transcript-page'));

export const sourcesRoutes: RouteObject[] = [
  { path: 'w/:workspace/firms/:firmId/sources', element: <SourcesPage /> },
  {
    path: 'w/:workspace/firms/:firmId/sources/:sourceId',
    element: (
      <Suspense fallback={<Loading what="the transcript" />}>
        <TranscriptPage />
      </Suspense>
    ),
  },
];
