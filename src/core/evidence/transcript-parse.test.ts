import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ValidationError } from '../../shared/errors.js';
import { codePointLength, sliceCodePoints } from './code-points.js';
import { parseTranscript, transcriptFormatOf, type ParsedTranscript, type TranscriptFileFormat } from './transcript-parse.js';

type TextFormat = Exclude<TranscriptFileFormat, 'docx'>;

/** Each turn's words, as its range cuts them out of the stored text. */
const words = (parsed: ParsedTranscript) => parsed.turns.map((t) => sliceCodePoints(parsed.text, t.start, t.end));
const speakers = (parsed: ParsedTranscript) => parsed.turns.map((t) => t.speaker);

/** The one problem message of the ValidationError a parse throws. */
function refusal(text: string, format: TextFormat): string {
  try {
    parseTranscript(text, format);
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    const problems = (err as ValidationError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.pointer).toBe('');
    return problems[0]!.message;
  }
  throw new Error(`expected ${format} text to be refused: ${JSON.stringify(text)}`);
}

describe('transcriptFormatOf', () => {
  it.each([
    ['interview.txt', 'text'],
    ['interview.TEXT', 'text'],
    ['notes/IA1.md', 'markdown'],
    ['IA1.Markdown', 'markdown'],
    ['IA1 final.DOCX', 'docx'],
    ['teams.meeting.vtt', 'webvtt'],
    ['zoom.SRT', 'srt'],
  ] as const)('%s is %s', (name, format) => expect(transcriptFormatOf(name)).toBe(format));

  it.each(['interview.doc', 'interview.pdf', 'README', 'archive.md/notes', 'notes.constructor', 'notes.', 'vtt'])('%s is none of them', (name) =>
    expect(transcriptFormatOf(name)).toBeUndefined(),
  );
});

