/** The frame of every view: a skip link, the header with the main navigation and the account menu, and the view. */
import { Link, NavLink, Outlet, useParams, useRouteError } from 'react-router';
import { ErrorState } from '../components/states';
import { useCan, useSession } from '../lib/session';
import { AccountMenu } from './account-menu';

function Crash() {
  const error = useRouteError();
  return <ErrorState error={error} retry={() => window.location.reload()} />;
}

export function Shell({ crashed = false }: { crashed?: boolean }) {
  const { workspace = 'default' } = useParams();
  const ws = encodeURIComponent(workspace);
  const canWrite = useCan('write', workspace);
  const canRead = useCan('read', workspace);
  // Members matter only with login on; without it everyone is the owner and there is no one to add.
  const { state } = useSession();
  const canManageMembers = useCan('manage_members', workspace) && state.status === 'signed-in' && state.session.auth === 'required';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to={`/w/${ws}`} className="brand">
          Foothold
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to={`/w/${ws}`} end>
                Firms
              </NavLink>
            </li>
            {canWrite ? (
              <li>
                <NavLink to={`/w/${ws}/intake`}>New firm</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to={`/w/${ws}/cohort`}>Cohort</NavLink>
            </li>
            <li>
              <NavLink to={`/w/${ws}/compare`}>Compare</NavLink>
            </li>
            <li>
              <NavLink to={`/w/${ws}/matrix`}>Code matrix</NavLink>
            </li>
            <li>
              <NavLink to={`/w/${ws}/graph-metrics`}>Graph metrics</NavLink>
            </li>
            {canRead ? (
              <li>
                <NavLink to={`/w/${ws}/audit`}>Audit log</NavLink>
              </li>
            ) : null}
            {canManageMembers ? (
              <li>
                <NavLink to={`/w/${ws}/members`}>Members</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <AccountMenu workspace={workspace} />
      </header>
      <main id="main" tabIndex={-1}>
        {crashed ? <Crash /> : <Outlet />}
      </main>
    </>
  );
}
