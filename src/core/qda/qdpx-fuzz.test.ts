/**
 * Property tests of the .qdpx reader on input from outside: whatever the bytes, it answers with a
 * reading whose references hold, or refuses with ValidationError or TooLargeError; never another
 * exception, never a hang.
 */
import fc from 'fast-check';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TooLargeError, ValidationError } from '../../shared/errors.js';
import { sampleQdaProject } from '../../test-support/refi-schema.js';
import { codePointLength } from '../evidence/code-points.js';
import type { QdaCode, QdaReading } from './qda-project.js';
import { readQdpx, writeQdpx } from './qdpx.js';
import { readZip } from './qdpx-zip.js';

const runs = Number(process.env['FUZZ_RUNS'] ?? 300);
/** Small limits, so that a case that inflates far cannot make the run slow. */
const LIMITS = { maxEntryBytes: 256 * 1024, maxTotalBytes: 1024 * 1024, maxEntries: 200 };

/** Reads the archive; returns the reading, or undefined when it was refused with one of the two typed errors. */
function readOrRefuse(bytes: Uint8Array): QdaReading | undefined {
  try {
    return readQdpx(bytes, 'fuzz.qdpx', LIMITS);
  } catch (caught) {
    if (caught instanceof ValidationError) {
      expect(caught.problems.every((p) => p.file === 'fuzz.qdpx')).toBe(true);
      return undefined;
    }
    if (caught instanceof TooLargeError) return undefined;
    throw caught;
  }
}

/** What any reading promises: selections inside their texts, codings of codes the codebook has. */
function expectConsistent(reading: QdaReading | undefined): void {
  if (reading === undefined) return;
  const codes = new Set<string>();
  const collect = (list: readonly QdaCode[]) => list.forEach((code) => (codes.add(code.guid), collect(code.children)));
  collect(reading.project.codes);
  for (const source of reading.project.sources) {
    const length = codePointLength(source.text);
    for (const selection of source.selections) {
      expect(0 <= selection.start && selection.start <= selection.end && selection.end <= length).toBe(true);
      for (const coding of selection.codings) expect(codes.has(coding.codeGuid)).toBe(true);
    }
  }
}

const valid = writeQdpx(sampleQdaProject(), { now: '2025-03-18T09:30:00Z' });
const validQde = new TextDecoder().decode(readZip(valid, 'valid.qdpx').get('project.qde'));

const entryName = fc.oneof(
  fc.constantFrom(
    'project.qde',
    'PROJECT.QDE',
    'sources/',
    'Sources/b2000000-0000-4000-8000-000000000001.txt',
    '../evil.txt',
    '/etc/passwd',
    'a\\b',
    'x/../y',
    'a\0b',
  ),
  fc.string({ maxLength: 20 }),
);
const entryData = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.constant(strToU8(validQde)), fc.string({ maxLength: 200 }).map(strToU8));

describe('readQdpx on hostile input', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, asZip) => {
        // Half the time behind a local-file-header signature, so that the zip reader gets past its first check.
        const input = asZip ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        expectConsistent(readOrRefuse(input));
      }),
      { numRuns: runs },
    );
  });

  it('random zips of random entries', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(entryName, entryData, fc.constantFrom(0, 6)), { maxLength: 8 }), (entries) => {
        const files: Zippable = Object.fromEntries(entries.map(([name, data, level]): [string, [Uint8Array, { level: 0 | 6 }]] => [name, [data, { level }]]));
        let zip: Uint8Array;
        try {
          zip = zipSync(files);
        } catch {
          return; // a name fflate itself cannot write is no test of the reader
        }
        expectConsistent(readOrRefuse(zip));
      }),
      { numRuns: runs },
    );
  });

  it('random changes to the bytes of a valid archive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }),
        fc.nat(valid.length),
        (changes, cut) => {
          const bytes = valid.slice(0, Math.max(cut, valid.length - 64));
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          expectConsistent(readOrRefuse(bytes));
        },
      ),
      { numRuns: runs },
    );
  });

  it('random changes to the text of a valid project.qde', () => {
    const pieces = [
      '<',
      '>',
      '/',
      '"',
      '&',
      '&amp;',
      '&#0;',
      '<!DOCTYPE x>',
      '<![CDATA[',
      ']]>',
      'startPosition="',
      'endPosition="-1"',
      '99999999',
      'guid="',
      '{',
      '}',
      'x',
      '\u0000',
      '🚀',
      '<Coding>',
      '</PlainTextSelection>',
      '<NoteRef targetGUID="d4000000-0000-4000-8000-000000000001"/>',
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(validQde.length), fc.nat(40), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 6 }), (edits) => {
        let qde = validQde;
        for (const [at, remove, insert] of edits) qde = qde.slice(0, at) + insert + qde.slice(at + remove);
        const entries = readZip(valid, 'valid.qdpx');
        entries.set('project.qde', strToU8(qde));
        expectConsistent(readOrRefuse(zipSync(Object.fromEntries(entries))));
      }),
      { numRuns: runs },
    );
  });
});