describe('plain text', () => {
  const MONGOLIAN_SINHALA = [
    'Ярилцагч: Сайн байна уу? 👋',
    'Батболд: Сайн, сайн. 🙂',
    'Экспорт хийх нь хэцүү.',
    '',
    'සම්මුඛ කරන්නා: ඔබේ ව්‍යාපාරය ගැන කියන්න.',
    '',
  ].join('\n');

  it('keeps the text and gives each labelled line its turn, in code points (Mongolian Cyrillic, Sinhala, emoji)', () => {
    const parsed = parseTranscript(MONGOLIAN_SINHALA, 'text');
    expect(parsed.text).toBe(MONGOLIAN_SINHALA);
    expect(words(parsed)).toEqual([
      'Ярилцагч: Сайн байна уу? 👋',
      'Батболд: Сайн, сайн. 🙂\nЭкспорт хийх нь хэцүү.', // an unlabelled line continues the labelled one
      'සම්මුඛ කරන්නා: ඔබේ ව්‍යාපාරය ගැන කියන්න.',
    ]);
    expect(speakers(parsed)).toEqual(['Ярилцагч', 'Батболд', 'සම්මුඛ කරන්නා']);
    // Line 1: "Ярилцагч" 8 + ":" 1 + " Сайн" 5 + " байна" 6 + " уу?" 4 + " 👋" 2 = 26 code points (27 UTF-16 units).
    // Turn 2 starts after its "\n": 27 (28 if the emoji counted twice). Line 2: "Батболд:" 8 + " Сайн," 6 +
    // " сайн." 6 + " 🙂" 2 = 22; line 3 "Экспорт хийх нь хэцүү." = 7 + 5 + 3 + 7 = 22: 27 + 22 + 1 + 22 = 72.
    // Turn 3: 72 + "\n" + the blank line's "\n" = 74.
    expect(parsed.turns.map((t) => [t.start, t.end])).toEqual([
      [0, 26],
      [27, 72],
      [74, parsed.turns[2]!.end],
    ]);
    expect(parsed.turns.every((t) => t.at === undefined)).toBe(true);
  });

  it('turns CRLF and lone CR into "\\n" and drops a byte-order mark', () => {
    const parsed = parseTranscript('\uFEFFIA1: Hello\r\nthere\r\n\r\nIA2: Yes\rno\r\n', 'text');
    expect(parsed.text).toBe('IA1: Hello\nthere\n\nIA2: Yes\nno\n');
    // "IA1: Hello" 10 + "\n" + "there" 5 = [0, 16); "IA2: Yes" starts at 16 + 2 = 18, "\nno" ends it at 18 + 8 + 3 = 29.
    expect(parsed.turns).toEqual([
      { start: 0, end: 16, speaker: 'IA1' },
      { start: 18, end: 29, speaker: 'IA2' },
    ]);
  });

  it('makes each paragraph a turn, with a speaker only when labelled', () => {
    const parsed = parseTranscript('IA1: We started in 2015.\n\nThen came the pandemic.\n\n  Interviewer: And then?  \n', 'text');
    expect(words(parsed)).toEqual(['IA1: We started in 2015.', 'Then came the pandemic.', 'Interviewer: And then?']);
    expect(speakers(parsed)).toEqual(['IA1', undefined, 'Interviewer']);
    // The indented label's turn starts at its first letter: 24 + 2 + 23 + 2 = 51, plus 2 spaces = 53.
    expect(parsed.turns[2]!.start).toBe(53);
  });

  it('gives a label alone on its line the next paragraph as its words', () => {
    const parsed = parseTranscript('Dr. Bold:\n\nI think so.\n\nA note without a speaker.', 'text');
    expect(words(parsed)).toEqual(['Dr. Bold:\n\nI think so.', 'A note without a speaker.']);
    expect(speakers(parsed)).toEqual(['Dr. Bold', undefined]);
  });

  it.each([
    ['Interviewer: So.', 'Interviewer'],
    ['IA1: yes', 'IA1'],
    ['Dr. Bold: yes', 'Dr. Bold'],
    ['SPEAKER_00: yes', 'SPEAKER_00'],
    ["Mary O'Neil-Smith: yes", "Mary O'Neil-Smith"],
    ['Respondent 2 Firm A: yes', 'Respondent 2 Firm A'],
    ['[IA1] yes', 'IA1'],
    ['[IA1]: yes', 'IA1'],
    ['**IA1:** yes', 'IA1'],
    ['Q:', 'Q'],
    ['ශ්‍රී ලංකා: ok', 'ශ්‍රී ලංකා'], // a zero-width joiner inside a Sinhala word
    [`${'A'.repeat(40)}: forty letters`, 'A'.repeat(40)],
    ['Five Words Are Too Many: no', undefined],
    ['The problem was: money', undefined],
    ['At 10:30 we met', undefined],
    ['interviewer: lowercase', undefined],
    ['[laughs] yes', undefined],
    ['IA1:no space after', undefined],
    ['Hello, World: a comma', undefined],
    ['Why? Because: a question mark', undefined],
    [`${'A'.repeat(41)}: forty-one letters`, undefined],
  ])('"%s" is labelled %s', (line, speaker) => {
    const parsed = parseTranscript(line, 'text');
    expect(parsed.turns).toEqual([speaker === undefined ? { start: 0, end: codePointLength(line) } : { start: 0, end: codePointLength(line), speaker }]);
  });

  it('reads "#" as text, not a heading', () => {
    expect(words(parseTranscript('# 3\nIA1 said so.', 'text'))).toEqual(['# 3\nIA1 said so.']);
  });

  it('refuses an empty transcript and text that cannot be stored, by line', () => {
    expect(refusal('', 'text')).toBe('the transcript is empty');
    expect(refusal('\uFEFF \r\n\t\n', 'markdown')).toBe('the transcript is empty');
    expect(refusal('IA1: hi\r\nIA2: a\u0000b', 'text')).toMatch(/^line 2: the text contains the NUL character/);
    expect(refusal('ok\n\n\ud800', 'text')).toMatch(/^line 3: the text contains a lone surrogate/);
  });
});

