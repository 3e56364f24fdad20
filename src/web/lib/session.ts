/**
 * Who is using the app and what they may do (issue 13). GET /api/session answers once at start:
 * with login off (the single-user mode) everything is allowed and nobody logs in; with login
 * required the app shows the login page until there is a session, and each workspace lists the
 * actions the user's role allows there. Views ask `useCan(action, workspace)` to leave out the
 * buttons a role cannot use; the server decides all the same (core/access/policy.ts).
 */
import { createContext, useContext } from 'react';
import { api, ApiError, asApiError, type Schemas } from './api';

export type Session = Schemas['Session'];
export type SessionWorkspace = Session['workspaces'][number];
export type Action = SessionWorkspace['actions'][number];
export type Role = SessionWorkspace['role'];

/** Why nobody is logged in: not yet, logged out from this tab, or the server no longer knows the login (expired, revoked). */
export type SessionEnd = 'none' | 'logged-out' | 'expired';

export type SessionState =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'signed-in'; session: Session } | { status: 'signed-out'; ended: SessionEnd };

export interface SessionControls {
  state: SessionState;
  /** Asks GET /api/session again (after it failed). */
  reload(): void;
  /** Logs in; throws a LoginError whose message says in words what went wrong. */
  login(email: string, password: string): Promise<void>;
  /** Logs out and forgets every answer the server gave to this user. */
  logout(): Promise<void>;
}

export const SessionContext = createContext<SessionControls | undefined>(undefined);

export function useSession(): SessionControls {
  const controls = useContext(SessionContext);
  if (controls === undefined) throw new Error('useSession needs the SessionProvider (app/session-provider.tsx) around the app');
  return controls;
}

/** The session's entry for a workspace, if the user is a member of it. */
export function workspaceOf(session: Session, workspace: string): SessionWorkspace | undefined {
  return session.workspaces.find((w) => w.id === workspace);
}

/**
 * May the session take this action in the workspace? Always with login off (there the server
 * checks nothing, and a workspace made after the app loaded is not listed yet).
 */
export function sessionAllows(session: Session, action: Action, workspace: string): boolean {
  if (session.auth === 'off') return true;
  return workspaceOf(session, workspace)?.actions.includes(action) ?? false;
}

/** Whether the user may take an action in a workspace: false while nobody is logged in. */
export function useCan(action: Action, workspace: string): boolean {
  const { state } = useSession();
  return state.status === 'signed-in' && sessionAllows(state.session, action, workspace);
}

/** The session, or null when login is required and there is none (a 401). */
export async function fetchSession(): Promise<Session | null> {
  let result;
  try {
    result = await api.GET('/api/session');
  } catch (err) {
    throw new ApiError(0, 'offline', `The server did not answer (${err instanceof Error ? err.message : String(err)}). Is foothold serve still running?`);
  }
  if (result.response.status === 401) return null;
  if (!result.response.ok || result.data === undefined) throw asApiError(result.response.status, result.error);
  return result.data;
}

/** A refused login, worded for the login page. */
export class LoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginError';
  }
}

/** "3 minutes", "1 minute and 5 seconds", "40 seconds": a Retry-After wait in words. */
export function waitText(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const unit = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  if (minutes === 0) return unit(rest, 'second');
  return rest === 0 ? unit(minutes, 'minute') : `${unit(minutes, 'minute')} and ${unit(rest, 'second')}`;
}

/** What the login page says when POST /api/session refused: by status, with the wait of a 429 from its Retry-After header. */
export function loginRefusal(status: number, retryAfter: string | null, serverMessage: string): string {
  if (status === 401) return 'The e-mail address or the password is wrong. Check both and try again.';
  if (status === 429) {
    const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
    const wait = Number.isFinite(seconds) && seconds > 0 ? `in ${waitText(seconds)}` : 'later';
    return `Too many failed attempts to log in. For your account's safety, try again ${wait}.`;
  }
  if (status === 0) return serverMessage;
  return `The server could not log you in (${status}): ${serverMessage}`;
}

/** POST /api/session: the new session, or a LoginError in words. */
export async function requestLogin(email: string, password: string): Promise<Session> {
  let result;
  try {
    result = await api.POST('/api/session', { body: { email, password } });
  } catch (err) {
    throw new LoginError(`The server did not answer (${err instanceof Error ? err.message : String(err)}). Is foothold serve still running?`);
  }
  if (result.response.ok && result.data !== undefined) return result.data;
  const error = asApiError(result.response.status, result.error);
  throw new LoginError(loginRefusal(result.response.status, result.response.headers.get('retry-after'), error.message));
}

/** DELETE /api/session; ApiError when the server did not confirm it. */
export async function requestLogout(): Promise<void> {
  let response: Response;
  try {
    ({ response } = await api.DELETE('/api/session'));
  } catch (err) {
    throw new ApiError(0, 'offline', `The server did not answer (${err instanceof Error ? err.message : String(err)}), so you are still logged in there.`);
  }
  if (!response.ok) throw asApiError(response.status, await response.json().catch(() => undefined));
}

/**
 * Where to go after logging in: the `next` of the login page's address when it is a path of this
 * app (never another site, nor the login page itself), else the start.
 */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return '/';
  return next;
}

/** The login page's address, remembering where the user was (not after a logout: a new login starts afresh). */
export function loginPath(ended: SessionEnd, from: string): string {
  return ended === 'logged-out' || from === '/' ? '/login' : `/login?next=${encodeURIComponent(from)}`;
}

const ACTION_PHRASES: Readonly<Record<Action, string>> = {
  read: 'read',
  write: 'change',
  delete: 'delete',
  export: 'export',
  manage_members: 'manage members',
  erase_person: 'erase a person',
  backup: 'back up',
};

/** "read, change and export": what a role's actions let the user do, for the account menu. */
export function actionsText(actions: readonly Action[]): string {
  const phrases = actions.map((a) => ACTION_PHRASES[a]);
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1) ?? ''}`;
}
