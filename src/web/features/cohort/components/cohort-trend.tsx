/**
 * Change over time: the cohort's counts at each dated snapshot as lines, and every figure the
 * snapshots keep in a table with its change from the snapshot before; "Take today's snapshot" for
 * roles that may write. Without snapshots, an empty state says what one is for.
 */
import { lazy, Suspense, useMemo } from 'react';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useCan } from '../../../lib/session';
import { changeText, trendOption, trendRows, type Cohort } from '../cohort-view';
import { useTakeSnapshot } from '../api';

const EChart = lazy(() => import('./cohort-echart'));

function SnapshotButton({ workspace, cohort }: { workspace: string; cohort: Cohort }) {
  const take = useTakeSnapshot(workspace);
  const again = cohort.trend.dates.includes(cohort.asOf);
  return (
    <div className="snapshot-action">
      <button type="button" className="primary" disabled={take.isPending} onClick={() => take.mutate()}>
        {take.isPending ? 'Taking the snapshot…' : again ? 'Take today’s snapshot again' : 'Take today’s snapshot'}
      </button>
      <p role="status">
        {take.data === undefined
          ? null
          : take.data.replaced
            ? `Today’s snapshot (${take.data.snapshot.date}) now holds the current figures.`
            : `Snapshot of ${take.data.snapshot.date} taken.`}
      </p>
      {take.isError ? <ErrorState error={take.error} /> : null}
    </div>
  );
}

function TrendTable({ cohort }: { cohort: Cohort }) {
  const { trend } = cohort;
  const rows = trendRows(trend);
  return (
    <div className="table-scroll" role="region" aria-label="Figures at each snapshot" tabIndex={0}>
      <table className="trend-table">
        <caption>Every figure at each snapshot, with its change from the snapshot before</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {trend.dates.map((d) => (
              <th key={d} scope="col" className="number">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.figure}>
              <th scope="row">{row.figure}</th>
              {row.points.map((p) => (
                <td key={p.date} className="number">
                  {p.value}
                  {p.change === null ? null : <span className="quiet"> ({changeText(p.change)})</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CohortTrendSection({ workspace, cohort }: { workspace: string; cohort: Cohort }) {
  const canWrite = useCan('write', workspace);
  const { trend } = cohort;
  const option = useMemo(() => trendOption(trend), [trend]);
  return (
    <section className="panel" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Change over time</h2>
      {trend.dates.length === 0 ? (
        <Empty title="No snapshots yet.">
          <p>A snapshot keeps today’s figures under today’s date. Take one now and again later, and this section shows how the figures moved.</p>
        </Empty>
      ) : (
        <>
          {trend.dates.length === 1 ? (
            <p>One snapshot so far, of {trend.dates[0]}: the change shows from the next one.</p>
          ) : (
            <figure className="chart-block">
              <figcaption>Firms, rated and not yet rated at each snapshot</figcaption>
              <Suspense fallback={<Loading what="the chart" />}>
                <EChart option={option} height={320} label="Firms, rated and not yet rated at each snapshot; the table below gives every figure" />
              </Suspense>
            </figure>
          )}
          <TrendTable cohort={cohort} />
        </>
      )}
      {canWrite ? <SnapshotButton workspace={workspace} cohort={cohort} /> : null}
    </section>
  );
}
