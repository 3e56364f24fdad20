/**
 * Interview transcripts as researchers bring them, read into the ONE text Foothold stores and the
 * speaker turns that point into it by code-point positions (code-points.ts). Pure: text in, text
 * and turns out, or a ValidationError whose message names the line and what was expected.
 *
 * - Line endings become "\n" and a byte-order mark is dropped; every other character is kept.
 * - Plain text and Markdown: the stored text is the file's text. A turn is a paragraph (lines up to
 *   a blank line), or starts at a line that begins with a speaker label; its range runs from its
 *   first to its last non-space character, label included, and `speaker` is the label's name.
 *   Labels: `Name:`, `**Name:**` or `**Name**:` (also with `__`, `*`, `_`), `[Name]`, followed by a
 *   space or the line's end. A name has 1–40 characters in up to 4 words, each starting with a
 *   capital, a digit or a letter of a script without case (Sinhala, CJK …); inside a word only
 *   `'`, `-`, `_` and `.` (`Dr. Bold`, `SPEAKER_00`), so "The problem was: …" and "At 10:30 …"
 *   are no labels. Only a labelled turn has a speaker; a line holding a label alone takes the next
 *   paragraph as its words.
 * - Markdown: headings (`# …`) are turns of their own without a speaker, thematic breaks (`---`)
 *   separate paragraphs, and all markup stays in the text as written.
 * - WebVTT and SRT: one line per cue, a blank line where the speaker changes. The speaker comes from
 *   a voice tag `<v Name>` (removed) or a label as above (kept); a cue without one continues the
 *   speaker of the cue before it, as a line inside a labelled paragraph does. Tags are removed,
 *   character references (&amp; &lt; &gt; &nbsp; …) decoded, a cue's own line breaks become spaces.
 *   Each cue with text is a turn whose `at` is its start time, "HH:MM:SS.mmm".
 */
import { ValidationError } from '../../shared/errors.js';
import { unstorableText } from '../../shared/text-rules.js';
import type { TRANSCRIPT_FORMATS } from '../model/evidence.js';
import { codePointLength } from './code-points.js';

/** The files a transcript is read from: every stored format but "qdpx", which comes with a project. */
export const TRANSCRIPT_FILE_FORMATS = ['text', 'markdown', 'docx', 'webvtt', 'srt'] as const satisfies readonly (typeof TRANSCRIPT_FORMATS)[number][];
export type TranscriptFileFormat = (typeof TRANSCRIPT_FILE_FORMATS)[number];

/** One speaker turn: code-point positions into the stored text, end exclusive. */
export interface TranscriptTurn {
  start: number;
  end: number;
  speaker?: string;
  /** Subtitle formats only: the cue's start time, "HH:MM:SS.mmm". */
  at?: string;
}

export interface ParsedTranscript {
  /** The text as stored; segments and turns point into it. */
  text: string;
  turns: TranscriptTurn[];
}

// A Map, not an object literal: "notes.constructor" must not find Object.prototype.constructor.
const EXTENSIONS = new Map<string, TranscriptFileFormat>([
  ['txt', 'text'],
  ['text', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['docx', 'docx'],
  ['vtt', 'webvtt'],
  ['srt', 'srt'],
]);

/** The format a transcript file is in, told by its extension (any case); undefined for any other file. */
export function transcriptFormatOf(fileName: string): TranscriptFileFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1];
  return extension === undefined ? undefined : EXTENSIONS.get(extension.toLowerCase());
}

/**
 * Reads a transcript's text (a .docx is read as 'text' once its paragraphs are extracted) into the
 * text Foothold stores and its speaker turns, following the rules at the top of this file.
 * @throws ValidationError when the text is empty, holds what cannot be stored, or is not the format.
 */
export function parseTranscript(text: string, format: Exclude<TranscriptFileFormat, 'docx'>): ParsedTranscript {
  const normalised = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw invalid('the transcript is empty');
  const unstorable = unstorableProblem(normalised);
  if (unstorable !== undefined) throw invalid(unstorable);
  if (format === 'webvtt' || format === 'srt') return joinCues(readCues(normalised.trimEnd().split('\n'), format));
  const turns = paragraphTurns(normalised, format === 'markdown');
  if (turns.length === 0) throw invalid('the transcript is empty: it holds only thematic breaks');
  return { text: normalised, turns };
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

function paragraphTurns(text: string, markdown: boolean): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  let current: TranscriptTurn | undefined; // the turn an unlabelled line continues
  let awaitingWords = false; // current is a label alone: its words may follow a blank line
  let lineStart = 0;
  for (const line of text.split('\n')) {
    // Leading and trailing spaces are in the Basic Multilingual Plane: code units count as code points.
    const start = lineStart + (line.length - line.trimStart().length);
    const end = lineStart + codePointLength(line.trimEnd());
    lineStart += codePointLength(line) + 1;
    if (line.trim() === '' || (markdown && THEMATIC_BREAK.test(line))) {
      if (!awaitingWords) current = undefined;
      continue;
    }
    const heading = markdown && HEADING.test(line);
    const label = heading ? undefined : speakerLabel(line);
    if (current === undefined || heading || label !== undefined) {
      current = label === undefined ? { start, end } : { start, end, speaker: label.speaker };
      turns.push(current);
      awaitingWords = label?.alone ?? false;
      if (heading) current = undefined;
    } else {
      current.end = end;
      awaitingWords = false;
    }
  }
  return turns;
}

