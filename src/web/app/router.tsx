/**
 * Every view has a URL. Each feature brings its own routes; views with heavy libraries (the network
 * map) load their code when first opened.
 */
import { createBrowserRouter } from 'react-router';
import { Shell } from './shell';
import { NotFound } from './not-found';
import { firmsRoutes } from '../features/firms/routes';
import { dashboardRoutes } from '../features/dashboard/routes';
import { networkMapRoutes } from '../features/network-map/routes';
import { networkInsightsRoutes } from '../features/network-insights/routes';
import { marketsRoutes } from '../features/markets/routes';
import { recordsRoutes } from '../features/records/routes';
import { sourcesRoutes } from '../features/sources/routes';
import { reportRoutes } from '../features/report/routes';
import { compareRoutes } from '../features/compare/routes';
import { graphMetricsRoutes } from '../features/graph-metrics/routes';
import { intakeRoutes } from '../features/intake/routes';
import { partnersRoutes } from '../features/partners/routes';
import { contactsRoutes } from '../features/contacts/routes';
import { evidenceMatrixRoutes } from '../features/evidence-matrix/routes';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Shell />,
    errorElement: <Shell crashed />,
    children: [
      ...firmsRoutes,
      ...intakeRoutes,
      ...dashboardRoutes,
      ...networkMapRoutes,
      ...networkInsightsRoutes,
      ...marketsRoutes,
      ...recordsRoutes,
      ...sourcesRoutes,
      ...reportRoutes,
      ...compareRoutes,
      ...graphMetricsRoutes,
      ...partnersRoutes,
      ...contactsRoutes,
      ...evidenceMatrixRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);
