/**
 * The gate in front of every view: while the session loads it says so; with login required and no
 * session it sends the user to the login page, which brings them back here after logging in. Nothing
 * of a view renders without a session, so the back button after a logout shows the login page too.
 */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, Loading } from '../components/states';
import { loginPath, useSession } from '../lib/session';

export function RequireSession({ children }: { children: ReactNode }) {
  const { state, reload } = useSession();
  const location = useLocation();
  if (state.status === 'loading')
    return (
      <main id="main" tabIndex={-1}>
        <Loading what="Foothold" />
      </main>
    );
  if (state.status === 'failed')
    return (
      <main id="main" tabIndex={-1}>
        <ErrorState error={state.error} retry={reload} />
      </main>
    );
  if (state.status === 'signed-out') return <Navigate to={loginPath(state.ended, `${location.pathname}${location.search}${location.hash}`)} replace />;
  return <>{children}</>;
}
