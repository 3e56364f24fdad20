/** The frame of every view: a skip link, the header with the main navigation and the account menu, and the view. */
import { Link, NavLink, Outlet, useParams, useRouteError } from 'react-router';
import { ErrorState } from '../components/states';
import { useCan } from '../lib/session';
import { AccountMenu } from './account-menu';

function Crash() {
  const error = useRouteError();
  return <ErrorState error={error} retry={() => window.location.reload()} />;
}

export function Shell({ crashed = false }: { crashed?: boolean }) {
  const { workspace = 'default' } = useParams();
  const ws = encodeURIComponent(workspace);
  const canWrite = useCan('write', workspace);
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
              <NavLink to={`/w/${ws}/compare`}>Compare</NavLink>
            </li>
            <li>
              <NavLink to={`/w/${ws}/matrix`}>Code matrix</NavLink>
            </li>
            <li>
              <NavLink to={`/w/${ws}/graph-metrics`}>Graph metrics</NavLink>
            </li>
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
