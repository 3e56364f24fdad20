/**
 * Graph metrics of the analyst's own network: choose a GraphML file (from Gephi, networkx, yEd or
 * igraph), and see each node's degree, betweenness, constraint and effective size as networkx
 * computes them, with the facts of the reading, to sort, filter and download as CSV. The server
 * reads the file and keeps nothing. Loaded only when first opened.
 */
import { useId, useState } from 'react';
import { HTTP_DEFAULT_BETWEENNESS_SAMPLES, HTTP_EXACT_BETWEENNESS_MAX_NODES } from '../../../../shared/http-graph-metrics-limits';
import { ApiError } from '../../../lib/api';
import { useTitle } from '../../../lib/use-title';
import { useGraphMetrics } from '../api';
import type { GraphMetrics } from '../metrics-view';
import { MetricsTable } from './metrics-table';
import { MetricsSummary } from './metrics-summary';
import './graph-metrics.css';

const UNDIRECTED_LABEL = 'Read a directed file’s edges as undirected ties';

function Failure({ fileName, error }: { fileName: string; error: Error }) {
  // The server's words name its query parameter; here the same switch is the checkbox.
  const directed = error instanceof ApiError && error.status === 400 && error.message.includes('the graph is directed');
  const problems = error instanceof ApiError ? error.problems : [];
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>{fileName} could not be analyzed.</strong>{' '}
        {directed
          ? `Its edges are directed, and these metrics are for undirected graphs. Tick “${UNDIRECTED_LABEL}” to read every edge as an undirected tie.`
          : problems.length > 0
            ? `${problems.length === 1 ? 'A problem' : `${problems.length} problems`} in the file:`
            : error.message}
      </p>
      {problems.length === 0 ? null : (
        <ul aria-label={`Problems in ${fileName}`}>
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Results({ fileName, metrics }: { fileName: string; metrics: GraphMetrics }) {
  return (
    <>
      <MetricsSummary fileName={fileName} metrics={metrics} />
      <MetricsTable fileName={fileName} metrics={metrics} />
    </>
  );
}

export default function GraphMetricsPage() {
  useTitle('Graph metrics');
  const inputId = useId();
  const analysis = useGraphMetrics();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [asUndirected, setAsUndirected] = useState(false);
  // Each answer gets a fresh table: its order, filter and rows shown start over.
  const [run, setRun] = useState(0);

  const analyze = (chosen: File | undefined, undirected: boolean) => {
    if (chosen === undefined) return;
    setRun((r) => r + 1);
    analysis.mutate({ file: chosen, asUndirected: undirected });
  };
  const sent = analysis.variables?.file.name ?? '';

  return (
    <article className="graph-metrics-page">
      <h1>Graph metrics</h1>
      <p className="lead">
        Bring a network of your own as a GraphML file, from Gephi, networkx, yEd or igraph, and see where each node stands in it, measured as networkx measures
        it.
      </p>
      <p className="measures">
        <strong>Degree</strong> counts a node’s ties, and <strong>betweenness</strong> is the share of shortest paths between two other nodes that pass through
        it: a high value marks a broker who links parts of the network that would otherwise be far apart. <strong>Constraint</strong> (Burt’s, from 0 to 1) is
        how much a node’s contacts lead back to one another or to one contact, and <strong>effective size</strong> is about how many separate circles they open,
        so a node with low constraint and a large effective size spans gaps in the network and depends on no one.
      </p>

      <section className="panel" aria-labelledby={`${inputId}-heading`}>
        <h2 id={`${inputId}-heading`}>Your GraphML file</h2>
        <div className="graph-file-fields">
          <div>
            <label htmlFor={inputId}>GraphML file (.graphml)</label>
            <input
              id={inputId}
              type="file"
              accept=".graphml,.xml,application/graphml+xml,application/xml,text/xml"
              aria-describedby={`${inputId}-about`}
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                setFile(chosen);
                analyze(chosen, asUndirected);
              }}
            />
          </div>
          <label className="undirected-choice">
            <input
              type="checkbox"
              checked={asUndirected}
              onChange={(e) => {
                setAsUndirected(e.target.checked);
                analyze(file, e.target.checked);
              }}
            />{' '}
            {UNDIRECTED_LABEL}
          </label>
        </div>
        <p className="quiet" id={`${inputId}-about`}>
          The metrics are for undirected, unweighted graphs: a directed file is refused unless the box is ticked, weights are not used, parallel edges count
          once and self-loops not at all. Betweenness is exact up to {HTTP_EXACT_BETWEENNESS_MAX_NODES.toLocaleString('en')} nodes and estimated above from{' '}
          {HTTP_DEFAULT_BETWEENNESS_SAMPLES} pivots, with its error bound. The file is analyzed on the server and not kept.
        </p>
        {analysis.isPending ? (
          <p role="status" aria-live="polite">
            Analyzing {sent}…
          </p>
        ) : null}
      </section>

      {analysis.isError ? <Failure fileName={sent} error={analysis.error} /> : null}
      {analysis.isSuccess ? <Results key={run} fileName={sent} metrics={analysis.data} /> : null}
    </article>
  );
}
