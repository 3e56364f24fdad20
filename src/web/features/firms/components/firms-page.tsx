/** The firms of a workspace, with the ways to add one: the guided intake or a case file. */
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useTitle } from '../../../lib/use-title';
import { useFirmCards } from '../../../lib/firms';
import { useCan } from '../../../lib/session';
import { useWorkspaces } from '../api';
import { CaseImport } from './case-import';
import { FirmTable } from './firm-table';

/** `/`: the default workspace, or the first there is. */
export function HomeRedirect() {
  const workspaces = useWorkspaces();
  if (workspaces.isPending) return <Loading what="workspaces" />;
  if (workspaces.isError) return <ErrorState error={workspaces.error} retry={() => void workspaces.refetch()} />;
  const ids = workspaces.data.map((w) => w.id);
  const target = ids.includes('default') || ids.length === 0 ? 'default' : (ids[0] ?? 'default');
  return <Navigate to={`/w/${encodeURIComponent(target)}`} replace />;
}

function WorkspacePicker({ current }: { current: string }) {
  const workspaces = useWorkspaces();
  const navigate = useNavigate();
  const ids = workspaces.data?.map((w) => w.id) ?? [];
  if (ids.length < 2) return null;
  return (
    <label className="workspace-picker">
      Workspace{' '}
      <select value={current} onChange={(e) => navigate(`/w/${encodeURIComponent(e.target.value)}`)}>
        {ids.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FirmsPage() {
  const { workspace = 'default' } = useParams();
  useTitle('Firms');
  const firms = useFirmCards(workspace);
  const canWrite = useCan('write', workspace);
  const ws = encodeURIComponent(workspace);
  return (
    <section className="firms-page">
      <div className="page-head">
        <h1>Firms</h1>
        <WorkspacePicker current={workspace} />
      </div>
      {canWrite ? (
        <p className="lead">
          Each firm's ties, markets and challenges. Open one for its action plan, or{' '}
          <Link to={`/w/${ws}/intake`}>take a new firm through the guided intake</Link> (about 20 minutes).
        </p>
      ) : (
        <p className="lead">Each firm's ties, markets and challenges. Open one for its action plan.</p>
      )}
      {firms.isPending ? (
        <Loading what="firms" />
      ) : firms.isError ? (
        <ErrorState error={firms.error} retry={() => void firms.refetch()} />
      ) : firms.data.length === 0 ? (
        <Empty title="No firms in this workspace yet.">
          {canWrite ? (
            <p>
              <Link to={`/w/${ws}/intake`}>Start the guided intake</Link> for a firm, or import a case file below.
            </p>
          ) : null}
        </Empty>
      ) : (
        <>
          <FirmTable workspace={workspace} firms={firms.data} canWrite={canWrite} />
          {firms.data.length > 1 ? (
            <p>
              <Link to={`/w/${ws}/compare?firms=${firms.data.map((f) => encodeURIComponent(f.id)).join(',')}`}>Compare these firms side by side</Link>
            </p>
          ) : null}
        </>
      )}
      {canWrite ? <CaseImport workspace={workspace} /> : null}
    </section>
  );
}
