import type { RouteObject } from 'react-router';
import { RecordsPage } from './components/records-page';

export const recordsRoutes: RouteObject[] = [{ path: 'w/:workspace/firms/:firmId/records', element: <RecordsPage /> }];
