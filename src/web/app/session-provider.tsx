/**
 * Holds the session for the whole app: asks GET /api/session once at start, logs in and out, and
 * ends the session when any request answers 401. Whenever the user changes (log in, log out, an
 * ended login) every cached answer and toast is dropped, so nothing of the last user stays in memory.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useToasts } from '../components/toast';
import { onLoginLost, setCsrfToken } from '../lib/api';
import { fetchSession, requestLogin, requestLogout, SessionContext, type Session, type SessionControls, type SessionState } from '../lib/session';

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const forget = useCallback(() => {
    setCsrfToken(null);
    queryClient.clear();
    toasts.clear();
  }, [queryClient, toasts]);

  const signIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
  }, []);

  // Asks GET /api/session; the state changes when it answers.
  const load = useCallback(() => {
    fetchSession().then(
      (session) => (session === null ? setState({ status: 'signed-out', ended: 'none' }) : signIn(session)),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [signIn]);
  useEffect(load, [load]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    load();
  }, [load]);

  // A 401 while logged in: the session expired or was ended elsewhere. Before the first answer (or
  // while logged out) the route loaders' requests may get 401 too; those change nothing.
  useEffect(
    () =>
      onLoginLost(() => setState((was) => (was.status === 'signed-in' && was.session.auth === 'required' ? { status: 'signed-out', ended: 'expired' } : was))),
    [],
  );
  const expired = state.status === 'signed-out' && state.ended === 'expired';
  useEffect(() => {
    if (expired) forget();
  }, [expired, forget]);

  const login = useCallback(
    async (email: string, password: string) => {
      const session = await requestLogin(email, password);
      // Answers cached before the login (the loaders' 401s, another user's data) are not this user's.
      forget();
      signIn(session);
    },
    [forget, signIn],
  );

  const logout = useCallback(async () => {
    await requestLogout();
    // The views go first (the login page replaces them), then what they showed.
    setState({ status: 'signed-out', ended: 'logged-out' });
    forget();
  }, [forget]);

  const controls = useMemo<SessionControls>(() => ({ state, reload, login, logout }), [state, reload, login, logout]);
  return <SessionContext.Provider value={controls}>{children}</SessionContext.Provider>;
}
