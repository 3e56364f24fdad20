/**
 * `/login`: e-mail and password for a server that requires a login (`foothold serve --auth`). A
 * refusal is said in words (a wrong password; too many attempts, with how long to wait); after
 * logging in the user goes back to the address they came from (`?next=`). With login off, or when
 * already logged in, the page forwards at once.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../components/states';
import { LoginError, safeNext, useSession } from '../lib/session';
import { useTitle } from '../lib/use-title';
import './session.css';

export function LoginPage() {
  useTitle('Log in');
  const { state, login, reload } = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const passwordField = useRef<HTMLInputElement>(null);

  if (state.status === 'signed-in') return <Navigate to={next} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setRefusal(undefined);
    login(email.trim(), password).then(
      // The page forwards by itself once the session is there.
      () => setBusy(false),
      (err: unknown) => {
        setBusy(false);
        setPassword('');
        setRefusal(err instanceof LoginError ? err.message : `Something went wrong: ${err instanceof Error ? err.message : String(err)}`);
        passwordField.current?.focus();
      },
    );
  };

  return (
    <>
      <header className="app-header">
        <Link to="/login" className="brand">
          Foothold
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="login-page">
        <h1>Log in to Foothold</h1>
        {state.status === 'loading' ? (
          <Loading what="Foothold" />
        ) : state.status === 'failed' ? (
          <ErrorState error={state.error} retry={reload} />
        ) : (
          <>
            {state.ended === 'expired' ? (
              <p className="login-note" role="status">
                Your session has ended. Log in again to go on where you were.
              </p>
            ) : state.ended === 'logged-out' ? (
              <p className="login-note" role="status">
                You are logged out.
              </p>
            ) : null}
            <form className="login-form" onSubmit={submit} aria-busy={busy}>
              <div className="login-field">
                <label htmlFor={`${id}-email`}>E-mail address</label>
                <input id={`${id}-email`} name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
              </div>
              <div className="login-field">
                <label htmlFor={`${id}-password`}>Password</label>
                <input
                  id={`${id}-password`}
                  ref={passwordField}
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              </div>
              {refusal === undefined ? null : (
                <p className="login-refusal" role="alert">
                  {refusal}
                </p>
              )}
              <button type="submit" className="primary" disabled={busy}>
                {busy ? 'Logging in…' : 'Log in'}
              </button>
            </form>
            <p className="quiet">Accounts are made by the server's owner with foothold user add. Ask them if you have none or forgot your password.</p>
          </>
        )}
      </main>
    </>
  );
}
