/**
 * What the importer fuzz tests (`*-fuzz.test.ts`, issue 13) share: how many inputs each importer
 * gets, arbitraries that damage valid files the way broken transfers, editors and attackers do
 * (bits flipped, cuts, splices, insertions, repeats, JSON subtrees replaced), and the one rule
 * every importer is held to: it returns its reading or its problems as data, or throws a
 * FootholdError; any other exception, a stack overflow among them, fails the test with the input.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { FootholdError, ValidationError } from '../shared/errors.js';

/** Inputs each importer gets in all: IMPORTER_FUZZ_RUNS, else 10,000 (issue 13: at least 10,000 each). */
export function importerRuns(): number {
  const runs = Number(process.env['IMPORTER_FUZZ_RUNS'] ?? 10_000);
  return Number.isInteger(runs) && runs > 0 ? runs : 10_000;
}

/**
 * importerRuns() shared among an importer's properties by weight, rounded up: the counts add up to
 * at least importerRuns(). `splitRuns(1, 3)` is [2,500, 7,500] by default.
 */
export function splitRuns<const W extends readonly number[]>(...weights: W): { [K in keyof W]: number } {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => Math.max(1, Math.ceil((importerRuns() * w) / total))) as { [K in keyof W]: number };
}

/**
 * The longest one input may take, in milliseconds. Each input here is a few kilobytes and takes
 * milliseconds (the slowest, a .docx through mammoth, about 15 ms); this bound is some hundred times
 * that, so only a hang or a blow-up that grows with the input breaks it — it asserts no timing. A
 * loop that never ends cannot be interrupted in the same thread; the test then never finishes,
 * which CI's own time limit reports.
 */
export const HANG_BOUND_MS = 2_000;

/** The time limit of one fuzz test (all its inputs): generous, as HANG_BOUND_MS is per input. */
export const FUZZ_TEST_TIMEOUT_MS = 300_000;

const utf8 = new TextEncoder();

/** A FootholdError is the only exception an importer may throw; a ValidationError says what was wrong. */
function typedOrRethrow(caught: unknown): FootholdError {
  if (!(caught instanceof FootholdError)) throw caught;
  expect(caught.message).not.toBe('');
  if (caught instanceof ValidationError) {
    expect(caught.problems.length).toBeGreaterThan(0);
    for (const problem of caught.problems) expect(problem.message).not.toBe('');
  }
  return caught;
}

function withinBound(started: number): void {
  const took = performance.now() - started;
  if (took > HANG_BOUND_MS) throw new Error(`one input took ${Math.round(took)} ms (bound ${HANG_BOUND_MS} ms): a hang or an input that blows up`);
}

/**
 * Calls an importer on one input: what it returned, or the FootholdError it threw. Any other
 * exception is thrown on (fast-check reports it with the input), and so is an input that takes
 * longer than HANG_BOUND_MS.
 */
export function readOrRefuse<T>(read: () => T): T | FootholdError {
  const started = performance.now();
  try {
    return read();
  } catch (caught) {
    return typedOrRethrow(caught);
  } finally {
    withinBound(started);
  }
}

/** readOrRefuse for an importer that answers with a promise. */
export async function readOrRefuseAsync<T>(read: () => Promise<T>): Promise<T | FootholdError> {
  const started = performance.now();
  try {
    return await read();
  } catch (caught) {
    return typedOrRethrow(caught);
  } finally {
    withinBound(started);
  }
}

/** A reading refused as data (`{ ok: false, problems }`) names at least one problem, each with a message. */
export function expectProblemsAsData(reading: { ok: boolean; problems?: readonly { message: string }[] }): void {
  if (reading.ok) return;
  expect(reading.problems?.length).toBeGreaterThan(0);
  for (const problem of reading.problems ?? []) expect(typeof problem.message === 'string' && problem.message !== '').toBe(true);
}

/** One change to a file's bytes. Positions are reduced modulo the length when applied, so any number fits any file. */
type ByteChange =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; byte: number }
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  /** This file up to `at`, then another sample (or this one) from `from`: AFL's splice. */
  | { op: 'crossover'; at: number; donor: number; from: number }
  /** A run of this file written `times` times over: hunts work that grows faster than the input. */
  | { op: 'repeat'; at: number; length: number; times: number };

export interface MutationOptions {
  /** Text typical of the format (delimiters, keywords, escapes), inserted whole. */
  tokens?: readonly string[];
  /** At most this many changes to one file (default 4). */
  maxChanges?: number;
}

const position = fc.nat({ max: 0x7fff_ffff });

function byteChange(tokens: readonly string[], donors: number): fc.Arbitrary<ByteChange> {
  // Raw bytes seldom make valid UTF-8, and the readers stop at the first bad byte: text, ASCII and the format's tokens go in more often.
  const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }).map((t) => utf8.encode(t));
  const inserted = fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 8 }) },
    { weight: 2, arbitrary: text },
    ...(tokens.length === 0 ? [] : [{ weight: 3, arbitrary: fc.constantFrom(...tokens).map((t) => utf8.encode(t)) }]),
  );
  const byte = fc.oneof({ weight: 3, arbitrary: fc.nat(0x7f) }, { weight: 1, arbitrary: fc.nat(0xff) });
  return fc.oneof(
    { weight: 2, arbitrary: fc.record({ op: fc.constant('flip' as const), at: position, bit: fc.nat(7) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('set' as const), at: position, byte }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: position, bytes: inserted }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('crossover' as const), at: position, donor: fc.nat(donors - 1), from: position }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('repeat' as const),
        at: position,
        length: fc.integer({ min: 1, max: 64 }),
        times: fc.integer({ min: 2, max: 200 }),
      }),
    },
  );
}

