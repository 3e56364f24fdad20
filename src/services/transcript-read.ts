/**
 * The edge where a transcript file's bytes become the text Foothold stores: its format (given, or
 * told by the file's extension), a size limit, strict UTF-8 for the text formats and Word's .docx
 * through mammoth, then the pure reader of core/evidence. Every problem names the file.
 */
import mammoth from 'mammoth';
import { parseTranscript, transcriptFormatOf, type ParsedTranscript, type TranscriptFileFormat } from '../core/evidence/transcript-parse.js';
import { ValidationError } from '../shared/errors.js';
import { decodeUtf8, formatBytes } from '../shared/safe-json.js';
import { readZip } from '../core/qda/qdpx-zip.js';

/** The largest transcript file read: a two-hour interview is well under 1 MB of text, a .docx with photos a few MB. */
export const TRANSCRIPT_FILE_MAX_BYTES = 20 * 1024 * 1024;

const ACCEPTED = '.txt or .text (text), .md or .markdown (markdown), .docx (docx), .vtt (webvtt) and .srt (srt)';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
/** Every zip archive, and so every .docx, starts with a local file header. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Word 97–2003 .doc files are OLE compound documents. */
/** A Word document's parts, inflated, stay far below these; a larger one is refused before mammoth reads it. */
const DOCX_ZIP_LIMITS = { maxEntries: 2_000, maxEntryBytes: 100 * 1024 * 1024, maxTotalBytes: 200 * 1024 * 1024 };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads a transcript file into its stored text and speaker turns. The format is `format` when
 * given, else the file's extension; `fileName` also names the file in every problem.
 * @throws ValidationError when the format cannot be told, the file is too large, not UTF-8 text,
 * not a Word document, or its text breaks the transcript rules (with the line).
 */
export async function readTranscriptFile(
  bytes: Uint8Array,
  fileName: string,
  format?: TranscriptFileFormat,
): Promise<ParsedTranscript & { format: TranscriptFileFormat }> {
  const refuse = (message: string) => new ValidationError([{ file: fileName, pointer: '', message }]);
  const chosen = format ?? transcriptFormatOf(fileName);
  if (chosen === undefined)
    throw refuse(`cannot tell the transcript's format from the file name; Foothold reads ${ACCEPTED}; give the format if it is one of these`);
  if (bytes.byteLength > TRANSCRIPT_FILE_MAX_BYTES) {
    throw refuse(`the file is ${formatBytes(bytes.byteLength)}; at most ${formatBytes(TRANSCRIPT_FILE_MAX_BYTES)} is accepted`);
  }
  const text = chosen === 'docx' ? await docxText(bytes, fileName, refuse) : decodedText(bytes, refuse);
  try {
    // mammoth ends each Word paragraph with a blank line, so reading its text as plain text makes each paragraph a turn.
    return { format: chosen, ...parseTranscript(text, chosen === 'docx' ? 'text' : chosen) };
  } catch (err) {
    if (err instanceof ValidationError) throw new ValidationError(err.problems.map((problem) => ({ ...problem, file: fileName })));
    throw err;
  }
}

function decodedText(bytes: Uint8Array, refuse: (message: string) => ValidationError): string {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded.text;
  // A Word file given as text would otherwise only be "not valid UTF-8 at byte 10".
  const hint = startsWith(bytes, ZIP) ? '; it is a zip archive, perhaps a Word .docx: give the format docx' : '';
  throw refuse(`${decoded.problem}${hint}`);
}

async function docxText(bytes: Uint8Array, fileName: string, refuse: (message: string) => ValidationError): Promise<string> {
  if (startsWith(bytes, OLE)) throw refuse('not a .docx (Word) file: it is an older Word .doc file; save it as .docx in Word and import that');
  if (!startsWith(bytes, ZIP)) throw refuse('not a .docx (Word) file: a .docx is a zip archive, and this file does not start like one');
  // mammoth inflates the whole archive in memory: first the zip reader that counts real inflated
  // bytes refuses a zip bomb or an unsafe entry name, naming the file.
  readZip(bytes, fileName, DOCX_ZIP_LIMITS);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (err) {
    throw refuse(`cannot read the Word document: ${err instanceof Error ? err.message : String(err)}; open it in Word and save it again as .docx`);
  }
}
