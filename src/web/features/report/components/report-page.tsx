/** A firm's report: a preview of the HTML report and downloads in HTML, Markdown and PDF. */
import { Link, useParams } from 'react-router';
import { DownloadList } from '../../../components/download-list';
import { FirmNav } from '../../../components/firm-nav';
import { ErrorState, Loading } from '../../../components/states';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { reportUrl, useReportHtml } from '../api';

const FORMATS = [
  ['html', 'HTML', 'one self-contained file, opens in any browser'],
  ['md', 'Markdown', 'plain text for wikis and repositories'],
  ['pdf', 'PDF', 'A4, printed by the server; takes a few seconds'],
] as const;

export function ReportPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  useTitle(`Report — ${firmId}`);
  // The report as a file (its preview included) is an export; a role that may only read sees the same tables on the dashboard.
  const canExport = useCan('export', workspace);
  const html = useReportHtml(workspace, firmId, canExport);
  if (!canExport)
    return (
      <article className="report-page">
        <h1>Report</h1>
        <FirmNav workspace={workspace} firmId={firmId} />
        <p>
          Your role in this workspace may read its cases but not export them, and the report is an export. The{' '}
          <Link to={`/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}`}>firm’s dashboard</Link> shows the same tables, charts and
          evidence.
        </p>
      </article>
    );
  return (
    <article className="report-page">
      <h1>Report</h1>
      <FirmNav workspace={workspace} firmId={firmId} />
      <section aria-labelledby="downloads-heading" className="panel">
        <h2 id="downloads-heading">Download</h2>
        <DownloadList downloads={FORMATS.map(([format, label, what]) => ({ href: reportUrl(workspace, [firmId], format), label, what }))} />
      </section>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        {html.isPending ? (
          <Loading what="the report" />
        ) : html.isError ? (
          <ErrorState error={html.error} retry={() => void html.refetch()} />
        ) : (
          // sandbox with no permissions: the report has no scripts, and the preview may not run any.
          <iframe className="report-preview" title={`Report preview of ${firmId}`} sandbox="" srcDoc={html.data} />
        )}
      </section>
    </article>
  );
}
