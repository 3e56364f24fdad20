/** The frame of every view: a skip link, the header with the main navigation, and the view. */
import { Link, NavLink, Outlet, useParams, useRouteError } from 'react-router';
import { ErrorState } from '../components/states';

function Crash() {
  const error = useRouteError();
  return <ErrorState error={error} retry={() => window.location.reload()} />;
}

export function Shell({ crashed = false }: { crashed?: boolean }) {
  const { workspace = 'default' } = useParams();
  const ws = encodeURIComponent(workspace);
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
            <li>
              <NavLink to={`/w/${ws}/intake`}>New firm</NavLink>
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
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {crashed ? <Crash /> : <Outlet />}
      </main>
    </>
  );
}
