/**
 * Inline SVG charts for reports: the utilization heatmap (svg-heatmap.ts), challenge levels, the
 * mix of network types and benefits. Each has a <title> and <desc>, a text label on every mark, a
 * legend, and colours from colour-blind-safe palettes (palette.ts), each mark outlined in a darker
 * shade so that pale ones show on white, each level also written out. No external references; the
 * same chart always gives the same string.
 */
import { NETWORK_TYPES, type ChallengeLevel } from '../model/index.js';
import { escapeHtml as esc } from './escape.js';
import { heatmapSvg } from './svg-heatmap.js';
import {
  FIRM_COLOURS,
  FIRM_EDGES,
  frame,
  INK,
  legend,
  MUTED,
  multiline,
  n,
  NETWORK_COLOURS,
  NETWORK_EDGES,
  NETWORK_NAMES,
  networkLegend,
  notesText,
  RULE,
  text,
  WIDTH,
  wrap,
  type LegendItem,
  type SvgOptions,
} from './svg-kit.js';
import type { BenefitsChart, Chart, ChallengeLevelsChart, NetworkMixChart } from './types.js';

export { heatmapSvg } from './svg-heatmap.js';
export { CHALLENGE_COLOURS, FIRM_COLOURS, FIRM_EDGES, NETWORK_COLOURS, NETWORK_EDGES, UTILIZATION_COLOURS, wrap, type SvgOptions } from './svg-kit.js';

const LEVEL_VALUE: Record<Exclude<ChallengeLevel, 'Unknown'>, number> = { Low: 1, Medium: 2, High: 3 };

/** Challenge levels per category, one bar per firm, the level written at the bar's end. */
export function challengeLevelsSvg(chart: ChallengeLevelsChart, options: SvgOptions): string {
  const labelW = 232;
  const plotW = WIDTH - labelW - 80;
  const step = plotW / 3;
  const barH = 16;
  const gap = 4;
  const headH = 24;
  const groupH = chart.firms.length * (barH + gap) + 12;
  const parts: string[] = [];
  const plotBottom = headH + chart.rows.length * groupH;
  (['Low', 'Medium', 'High'] as const).forEach((level, i) => {
    const x = labelW + step * (i + 1);
    parts.push(`<line x1="${n(x)}" y1="${n(headH - 4)}" x2="${n(x)}" y2="${n(plotBottom)}" stroke="${RULE}" stroke-dasharray="2 3"/>`);
    parts.push(text(x, headH / 2 - 2, level, { 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: MUTED, 'font-size': 11 }));
  });
  parts.push(`<line x1="${labelW}" y1="${n(headH - 4)}" x2="${labelW}" y2="${n(plotBottom)}" stroke="${MUTED}"/>`);
  chart.rows.forEach((row, i) => {
    const top = headH + i * groupH + 6;
    parts.push(multiline(0, top + (chart.firms.length * (barH + gap) - gap) / 2, wrap(row.label, 34), 14));
    chart.firms.forEach((firm, f) => {
      const y = top + f * (barH + gap);
      // null: the firm does not rate it; undefined: a row shorter than the list of firms.
      const level = row.levels[f] ?? null;
      const colour = FIRM_COLOURS[f % FIRM_COLOURS.length] ?? INK;
      const edge = FIRM_EDGES[f % FIRM_EDGES.length] ?? INK;
      const title = `${row.label}, ${firm}: ${level ?? 'not rated'}.${notesText(row.notes[f] ?? [])}`;
      if (level === null) {
        parts.push(
          `<g class="bar"><title>${esc(title)}</title>${text(labelW + 6, y + barH / 2, 'not rated', { 'dominant-baseline': 'central', fill: MUTED, 'font-size': 11, 'font-style': 'italic' })}</g>`,
        );
      } else if (level === 'Unknown') {
        parts.push(
          `<g class="bar"><title>${esc(title)}</title><rect x="${labelW}" y="${n(y)}" width="24" height="${barH}" fill="#ffffff" stroke="${colour}" stroke-width="1.5" stroke-dasharray="3 2"/>` +
            text(labelW + 30, y + barH / 2, 'Unknown', { 'dominant-baseline': 'central', fill: MUTED, 'font-size': 11 }) +
            '</g>',
        );
      } else {
        const w = step * LEVEL_VALUE[level];
        parts.push(
          `<g class="bar"><title>${esc(title)}</title><rect x="${labelW}" y="${n(y)}" width="${n(w)}" height="${barH}" fill="${colour}" stroke="${edge}"/>` +
            text(labelW + w + 6, y + barH / 2, level, { 'dominant-baseline': 'central', 'font-size': 11, 'font-weight': 600 }) +
            '</g>',
        );
      }
    });
  });
  const items: LegendItem[] = chart.firms.map((firm, f) => ({
    label: firm,
    fill: FIRM_COLOURS[f % FIRM_COLOURS.length] ?? INK,
    stroke: FIRM_EDGES[f % FIRM_EDGES.length] ?? INK,
  }));
  items.push({ label: 'Unknown (not assessed)', fill: '#ffffff', stroke: MUTED, dashed: true });
  const lg = legend(items, plotBottom + 10, 'Firms:');
  const desc = `Challenge levels: ${chart.rows.map((r) => `${r.label}: ${chart.firms.map((firm, f) => `${firm} ${r.levels[f] ?? 'not rated'}`).join(', ')}`).join('; ')}.`;
  return frame(options, plotBottom + 10 + lg.height + 4, desc, parts.join('') + lg.svg);
}

