/**
 * The account menu in the header, with login required: who is logged in, their role in the
 * workspace shown and what it lets them do, their API tokens, and Log out. With login off (the single-user mode)
 * there is no account, and no menu.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { actionsText, useSession, workspaceOf } from '../lib/session';
import './session.css';

export function AccountMenu({ workspace }: { workspace: string }) {
  const { state, logout } = useSession();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A click elsewhere closes the menu, as Escape does.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && root.current?.contains(event.target) !== true) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (state.status !== 'signed-in' || state.session.auth !== 'required' || state.session.user === null) return null;
  const { user } = state.session;
  const membership = workspaceOf(state.session, workspace);

  const leave = () => {
    setBusy(true);
    setFailure(undefined);
    logout().catch((err: unknown) => {
      setBusy(false);
      setFailure(`Not logged out: ${err instanceof Error ? err.message : String(err)}`);
    });
  };

  return (
    <div
      className="account-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button type="button" ref={toggle} className="account-toggle" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        <span className="visually-hidden">Account: </span>
        {user.name}
      </button>
      <div id={`${id}-panel`} className="account-panel" hidden={!open}>
        <p>
          <strong>{user.name}</strong>
          <br />
          <span className="quiet">{user.email}</span>
        </p>
        {membership === undefined ? (
          <p>You are not a member of the workspace “{workspace}”.</p>
        ) : (
          <p>
            Your role in {membership.name}: <strong>{membership.role}</strong>. You may {actionsText(membership.actions)}.
          </p>
        )}
        <p>
          <Link to={`/w/${encodeURIComponent(workspace)}/tokens`} onClick={() => setOpen(false)}>
            API tokens
          </Link>
        </p>
        <button type="button" disabled={busy} onClick={leave}>
          {busy ? 'Logging out…' : 'Log out'}
        </button>
        {failure === undefined ? null : (
          <p className="login-refusal" role="alert">
            {failure}
          </p>
        )}
      </div>
    </div>
  );
}