// Separators and letters alternate, so matching stays linear in the line's length.
const WORD = String.raw`[\p{Lu}\p{Lt}\p{Lo}\p{N}]\p{M}*(?:(?:[.'’_-]|\u200C|\u200D)?[\p{L}\p{M}\p{N}])*\.?`;
const NAME = String.raw`${WORD}(?: ${WORD}){0,3}`;
const LABEL = new RegExp(String.raw`^(?:(\*\*|__|\*|_)(${NAME})(?::\1|\1:)|(${NAME}):|\[(${NAME})\]:?)(?=\s|$)`, 'u');
const MAX_NAME = 40;

/** The speaker label a line starts with, and whether the line holds nothing else. */
function speakerLabel(line: string): { speaker: string; alone: boolean } | undefined {
  const head = line.trimStart();
  // A label is at most ~90 code units (40 names' code points, markers, colon); longer lines need not be scanned.
  const match = LABEL.exec(head.slice(0, 120));
  const speaker = match?.[2] ?? match?.[3] ?? match?.[4];
  if (match === null || speaker === undefined || codePointLength(speaker) > MAX_NAME) return undefined;
  return { speaker, alone: head.slice(match[0].length).trim() === '' };
}

/*
 * Cues are read here rather than with the `subtitle` package's parseSync, which refuses WebVTT cue
 * identifiers that are not numbers (as Microsoft Teams writes them), STYLE and REGION blocks and
 * more than one space around "-->"; merges an SRT block that is no cue into the cue before it
 * without a word; reads "00:00:01,5" as 1.005 s; and counts rows from the first non-blank line.
 */
interface Cue {
  at: string;
  lines: string[];
}

const TIME = String.raw`(?:(\d+):)?(\d{2}):(\d{2})[.,](\d{1,3})`;
const TIMING = new RegExp(String.raw`^[ \t]*${TIME}[ \t]+-->[ \t]+${TIME}(?:[ \t].*)?$`);
const SRT_NUMBER = /^[ \t]*\d+[ \t]*$/;

function readCues(lines: string[], format: 'webvtt' | 'srt'): Cue[] {
  const example = format === 'webvtt' ? '"00:00:01.000 --> 00:00:04.000"' : '"00:00:01,000 --> 00:00:04,000"';
  const cues: Cue[] = [];
  let i = 0;
  while ((lines[i] ?? 'end').trim() === '') i++;
  const headerLine = i + 1;
  if (format === 'webvtt') {
    if (!/^WEBVTT(?:[ \t]|$)/.test(lines[i] ?? '')) fail(headerLine, 'a WebVTT file to start with the line "WEBVTT"', lines[i]);
    // The header's own lines (Kind:, Language:) run to the first blank line.
    for (i++; i < lines.length && lines[i]!.trim() !== '' && !lines[i]!.includes('-->');) i++;
  }
  let cue: Cue | undefined;
  let skippingBlock = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      cue = undefined;
      skippingBlock = false;
      continue;
    }
    if (skippingBlock) continue;
    const timing = TIMING.exec(line);
    if (timing === null && cue !== undefined) {
      cue.lines.push(line);
      continue;
    }
    if (timing !== null) {
      // A cue right after another, without the blank line: the number above its timing is not text.
      if (cue !== undefined && format === 'srt' && SRT_NUMBER.test(cue.lines.at(-1) ?? '')) cue.lines.pop();
      cue = { at: startTime(timing, i + 1, line), lines: [] };
      cues.push(cue);
      continue;
    }
    if (format === 'webvtt' && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(line)) {
      skippingBlock = true;
      continue;
    }
    if (line.includes('-->')) fail(i + 1, `a cue timing such as ${example}`, line);
    const next = lines[i + 1];
    if (next !== undefined && TIMING.test(next)) continue; // a cue identifier (SRT: its number); the timing comes next
    // A line starting like a time is a timing gone wrong ("->", a part missing), not an identifier.
    if (/^[ \t]*\d+:\d/.test(line)) fail(i + 1, `a cue timing such as ${example}`, line);
    if (format === 'srt' && !SRT_NUMBER.test(line)) {
      const hint = cues.length > 0 ? " (a cue's text cannot hold a blank line)" : '';
      fail(i + 1, `a cue number or a cue timing such as ${example}${hint}`, line);
    }
    const what = format === 'srt' ? 'number' : 'identifier';
    fail(next === undefined ? i + 1 : i + 2, `a cue timing such as ${example} after the cue ${what} on line ${i + 1}`, next);
  }
  if (cues.length === 0)
    throw invalid(`line ${headerLine}: expected cues after the "WEBVTT" header, each a timing such as ${example} and its text; found none`);
  return cues;
}

