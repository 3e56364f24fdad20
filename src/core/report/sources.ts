/**
 * The sources evidence notes quote, described once in full (the report's list of sources) so each
 * note can stay short: "Thesis §4.3.3, p. 63: “…”". A note names its source only when its location
 * does not already ("p. 4" → "Interview IA1, p. 4").
 */
import type { Source } from '../model/index.js';

const KIND_WORDS: Record<Source['kind'], string> = {
  interview: 'interview',
  document: 'document',
  website: 'website',
  article: 'article',
  report: 'report',
  social_media: 'social media',
};

/** Words that begin a location without naming its source: "p. 4", "§2.3", "Table 1", "00:12:30". */
const LOCATORS = new Set([
  'p',
  'pp',
  'page',
  'pages',
  'table',
  'figure',
  'fig',
  'section',
  'sec',
  'chapter',
  'ch',
  'appendix',
  'para',
  'paragraph',
  'line',
  'lines',
  'slide',
  'row',
  'column',
  'minute',
  'min',
  'part',
  'vol',
  'no',
  'at',
]);

/** Whether a location begins by naming its source ("Thesis §4.4", "Paper, Table 1", "Interview, 00:12") rather than a place in it. */
export function locationNamesSource(location: string): boolean {
  const first = /^\s*([\p{L}][\p{L}'’-]*)/u.exec(location)?.[1];
  return first !== undefined && first.length >= 3 && !LOCATORS.has(first.toLowerCase());
}

/** "Munkhjargal Badamgarav" → "Badamgarav"; "Badamgarav, Munkhjargal" → "Badamgarav". */
function surname(author: string): string {
  const first = author.split(/;| and | & /)[0]?.trim() ?? author;
  if (first.includes(',')) return first.split(',')[0]?.trim() ?? first;
  return first.split(/\s+/).at(-1) ?? first;
}

/** A title cut to about six words, for a label. */
function shortTitle(title: string): string {
  const words = title.split(/\s+/);
  return words.length <= 7 ? title : `${words.slice(0, 6).join(' ')} …`;
}

/** A source named in a few words: "Interview IA1", "Badamgarav (2025)", "Company A website". */
export function sourceLabel(source: Source): string {
  if (source.kind === 'interview') {
    if (source.participantId !== undefined) return `Interview ${source.participantId}`;
    return source.participantRole === undefined ? 'Interview' : `Interview with the ${source.participantRole}`;
  }
  if (source.author !== undefined) return `${surname(source.author)}${source.date === undefined ? '' : ` (${source.date.slice(0, 4)})`}`;
  return shortTitle(source.title);
}

/** Where a note's quote is, short: the location as the case gives it, named by its source where it does not say. */
export function noteWhere(source: Source | undefined, location: string): string {
  if (source === undefined || locationNamesSource(location)) return location;
  return `${sourceLabel(source)}, ${location}`;
}

/** "2025-03-24 (33 min)". */
function session(s: { date: string; durationMinutes?: number | undefined }): string {
  return `${s.date}${s.durationMinutes === undefined ? '' : ` (${s.durationMinutes} min)`}`;
}

const MODE_WORDS: Record<NonNullable<Source['mode']>, string> = {
  in_person: 'in person',
  video: 'by video',
  phone: 'by phone',
  email: 'by e-mail',
  written: 'in writing',
  other: 'other mode',
};

/** A source in full, from its record: author (date). Title. Publisher. URL — or, for an interview, who, how and when. */
export function sourceReference(source: Source): string {
  const end = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);
  if (source.kind === 'interview') {
    // Who was interviewed, where the title does not say it already.
    const who = [source.participantId, source.participantRole]
      .filter((x) => x !== undefined && !source.title.toLowerCase().includes(x.toLowerCase()))
      .join(', ');
    const sessions = source.sessions ?? [];
    const parts = [
      end(`${source.title}${who === '' ? '' : ` (${who})`}`),
      source.mode === undefined ? undefined : `Held ${MODE_WORDS[source.mode]}.`,
      sessions.length === 0 ? undefined : `${sessions.length === 1 ? 'Session' : `${sessions.length} sessions`}: ${sessions.map(session).join(', ')}.`,
      source.date === undefined || sessions.length > 0 ? undefined : `${source.date}.`,
    ];
    return parts.filter((p) => p !== undefined).join(' ');
  }
  const kind = KIND_WORDS[source.kind];
  const titled = source.title.toLowerCase().includes(kind) ? source.title : `${source.title} [${kind}]`;
  const head = source.author === undefined ? end(titled) : `${source.author}${source.date === undefined ? '' : ` (${source.date})`}. ${end(titled)}`;
  const parts = [
    head,
    source.publisher === undefined ? undefined : end(source.publisher),
    source.author === undefined && source.date !== undefined ? end(source.date) : undefined,
    source.url,
  ];
  return parts.filter((p) => p !== undefined).join(' ');
}
