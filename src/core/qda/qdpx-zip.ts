/**
 * Zip archives as .qdpx files come in, read with limits: an archive from outside may be a zip bomb
 * (a few kilobytes that inflate to gigabytes), name entries outside its own folder ("../x",
 * "/etc/passwd", "C:\x"), or be damaged. fflate's streaming Unzip is fed the archive in small
 * chunks and every decompressed byte is counted as it comes, so a limit stops the inflation within
 * one chunk of being crossed (the sizes an entry declares are never trusted). Pure: bytes in, a map
 * of entry paths to bytes out; and the writer, with a fixed modification time so that the same
 * entries always give the same archive.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, zipSync, type AsyncFlateStreamHandler, type UnzipDecoder, type UnzipFile } from 'fflate';
import { TooLargeError, ValidationError, type FootholdError } from '../../shared/errors.js';
import { formatBytes } from '../../shared/safe-json.js';

export interface ZipLimits {
  /** Most entries (files and folders) in one archive. */
  maxEntries: number;
  /** Largest decompressed size of one entry, in bytes. */
  maxEntryBytes: number;
  /** Largest decompressed size of all entries together, in bytes. */
  maxTotalBytes: number;
  /**
   * Most decompressed bytes per compressed byte of one entry, once the entry is past RATIO_FLOOR
   * bytes. Text deflates 3 to 10 times, very repetitive text a few dozen; a zip bomb a thousand.
   */
  maxCompressionRatio: number;
}

/** Room for a project of a few thousand interview transcripts, and the same ceiling as the XML reader's. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 200,
};

/** Below this many bytes an entry's ratio is not judged: a tiny file of spaces may deflate 100 times and harm nothing. */
export const RATIO_FLOOR = 1024 * 1024;
/** Compressed bytes handed to the inflater at a time: at most about 1,032 times as much comes out of one push. */
const CHUNK = 16 * 1024;
const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Any fixed time will do; DOS time starts in 1980, and local components keep it the same in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** An entry's name made safe to use as a path inside the archive, or why it is not. */
export function safeEntryPath(name: string): { path: string } | { problem: string } {
  if (name.includes('\0')) return { problem: 'contains a NUL character' };
  if (name.includes('\\')) return { problem: 'contains a backslash; zip entry names separate folders with "/"' };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return { problem: 'is an absolute path; entries must lie inside the archive' };
  const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { problem: 'contains "..", which would lead outside the archive' };
  return { path: segments.join('/') };
}

