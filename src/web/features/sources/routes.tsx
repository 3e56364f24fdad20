import type { RouteObject } from 'react-router';
import { SourcesPage } from './components/sources-page';

export const sourcesRoutes: RouteObject[] = [{ path: 'w/:workspace/firms/:firmId/sources', element: <SourcesPage /> }];
