/**
 * A record before and after a change as a readable field list: each top-level field with its value
 * before and after in words, marked when it changed. Records that are not plain objects (a record
 * added or deleted has one side only) are shown as JSON instead.
 */

export interface FieldRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

/** Values longer than this are cut in the field list; the whole record stays available as JSON. */
export const VALUE_LIMIT = 160;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Two JSON values equal in content, whatever the order of their keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}

/** A field's value in words: "—" when absent, text as it is, a list of records by count and ids, anything else as JSON (cut when long). */
export function valueText(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => isPlainObject(v) && typeof v['id'] === 'string')) {
    const ids = value.map((v) => String((v as { id: string }).id));
    const named = ids.slice(0, 5).join(', ');
    return `${ids.length} record${ids.length === 1 ? '' : 's'}: ${named}${ids.length > 5 ? ', …' : ''}`;
  }
  const json = JSON.stringify(value);
  return json.length > VALUE_LIMIT ? `${json.slice(0, VALUE_LIMIT - 1)}…` : json;
}

/** The fields of both sides, before's order first, each with its values in words; undefined unless both sides are objects. */
export function fieldDiff(before: unknown, after: unknown): FieldRow[] | undefined {
  if (!isPlainObject(before) || !isPlainObject(after)) return undefined;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({
    field,
    before: valueText(before[field]),
    after: valueText(after[field]),
    changed: !sameValue(before[field], after[field]),
  }));
}

/** The record as indented JSON, or "nothing" for the missing side of an insert or a delete. */
export function recordJson(value: unknown): string {
  return value === null || value === undefined ? 'nothing' : JSON.stringify(value, null, 2);
}
