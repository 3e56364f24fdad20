import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/states';
import { queryClient } from '../../lib/query-client';
import { prefetchContacts } from './api';

// The view comes in its own chunk when first opened; its requests start while the chunk loads.
const ContactsPage = lazy(() => import('./components/contacts-page'));

export const contactsRoutes: RouteObject[] = [
  {
    path: 'w/:workspace/firms/:firmId/contacts',
    loader: ({ params }) => {
      prefetchContacts(queryClient, params['workspace'] ?? 'default', params['firmId'] ?? '');
      return null;
    },
    element: (
      <Suspense fallback={<Loading what="the contacts" />}>
        <ContactsPage />
      </Suspense>
    ),
  },
];
