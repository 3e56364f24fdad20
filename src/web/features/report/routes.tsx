import type { RouteObject } from 'react-router';
import { ReportPage } from './components/report-page';

export const reportRoutes: RouteObject[] = [{ path: 'w/:workspace/firms/:firmId/report', element: <ReportPage /> }];
