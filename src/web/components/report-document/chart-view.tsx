/** One chart of a report document, drawn from its view model. */
import { lazy, Suspense, useMemo } from 'react';
import { Loading } from '../states';
import { benefitsOption, networkMixOption } from './chart-options';
import { HeatmapGrid, type HeatmapChoice } from './heatmap';
import { ChallengeLevelsGrid } from './level-chart';
import { NoteRefs } from './notes';
import type { ChartBlock } from './types';

const EChart = lazy(() => import('./echart'));

export interface ChartEvents {
  selectedCell?: HeatmapChoice | undefined;
  onCellSelect?: (choice: HeatmapChoice) => void;
}

function LazyChart({ block }: { block: ChartBlock }) {
  const chart = block.chart;
  const option = useMemo(
    () => (chart.type === 'network-mix' ? networkMixOption(chart) : chart.type === 'benefits' ? benefitsOption(chart) : undefined),
    [chart],
  );
  if (option === undefined) return null;
  const height = chart.type === 'benefits' ? 80 + chart.rows.length * 56 : 60 + 4 * 36 * Math.max(1, chart.type === 'network-mix' ? chart.firms.length : 1);
  return (
    <Suspense fallback={<Loading what="the chart" />}>
      <EChart option={option} height={height} label={block.caption} />
    </Suspense>
  );
}

export function ChartView({ block, events = {} }: { block: ChartBlock; events?: ChartEvents }) {
  const chart = block.chart;
  return (
    <figure className="chart-block" id={block.id}>
      <figcaption>
        {block.caption}
        <NoteRefs notes={block.notes} />
      </figcaption>
      {chart.type === 'utilization-heatmap' ? (
        <>
          <HeatmapGrid
            chart={chart}
            caption={block.caption}
            selected={events.selectedCell}
            {...(events.onCellSelect === undefined ? {} : { onSelect: events.onCellSelect })}
          />
          {events.onCellSelect === undefined ? null : <p className="quiet">Choose a cell to see the ties and the evidence behind it.</p>}
        </>
      ) : chart.type === 'challenge-levels' ? (
        <ChallengeLevelsGrid chart={chart} caption={block.caption} />
      ) : (
        <LazyChart block={block} />
      )}
    </figure>
  );
}
