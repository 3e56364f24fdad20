/**
 * The shared ECharts component with line charts registered too: loaded lazily with the cohort's
 * charts, so neither ECharts nor its line series weigh on the first load.
 */
import { LineChart } from 'echarts/charts';
import { use as register } from 'echarts/core';

register([LineChart]);

export { default } from '../../../components/report-document/echart';
