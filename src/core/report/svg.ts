/**
 * Inline SVG charts for reports: the utilization heatmap, challenge levels, the mix of network
 * types and benefits. Each has a <title> and <desc>, a text label on every mark, a legend, and
 * colours from colour-blind-safe palettes (Okabe–Ito for categories, ColorBrewer single-hue ramps
 * for ordered levels, each with the level also written out). No external references; the same
 * chart always gives the same string.
 */
import { NETWORK_TYPES, type ChallengeLevel, type NetworkType, type UtilizationLevel } from '../model/index.js';
import { escapeHtml as esc } from './escape.js';
import { noteRanges } from './footnotes.js';
import type { BenefitsChart, Chart, ChallengeLevelsChart, NetworkMixChart, UtilizationHeatmap } from './types.js';

export const NETWORK_COLOURS: Record<NetworkType, string> = {
  social: '#E69F00',
  business: '#0072B2',
  institutional: '#009E73',
  digital: '#CC79A7',
};

/** Okabe–Ito colours for firms, in order (after black, which is kept for text). */
export const FIRM_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'];

/** ColorBrewer Blues, light to dark, with a text colour that reads on each. */
export const UTILIZATION_COLOURS: Record<UtilizationLevel, { fill: string; text: string }> = {
  'Not used': { fill: '#f0f0f0', text: '#4a4a4a' },
  Low: { fill: '#c6dbef', text: '#08306b' },
  Moderate: { fill: '#6baed6', text: '#08306b' },
  High: { fill: '#08519c', text: '#ffffff' },
};

/** ColorBrewer Oranges, light to dark; Unknown is an outline only. */
export const CHALLENGE_COLOURS: Record<ChallengeLevel, { fill: string; text: string }> = {
  Low: { fill: '#fdd0a2', text: '#4a1a00' },
  Medium: { fill: '#fd8d3c', text: '#4a1a00' },
  High: { fill: '#a63603', text: '#ffffff' },
  Unknown: { fill: '#ffffff', text: '#4a4a4a' },
};

const NETWORK_NAMES: Record<NetworkType, string> = { social: 'Social', business: 'Business', institutional: 'Institutional', digital: 'Digital' };
const WIDTH = 640;
const FONT = 'Noto Sans, DejaVu Sans, Liberation Sans, Arial, sans-serif';
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const RULE = '#d5dbe3';

export interface SvgOptions {
  /** Unique within the page: prefixes the ids of <title> and <desc>. */
  id: string;
  title: string;
  /** Adds the SVG namespace, for a file of its own; inline in HTML it is implied. */
  standalone?: boolean;
}

/** Rounds a coordinate to one decimal so output never carries floating-point noise. */
const n = (x: number) => String(Math.round(x * 10) / 10);

