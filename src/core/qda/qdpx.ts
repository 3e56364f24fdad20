/**
 * REFI-QDA project archives (.qdpx): a zip holding project.qde and the sources it names. Read
 * leniently, as real archives differ: project.qde in any letter case, sources under "Sources/" or
 * "sources/" (MAXQDA 24 writes the latter, with upper-case GUIDs in the file names), named as
 * "internal://<file>" or as a path relative to the sources folder, compared without regard to case.
 * Written strictly: project.qde valid against the Project schema and every text source as
 * "Sources/<guid>.txt", UTF-8 without a byte-order mark, byte for byte the source's text.
 */
import { ValidationError } from '../../shared/errors.js';
import { decodeUtf8 } from '../../shared/safe-json.js';
import { unstorableText } from '../../shared/text-rules.js';
import { normaliseGuid } from './qda-guid.js';
import type { QdaProject, QdaReading } from './qda-project.js';
import { readProjectXml, type TextLoading } from './qde-read.js';
import { writeProjectXml } from './qde-write.js';
import { readZip, safeEntryPath, writeZip, type ZipLimits } from './qdpx-zip.js';

const INTERNAL = /^internal:\/\//i;
/** A URL scheme ("file://", "http://"): a file outside the archive. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Reads a .qdpx archive into the neutral project; ValidationError or TooLargeError (naming the file and entry) when it cannot be read. */
export function readQdpx(bytes: Uint8Array, fileName: string, limits: Partial<ZipLimits> = {}): QdaReading {
  const entries = readZip(bytes, fileName, limits);
  const projectPath = findProjectEntry(entries, fileName);
  const projectBytes = entries.get(projectPath) ?? new Uint8Array();
  const folder = projectPath.includes('/') ? projectPath.slice(0, projectPath.lastIndexOf('/') + 1) : '';
  const files = new ArchiveFiles(entries, folder);
  return readProjectXml(projectBytes, fileName, { part: projectPath, loadText: (path) => files.load(path) });
}

export interface QdpxWriteOptions {
  /** When the archive is written, as an ISO 8601 date and time. */
  now: string;
}

/** A .qdpx archive of the project: project.qde and one Sources/<guid>.txt per text source. */
export function writeQdpx(project: QdaProject, options: QdpxWriteOptions): Uint8Array {
  const fileOf = (guid: string) => `${normaliseGuid(guid) ?? guid}.txt`;
  const xml = writeProjectXml(project, { now: options.now, sourcePath: (source) => `internal://${fileOf(source.guid)}` });
  const problems = project.sources.flatMap((source, i) => {
    const bad = unstorableText(source.text);
    return bad === undefined ? [] : [{ pointer: `/sources/${i}/text`, message: `the text ${bad}` }];
  });
  if (problems.length > 0) throw new ValidationError(problems);
  const encoder = new TextEncoder();
  const entries = new Map<string, Uint8Array>([['project.qde', encoder.encode(xml)]]);
  for (const source of project.sources) entries.set(`Sources/${fileOf(source.guid)}`, encoder.encode(source.text));
  return writeZip(entries);
}

/**
 * project.qde at the root, in any case; failing that, in the one folder an archive of a folder
 * puts it in ("My project/project.qde"), as zipping a project's folder by hand does.
 */
function findProjectEntry(entries: ReadonlyMap<string, Uint8Array>, fileName: string): string {
  const candidates = [...entries.keys()].filter((path) => /^([^/]+\/)?project\.qde$/i.test(path));
  const atRoot = candidates.filter((path) => !path.includes('/'));
  const chosen = atRoot.length > 0 ? atRoot : candidates;
  if (chosen.length === 1 && chosen[0] !== undefined) return chosen[0];
  const found = [...entries.keys()].slice(0, 5).map((path) => `"${path}"`);
  const message =
    chosen.length > 1
      ? `the archive holds ${chosen.map((path) => `"${path}"`).join(' and ')}; expected one project.qde`
      : `the archive has no project.qde at its root; a .qdpx holds project.qde and its sources${found.length > 0 ? ` (found ${found.join(', ')}${entries.size > 5 ? ' …' : ''})` : ''}`;
  throw new ValidationError([{ file: fileName, pointer: '', message }]);
}

/** The archive's files, found by the paths a project.qde gives, without regard to case. */
class ArchiveFiles {
  private readonly byLowerCase = new Map<string, string[]>();

  constructor(
    private readonly entries: ReadonlyMap<string, Uint8Array>,
    private readonly folder: string,
  ) {
    for (const path of entries.keys()) {
      const key = path.toLowerCase();
      this.byLowerCase.set(key, [...(this.byLowerCase.get(key) ?? []), path]);
    }
  }

  /** The text of the file a plainTextPath names, decoded as UTF-8, or why it cannot be had. */
  load(reference: string): TextLoading {
    const internal = INTERNAL.test(reference);
    if (!internal && SCHEME.test(reference)) {
      return { reason: `its text is in "${reference}", outside the archive; Foothold reads only files inside the .qdpx` };
    }
    const relative = internal ? reference.replace(INTERNAL, '') : reference;
    const names = [relative, safeDecodeUri(relative)].filter((name, i, all): name is string => name !== undefined && all.indexOf(name) === i);
    for (const name of names) {
      const safe = safeEntryPath(name);
      if ('problem' in safe) return { reason: `its plainTextPath "${reference}" ${safe.problem}` };
      const found = this.find(`${this.folder}sources/${safe.path}`) ?? this.find(`${this.folder}${safe.path}`);
      if (found === 'ambiguous') return { reason: `the archive holds more than one file named "${safe.path}" (differing only in case)` };
      if (found !== undefined) return decodeText(found, this.entries.get(found) ?? new Uint8Array());
    }
    return { reason: `its text file "${reference}" is not in the archive (looked for it in the sources folder and at the root)` };
  }

  private find(path: string): string | 'ambiguous' | undefined {
    if (this.entries.has(path)) return path;
    const matches = this.byLowerCase.get(path.toLowerCase()) ?? [];
    if (matches.length > 1) return 'ambiguous';
    return matches[0];
  }
}

function decodeText(path: string, bytes: Uint8Array): TextLoading {
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) return { reason: `its text file "${path}" is not UTF-8 text: ${decoded.problem}` };
  // A byte-order mark is how Windows tools mark UTF-8; it is not part of the text and positions do not count it.
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const unstorable = unstorableText(text);
  return unstorable === undefined ? { text } : { reason: `its text file "${path}" ${unstorable}` };
}

function safeDecodeUri(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
