/** Small formatting helpers shared by the views. */

const regionNames = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'region' }) : undefined;

/** "Finland" for "FI"; the code itself when the browser does not know it. */
export function countryName(code: string): string {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "born_global" → "born global". */
export function words(id: string): string {
  return id.replace(/[_-]+/g, ' ');
}

/** "2026-12-02 04:53 UTC": a moment the server gave (ISO 8601, in UTC), to the minute, in UTC as the server keeps it. */
export function momentText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text made safe to put into HTML that a library renders as markup (a chart's tooltip). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
