/** Providers around the router: server state (TanStack Query), toasts, and the session (who is logged in). */
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { ToastProvider } from '../components/toast';
import { queryClient } from '../lib/query-client';
import { router } from './router';
import { SessionProvider } from './session-provider';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <SessionProvider>
          {/* Router updates are plain state updates, not transitions: in a transition React holds back a
              view whose chart is still loading, and the action plan and heatmap would wait for the chart. */}
          <RouterProvider router={router} useTransitions={false} />
        </SessionProvider>
      </ToastProvider>
    </QueryClientProvider>
  );
}
