import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { sliceCodePoints } from '../core/evidence/code-points.js';
import { ValidationError } from '../shared/errors.js';
import { readTranscriptFile, TRANSCRIPT_FILE_MAX_BYTES } from './transcript-read.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal Word document: the three parts Word needs, one <w:p> per paragraph, each given as its runs. */
function docx(paragraphs: string[][]): Uint8Array {
  const run = (text: string, i: number) =>
    `<w:r>${i === 0 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`;
  const body = paragraphs.map((runs) => `<w:p>${runs.map(run).join('')}</w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

/** The problems of the ValidationError a read rejects with. */
async function problemsOf(read: Promise<unknown>) {
  const err: unknown = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).problems;
}

describe('readTranscriptFile', () => {
  it('reads a Word document: each paragraph a turn, its label (in bold, a run of its own) the speaker', async () => {
    const file = docx([['Ярилцагч: ', 'Сайн байна уу? 👋'], ['IA1: ', 'Экспорт & хэцүү.'], ['No label here.'], ['සම්මුඛ කරන්නා: ', 'ඔව්.']]);
    const parsed = await readTranscriptFile(file, 'Interview IA1.docx');
    expect(parsed.format).toBe('docx');
    expect(parsed.turns.map((t) => sliceCodePoints(parsed.text, t.start, t.end))).toEqual([
      'Ярилцагч: Сайн байна уу? 👋',
      'IA1: Экспорт & хэцүү.',
      'No label here.',
      'සම්මුඛ කරන්නා: ඔව්.',
    ]);
    expect(parsed.turns.map((t) => t.speaker)).toEqual(['Ярилцагч', 'IA1', undefined, 'සම්මුඛ කරන්නා']);
    // Paragraphs are apart by a blank line: the second starts after 26 code points and "\n\n".
    expect(parsed.turns[1]!.start).toBe(28);
  });

  it('takes the format from the option before the file name, and the name in any case', async () => {
    const srt = new TextEncoder().encode('1\r\n00:00:01,000 --> 00:00:02,000\r\nIA1: Hi\r\n');
    expect(await readTranscriptFile(srt, 'upload.bin', 'srt')).toEqual({
      format: 'srt',
      text: 'IA1: Hi',
      turns: [{ start: 0, end: 7, speaker: 'IA1', at: '00:00:01.000' }],
    });
    expect((await readTranscriptFile(srt, 'ZOOM.SRT')).format).toBe('srt');
    // As plain text the number and timing are words: "1" + "\n" + the 29-character timing = [0, 31); "IA1: Hi" is labelled, [32, 39).
    const asText = await readTranscriptFile(srt, 'ZOOM.SRT', 'text');
    expect(asText).toEqual({
      format: 'text',
      text: '1\n00:00:01,000 --> 00:00:02,000\nIA1: Hi\n',
      turns: [
        { start: 0, end: 31 },
        { start: 32, end: 39, speaker: 'IA1' },
      ],
    });
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const parsed = await readTranscriptFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# Notes')]), 'notes.md');
    expect(parsed).toEqual({ format: 'markdown', text: '# Notes', turns: [{ start: 0, end: 7 }] });
  });

  it('refuses a file whose format it cannot tell, naming the formats it reads', async () => {
    const [problem, ...more] = await problemsOf(readTranscriptFile(new TextEncoder().encode('hello'), 'interview.pdf'));
    expect(more).toEqual([]);
    expect(problem).toEqual({ file: 'interview.pdf', pointer: '', message: expect.stringContaining('.vtt (webvtt) and .srt (srt)') as unknown });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const bytes = new Uint8Array(TRANSCRIPT_FILE_MAX_BYTES + 1).fill(0x61);
    expect(await problemsOf(readTranscriptFile(bytes, 'huge.txt'))).toEqual([
      { file: 'huge.txt', pointer: '', message: 'the file is 20.0 MB; at most 20 MB is accepted' },
    ]);
    // Exactly at the limit is read.
    expect((await readTranscriptFile(bytes.subarray(1), 'huge.txt')).turns).toEqual([{ start: 0, end: TRANSCRIPT_FILE_MAX_BYTES }]);
  });

  it('refuses text that is not UTF-8, naming the file and the byte', async () => {
    // "Caf\xE9" is Windows-1252: 0xE9 at byte 3 starts a three-byte UTF-8 character that the end of the file cuts short.
    const problems = await problemsOf(readTranscriptFile(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'cafe.txt'));
    expect(problems).toEqual([{ file: 'cafe.txt', pointer: '', message: expect.stringMatching(/^not valid UTF-8 at byte 3 \(line 1, column 4\)/) as unknown }]);
    const utf16 = await problemsOf(readTranscriptFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'notes.vtt'));
    expect(utf16[0]!.message).toBe('the input is UTF-16 (little-endian) text; save it as UTF-8');
  });

  it('says when a text file is in fact a zip archive', async () => {
    const problems = await problemsOf(readTranscriptFile(docx([['IA1: ', 'hi']]), 'IA1.txt'));
    expect(problems[0]!.message).toMatch(/; it is a zip archive, perhaps a Word \.docx: give the format docx$/);
  });

  it('refuses a .docx that is not a Word document, naming the file', async () => {
    expect(await problemsOf(readTranscriptFile(new TextEncoder().encode('IA1: plain text'), 'IA1.docx'))).toEqual([
      { file: 'IA1.docx', pointer: '', message: 'not a .docx (Word) file: a .docx is a zip archive, and this file does not start like one' },
    ]);
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await problemsOf(readTranscriptFile(doc, 'old.docx')))[0]!.message).toMatch(/older Word \.doc file/);
    const otherZip = zipSync({ 'hello.txt': strToU8('hello') });
    const [broken] = await problemsOf(readTranscriptFile(otherZip, 'photos.docx'));
    expect(broken).toEqual({
      file: 'photos.docx',
      pointer: '',
      message: expect.stringMatching(/^cannot read the Word document: .+; open it in Word and save it again as \.docx$/) as unknown,
    });
  });

  it('names the file in the problems of the transcript rules', async () => {
    expect(await problemsOf(readTranscriptFile(docx([]), 'blank.docx'))).toEqual([{ file: 'blank.docx', pointer: '', message: 'the transcript is empty' }]);
    expect(await problemsOf(readTranscriptFile(new TextEncoder().encode('1\n00:00:01.000 --> 00:00:02.000\nHi\n'), 'IA1.vtt'))).toEqual([
      { file: 'IA1.vtt', pointer: '', message: 'line 1: expected a WebVTT file to start with the line "WEBVTT", found "1"' },
    ]);
  });
});

describe('a .docx that is a zip bomb', () => {
  it('is refused by the zip reader before mammoth inflates it', async () => {
    // 300 MB of zeros compresses to a few hundred kB; the limits count the real inflated bytes.
    const bomb = zipSync({ '[Content_Types].xml': new Uint8Array(0), 'word/document.xml': new Uint8Array(300 * 1024 * 1024) }, { level: 9 });
    await expect(readTranscriptFile(bomb, 'bomb.docx')).rejects.toThrow(/bomb\.docx/);
  });
});