interface Bar {
  label: string;
  value: number;
  colour: string;
  /** The darker outline of the bar. */
  edge: string;
  title: string;
}

/** Groups of horizontal bars, a heading over each group, the count at each bar's end. */
function groupedBars(groups: { heading: string; bars: Bar[] }[], legendItems: LegendItem[], legendHeading: string, options: SvgOptions, desc: string): string {
  const labelW = 110;
  const plotW = WIDTH - labelW - 50;
  const barH = 15;
  const gap = 4;
  const max = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.value)));
  const parts: string[] = [];
  let y = 0;
  for (const group of groups) {
    parts.push(text(0, y + 10, group.heading, { 'dominant-baseline': 'central', 'font-weight': 600 }));
    y += 24;
    for (const bar of group.bars) {
      const w = (bar.value / max) * plotW;
      parts.push(
        `<g class="bar"><title>${esc(bar.title)}</title>` +
          text(labelW - 8, y + barH / 2, bar.label, { 'text-anchor': 'end', 'dominant-baseline': 'central', 'font-size': 11, fill: MUTED }) +
          (bar.value > 0 ? `<rect x="${labelW}" y="${n(y)}" width="${n(w)}" height="${barH}" fill="${bar.colour}" stroke="${bar.edge}"/>` : '') +
          text(labelW + w + 6, y + barH / 2, String(bar.value), { 'dominant-baseline': 'central', 'font-size': 11, 'font-weight': 600 }) +
          '</g>',
      );
      y += barH + gap;
    }
    parts.push(`<line x1="${labelW}" y1="${n(y - (barH + gap) * group.bars.length - 2)}" x2="${labelW}" y2="${n(y - gap + 2)}" stroke="${MUTED}"/>`);
    y += 10;
  }
  const lg = legend(legendItems, y + 4, legendHeading);
  return frame(options, y + 4 + lg.height + 4, desc, parts.join('') + lg.svg);
}

/** The firms' own ties per network type. */
export function networkMixSvg(chart: NetworkMixChart, options: SvgOptions): string {
  const groups = chart.firms.map((firm) => ({
    heading: firm.name,
    bars: NETWORK_TYPES.map((t) => ({
      label: NETWORK_NAMES[t],
      value: firm.counts[t],
      colour: NETWORK_COLOURS[t],
      edge: NETWORK_EDGES[t],
      title: `${firm.name}: ${firm.counts[t]} ${NETWORK_NAMES[t].toLowerCase()} ${firm.counts[t] === 1 ? 'tie' : 'ties'}.${notesText(firm.notes[t])}`,
    })),
  }));
  const desc = `Ties of each firm by network type: ${chart.firms.map((f) => `${f.name}: ${NETWORK_TYPES.map((t) => `${NETWORK_NAMES[t].toLowerCase()} ${f.counts[t]}`).join(', ')}`).join('; ')}.`;
  return groupedBars(groups, networkLegend(), 'Network type:', options, desc);
}

