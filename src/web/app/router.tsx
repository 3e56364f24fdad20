/**
 * Every view has a URL. Each feature brings its own routes; views with heavy libraries (the network
 * map) load their code when first opened. The views wait for the session (RequireSession); the
 * login page stands apart.
 */
import { createBrowserRouter } from 'react-router';
import { Shell } from './shell';
import { NotFound } from './not-found';
import { LoginPage } from './login-page';
import { RequireSession } from './require-session';
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
import { membersRoutes } from '../features/members/routes';
import { tokensRoutes } from '../features/tokens/routes';
import { auditRoutes } from '../features/audit/routes';
import { cohortRoutes } from '../features/cohort/routes';

export const router = createBrowserRouter([
  // With login required (foothold serve --auth) every view but this one waits for a session.
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <Shell />
      </RequireSession>
    ),
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
      ...membersRoutes,
      ...tokensRoutes,
      ...auditRoutes,
      ...cohortRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);
