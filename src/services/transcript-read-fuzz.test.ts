/**
 * The transcript file reader (readTranscriptFile: text, Markdown, WebVTT, SRT, and Word's .docx
 * through mammoth) fuzzed as issue 13 asks: random bytes and text in every format, and realistic
 * transcripts and Word documents damaged byte by byte or in their XML. Whatever comes in, it
 * answers with the text and turns that keep the transcript rules, or throws a FootholdError;
 * never another exception, never a hang.
 *
 * Inputs (IMPORTER_FUZZ_RUNS = 10,000 by default): 2,000 random + 4,000 damaged text files read by
 * their extension + 2,000 read as any format + 1,000 damaged .docx archives + 1,000 .docx with
 * damaged XML = 10,000. A .docx that reaches mammoth takes about 15 ms, a text file well under one.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../core/evidence/code-points.js';
import { TRANSCRIPT_FILE_FORMATS, type TranscriptFileFormat } from '../core/evidence/transcript-parse.js';
import { FootholdError } from '../shared/errors.js';
import { FUZZ_TEST_TIMEOUT_MS, mutatedFile, readOrRefuseAsync, splitRuns } from '../test-support/fuzz.js';
import { readTranscriptFile } from './transcript-read.js';

const [RANDOM, BY_NAME, ANY_FORMAT, DOCX_BYTES, DOCX_XML] = splitRuns(2_000, 4_000, 2_000, 1_000, 1_000);

const SAMPLES: Record<'text' | 'markdown' | 'webvtt' | 'srt', string> = {
  text: 'Interviewer: Сайн байна уу?\r\n\r\nIA1: Экспорт хийх нь хэцүү.\r\nWe sell to 🇩🇪 Germany.\r\n\r\n[Dr. Bold] ආයුබෝවන්!\n**SPEAKER_00:** fine\n',
  markdown: '# Interview IA1\n\n**Interviewer:** What markets?\n\n__IA1__: Mongolia, then Korea.\n\n---\n\n> quoted\n\n* list\n',
  webvtt: [
    'WEBVTT',
    'Kind: captions',
    '',
    'NOTE recorded in Ulaanbaatar',
    '',
    '4f1c/12-0',
    '00:00:03.000 --> 00:00:05.250 align:start',
    '<v.loud Сарнай Бат>Сайн байна уу, &amp; <i>welcome</i>',
    'to the interview.</v>',
    '',
    '00:00:06.5  -->  00:00:07.000',
    '<v Dr. Bold><c.yellow>Hi</c> &lt;3&nbsp;!</v>',
    '',
  ].join('\r\n'),
  srt: [
    '1',
    '00:00:01,000 --> 00:00:02,500',
    'IA1: Сайн байна уу?',
    '',
    '2',
    '00:00:03,000 --> 00:00:04,000',
    '<i>Экспорт</i> хийх',
    '{\\an8}Interviewer: Тийм үү?',
    '',
  ].join('\n'),
};
const EXTENSIONS = { text: 'IA1.txt', markdown: 'IA1.md', webvtt: 'IA1.vtt', srt: 'IA1.srt' } as const;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCUMENT_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${[
  ['Ярилцагч: ', 'Сайн байна уу? 👋'],
  ['IA1: ', 'Экспорт &amp; хэцүү.'],
  ['No label here.'],
]
  .map((runs) => `<w:p>${runs.map((t, i) => `<w:r>${i === 0 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`)
  .join('')}</w:body></w:document>`;

/** A minimal Word document around its document.xml: the three parts Word needs. */
function docx(documentXml: Uint8Array): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': documentXml,
  });
}
const DOCX = docx(strToU8(DOCUMENT_XML));

