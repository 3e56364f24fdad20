/**
 * Property tests of the backup reader (the gzip container here, the text in core/backup) on input
 * from outside: whatever the bytes, it reads rows that fit their tables, or refuses with
 * ValidationError or TooLargeError naming the file; never another exception, never a hang. Four
 * properties of FUZZ_RUNS inputs each (CI: 2,500, so 10,000 in all).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupHeader, BackupSchema } from '../core/backup/backup-format.js';
import { readBackupRows, type TableRows } from '../core/backup/backup-reader.js';
import { TooLargeError, ValidationError } from '../shared/errors.js';
import { smallCase } from '../test-support/samples.js';
import { storeTargets } from '../test-support/stores.js';
import { backupTablesAt, KNOWN_MIGRATIONS } from '../store/backup-schema.js';
import { openBackupBytes, writeBackup } from './backup-service.js';
import { importCases } from './case-service.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.env['FUZZ_RUNS'] ?? 300);
/** Small limits, so that no input can make a run slow. */
const LIMITS = { maxTextBytes: 256 * 1024, maxLineBytes: 64 * 1024, maxRows: 5000 };
const FILE = 'fuzz.backup';
/** Thousands of inputs per property: time for a loaded machine. */
const PROPERTY_MS = 300_000;

const [sqlite] = storeTargets({ FOOTHOLD_TEST_STORES: 'sqlite' });
const schemas = new Map<string, BackupSchema>();
let valid: Uint8Array;
let validText: string;
let header: BackupHeader;

beforeAll(async () => {
  for (let i = 1; i <= KNOWN_MIGRATIONS.length; i++) schemas.set(KNOWN_MIGRATIONS.slice(0, i).join('\n'), await backupTablesAt(KNOWN_MIGRATIONS.slice(0, i)));
  const store = await sqlite!.open();
  const caseFile = smallCase({
    actors: [
      { id: 'a1', name: 'Ada', kind: 'person' },
      { id: 'a2', name: 'Bureau "Ω"', kind: 'organization', countries: ['DE'] },
    ],
    ties: [{ id: 't1', from: 'f', to: 'a1', networkType: 'social', strength: 3 }],
  });
  await importCases(store, 'default', [{ origin: 'small', caseFile }], { replace: false });
  const file = join(mkdtempSync(join(tmpdir(), 'foothold-backup-fuzz-')), 'valid.backup.gz');
  await writeBackup(store, file, { now: new Date('2025-03-18T09:30:00.000Z') });
  valid = readFileSync(file);
  validText = gunzipSync(valid).toString('utf8');
  header = JSON.parse(validText.slice(0, validText.indexOf('\n'))) as BackupHeader;
});
afterAll(() => sqlite!.cleanup());

/** Reads the bytes; the tables read, or undefined when refused with one of the two typed errors. */
function readOrRefuse(bytes: Uint8Array): TableRows[] | undefined {
  try {
    const envelope = openBackupBytes(bytes, FILE, LIMITS);
    return readBackupRows(envelope, schemas.get(envelope.header.migrations.join('\n'))!);
  } catch (caught) {
    if (caught instanceof ValidationError) {
      expect(caught.problems.length).toBeGreaterThan(0);
      expect(caught.problems.every((p) => p.file === FILE)).toBe(true);
      return undefined;
    }
    if (caught instanceof TooLargeError) return undefined;
    throw caught;
  }
}

/** What any reading promises: every row as wide as its table, every value of its column's type. */
function expectConsistent(tables: TableRows[] | undefined): void {
  if (tables === undefined) return;
  for (const { table, rows } of tables) {
    for (const row of rows) {
      expect(row).toHaveLength(table.columns.length);
      row.forEach((value, i) => {
        const column = table.columns[i]!;
        if (value === null) expect(column.nullable).toBe(true);
        else expect(typeof value).toBe(column.type === 'integer' ? 'number' : 'string');
      });
    }
  }
}

