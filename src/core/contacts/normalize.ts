/**
 * Matching keys for contacts: the same person written differently by two files (or by a file and
 * the firm's own records) gets the same key. The readers use them to clean what they read; the
 * matcher compares actors and contacts by them. Pure string functions; none of them throws.
 */

/**
 * Combining marks that are accents on Latin, Greek and Cyrillic letters (the Combining Diacritical
 * Marks blocks, all in the Basic Multilingual Plane). Only these are removed: the vowel signs of
 * Sinhala, Devanagari and other abugidas are marks too, but removing them would change the name,
 * not its accents.
 */
const ACCENT_MARKS = /[\u0300-\u036f]|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f]/g;

function withoutAccents(text: string): string {
  return text.replace(ACCENT_MARKS, '');
}

/** A name as a matching key: accents removed (NFKD), case-folded, whitespace collapsed; "" for no name. */
export function normalizeName(name: string): string {
  return withoutAccents(name.normalize('NFKD')).toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ').replace(/\s+/gu, ' ').trim().normalize('NFC');
}

/** Shortest sensible address: something@something, with no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+$/u;

/**
 * An e-mail address as a matching key: trimmed, without a "mailto:" prefix or angle brackets,
 * lower-cased. Undefined when the text is not an address at all (empty, "n/a", an Exchange
 * X.500 path such as "/o=ExchangeLabs/…"), so that readers can drop it.
 */
export function normalizeEmail(email: string): string | undefined {
  let text = email.trim();
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim();
  if (/^mailto:/i.test(text)) text = text.slice('mailto:'.length).trim();
  const lower = text.toLowerCase();
  return EMAIL.test(lower) ? lower : undefined;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A host name: labels of letters, digits and hyphens (any script, for internationalized names). */
const HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;
/** LinkedIn serves the same profile under www., m. (mobile) and country subdomains such as uk. and de. */
const LINKEDIN_SUBDOMAIN = /^(?:www|m|mobile|[a-z]{2})\.linkedin\.com$/;

/**
 * A profile or web address as a matching key: host and path, without protocol, "www.", query,
 * fragment, port or trailing slash, e.g. `linkedin.com/in/jane-doe-123` for
 * `https://uk.linkedin.com/in/Jane-Doe-123/?trk=x`. LinkedIn's country and mobile subdomains become
 * linkedin.com, and a LinkedIn path is lower-cased and percent-decoded (its profile ids ignore case,
 * and exports write non-Latin ids either way); other paths keep their case. Undefined when the text
 * has no host (empty, "n/a", a bare user name).
 */
export function normalizeProfileUrl(url: string): string | undefined {
  let text = url.trim();
  if (SCHEME.test(text)) text = text.replace(SCHEME, '');
  else if (text.startsWith('//')) text = text.slice(2);
  const hostEnd = text.search(/[/?#]/);
  let host = (hostEnd === -1 ? text : text.slice(0, hostEnd)).toLowerCase();
  let path = hostEnd === -1 ? '' : text.slice(hostEnd);
  host = host.slice(host.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (!HOST.test(host)) return undefined;
  if (host.startsWith('www.')) host = host.slice(4);
  if (LINKEDIN_SUBDOMAIN.test(host)) host = 'linkedin.com';

  const cut = path.search(/[?#]/);
  if (cut !== -1) path = path.slice(0, cut);
  path = path.replace(/\/+$/, '');
  if (host === 'linkedin.com') path = percentDecoded(path).toLowerCase();
  return host + path;
}

/** Whether a web address points at LinkedIn (any of its subdomains). */
export function isLinkedinUrl(url: string): boolean {
  const key = normalizeProfileUrl(url);
  return key !== undefined && (key === 'linkedin.com' || key.startsWith('linkedin.com/'));
}

function percentDecoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    // A stray "%" that starts no escape: keep the path as written.
    return path;
  }
}

/** Text as shown: trimmed, runs of whitespace (line breaks included) made one space. */
export function collapseWhitespace(text: string): string {
  // Most fields have nothing to collapse; testing first saves a copy per field on large files.
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
