/** The challenges the cohort's firms most often leave unmet: a bar chart, and the same figures with the firms in a table. */
import { lazy, Suspense, useMemo } from 'react';
import { Empty, Loading } from '../../../components/states';
import { changeText, unmetChartHeight, unmetOption, type Cohort } from '../cohort-view';
import { FirmLink, type FirmNames } from './firm-link';

const EChart = lazy(() => import('./cohort-echart'));

export function UnmetChallenges({ workspace, cohort, names }: { workspace: string; cohort: Cohort; names: FirmNames }) {
  const unmet = cohort.unmetChallenges;
  const option = useMemo(() => unmetOption(unmet), [unmet]);
  const since = cohort.trend.comparedWith;
  return (
    <section className="panel" aria-labelledby="unmet-heading">
      <h2 id="unmet-heading">Most common unmet challenges</h2>
      <p className="quiet">
        A challenge is unmet when a firm rates it High or Medium and uses no network type against it at more than Low: a gap in all four network types.
      </p>
      {unmet.length === 0 ? (
        <Empty title="No firm leaves a challenge unmet.">
          <p>Every challenge a firm rates High or Medium has some network type used against it above Low.</p>
        </Empty>
      ) : (
        <>
          <figure className="chart-block">
            <figcaption>Firms leaving each challenge unmet</figcaption>
            <Suspense fallback={<Loading what="the chart" />}>
              <EChart option={option} height={unmetChartHeight(unmet)} label="Firms leaving each challenge unmet; the table below gives the same figures" />
            </Suspense>
          </figure>
          <div className="table-scroll" role="region" aria-label="Unmet challenges" tabIndex={0}>
            <table>
              <caption>Unmet challenges, most firms first</caption>
              <thead>
                <tr>
                  <th scope="col">Challenge</th>
                  <th scope="col" className="number">
                    Firms leaving it unmet
                  </th>
                  <th scope="col">Which firms</th>
                  <th scope="col" className="number">
                    Firms rating it High or Medium
                  </th>
                  {since === null ? null : <th scope="col">Change since {since}</th>}
                </tr>
              </thead>
              <tbody>
                {unmet.map((u) => (
                  <tr key={u.category}>
                    <th scope="row">{u.label}</th>
                    <td className="number">{u.firms.length}</td>
                    <td>
                      <ul className="firm-list">
                        {u.firms.map((f) => (
                          <li key={f.firmId}>
                            <FirmLink workspace={workspace} firmId={f.firmId} names={names} /> <span className="quiet">({f.level})</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="number">{u.obstacleFirms}</td>
                    {since === null ? null : <td>{changeText(u.change)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