describe('Markdown', () => {
  const INTERVIEW = [
    '# Interview 3',
    '',
    '**Interviewer:** How did it start?',
    '**IA1**: Well… *slowly*.',
    '',
    '---',
    '',
    '## Part two',
    '__Interviewer:__ And then?',
    '_IA1_: We grew.',
  ].join('\n');

  it('keeps the markup, finds bold labels and makes headings turns without a speaker', () => {
    const parsed = parseTranscript(INTERVIEW, 'markdown');
    expect(parsed.text).toBe(INTERVIEW);
    expect(words(parsed)).toEqual([
      '# Interview 3',
      '**Interviewer:** How did it start?',
      '**IA1**: Well… *slowly*.',
      '## Part two',
      '__Interviewer:__ And then?',
      '_IA1_: We grew.',
    ]);
    expect(speakers(parsed)).toEqual([undefined, 'Interviewer', 'IA1', undefined, 'Interviewer', 'IA1']);
    // "# Interview 3" 13 + "\n\n": the first bold label starts at 15.
    expect(parsed.turns[1]!.start).toBe(15);
  });

  it('reads a thematic break as a paragraph break and "#tag" as text', () => {
    expect(words(parseTranscript('We export.\n***\n#tag line\nmore', 'markdown'))).toEqual(['We export.', '#tag line\nmore']);
    expect(refusal('---\n\n* * *\n', 'markdown')).toBe('the transcript is empty: it holds only thematic breaks');
    expect(words(parseTranscript('---', 'text'))).toEqual(['---']);
  });
});

describe('WebVTT', () => {
  const TEAMS = [
    'WEBVTT',
    'Kind: captions',
    'Language: mn',
    '',
    'NOTE recorded in Ulaanbaatar',
    'second note line',
    '',
    'STYLE',
    '::cue { color: yellow }',
    '',
    '4f1c/12-0',
    '00:00:03.000 --> 00:00:05.250 align:start',
    '<v.loud Сарнай Бат>Сайн байна уу, &amp; <i>welcome</i>',
    'to the interview.</v>',
    '',
    '4f1c/12-1',
    '00:00:06.5  -->  00:00:07.000',
    '<v Сарнай Бат>Second cue 👋</v>',
    '',
    '01:02:03.004 --> 01:02:04.000',
    '<v Dr. Bold><c.yellow>Hi</c> &lt;3&nbsp;!</v>',
    '',
    '70:01:10.000 --> 70:01:11.000',
    '<70:01:10.500>still Bold',
    '',
  ].join('\r\n');

  it('takes speakers from voice tags, strips tags, decodes references, one line per cue, a blank line at each change', () => {
    const parsed = parseTranscript(TEAMS, 'webvtt');
    expect(parsed.text).toBe('Сайн байна уу, & welcome to the interview.\nSecond cue 👋\n\nHi <3\u00a0!\nstill Bold');
    // "Сайн байна уу, & welcome to the interview." = 4+1+5+1+3+1+1+1+7+1+2+1+3+1+10 = 42; "Second cue 👋" = 6+1+3+1+1 = 12.
    expect(parsed.turns).toEqual([
      { start: 0, end: 42, speaker: 'Сарнай Бат', at: '00:00:03.000' },
      { start: 43, end: 55, speaker: 'Сарнай Бат', at: '00:00:06.500' }, // ".5" is half a second
      { start: 57, end: 64, speaker: 'Dr. Bold', at: '01:02:03.004' }, // "Hi <3 !" = 7
      { start: 65, end: 75, speaker: 'Dr. Bold', at: '70:01:10.000' }, // no voice: Dr. Bold goes on
    ]);
  });

  it('reads Zoom-style labels in the cue text, keeping them, and decodes references once', () => {
    const zoom = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nIA1: &amp;lt;b&amp;gt; is literal\n\n2\n00:00:02.000 --> 00:00:03.000\nInterviewer: Ok.\n';
    const parsed = parseTranscript(zoom, 'webvtt');
    expect(parsed.text).toBe('IA1: &lt;b&gt; is literal\n\nInterviewer: Ok.');
    expect(speakers(parsed)).toEqual(['IA1', 'Interviewer']);
    expect(words(parsed)).toEqual(['IA1: &lt;b&gt; is literal', 'Interviewer: Ok.']);
  });

  it('refuses a file without the WEBVTT header, on its first line', () => {
    expect(refusal('1\n00:00:01.000 --> 00:00:02.000\nHi\n', 'webvtt')).toBe('line 1: expected a WebVTT file to start with the line "WEBVTT", found "1"');
    expect(refusal('\n\nWEBVTTX\n', 'webvtt')).toMatch(/^line 3: expected a WebVTT file to start with the line "WEBVTT", found "WEBVTTX"$/);
  });

  it('names the line of a broken timing or a missing cue', () => {
    expect(refusal('WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nHi\n', 'webvtt')).toBe(
      'line 3: expected a cue timing such as "00:00:01.000 --> 00:00:04.000", found "00:00:01.000 -> 00:00:02.000"',
    );
    expect(refusal('WEBVTT\n\n00:00:01 --> 00:00:02\nHi\n', 'webvtt')).toMatch(/^line 3: expected a cue timing/);
    expect(refusal('WEBVTT\n\nintro\nHello there\n', 'webvtt')).toBe(
      'line 4: expected a cue timing such as "00:00:01.000 --> 00:00:04.000" after the cue identifier on line 3, found "Hello there"',
    );
    expect(refusal('WEBVTT\n\nNOTE nothing else\n', 'webvtt')).toMatch(/^line 1: expected cues after the "WEBVTT" header.*found none$/);
    expect(refusal('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n', 'webvtt')).toBe('the transcript is empty: none of its cues has any text');
  });
});

