import type { RouteObject } from 'react-router';
import { queryClient } from '../../lib/query-client';
import { prefetchDashboard } from './api';
import { DashboardPage } from './components/dashboard-page';

export const dashboardRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/firms/:firmId',
    // Starts the first screen's requests without waiting for them: the page shows its own loading state.
    loader: ({ params }) => {
      prefetchDashboard(queryClient, params['workspace'] ?? 'default', params['firmId'] ?? '');
      return null;
    },
    element: <DashboardPage />,
  },
];
