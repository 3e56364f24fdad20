import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';

// The view comes in its own chunk when first opened from the account menu.
const TokensPage = lazy(() => import('./components/tokens-page'));

export const tokensRoutes: RouteObject[] = [
  {
    // Under the workspace only to keep the header's links and role where the user was: tokens are the user's, not the workspace's.
    path: 'w/:workspace/tokens',
    element: (
      <Suspense fallback={<Loading what="API tokens" />}>
        <TokensPage />
      </Suspense>
    ),
  },
];