describe('SRT', () => {
  const SRT = [
    '1',
    '00:00:01,000 --> 00:00:02,500',
    'IA1: Сайн байна уу?',
    '',
    '2',
    '00:00:03,000 --> 00:00:04,000',
    '<i>Экспорт</i> хийх',
    'нь хэцүү.',
    '3', // no blank line before this cue
    '00:00:05,000 --> 00:00:06,000',
    '{\\an8}Interviewer: Тийм үү?',
    '',
    '4',
    '00:00:07,000 --> 00:00:08,000',
    '<font color="#ffffff"></font>',
    '',
  ].join('\n');

  it('reads labels, continues the speaker of unlabelled cues and leaves empty cues out', () => {
    const parsed = parseTranscript(SRT, 'srt');
    expect(parsed.text).toBe('IA1: Сайн байна уу?\nЭкспорт хийх нь хэцүү.\n\nInterviewer: Тийм үү?');
    // "IA1: Сайн байна уу?" = 4+1+4+1+5+1+3 = 19; "Экспорт хийх нь хэцүү." = 22 from 20; "Interviewer: Тийм үү?" = 12+1+4+1+3 = 21 from 44.
    expect(parsed.turns).toEqual([
      { start: 0, end: 19, speaker: 'IA1', at: '00:00:01.000' },
      { start: 20, end: 42, speaker: 'IA1', at: '00:00:03.000' },
      { start: 44, end: 65, speaker: 'Interviewer', at: '00:00:05.000' },
    ]);
  });

  it('reads cues without labels as one paragraph without speakers', () => {
    const parsed = parseTranscript('1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nagain\r\n', 'srt');
    expect(parsed.text).toBe('Hello\nagain');
    expect(parsed.turns).toEqual([
      { start: 0, end: 5, at: '00:00:01.000' },
      { start: 6, end: 11, at: '00:00:03.000' },
    ]);
  });

  it('names the line and what was expected when the file is no SRT', () => {
    expect(refusal('Just some words\nand more', 'srt')).toBe(
      'line 1: expected a cue number or a cue timing such as "00:00:01,000 --> 00:00:04,000", found "Just some words"',
    );
    expect(refusal('1\n00:00:01,000 --> 00:00:02,000\nHi\n\nmore text\n', 'srt')).toBe(
      'line 5: expected a cue number or a cue timing such as "00:00:01,000 --> 00:00:04,000" (a cue\'s text cannot hold a blank line), found "more text"',
    );
    expect(refusal('1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\nnot a time\n', 'srt')).toBe(
      'line 6: expected a cue timing such as "00:00:01,000 --> 00:00:04,000" after the cue number on line 5, found "not a time"',
    );
    expect(refusal('1\n', 'srt')).toMatch(/^line 1: expected a cue timing .* after the cue number on line 1, found the end of the file$/);
    expect(refusal('1\n00:75:01,000 --> 00:00:02,000\nHi\n', 'srt')).toMatch(/^line 2: expected minutes and seconds from 00 to 59/);
    expect(refusal('1\n00:00:01,000 --> 00:00:60,000\nHi\n', 'srt')).toMatch(/^line 2: expected minutes and seconds/); // the end's too
    expect(refusal('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n', 'srt')).toMatch(/^line 1: expected a cue number/);
  });
});

