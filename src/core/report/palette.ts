/**
 * The report's colours, in one place for the SVG charts, the HTML report's level chips and the web
 * app: Okabe–Ito for categories (network types, firms) and ColorBrewer single-hue ramps for ordered
 * levels. Colour is never the only signal: every chart and table writes the level or the name too.
 * Each level has a text colour that reads on its fill (at least 4.5:1) and a darker edge drawn
 * around the swatch, so that even the palest fill is visible on white (palette.test.ts checks the
 * WCAG contrast ratios). Constants only, so the browser can import them without the report code.
 */
import type { ChallengeLevel, NetworkType, UtilizationLevel } from '../model/index.js';

/** A level's swatch: its fill, the text written on it, and the outline drawn around it. */
export interface LevelColour {
  fill: string;
  text: string;
  /** A darker shade of the fill (at least 3:1 against white), drawn around the swatch. */
  edge: string;
}

export const NETWORK_NAMES: Record<NetworkType, string> = { social: 'Social', business: 'Business', institutional: 'Institutional', digital: 'Digital' };

/** Okabe–Ito colours for the network types. */
export const NETWORK_COLOURS: Record<NetworkType, string> = {
  social: '#E69F00',
  business: '#0072B2',
  institutional: '#009E73',
  digital: '#CC79A7',
};

/** A darker shade of each network type's colour (at least 3:1 against white), for the outline of its marks. */
export const NETWORK_EDGES: Record<NetworkType, string> = {
  social: '#8A5F00',
  business: '#005A8C',
  institutional: '#006B4E',
  digital: '#8F4A72',
};

/** Okabe–Ito colours for firms, in order (after black, which is kept for text). */
export const FIRM_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'];

/** A darker shade of each firm colour, in the same order (at least 3:1 against white), for the outline of its marks. */
export const FIRM_EDGES = ['#005A8C', '#9E4500', '#006B4E', '#8F4A72', '#8A5F00', '#1F6F9C', '#736B00'];

/**
 * ColorBrewer Blues (steps 1, 4, 6 and 8 of 9), light to dark. Low is a clearly visible blue, not
 * the near-white of step 3, so that it does not vanish on white paper or a pale screen.
 */
export const UTILIZATION_COLOURS: Record<UtilizationLevel, LevelColour> = {
  'Not used': { fill: '#f0f0f0', text: '#4a4a4a', edge: '#767676' },
  Low: { fill: '#9ecae1', text: '#08306b', edge: '#2171b5' },
  Moderate: { fill: '#4292c6', text: '#03132e', edge: '#08519c' },
  High: { fill: '#08519c', text: '#ffffff', edge: '#08306b' },
};

/** ColorBrewer Oranges (steps 4, 6 and 8 of 9), light to dark; Unknown is white with an outline only. */
export const CHALLENGE_COLOURS: Record<ChallengeLevel, LevelColour> = {
  Low: { fill: '#fdae6b', text: '#4a1a00', edge: '#d94801' },
  Medium: { fill: '#f16913', text: '#2b0f00', edge: '#a63603' },
  High: { fill: '#a63603', text: '#ffffff', edge: '#7f2704' },
  Unknown: { fill: '#ffffff', text: '#4a4a4a', edge: '#6b7785' },
};

/** A level only suggested by the ties is drawn paler: its fill at this opacity, a dashed outline, the word in ink. */
export const SUGGESTED_FILL_OPACITY = 0.55;

/** Ink for text on a paler suggested fill and on white. */
export const INK = '#1f2933';
/** Quieter text and the dashed outline of suggested cells. */
export const MUTED = '#5f6b7a';