/** Benefit × network type counts for one firm (paper Figure 1): a grid of circles, area by count, the count beside each. */
export function benefitsSvg(chart: BenefitsChart, options: SvgOptions): string {
  const labelW = 232;
  const colW = (WIDTH - labelW) / NETWORK_TYPES.length;
  const headH = 30;
  const rowH = 44;
  const maxR = 17;
  const max = Math.max(1, chart.scaleMax, ...chart.rows.flatMap((r) => NETWORK_TYPES.map((t) => r.counts[t])));
  const parts: string[] = [];
  NETWORK_TYPES.forEach((t, j) => {
    parts.push(
      text(labelW + colW * j + colW / 2, headH / 2, NETWORK_NAMES[t], { 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-weight': 600 }),
    );
  });
  chart.rows.forEach((row, i) => {
    const y = headH + i * rowH;
    parts.push(`<line x1="0" y1="${n(y)}" x2="${WIDTH}" y2="${n(y)}" stroke="${RULE}"/>`);
    parts.push(multiline(0, y + rowH / 2, wrap(row.label, 34), 14));
    NETWORK_TYPES.forEach((t, j) => {
      const value = row.counts[t];
      const cx = labelW + colW * j + colW / 2 - 6;
      const cy = y + rowH / 2;
      const title = `${row.label} from ${NETWORK_NAMES[t].toLowerCase()} ties: ${value}.${notesText(row.notes[t])}`;
      if (value === 0) {
        parts.push(
          `<g class="mark"><title>${esc(title)}</title>${text(cx + 6, cy, '0', { 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: MUTED, 'font-size': 11 })}</g>`,
        );
        return;
      }
      // Area proportional to the count; at least a visible dot.
      const r = Math.max(4, maxR * Math.sqrt(value / max));
      parts.push(
        `<g class="mark"><title>${esc(title)}</title><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${NETWORK_COLOURS[t]}" stroke="${NETWORK_EDGES[t]}"/>` +
          text(cx + r + 5, cy, String(value), { 'dominant-baseline': 'central', 'font-size': 12, 'font-weight': 600 }) +
          '</g>',
      );
    });
  });
  const bottom = headH + chart.rows.length * rowH;
  parts.push(`<line x1="0" y1="${n(bottom)}" x2="${WIDTH}" y2="${n(bottom)}" stroke="${RULE}"/>`);
  const lg = legend(networkLegend(), bottom + 12, 'Network type:');
  const note = text(0, bottom + 12 + lg.height + 8, 'Circle area shows the count; the number is written beside it.', {
    'font-size': 11,
    fill: MUTED,
    'dominant-baseline': 'central',
  });
  const desc = `Benefits of ${chart.firm} by network type: ${chart.rows.map((r) => `${r.label}: ${NETWORK_TYPES.map((t) => `${NETWORK_NAMES[t].toLowerCase()} ${r.counts[t]}`).join(', ')}`).join('; ')}.`;
  return frame(options, bottom + 12 + lg.height + 18, desc, parts.join('') + lg.svg + note);
}

/** Any chart of a report as SVG markup. */
export function chartSvg(chart: Chart, options: SvgOptions): string {
  switch (chart.type) {
    case 'utilization-heatmap':
      return heatmapSvg(chart, options);
    case 'challenge-levels':
      return challengeLevelsSvg(chart, options);
    case 'network-mix':
      return networkMixSvg(chart, options);
    case 'benefits':
      return benefitsSvg(chart, options);
  }
}