/** Splits a label into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}

function notesText(notes: readonly number[]): string {
  if (notes.length === 0) return '';
  const ranges = noteRanges(notes).map((r) => (r.from === r.to ? String(r.from) : `${r.from}–${r.to}`));
  return ` Evidence: note${notes.length === 1 ? '' : 's'} ${ranges.join(', ')}.`;
}

function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
  return `<text x="${n(x)}" y="${n(y)}"${extra}>${esc(content)}</text>`;
}

function multiline(x: number, yMiddle: number, lines: string[], lineHeight: number, attrs: Record<string, string | number> = {}): string {
  const top = yMiddle - ((lines.length - 1) * lineHeight) / 2;
  return lines.map((line, i) => text(x, top + i * lineHeight, line, { 'dominant-baseline': 'central', ...attrs })).join('');
}

function frame(options: SvgOptions, height: number, desc: string, body: string): string {
  const ns = options.standalone === true ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const id = esc(options.id);
  return (
    `<svg${ns} class="chart" viewBox="0 0 ${WIDTH} ${n(height)}" width="${WIDTH}" height="${n(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}" font-size="12" fill="${INK}">` +
    `<title id="${id}-title">${esc(options.title)}</title><desc id="${id}-desc">${esc(desc)}</desc>${body}</svg>`
  );
}

interface LegendItem {
  label: string;
  fill: string;
  stroke?: string;
  dashed?: boolean;
}

/** A legend row of swatches and labels; returns the markup and the height used. */
function legend(items: LegendItem[], y: number, heading: string): { svg: string; height: number } {
  let x = 0;
  let row = 0;
  const parts = [text(0, y + 8, heading, { 'font-size': 11, fill: MUTED, 'dominant-baseline': 'central' })];
  x = heading.length * 5.9 + 12;
  for (const item of items) {
    const w = 14 + 6 + item.label.length * 5.9 + 18;
    if (x + w > WIDTH) {
      row++;
      x = 0;
    }
    const top = y + row * 20;
    const stroke = item.stroke ?? 'none';
    parts.push(
      `<g class="legend-item"><rect x="${n(x)}" y="${n(top + 1)}" width="14" height="14" rx="2" fill="${item.fill}" stroke="${stroke}"${item.dashed === true ? ' stroke-dasharray="3 2"' : ''}/>` +
        text(x + 20, top + 8, item.label, { 'font-size': 11, 'dominant-baseline': 'central' }) +
        '</g>',
    );
    x += w;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * 20 };
}

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
      const title = `${row.label} × ${NETWORK_NAMES[c.networkType].toLowerCase()} network: ${c.level}${suggested ? ' (suggested by the ties; nothing recorded)' : ''}.${notesText(c.notes)}`;
      const lines = suggested ? [c.level, 'suggested'] : [c.level];
      parts.push(
        `<g class="cell"><title>${esc(title)}</title>` +
          `<rect x="${n(x + 2)}" y="${n(y + 2)}" width="${n(colW - 4)}" height="${n(rowH - 4)}" rx="3" fill="${colour.fill}"${suggested ? ` stroke="${MUTED}" stroke-width="1.2" stroke-dasharray="4 3" fill-opacity="0.55"` : ''}/>` +
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
    ...(l === 'Not used' ? { stroke: '#c4c4c4' } : {}),
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
      const level = row.levels[f];
      const colour = FIRM_COLOURS[f % FIRM_COLOURS.length] ?? INK;
      const title = `${row.label}, ${firm}: ${level ?? 'not rated'}.${notesText(row.notes[f] ?? [])}`;
      if (level === undefined) {
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
          `<g class="bar"><title>${esc(title)}</title><rect x="${labelW}" y="${n(y)}" width="${n(w)}" height="${barH}" fill="${colour}"/>` +
            text(labelW + w + 6, y + barH / 2, level, { 'dominant-baseline': 'central', 'font-size': 11, 'font-weight': 600 }) +
            '</g>',
        );
      }
    });
  });
  const items: LegendItem[] = chart.firms.map((firm, f) => ({ label: firm, fill: FIRM_COLOURS[f % FIRM_COLOURS.length] ?? INK }));
  items.push({ label: 'Unknown (not assessed)', fill: '#ffffff', stroke: MUTED, dashed: true });
  const lg = legend(items, plotBottom + 10, 'Firms:');
  const desc = `Challenge levels: ${chart.rows.map((r) => `${r.label}: ${chart.firms.map((firm, f) => `${firm} ${r.levels[f] ?? 'not rated'}`).join(', ')}`).join('; ')}.`;
  return frame(options, plotBottom + 10 + lg.height + 4, desc, parts.join('') + lg.svg);
}

interface Bar {
  label: string;
  value: number;
  colour: string;
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
          (bar.value > 0 ? `<rect x="${labelW}" y="${n(y)}" width="${n(w)}" height="${barH}" fill="${bar.colour}"/>` : '') +
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

const networkLegend = (): LegendItem[] => NETWORK_TYPES.map((t) => ({ label: NETWORK_NAMES[t], fill: NETWORK_COLOURS[t] }));

/** The firms' own ties per network type. */
export function networkMixSvg(chart: NetworkMixChart, options: SvgOptions): string {
  const groups = chart.firms.map((firm) => ({
    heading: firm.name,
    bars: NETWORK_TYPES.map((t) => ({
      label: NETWORK_NAMES[t],
      value: firm.counts[t],
      colour: NETWORK_COLOURS[t],
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
        `<g class="mark"><title>${esc(title)}</title><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${NETWORK_COLOURS[t]}"/>` +
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