/** What transcripts and Word XML are made of, for insertions. */
const TEXT_TOKENS = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  ':',
  ': ',
  '**',
  '__',
  '[',
  ']',
  '# ',
  '---',
  'IA1: ',
  'WEBVTT\n\n',
  ' --> ',
  '00:00:01.000',
  '00:00:01,000',
  '99:99:99,999',
  '<v X>',
  '</v>',
  '<i>',
  '&amp;',
  '&#0;',
  '&',
  '<',
  '\uFEFF',
  '\u0000',
  '👋',
  'බ්',
];
const XML_TOKENS = [
  '<w:p>',
  '</w:p>',
  '<w:r>',
  '<w:t>',
  '</w:t>',
  '<w:br/>',
  '<w:tab/>',
  '&amp;',
  '&#0;',
  '&lol;',
  '<!DOCTYPE d [<!ENTITY lol "lol">]>',
  '<',
  '>',
  '"',
  '<w:p><w:r><w:t>IA1: x</w:t></w:r></w:p>',
];

/** The answer every input gets: text and turns that keep the rules, or a FootholdError naming the file. */
async function expectAnswer(bytes: Uint8Array, fileName: string, format?: TranscriptFileFormat): Promise<void> {
  const answer = await readOrRefuseAsync(() => readTranscriptFile(bytes, fileName, format));
  if (answer instanceof FootholdError) return;
  expect(answer.text).not.toMatch(/\r/);
  const length = codePointLength(answer.text);
  let previousEnd = 0;
  for (const turn of answer.turns) {
    expect(previousEnd <= turn.start && turn.start < turn.end && turn.end <= length).toBe(true);
    previousEnd = turn.end;
  }
}

const encode = (text: string) => new TextEncoder().encode(text);
const textFormat = fc.constantFrom('text', 'markdown', 'webvtt', 'srt' as const);

describe('readTranscriptFile under fuzzing (issue 13)', () => {
  it('reads every sample as it is: the damage below starts from valid files', async () => {
    const read = await Promise.all([
      ...Object.entries(EXTENSIONS).map(([format, name]) => readTranscriptFile(encode(SAMPLES[format as keyof typeof SAMPLES]), name)),
      readTranscriptFile(DOCX, 'IA1.docx'),
    ]);
    expect(read.map((r) => r.turns.length > 1)).toEqual(read.map(() => true));
  });

  it(
    'answers random bytes and text in any format',
    async () => {
      const input = fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ unit: 'binary', maxLength: 300 }).map(encode),
        fc.array(fc.constantFrom(...TEXT_TOKENS, 'a', 'Я', ' '), { maxLength: 60 }).map((t) => encode(t.join(''))),
        fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
      );
      await fc.assert(
        fc.asyncProperty(input, fc.constantFrom(...TRANSCRIPT_FILE_FORMATS), (bytes, format) => expectAnswer(bytes, 'upload', format)),
        { numRuns: RANDOM },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers damaged transcripts, read as their extension says',
    async () => {
      const damaged = textFormat.chain((format) => mutatedFile([SAMPLES[format]], { tokens: TEXT_TOKENS }).map((bytes) => [bytes, format] as const));
      await fc.assert(
        fc.asyncProperty(damaged, ([bytes, format]) => expectAnswer(bytes, EXTENSIONS[format])),
        { numRuns: BY_NAME },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers damaged transcripts read as any format given',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedFile(Object.values(SAMPLES), { tokens: TEXT_TOKENS }), textFormat, (bytes, format) => expectAnswer(bytes, 'upload', format)),
        { numRuns: ANY_FORMAT },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers damaged Word archives',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedFile([DOCX], { tokens: ['PK\u0003\u0004', 'PK\u0001\u0002', 'PK\u0005\u0006'] }), (bytes) => expectAnswer(bytes, 'IA1.docx')),
        { numRuns: DOCX_BYTES },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers Word documents with damaged XML',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedFile([DOCUMENT_XML], { tokens: XML_TOKENS }), (xml) => expectAnswer(docx(xml), 'IA1.docx')),
        { numRuns: DOCX_XML },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