describe('turn ranges on any text', () => {
  const PIECES = [
    'a',
    'Я',
    'ө',
    'බ',
    '්',
    '👋',
    '🇲🇳',
    ' ',
    '\t',
    '\n',
    '\r\n',
    '\n\n',
    ':',
    ': ',
    '*',
    '**',
    '#',
    '# ',
    '[',
    ']',
    'IA1',
    'Dr.',
    '-',
    '---',
    '\uFEFF',
  ];
  const anyText = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
    fc.string({ unit: 'grapheme' }),
  );

  const wellFormed = (parsed: ParsedTranscript) => {
    const length = codePointLength(parsed.text);
    let previousEnd = 0;
    for (const turn of parsed.turns) {
      expect(turn.start).toBeGreaterThanOrEqual(previousEnd);
      expect(turn.end).toBeGreaterThan(turn.start);
      expect(turn.end).toBeLessThanOrEqual(length);
      const said = sliceCodePoints(parsed.text, turn.start, turn.end);
      expect(said.trim()).toBe(said); // a turn starts and ends on a character that is not space
      if (turn.speaker !== undefined && turn.at === undefined) expect(said).toContain(turn.speaker);
      previousEnd = turn.end;
    }
  };

  it('keeps every turn inside the text, in order and apart (text, Markdown)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<TextFormat>('text', 'markdown'), (text, format) => {
        let parsed: ParsedTranscript;
        try {
          parsed = parseTranscript(text, format);
        } catch (err) {
          expect(err).toBeInstanceOf(ValidationError);
          return;
        }
        expect(parsed.turns.length).toBeGreaterThan(0);
        wellFormed(parsed);
      }),
    );
  });

  it('keeps every turn inside the text, in order and apart (WebVTT, SRT)', () => {
    const cueLine = fc.array(fc.constantFrom(...PIECES.filter((p) => !p.includes('\n') && p !== '\uFEFF'), '<i>', '</i>', '&amp;', '<v X>'), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(cueLine, { minLength: 1, maxLength: 8 }), fc.constantFrom<TextFormat>('webvtt', 'srt'), (lines, format) => {
        const cues = lines.map((pieces, n) => `${n + 1}\n00:00:0${n % 10}${format === 'srt' ? ',' : '.'}000 --> 00:00:10,000\n${pieces.join('')}`);
        const file = (format === 'webvtt' ? 'WEBVTT\n\n' : '') + cues.join('\n\n');
        let parsed: ParsedTranscript;
        try {
          parsed = parseTranscript(file, format);
        } catch (err) {
          expect((err as ValidationError).message).toBe('/: the transcript is empty: none of its cues has any text');
          return;
        }
        wellFormed(parsed);
        expect(parsed.turns.length).toBeLessThanOrEqual(lines.length);
        expect(parsed.turns.every((t) => t.at !== undefined && !sliceCodePoints(parsed.text, t.start, t.end).includes('\n'))).toBe(true);
      }),
    );
  });
});
