/**
 * Compare firms: choose them, and see the cross-case Tables 7–10 side by side with the rows where
 * they differ marked, then the rest of the cross-case report.
 */
import { Link, useParams } from 'react-router';
import { DocumentView, Footnotes } from '../../../components/report-document/document-view';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useTitle } from '../../../lib/use-title';
import { useChosenFirms, useFirmCards } from '../../../lib/firms';
import { useCrossCaseReport } from '../api';

export function ComparePage() {
  const { workspace = 'default' } = useParams();
  useTitle('Compare firms');
  const [chosen, toggle] = useChosenFirms();
  const firms = useFirmCards(workspace);
  const report = useCrossCaseReport(workspace, chosen);
  return (
    <article className="compare-page">
      <h1>Compare firms</h1>
      {firms.isPending ? (
        <Loading what="firms" />
      ) : firms.isError ? (
        <ErrorState error={firms.error} retry={() => void firms.refetch()} />
      ) : firms.data.length === 0 ? (
        <Empty title="No firms to compare yet." />
      ) : (
        <fieldset className="firm-picker">
          <legend>Firms to compare, in this order</legend>
          {firms.data.map((f) => (
            <label key={f.id}>
              <input type="checkbox" checked={chosen.includes(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} /> {f.name}
            </label>
          ))}
        </fieldset>
      )}
      {chosen.length === 0 ? (
        <p>Choose two or more firms to see them side by side.</p>
      ) : report.isPending ? (
        <Loading what="the comparison" />
      ) : report.isError ? (
        <ErrorState error={report.error} retry={() => void report.refetch()} />
      ) : (
        <>
          {chosen.length === 1 ? <p className="quiet">One firm chosen: add another to compare.</p> : null}
          <p>
            <Link to={`/w/${encodeURIComponent(workspace)}/matrix?firms=${chosen.map((f) => encodeURIComponent(f)).join(',')}`}>
              Their coded evidence in the framework matrix
            </Link>
          </p>
          <DocumentView doc={report.data} prefix="compare" only={['background', 'network-types', 'challenges', 'utilization', 'benefits', 'gaps']} />
          <Footnotes doc={report.data} prefix="compare" />
        </>
      )}
    </article>
  );
}
