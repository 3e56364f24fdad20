/** The facts of one file's reading: nodes, edges, what was left out, how betweenness was found, and what the reader warned of. */
import { summaryFacts, type GraphMetrics } from '../metrics-view';

export function MetricsSummary({ fileName, metrics }: { fileName: string; metrics: GraphMetrics }) {
  return (
    <section className="panel" aria-labelledby="graph-summary-heading">
      <h2 id="graph-summary-heading">Summary of {fileName}</h2>
      <dl className="facts graph-facts">
        {summaryFacts(metrics).map((f) => (
          <div key={f.term}>
            <dt>{f.term}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {metrics.warnings.length === 0 ? null : (
        <>
          <h3 id="graph-warnings-heading">Warnings</h3>
          <ul aria-labelledby="graph-warnings-heading">
            {metrics.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
