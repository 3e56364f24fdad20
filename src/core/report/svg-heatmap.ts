/**
 * The utilization heatmap: challenge × network type for one firm, the level written in each cell,
 * recorded levels solid with a darker outline and levels only suggested by the ties dashed and marked "suggested".
 * Each cell's tooltip says what the difference between its recorded and suggested level means.
 */
import { NETWORK_TYPES } from '../model/index.js';
import { escapeHtml as esc } from './escape.js';
import {
  frame,
  INK,
  legend,
  MUTED,
  multiline,
  n,
  NETWORK_NAMES,
  notesText,
  SUGGESTED_FILL_OPACITY,
  text,
  UTILIZATION_COLOURS,
  WIDTH,
  wrap,
  type LegendItem,
  type SvgOptions,
} from './svg-kit.js';
import type { UtilizationHeatmap } from './types.js';

/** Challenge × network type for one firm, the level written in each cell. */
export function heatmapSvg(chart: UtilizationHeatmap, options: SvgOptions): string {
  const labelW = 232;
  const colW = (WIDTH - labelW) / NETWORK_TYPES.length;
  const headH = 30;
  const rowH = 42;
  const parts: string[] = [];
  NETWORK_TYPES.forEach((t, j) => {
    parts.push(
      text(labelW + colW * j + colW / 2, headH / 2, NETWORK_NAMES[t], { 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-weight': 600 }),
    );
  });
  let anySuggested = false;
  chart.rows.forEach((row, i) => {
    const y = headH + i * rowH;
    parts.push(multiline(0, y + rowH / 2, wrap(row.label, 34), 14, { 'font-size': 12 }));
    for (const c of row.cells) {
      const j = NETWORK_TYPES.indexOf(c.networkType);
      const colour = UTILIZATION_COLOURS[c.level];
      const suggested = c.basis === 'suggested';
      anySuggested ||= suggested;
      const x = labelW + colW * j;
      const title = `${row.label} × ${NETWORK_NAMES[c.networkType].toLowerCase()} network: ${c.level}. ${c.meaning}${notesText(c.notes)}`;
      const lines = suggested ? [c.level, 'suggested'] : [c.level];
      parts.push(
        `<g class="cell"><title>${esc(title)}</title>` +
          `<rect x="${n(x + 2)}" y="${n(y + 2)}" width="${n(colW - 4)}" height="${n(rowH - 4)}" rx="3" fill="${colour.fill}"${suggested ? ` stroke="${MUTED}" stroke-width="1.2" stroke-dasharray="4 3" fill-opacity="${SUGGESTED_FILL_OPACITY}"` : ` stroke="${colour.edge}"`}/>` +
          (suggested
            ? text(x + colW / 2, y + rowH / 2 - 6, lines[0] ?? '', { 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: INK, 'font-weight': 600 }) +
              text(x + colW / 2, y + rowH / 2 + 9, 'suggested', {
                'text-anchor': 'middle',
                'dominant-baseline': 'central',
                fill: MUTED,
                'font-size': 10,
                'font-style': 'italic',
              })
            : text(x + colW / 2, y + rowH / 2, c.level, { 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: colour.text, 'font-weight': 600 })) +
          '</g>',
      );
    }
  });
  const bottom = headH + chart.rows.length * rowH + 14;
  const items: LegendItem[] = (['Not used', 'Low', 'Moderate', 'High'] as const).map((l) => ({
    label: l,
    fill: UTILIZATION_COLOURS[l].fill,
    stroke: UTILIZATION_COLOURS[l].edge,
  }));
  if (anySuggested) items.push({ label: 'suggested by ties (not recorded)', fill: '#ffffff', stroke: MUTED, dashed: true });
  const lg = legend(items, bottom, 'Utilization:');
  const desc = `Network utilization of ${chart.firm}: ${chart.rows
    .map(
      (r) =>
        `${r.label}: ${r.cells.map((c) => `${NETWORK_NAMES[c.networkType].toLowerCase()} ${c.level}${c.basis === 'suggested' ? ' (suggested)' : ''}`).join(', ')}`,
    )
    .join('; ')}.`;
  return frame(options, bottom + lg.height + 4, desc, parts.join('') + lg.svg);
}
