import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';

// The view comes in its own chunk when first opened.
const AuditPage = lazy(() => import('./components/audit-page'));

export const auditRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/audit',
    element: (
      <Suspense fallback={<Loading what="the audit log" />}>
        <AuditPage />
      </Suspense>
    ),
  },
];
