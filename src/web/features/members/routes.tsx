import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';

// The view comes in its own chunk when first opened: only owners use it.
const MembersPage = lazy(() => import('./components/members-page'));

export const membersRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/members',
    element: (
      <Suspense fallback={<Loading what="members" />}>
        <MembersPage />
      </Suspense>
    ),
  },
];
