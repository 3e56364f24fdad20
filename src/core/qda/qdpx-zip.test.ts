import { Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TooLargeError, ValidationError } from '../../shared/errors.js';
import { readZip, safeEntryPath, writeZip } from './qdpx-zip.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const MB = 1024 * 1024;

/** A zip in the streaming layout (sizes in a data descriptor after each entry), as Java and .NET tools write. */
function streamedZip(files: Record<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err !== null) throw err;
    parts.push(data);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) out.set(part, (at += part.length) - part.length);
  return out;
}

const concat = (a: Uint8Array, b: Uint8Array) => Uint8Array.from([...a, ...b]);

/** The error readZip throws for the archive. */
function failure(bytes: Uint8Array, limits = {}): unknown {
  try {
    readZip(bytes, 'upload.qdpx', limits);
  } catch (caught) {
    return caught;
  }
  throw new Error('expected readZip to refuse the archive');
}

describe('readZip', () => {
  it('reads stored and deflated entries by their normalised path, leaving folders out', () => {
    const files: Zippable = {
      'project.qde': [utf8('<Project/>'), { level: 0 }],
      'sources/': new Uint8Array(),
      './sources//A.txt': utf8('Сайн байна уу'),
    };
    const entries = readZip(zipSync(files), 'p.qdpx');
    expect([...entries.keys()]).toEqual(['project.qde', 'sources/A.txt']);
    expect(new TextDecoder().decode(entries.get('sources/A.txt'))).toBe('Сайн байна уу');
  });

  it('reads archives written in the streaming layout, with data descriptors', () => {
    const big = utf8('ආයුබෝවන් '.repeat(20_000));
    const entries = readZip(streamedZip({ 'project.qde': utf8('<Project/>'), 'Sources/x.txt': big }), 'p.qdpx');
    // Buffer's comparison: element-by-element deep equality of 500 kB takes seconds.
    expect(Buffer.from(entries.get('Sources/x.txt') ?? []).equals(big)).toBe(true);
    expect(entries.get('project.qde')).toEqual(utf8('<Project/>'));
  });

  it('accepts a large entry of ordinary text in the streaming layout, judged by its own compressed size', () => {
    // About 1.5 MB of words drawn by a fixed linear congruential generator: past the 1 MB floor of the
    // ratio check, and deflating only a few times, far from the limit of 200.
    let seed = 1;
    const words = Array.from({ length: 350_000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed % 100_000).toString(36))).join(' ');
    expect(words.length).toBeGreaterThan(1024 * 1024);
    const entries = readZip(streamedZip({ 'Sources/long.txt': utf8(words), 'project.qde': utf8('<Project/>') }), 'p.qdpx');
    expect(entries.get('Sources/long.txt')?.length).toBe(words.length);
  });

  it('refuses a zip bomb by the bytes it really inflates to, whatever sizes it declares', () => {
    // 5 MB of zeros deflate to about 5 kB; the limit is 1 MB per entry.
    const bomb = zipSync({ 'sources/zeros.txt': new Uint8Array(5 * MB) });
    expect(bomb.length).toBeLessThan(20_000);
    // Declare a small size in the local header: the reader must not trust it.
    new DataView(bomb.buffer).setUint32(22, 100, true);
    const error = failure(bomb, { maxEntryBytes: MB });
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as Error).message).toBe('upload.qdpx: the entry "sources/zeros.txt" decompresses to more than 1 MB; at most that much is accepted per entry');
  });

  it('refuses entries that are too much together, too many, or inflate like a bomb', () => {
    const two = zipSync({ 'a.txt': new Uint8Array(700 * 1024).fill(65), 'b.txt': new Uint8Array(700 * 1024).fill(66) });
    expect((failure(two, { maxTotalBytes: MB, maxCompressionRatio: 10_000 }) as Error).message).toContain('more than 1 MB together');
    const many = zipSync(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, utf8('x')])));
    expect(failure(many, { maxEntries: 4 })).toBeInstanceOf(TooLargeError);
    expect(readZip(many, 'p.qdpx', { maxEntries: 5 }).size).toBe(5);
    // 3 MB of zeros is within the size limits but inflates about a thousand times.
    const dense = failure(zipSync({ 'zeros.txt': new Uint8Array(3 * MB) }));
    expect(dense).toBeInstanceOf(TooLargeError);
    expect((dense as Error).message).toContain('decompresses more than 200 times its compressed size');
  });

  it('accepts ordinary text of a few megabytes, which deflates far less than a bomb', () => {
    const words = Array.from({ length: 400_000 }, (_, i) => ['network', 'export', 'ties', 'Монгол', 'ශ්‍රී', String(i)][i % 6]).join(' ');
    expect(readZip(zipSync({ 'text.txt': utf8(words) }), 'p.qdpx').get('text.txt')?.length).toBe(utf8(words).length);
  });

  it.each([
    ['../evil.txt', 'contains ".."'],
    ['sources/../../evil.txt', 'contains ".."'],
    ['/etc/passwd', 'is an absolute path'],
    ['C:/Windows/evil.txt', 'is an absolute path'],
    ['sources\\..\\x', 'contains a backslash'],
    ['sources/a\0.txt', 'contains a NUL character'],
  ])('refuses the entry name %j, naming it', (name, problem) => {
    const error = failure(zipSync({ 'project.qde': utf8('<Project/>'), [name]: utf8('x') }));
    expect(error).toBeInstanceOf(ValidationError);
    const shown = name.replace('\0', '\\u0000');
    expect((error as ValidationError).problems).toEqual([
      {
        file: 'upload.qdpx',
        pointer: '',
        message: `the entry "${shown}" ${problem}${problem.startsWith('contains a backslash') ? '; zip entry names separate folders with "/"' : problem === 'is an absolute path' ? '; entries must lie inside the archive' : problem === 'contains ".."' ? ', which would lead outside the archive' : ''}; Foothold refuses archives with such entries`,
      },
    ]);
  });

  it('refuses an entry that appears twice', () => {
    const error = failure(streamedZip({ 'a.txt': utf8('1'), './a.txt': utf8('2') }));
    expect((error as ValidationError).problems[0]?.message).toBe('the entry "a.txt" appears twice; expected each file once');
  });

  it('refuses what is not a whole zip archive', () => {
    const valid = zipSync({ 'project.qde': utf8('<Project name="a long enough text to be deflated, deflated, deflated"/>') });
    const message = (bytes: Uint8Array) => ((failure(bytes) as ValidationError).problems[0]?.message ?? '').replace(/\(.*\)/, '(…)');
    expect(message(utf8('<Project/>'))).toContain('not a zip archive');
    expect(message(new Uint8Array())).toContain('not a zip archive');
    expect(message(zipSync({}))).toBe('the zip archive is empty; expected project.qde and its sources');
    expect(message(valid.subarray(0, 40))).toBe(
      'the zip archive is incomplete: it lacks the directory at its end; it may have been cut off while copying or downloading',
    );
    // Cut inside the entry's data, with an end record after it: the record's bytes are read as the rest of the data.
    const end = valid.subarray(valid.length - 22);
    expect(message(concat(valid.subarray(0, 50), end))).toMatch(
      /^(the archive ends inside the entry "project\.qde"|the entry "project\.qde" cannot be decompressed|the archive is damaged)/,
    );
    const damaged = valid.slice();
    // The deflate data starts after the 30-byte header and the 11-byte name; 0xff there is an invalid block type.
    damaged.fill(0xff, 41, 45);
    expect(message(damaged)).toBe('the entry "project.qde" cannot be decompressed (…); the archive is damaged or uses a compression other than deflate');
    const bzip2 = valid.slice();
    new DataView(bzip2.buffer).setUint16(8, 12, true);
    expect(message(bzip2)).toContain('cannot be decompressed');
  });
});

describe('safeEntryPath', () => {
  it('drops "." and empty segments and keeps the rest as it is', () => {
    expect(safeEntryPath('./Sources//ABC.TXT')).toEqual({ path: 'Sources/ABC.TXT' });
    expect(safeEntryPath('sources/')).toEqual({ path: 'sources' });
    expect(safeEntryPath('a..b/c')).toEqual({ path: 'a..b/c' });
  });
});

describe('writeZip', () => {
  const entries = () =>
    new Map([
      ['project.qde', utf8('<Project/>')],
      ['Sources/a.txt', utf8('🚀')],
    ]);

  it('writes the same bytes for the same entries, which readZip reads back', () => {
    const zip = writeZip(entries());
    expect(writeZip(entries())).toEqual(zip);
    expect(readZip(zip, 'p.qdpx')).toEqual(entries());
  });

  it('refuses a name that is not a plain relative path', () => {
    expect(() => writeZip(new Map([['../x', utf8('x')]]))).toThrow(ValidationError);
    expect(() => writeZip(new Map([['a//b', utf8('x')]]))).toThrow(/not in normal form/);
  });
});