/** The entries of a zip archive (folders left out) by their normalised path; ValidationError or TooLargeError naming the file and entry when it cannot be read within the limits. */
export function readZip(bytes: Uint8Array, fileName: string, limits: Partial<ZipLimits> = {}): Map<string, Uint8Array> {
  const { maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio } = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const invalid = (message: string) => new ValidationError([{ file: fileName, pointer: '', message }]);
  const tooLarge = (message: string) => new TooLargeError(`${fileName}: ${message}`);
  const signature = bytes.length >= 4 ? new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) : 0;
  if (signature === END_OF_CENTRAL_DIRECTORY) throw invalid('the zip archive is empty; expected project.qde and its sources');
  if (signature !== LOCAL_HEADER)
    throw invalid('not a zip archive (a .qdpx file is a zip archive starting with "PK"); it may be damaged or another kind of file');
  // The streaming reader never needs the central directory, so a cut-off archive would pass for a shorter one.
  if (!hasEndRecord(bytes))
    throw invalid('the zip archive is incomplete: it lacks the directory at its end; it may have been cut off while copying or downloading');

  const entries = new Map<string, Uint8Array>();
  const unfinished = new Set<string>();
  let failure: FootholdError | undefined;
  let count = 0;
  let total = 0;
  // The compressed bytes of the entry being started: its decoder takes this counter when fflate makes
  // it, within file.start(). One counter per entry, so that no entry's bytes are ever counted against
  // another's, whatever order fflate hands them over in.
  let counterForNext = { compressed: 0 };

  /** fflate's decoders with a count of the compressed bytes they are given. */
  const counting = (Decoder: typeof UnzipInflate | typeof UnzipPassThrough, compression: number) =>
    class implements UnzipDecoder {
      static compression = compression;
      ondata: AsyncFlateStreamHandler = () => undefined;
      private readonly inner = new Decoder();
      private readonly counter = counterForNext;
      constructor() {
        this.inner.ondata = (err, data, final) => this.ondata(err, data, final);
      }
      push(chunk: Uint8Array, final: boolean): void {
        this.counter.compressed += chunk.length;
        this.inner.push(chunk, final);
      }
    };

  const onEntry = (file: UnzipFile) => {
    if (failure !== undefined) return;
    if (++count > maxEntries) {
      failure = tooLarge(`the archive has more than ${maxEntries.toLocaleString('en')} entries; at most that many are accepted`);
      return;
    }
    const safe = safeEntryPath(file.name);
    if ('problem' in safe) {
      failure = invalid(`the entry "${printable(file.name)}" ${safe.problem}; Foothold refuses archives with such entries`);
      return;
    }
    const isFolder = file.name.endsWith('/') || safe.path === '';
    if (!isFolder && (entries.has(safe.path) || unfinished.has(safe.path))) {
      failure = invalid(`the entry "${safe.path}" appears twice; expected each file once`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const counter = { compressed: 0 };
    counterForNext = counter;
    unfinished.add(safe.path);
    file.ondata = (err, data, final) => {
      if (failure !== undefined) return;
      if (err !== null) {
        failure = invalid(`the entry "${safe.path}" cannot be decompressed (${err.message}); the archive is damaged or uses a compression other than deflate`);
        return;
      }
      size += data.length;
      total += data.length;
      if (size > maxEntryBytes)
        failure = tooLarge(`the entry "${safe.path}" decompresses to more than ${formatBytes(maxEntryBytes)}; at most that much is accepted per entry`);
      else if (total > maxTotalBytes)
        failure = tooLarge(`the entries decompress to more than ${formatBytes(maxTotalBytes)} together; at most that much is accepted`);
      else if (size > RATIO_FLOOR && size > maxCompressionRatio * Math.max(counter.compressed, 1)) {
        failure = tooLarge(
          `the entry "${safe.path}" decompresses more than ${maxCompressionRatio} times its compressed size, as zip bombs do; Foothold refuses it`,
        );
      }
      if (failure !== undefined) return;
      if (!isFolder && data.length > 0) chunks.push(data);
      if (final) {
        unfinished.delete(safe.path);
        if (!isFolder) entries.set(safe.path, concatenate(chunks, size));
      }
    };
    file.start();
  };

  const unzip = new Unzip(onEntry);
  unzip.register(counting(UnzipInflate, 8));
  unzip.register(counting(UnzipPassThrough, 0));
  try {
    for (let at = 0; at < bytes.length && failure === undefined; at += CHUNK) {
      const end = Math.min(at + CHUNK, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (caught) {
    // fflate throws plain errors on damaged archives ("unexpected EOF", "invalid zip data"): a file from
    // outside being damaged is the user's problem to hear about, not a crash.
    if (failure === undefined) failure = invalid(`the archive is damaged (${caught instanceof Error ? caught.message : String(caught)})`);
  }
  if (failure !== undefined) throw failure;
  const cut = [...unfinished][0];
  if (cut !== undefined) throw invalid(`the archive ends inside the entry "${cut}"; it is incomplete or damaged`);
  return entries;
}

/** A zip archive of the entries, deflated, in the order given, with a fixed time on every entry. */
export function writeZip(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of entries) {
    const safe = safeEntryPath(name);
    if ('problem' in safe || safe.path !== name) {
      throw new ValidationError([
        {
          pointer: '',
          message: `the entry name "${printable(name)}" ${'problem' in safe ? safe.problem : 'is not in normal form'}; expected a relative path such as "Sources/x.txt"`,
        },
      ]);
    }
    files[name] = data;
  }
  return zipSync(files, { level: 6, mtime: FIXED_MTIME });
}

/** Whether the end-of-central-directory record is where a whole archive has it: in the last 22 bytes plus at most 65,535 of comment. */
function hasEndRecord(bytes: Uint8Array): boolean {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return true;
  }
  return false;
}

function concatenate(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** An entry name as a message can show it: control characters made visible, very long names cut. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = name.replace(/[\u0000-\u001f\u007f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 200 ? `${visible.slice(0, 200)}…` : visible;
}
