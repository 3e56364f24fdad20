/**
 * GUIDs as REFI-QDA uses them to tie codes, sources, selections and notes together. Files write
 * them in either case, with or without braces ("{7F3A…}"); Foothold keeps and writes them
 * lower-case without braces, which the schemas' GUIDType accepts.
 */

const BARE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A GUID in Foothold's form (lower-case, no braces), or undefined when the text is not a GUID. */
export function normaliseGuid(raw: string): string | undefined {
  // xsd:token: surrounding whitespace is not part of the value.
  const trimmed = raw.trim();
  const bare = trimmed.startsWith('{') && trimmed.endsWith('}') ? trimmed.slice(1, -1) : trimmed;
  return BARE.test(bare) ? bare.toLowerCase() : undefined;
}

/**
 * A GUID made from a key, the same every time: for the elements REFI-QDA needs a GUID on but the
 * neutral model has none for (a coding, a note written for a selection), so that writing the same
 * project twice gives the same file. Four 32-bit FNV-1a lanes with different primes, crossed and
 * finished with MurmurHash3's avalanche step; shaped as an RFC 9562 version-8 (custom) UUID.
 * Not cryptographic: it only has to keep the GUIDs of one file apart.
 */
export function derivedGuid(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  let c = 0x1b873593;
  let d = 0xcc9e2d51;
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000197);
    c = Math.imul(c ^ unit, 0x010001a3);
    d = Math.imul(d ^ unit, 0x010001b1);
  }
  // Cross the lanes so that each part of the GUID depends on all of them.
  const lanes = [avalanche(a ^ rotate(d, 13)), avalanche(b ^ rotate(a, 7)), avalanche(c ^ rotate(b, 19)), avalanche(d ^ rotate(c, 29))];
  const hex = lanes.map((lane) => (lane >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function rotate(x: number, by: number): number {
  return (x << by) | (x >>> (32 - by));
}

/** MurmurHash3's 32-bit finaliser: every input bit flips about half of the output bits. */
function avalanche(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