function applyByteChange(file: Uint8Array, change: ByteChange, samples: readonly Uint8Array[]): Uint8Array {
  const n = file.length;
  const at = change.at % (n + 1);
  const join = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));
  switch (change.op) {
    case 'flip':
    case 'set': {
      if (n === 0) return file;
      const copy = Uint8Array.from(file);
      const i = change.at % n;
      copy[i] = change.op === 'flip' ? copy[i]! ^ (1 << change.bit) : change.byte;
      return copy;
    }
    case 'truncate':
      return file.slice(0, at);
    case 'delete':
      return join(file.subarray(0, at), file.subarray(at + change.length));
    case 'insert':
      return join(file.subarray(0, at), change.bytes, file.subarray(at));
    case 'crossover': {
      const donor = samples[change.donor % samples.length]!;
      return join(file.subarray(0, at), donor.subarray(change.from % (donor.length + 1)));
    }
    case 'repeat': {
      const run = file.subarray(at, at + change.length);
      return join(file.subarray(0, at), ...Array.from({ length: change.times }, () => run), file.subarray(at));
    }
  }
}

/** A valid sample file (bytes or UTF-8 text) with one to `maxChanges` changes to its bytes. */
export function mutatedFile(samples: readonly (Uint8Array | string)[], options: MutationOptions = {}): fc.Arbitrary<Uint8Array> {
  const files = samples.map((s) => (typeof s === 'string' ? utf8.encode(s) : s));
  if (files.length === 0) throw new Error('mutatedFile needs at least one sample');
  const changes = fc.array(byteChange(options.tokens ?? [], files.length), { minLength: 1, maxLength: options.maxChanges ?? 4 });
  return fc.tuple(fc.nat(files.length - 1), changes).map(([pick, list]) => list.reduce((file, change) => applyByteChange(file, change, files), files[pick]!));
}

type JsonPath = readonly (string | number)[];

/** One change to a parsed JSON document, at the path-th place of the sample (modulo how many it has). */
type JsonChange =
  | { op: 'replace'; path: number; value: unknown }
  | { op: 'remove'; path: number }
  | { op: 'rename'; path: number; key: string }
  /** The value at one place copied over another: an id into a reference, a record into another list. */
  | { op: 'graft'; path: number; from: number }
  | { op: 'duplicate'; path: number };

/** Values that break rules on their own: types, ranges, dates, text the stores refuse, sizes. */
const ODD_TEXT = ['', ' ', '\u0000', '\ud800', 'x'.repeat(5_000), '2024-02-30'];
const ODD_VALUES: readonly unknown[] = [null, true, 0, -1, 0.5, 1e308, -1e-308, ...ODD_TEXT, [], {}, [null], [[[]]]];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'id', '', '$schema', 'format', '~/'];

/** Every place in a JSON value but the root, parent before child. */
function jsonPaths(value: unknown, at: JsonPath = [], into: JsonPath[] = []): JsonPath[] {
  if (typeof value !== 'object' || value === null) return into;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i): [number, unknown] => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const path = [...at, key];
    into.push(path);
    jsonPaths(child, path, into);
  }
  return into;
}

/** The container holding a path's last step, when the path still exists after earlier changes. */
function parentOf(root: unknown, path: JsonPath): { parent: Record<string | number, unknown>; key: string | number } | undefined {
  let node = root;
  for (const step of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, step)) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  const key = path.at(-1)!;
  return typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? { parent: node as Record<string | number, unknown>, key } : undefined;
}

/** Sets an own property, so that "__proto__" becomes a plain key as JSON.parse makes it. */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyJsonChange(root: unknown, paths: readonly JsonPath[], change: JsonChange): void {
  const place = parentOf(root, paths[change.path % paths.length]!);
  if (place === undefined) return;
  const { parent, key } = place;
  const isList = Array.isArray(parent);
  switch (change.op) {
    case 'replace':
      return setOwn(parent, key, structuredClone(change.value));
    case 'remove':
      if (isList) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    case 'rename':
      if (isList) return;
      setOwn(parent, change.key, parent[key]);
      if (change.key !== key) delete parent[key];
      return;
    case 'graft': {
      const donor = parentOf(root, paths[change.from % paths.length]!);
      if (donor !== undefined) setOwn(parent, key, structuredClone(donor.parent[donor.key]));
      return;
    }
    case 'duplicate':
      if (isList) parent.splice(Number(key), 0, structuredClone(parent[key]));
      return;
  }
}

/**
 * A valid JSON sample with one to `maxChanges` changes to its structure: a value replaced by an odd
 * one or any JSON, removed, renamed (to "__proto__" among others), copied over another, or a list
 * item doubled. Reaches the schema and reference checks, which byte changes seldom get past JSON
 * syntax to; the caller serializes the value.
 */
export function mutatedJson(samples: readonly unknown[], options: { maxChanges?: number } = {}): fc.Arbitrary<unknown> {
  const pathsOf = samples.map((sample) => jsonPaths(sample));
  const change: fc.Arbitrary<JsonChange> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('replace' as const),
        path: position,
        value: fc.oneof(fc.constantFrom(...ODD_VALUES), fc.jsonValue({ maxDepth: 2 })),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), path: position }) },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('rename' as const), path: position, key: fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ maxLength: 12 })) }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('graft' as const), path: position, from: position }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), path: position }) },
  );
  return fc.tuple(fc.nat(samples.length - 1), fc.array(change, { minLength: 1, maxLength: options.maxChanges ?? 4 })).map(([pick, list]) => {
    const value = structuredClone(samples[pick]);
    const paths = pathsOf[pick]!;
    if (paths.length > 0) for (const c of list) applyJsonChange(value, paths, c);
    return value;
  });
}