/** A backup of the body with the header's checksum made right for it, gzip'd or not. */
function withChecksum(head: BackupHeader, body: string, gzip: boolean): Uint8Array {
  const text = `${JSON.stringify({ ...head, sha256: createHash('sha256').update(body).digest('hex') })}\n${body}`;
  return gzip ? gzipSync(text) : Buffer.from(text);
}

describe('the backup reader on hostile input', () => {
  it(
    'random bytes, plain, behind a gzip signature, gzip’d, or after a sound header',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('plain', 'signature', 'gzip', 'header'), (bytes, wrap) => {
          const input =
            wrap === 'plain'
              ? bytes
              : wrap === 'signature'
                ? Uint8Array.from([0x1f, 0x8b, ...bytes])
                : wrap === 'gzip'
                  ? gzipSync(bytes)
                  : Buffer.concat([Buffer.from(validText.slice(0, validText.indexOf('\n') + 1)), bytes]);
          expectConsistent(readOrRefuse(input));
        }),
        { numRuns: runs },
      );
    },
    PROPERTY_MS,
  );

  it(
    'random changes to the bytes of a sound backup, and cuts',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(valid.length), (changes, cut) => {
          const bytes = valid.slice(0, Math.max(cut, valid.length - 64));
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          expectConsistent(readOrRefuse(bytes));
        }),
        { numRuns: runs },
      );
    },
    PROPERTY_MS,
  );

  it(
    'random JSON lines under a sound header whose checksum fits them',
    () => {
      const cell = fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.integer(),
        fc.double(),
        fc.constant(null),
        fc.constantFrom('{}', '{"id":"x"}', '[1]', '{"__proto__":{}}', '{"a":', '\u0000', '\ud800', 2 ** 31, -(2 ** 31)),
        fc.jsonValue({ maxDepth: 3 }),
      );
      const line = fc.oneof(
        fc.array(cell, { maxLength: 10 }).map((row) => JSON.stringify(row)),
        fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
        fc.string({ maxLength: 40 }),
        fc.constantFrom('', '[', '["\\u0000"]', `[${'['.repeat(70)}]`),
      );
      fc.assert(
        fc.property(
          fc.array(line, { maxLength: 30 }),
          fc.array(fc.nat(6), { minLength: header.tables.length, maxLength: header.tables.length }),
          fc.boolean(),
          fc.boolean(),
          (lines, counts, fitCounts, gzip) => {
            // Half the time the header counts exactly the lines given, so that every line is read against its table.
            let left = lines.length;
            const tables = header.tables.map((t, i) => {
              const rows = fitCounts ? (i === header.tables.length - 1 ? left : Math.min(left, counts[i]!)) : counts[i]!;
              left -= fitCounts ? rows : 0;
              return { ...t, rows };
            });
            const body = lines.map((l) => `${l.replace(/\n/g, ' ')}\n`).join('');
            expectConsistent(readOrRefuse(withChecksum({ ...header, tables }, body, gzip)));
          },
        ),
        { numRuns: runs },
      );
    },
    PROPERTY_MS,
  );

  it(
    'random changes to the text of a sound backup, its checksum made right again',
    () => {
      const pieces = [
        '"',
        ',',
        '[',
        ']',
        '{',
        '}',
        'null',
        '0',
        '-1',
        '1.5',
        '1e999',
        '2147483648',
        '"x"',
        '\\u0000',
        '\\ud800',
        '\n',
        '🚀',
        '"__proto__":1,',
        'true',
      ];
      const body = () => validText.slice(validText.indexOf('\n') + 1);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(body().length), fc.nat(20), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 5 }),
          fc.boolean(),
          (edits, gzip) => {
            let text = body();
            for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
            expectConsistent(readOrRefuse(withChecksum(header, text, gzip)));
          },
        ),
        { numRuns: runs },
      );
    },
    PROPERTY_MS,
  );
});
