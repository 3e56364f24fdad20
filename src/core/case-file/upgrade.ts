/**
 * Format 1 → format 2 (docs/decisions/0009-case-format-2.md). Frozen: format 1 never changes, so
 * neither does this mapping; the store's migration 0004 uses the same per-record functions.
 *
 * What changes, and why meaning is kept:
 * - an actor's `country` / `region` become the lists `countries` / `regions` (one entry each);
 * - a market's `entryMode` becomes the list `entryModes`; status "entered" becomes "serving", or
 *   "past" when the market has an end date (format 1 had no way to say "not any more" but exited/failed);
 * - a tie without `status` is written with status "active", which format 1 meant by leaving it out.
 * Values of the wrong shape are carried over untouched, for the schema to report where they are.
 */

export const CASE_FORMAT_1 = 'foothold.case/1';
export const CASE_FORMAT_2 = 'foothold.case/2';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replaces one key by another (or by several) in place, keeping the order of the others. */
function rewriteKey(record: Json, key: string, replace: (value: unknown) => Json): Json {
  if (!(key in record)) return record;
  const out: Json = {};
  for (const [k, v] of Object.entries(record)) {
    if (k === key) Object.assign(out, replace(v));
    else out[k] = v;
  }
  return out;
}

const asList = (name: string) => (value: unknown) => ({ [name]: value === undefined ? value : [value] });

function upgradeActor(record: Json): Json {
  return rewriteKey(rewriteKey(record, 'country', asList('countries')), 'region', asList('regions'));
}

function upgradeMarket(record: Json): Json {
  let out = rewriteKey(record, 'entryMode', asList('entryModes'));
  if (out['status'] === 'entered') out = { ...out, status: out['endedOn'] === undefined ? 'serving' : 'past' };
  return out;
}

function upgradeTie(record: Json): Json {
  if ('status' in record) return record;
  const out: Json = {};
  for (const [k, v] of Object.entries(record)) {
    out[k] = v;
    if (k === 'networkType') out['status'] = 'active';
  }
  if (!('status' in out)) out['status'] = 'active';
  return out;
}

const RECORD_UPGRADES: Readonly<Record<string, (record: Json) => Json>> = {
  actors: upgradeActor,
  markets: upgradeMarket,
  ties: upgradeTie,
};

/** One record of a format-1 collection, as format 2 has it; records of other collections are unchanged. */
export function upgradeRecordFrom1(collection: string, record: unknown): unknown {
  const upgrade = RECORD_UPGRADES[collection];
  return upgrade === undefined || !isObject(record) ? record : upgrade(record);
}

/** A format-1 case as format 2, with a line per kind of change made (for `foothold upgrade`). */
export function upgradeCaseFrom1(value: Json): { value: Json; changes: string[] } {
  const out: Json = {};
  const counts = new Map<string, number>();
  for (const [key, v] of Object.entries(value)) {
    if (key === 'format') {
      out[key] = CASE_FORMAT_2;
      continue;
    }
    if (!(key in RECORD_UPGRADES) || !Array.isArray(v)) {
      out[key] = v;
      continue;
    }
    out[key] = v.map((record: unknown) => {
      const upgraded = upgradeRecordFrom1(key, record);
      if (isObject(record) && isObject(upgraded)) {
        for (const change of describeChange(key, record, upgraded)) counts.set(change, (counts.get(change) ?? 0) + 1);
      }
      return upgraded;
    });
  }
  const changes = [`format: ${CASE_FORMAT_1} → ${CASE_FORMAT_2}`, ...[...counts].map(([change, n]) => `${change}: ${n}`)];
  return { value: out, changes };
}

function describeChange(collection: string, before: Json, after: Json): string[] {
  const changes: string[] = [];
  if (collection === 'actors') {
    if ('country' in before) changes.push('actors: "country" → "countries"');
    if ('region' in before) changes.push('actors: "region" → "regions"');
  } else if (collection === 'markets') {
    if ('entryMode' in before) changes.push('markets: "entryMode" → "entryModes"');
    if (before['status'] === 'entered') changes.push(`markets: status "entered" → "${String(after['status'])}"`);
  } else if (collection === 'ties' && !('status' in before)) {
    changes.push('ties: status left out → "active" (what format 1 meant)');
  }
  return changes;
}

/** A pointer into the upgraded case, as it points into the format-1 file (for messages). */
export function pointerInFormat1(pointer: string): string {
  return pointer
    .replace(/^(\/actors\/\d+)\/countries\/0(?=\/|$)/, '$1/country')
    .replace(/^(\/actors\/\d+)\/regions\/0(?=\/|$)/, '$1/region')
    .replace(/^(\/markets\/\d+)\/entryModes\/0(?=\/|$)/, '$1/entryMode');
}
