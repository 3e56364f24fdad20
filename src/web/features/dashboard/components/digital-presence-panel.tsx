/**
 * Digital presence over time (paper Table 1): followers per platform across the dated snapshots,
 * drawn by ECharts once the panel is shown, with the same figures in a table for screen readers.
 */
import { lazy, Suspense, useMemo } from 'react';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useDigitalPresence } from '../api';
import { followersText, postsText, presenceChart, presenceChartHeight, presenceOption, type PlatformPresence, type PresenceChart } from '../presence-chart';

const EChart = lazy(() => import('./presence-echart'));

/** Every snapshot's figures, undated ones written so, and a missing follower count as "not available". */
function FiguresTable({ platforms, caption }: { platforms: readonly PlatformPresence[]; caption: string }) {
  return (
    // The wrapper hides it: a table grows to fit its cells whatever width it is given.
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Platform</th>
            <th scope="col">Snapshot</th>
            <th scope="col">Followers</th>
            <th scope="col">Posts</th>
          </tr>
        </thead>
        <tbody>
          {platforms.flatMap((p) =>
            p.snapshots.map((s) => (
              <tr key={s.id}>
                <th scope="row">{p.platform}</th>
                <td>{s.date ?? 'undated'}</td>
                <td>{followersText(s.followers)}</td>
                <td>{postsText(s.posts, s.postsPeriod)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

function chartCaption(chart: Exclude<PresenceChart, { kind: 'none' }>): string {
  if (chart.kind === 'over-time') return 'Followers per platform over time';
  const when = new Set(chart.bars.map((b) => b.when));
  const only = when.size === 1 ? [...when][0] : undefined;
  return only === undefined
    ? 'Followers per platform, latest snapshot of each'
    : `Followers per platform, ${only === 'undated' ? 'one undated snapshot each' : `snapshot of ${only}`}`;
}

/** What the chart cannot show, in words under it. */
function chartNote(chart: Exclude<PresenceChart, { kind: 'none' }>): string {
  if (chart.kind === 'one-point')
    return 'The snapshots are undated or from a single date, so there is no growth to show yet: each bar is one figure, not a trend.';
  const missing = chart.lines.flatMap((l) => l.notAvailable.map((d) => `${l.platform} ${d}`));
  return [
    'Snapshots are spaced evenly, in date order; lines join the snapshots that have a follower figure.',
    missing.length === 0 ? '' : `Followers not available: ${missing.join(', ')}.`,
    chart.leftOut.length === 0 ? '' : `Not on the chart, for want of a dated follower figure: ${chart.leftOut.join(', ')}.`,
  ]
    .filter((part) => part !== '')
    .join(' ');
}

function PresenceFigure({ chart, label }: { chart: Exclude<PresenceChart, { kind: 'none' }>; label: string }) {
  const option = useMemo(() => presenceOption(chart), [chart]);
  return (
    <>
      <Suspense fallback={<Loading what="the chart" />}>
        <EChart option={option} height={presenceChartHeight(chart)} label={label} />
      </Suspense>
      <p className="quiet">{chartNote(chart)}</p>
    </>
  );
}

export function DigitalPresencePanel({ workspace, firmId, firmName }: { workspace: string; firmId: string; firmName: string }) {
  const presence = useDigitalPresence(workspace, firmId);
  const chart = useMemo(() => (presence.data === undefined ? undefined : presenceChart(presence.data)), [presence.data]);
  const body = () => {
    if (presence.isPending) return <Loading what="the digital presence" />;
    if (presence.isError) return <ErrorState error={presence.error} retry={() => void presence.refetch()} />;
    const platforms = presence.data;
    if (platforms.length === 0 || chart === undefined)
      return (
        <Empty title="No digital presence recorded yet.">
          <p>Dated snapshots of the firm’s followers and posts on each platform come with its case file; with two or more, this chart shows their growth.</p>
        </Empty>
      );
    const table = <FiguresTable platforms={platforms} caption={`Followers and posts per platform and snapshot — ${firmName}`} />;
    if (chart.kind === 'none')
      return (
        <>
          <p>No follower figures are available for {firmName}’s snapshots, so there is nothing to chart; the table above gives what was recorded.</p>
          {table}
        </>
      );
    const caption = chartCaption(chart);
    return (
      <figure className="chart-block">
        <figcaption>{caption}</figcaption>
        <PresenceFigure chart={chart} label={`${caption} — ${firmName}`} />
        {table}
      </figure>
    );
  };
  return (
    <section className="panel" aria-labelledby="presence-heading">
      <h2 id="presence-heading">Digital presence over time</h2>
      {body()}
    </section>
  );
}
