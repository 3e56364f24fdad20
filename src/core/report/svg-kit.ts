/**
 * What every report chart is drawn with: the colour-blind-safe palettes (palette.ts, re-exported
 * here), text and multi-line labels, the <svg> frame with its <title> and <desc>, and the legend.
 * Coordinates are rounded so the same chart always gives the same string.
 */
import { NETWORK_TYPES } from '../model/index.js';
import { escapeHtml as esc } from './escape.js';
import { noteRanges } from './footnotes.js';
import { INK, MUTED, NETWORK_COLOURS, NETWORK_EDGES, NETWORK_NAMES } from './palette.js';

export {
  CHALLENGE_COLOURS,
  FIRM_COLOURS,
  FIRM_EDGES,
  INK,
  MUTED,
  NETWORK_COLOURS,
  NETWORK_EDGES,
  NETWORK_NAMES,
  SUGGESTED_FILL_OPACITY,
  UTILIZATION_COLOURS,
  type LevelColour,
} from './palette.js';

export const WIDTH = 640;
const FONT = 'Noto Sans, DejaVu Sans, Liberation Sans, Arial, sans-serif';
export const RULE = '#d5dbe3';

export interface SvgOptions {
  /** Unique within the page: prefixes the ids of <title> and <desc>. */
  id: string;
  title: string;
  /** Adds the SVG namespace, for a file of its own; inline in HTML it is implied. */
  standalone?: boolean;
}

/** Rounds a coordinate to one decimal so output never carries floating-point noise. */
export const n = (x: number) => String(Math.round(x * 10) / 10);

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

export function notesText(notes: readonly number[]): string {
  if (notes.length === 0) return '';
  const ranges = noteRanges(notes).map((r) => (r.from === r.to ? String(r.from) : `${r.from}–${r.to}`));
  return ` Evidence: note${notes.length === 1 ? '' : 's'} ${ranges.join(', ')}.`;
}

export function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
  return `<text x="${n(x)}" y="${n(y)}"${extra}>${esc(content)}</text>`;
}

export function multiline(x: number, yMiddle: number, lines: string[], lineHeight: number, attrs: Record<string, string | number> = {}): string {
  const top = yMiddle - ((lines.length - 1) * lineHeight) / 2;
  return lines.map((line, i) => text(x, top + i * lineHeight, line, { 'dominant-baseline': 'central', ...attrs })).join('');
}

export function frame(options: SvgOptions, height: number, desc: string, body: string): string {
  const ns = options.standalone === true ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const id = esc(options.id);
  return (
    `<svg${ns} class="chart" viewBox="0 0 ${WIDTH} ${n(height)}" width="${WIDTH}" height="${n(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}" font-size="12" fill="${INK}">` +
    `<title id="${id}-title">${esc(options.title)}</title><desc id="${id}-desc">${esc(desc)}</desc>${body}</svg>`
  );
}

export interface LegendItem {
  label: string;
  fill: string;
  stroke?: string;
  dashed?: boolean;
}

/** A legend row of swatches and labels; returns the markup and the height used. */
export function legend(items: LegendItem[], y: number, heading: string): { svg: string; height: number } {
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

/** The four network types in their colours. */
export const networkLegend = (): LegendItem[] => NETWORK_TYPES.map((t) => ({ label: NETWORK_NAMES[t], fill: NETWORK_COLOURS[t], stroke: NETWORK_EDGES[t] }));