/** The cue's start as "HH:MM:SS.mmm", whichever way the file wrote it. */
function startTime(timing: RegExpExecArray, line: number, text: string): string {
  const [hours, minutes, seconds, fraction] = [timing[1] ?? '0', timing[2]!, timing[3]!, timing[4]!];
  const endMinutes = timing[6]!;
  const endSeconds = timing[7]!;
  if ([minutes, seconds, endMinutes, endSeconds].some((part) => Number(part) > 59)) fail(line, 'minutes and seconds from 00 to 59 in the cue timing', text);
  // A fraction is a decimal one: ",5" is half a second.
  return `${String(Number(hours)).padStart(2, '0')}:${minutes}:${seconds}.${fraction.padEnd(3, '0')}`;
}

function joinCues(cues: Cue[]): ParsedTranscript {
  const turns: TranscriptTurn[] = [];
  let text = '';
  let position = 0;
  let speaker: string | undefined;
  for (const cue of cues) {
    const read = cueText(cue.lines);
    if (read.text === '') continue;
    if (turns.length > 0) {
      const separator = read.speaker !== undefined && read.speaker !== speaker ? '\n\n' : '\n';
      text += separator;
      position += separator.length;
    }
    speaker = read.speaker ?? speaker;
    const end = position + codePointLength(read.text);
    turns.push(speaker === undefined ? { start: position, end, at: cue.at } : { start: position, end, speaker, at: cue.at });
    text += read.text;
    position = end;
  }
  if (turns.length === 0) throw invalid('the transcript is empty: none of its cues has any text');
  return { text, turns };
}

const VOICE = /<v(?:\.[^\s<>]*)?[ \t]+([^<>]*)>/;
// Markup tags (<i>, <c.yellow>, <v Name>, </v>), inline times (<00:00:01.000>), SRT's {\an8}; a bare "<" stays.
const TAG = /<\/?[A-Za-z][^<>]*>|<\d[^<>]*>|\{\\[^{}]*\}/g;
const ENTITY = /&(?:(amp|lt|gt|nbsp|lrm|rlm|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
const NAMED_CHARACTERS = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['nbsp', '\u00a0'],
  ['lrm', '\u200e'],
  ['rlm', '\u200f'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** A cue's words on one line, and its speaker when a voice tag or a label names one. */
function cueText(lines: string[]): { text: string; speaker?: string } {
  const raw = lines.map((line) => line.trim()).join(' ');
  const voice = decodeEntities(VOICE.exec(raw)?.[1] ?? '').trim();
  const text = decodeEntities(raw.replace(TAG, '')).trim();
  const speaker = voice !== '' ? voice : speakerLabel(text)?.speaker;
  return speaker === undefined ? { text } : { text, speaker };
}

// One pass, so "&amp;lt;" becomes "&lt;" and not "<".
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return NAMED_CHARACTERS.get(name) ?? whole;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    // NUL and surrogates cannot be stored (shared/text-rules.ts): left as written.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

function unstorableProblem(text: string): string | undefined {
  const why = unstorableText(text);
  if (why === undefined) return undefined;
  // unstorableText names the first offence; whichever of the two comes first is the one named.
  const found = [text.indexOf('\u0000'), text.search(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)].filter((at) => at >= 0);
  return `line ${text.slice(0, Math.min(...found)).split('\n').length}: the text ${why}`;
}

function invalid(message: string): ValidationError {
  return new ValidationError([{ pointer: '', message }]);
}

function fail(line: number, expected: string, found: string | undefined): never {
  const shown =
    found === undefined ? 'the end of the file' : found.trim() === '' ? 'a blank line' : `"${found.length > 60 ? `${found.slice(0, 59)}…` : found}"`;
  throw invalid(`line ${line}: expected ${expected}, found ${shown}`);
}
