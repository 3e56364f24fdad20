import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TooLargeError, ValidationError } from '../../shared/errors.js';
import { EMOJI, MONGOLIAN, refiSchemaErrors, sampleQdaProject, SINHALA } from '../../test-support/refi-schema.js';
import { sliceCodePoints } from '../evidence/code-points.js';
import { readQdpx, writeQdpx } from './qdpx.js';
import { readZip } from './qdpx-zip.js';

const NOW = '2025-03-18T09:30:00.000Z';
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The ValidationError or TooLargeError readQdpx throws. */
function refusal(bytes: Uint8Array, limits = {}): ValidationError | TooLargeError {
  try {
    readQdpx(bytes, 'upload.qdpx', limits);
  } catch (caught) {
    if (caught instanceof ValidationError || caught instanceof TooLargeError) return caught;
    throw caught;
  }
  throw new Error('expected readQdpx to refuse the archive');
}

describe('writeQdpx then readQdpx', () => {
  const archive = writeQdpx(sampleQdaProject(), { now: NOW });

  it('gives back the same codes, texts byte for byte, selections and notes, and lists nothing as skipped', () => {
    expect(readQdpx(archive, 'company-a.qdpx')).toEqual({ project: sampleQdaProject(), skipped: [] });
  });

  it('keeps each text as Sources/<guid>.txt, UTF-8 without a byte-order mark, byte for byte', () => {
    const entries = readZip(archive, 'company-a.qdpx');
    expect([...entries.keys()]).toEqual([
      'project.qde',
      'Sources/b2000000-0000-4000-8000-000000000001.txt',
      'Sources/b2000000-0000-4000-8000-000000000002.txt',
      'Sources/b2000000-0000-4000-8000-000000000003.txt',
    ]);
    for (const [i, text] of [MONGOLIAN, SINHALA, EMOJI].entries()) {
      expect(entries.get(`Sources/b2000000-0000-4000-8000-00000000000${i + 1}.txt`)).toEqual(utf8(text));
    }
    // The CR of the Mongolian text's CR LF is there: byte 0x0d.
    expect(entries.get('Sources/b2000000-0000-4000-8000-000000000001.txt')?.includes(0x0d)).toBe(true);
  });

  it('keeps positions in code points: the selections cover the same characters after the trip', () => {
    const { project } = readQdpx(archive, 'company-a.qdpx');
    const covered = project.sources.flatMap((source) => source.selections.map((s) => sliceCodePoints(source.text, s.start, s.end)));
    expect(covered).toEqual(['Сайн', MONGOLIAN, 'ආයුබෝවන්', '🚀', '🇩🇪']);
  });

  it('writes a project.qde valid against the Project schema', async () => {
    const qde = new TextDecoder().decode(readZip(archive, 'company-a.qdpx').get('project.qde'));
    expect(await refiSchemaErrors(qde, 'project')).toEqual([]);
  });

  it('writes the same archive again from what it read: export, import, export is stable', () => {
    expect(writeQdpx(readQdpx(archive, 'company-a.qdpx').project, { now: NOW })).toEqual(archive);
  });

  it('refuses a text it could not write byte for byte', () => {
    const project = sampleQdaProject();
    project.sources[1]!.text = 'nul\u0000';
    project.sources[1]!.selections = [];
    expect(() => writeQdpx(project, { now: NOW })).toThrow(/\/sources\/1\/text: the text contains the NUL character/);
  });
});

describe('readQdpx, an archive in the layout other tools write', () => {
  const UPPER = '4A1B2C3D-5E6F-4A7B-8C9D-0E1F2A3B4C5D';
  const CODE = '{9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A}';
  // MAXQDA 24's layout: lower-case "sources/" folder, upper-case GUIDs in file names and references.
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="MAXQDA project" origin="MAXQDA 24">
  <CodeBook><Codes><Code guid="${CODE}" name="Market entry" isCodable="true" color="#FF0000"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${UPPER}" name="Interview 1" plainTextPath="internal://${UPPER}.txt">
      <PlainTextSelection guid="11111111-2222-4333-8444-555555555555" startPosition="4" endPosition="9">
        <Coding guid="66666666-7777-4888-9999-AAAAAAAAAAAA"><CodeRef targetGUID="${CODE}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="BBBBBBBB-CCCC-4DDD-8EEE-FFFFFFFFFFFF" name="Field note"><PlainTextContent>Embedded text</PlainTextContent></TextSource>
    <TextSource guid="CCCCCCCC-CCCC-4DDD-8EEE-FFFFFFFFFFFF" name="By relative path" plainTextPath="Second.TXT"/>
    <TextSource guid="DDDDDDDD-CCCC-4DDD-8EEE-FFFFFFFFFFFF" name="Latin-1" plainTextPath="internal://latin1.txt"/>
    <TextSource guid="EEEEEEEE-CCCC-4DDD-8EEE-FFFFFFFFFFFF" name="Elsewhere" plainTextPath="file:///C:/Users/anna/interview.txt"/>
    <TextSource guid="FFFFFFFF-CCCC-4DDD-8EEE-FFFFFFFFFFFF" name="Missing" plainTextPath="internal://missing.txt"/>
    <PDFSource guid="AAAAAAAA-CCCC-4DDD-8EEE-FFFFFFFFFFFF" name="Annual report" path="internal://AAAAAAAA-CCCC-4DDD-8EEE-FFFFFFFFFFFF.pdf">
      <PDFSelection guid="ABABABAB-CCCC-4DDD-8EEE-FFFFFFFFFFFF" page="1" firstX="1" firstY="2" secondX="3" secondY="4">
        <Coding guid="ACACACAC-CCCC-4DDD-8EEE-FFFFFFFFFFFF"><CodeRef targetGUID="${CODE}"/></Coding>
      </PDFSelection>
    </PDFSource>
  </Sources>
</Project>`;
  const files: Zippable = {
    'project.qde': strToU8(qde),
    // A byte-order mark, as Windows tools write: not part of the text.
    [`sources/${UPPER}.txt`]: utf8('\uFEFFWe entered Mongolia in 2019.'),
    'sources/second.txt': utf8('Second text'),
    'sources/LATIN1.TXT': Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), // "Café" in Latin-1
    'sources/AAAAAAAA-CCCC-4DDD-8EEE-FFFFFFFFFFFF.pdf': utf8('%PDF-1.7'),
  };
  const { project, skipped } = readQdpx(zipSync(files), 'maxqda.qdpx');

  it('imports the codebook and the text sources, by path in any case and embedded', () => {
    expect(project.codes).toEqual([{ guid: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', name: 'Market entry', color: '#FF0000', codable: true, children: [] }]);
    expect(project.sources.map((s) => [s.name, s.text])).toEqual([
      ['Interview 1', 'We entered Mongolia in 2019.'],
      ['Field note', 'Embedded text'],
      ['By relative path', 'Second text'],
    ]);
    expect(project.sources[0]?.guid).toBe('4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
    // Positions 4–9 of the text without its byte-order mark: "We e|ntere|d".
    expect(project.sources[0]?.selections).toEqual([
      { guid: '11111111-2222-4333-8444-555555555555', start: 4, end: 9, notes: [], codings: [{ codeGuid: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' }] },
    ]);
  });

  it('lists the PDF and the sources it could not read as skipped, with the reasons', () => {
    expect(skipped).toEqual([
      { what: 'PDF source "Annual report"', reason: 'Foothold codes text sources only; PDF sources are not imported' },
      {
        what: 'text source "Latin-1" (line 12)',
        reason: expect.stringMatching(/^its text file "sources\/LATIN1\.TXT" is not UTF-8 text: not valid UTF-8 at byte 3/),
      },
      {
        what: 'text source "Elsewhere" (line 13)',
        reason: 'its text is in "file:///C:/Users/anna/interview.txt", outside the archive; Foothold reads only files inside the .qdpx',
      },
      {
        what: 'text source "Missing" (line 14)',
        reason: 'its text file "internal://missing.txt" is not in the archive (looked for it in the sources folder and at the root)',
      },
    ]);
  });

  it('finds project.qde in any case, or in the one folder a zipped project folder has', () => {
    const inFolder = readQdpx(zipSync({ 'My project/PROJECT.QDE': strToU8(qde), [`My project/Sources/${UPPER}.TXT`]: utf8('abcdefghij') }), 'f.qdpx');
    expect(inFolder.project.sources[0]?.text).toBe('abcdefghij');
  });
});

describe('readQdpx refuses hostile and broken archives with a typed error naming the file', () => {
  it('a zip bomb', () => {
    const bomb = zipSync({ 'project.qde': strToU8('<Project name="x"/>'), 'sources/a.txt': new Uint8Array(5 * 1024 * 1024) });
    const error = refusal(bomb, { maxEntryBytes: 1024 * 1024 });
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error.message).toMatch(/^upload\.qdpx: the entry "sources\/a\.txt" decompresses to more than 1 MB/);
  });

  it.each(['../evil.txt', '/etc/passwd', 'sources\\..\\x'])('an entry named %j', (name) => {
    const error = refusal(zipSync({ 'project.qde': strToU8('<Project name="x"/>'), [name]: utf8('x') }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems[0]).toMatchObject({ file: 'upload.qdpx', message: expect.stringContaining(`the entry "${name}"`) });
  });

  it('a plainTextPath leading outside the sources folder', () => {
    const qde =
      '<Project name="x"><Sources><TextSource guid="4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" plainTextPath="internal://../../etc/passwd"/></Sources></Project>';
    const { skipped } = readQdpx(zipSync({ 'project.qde': strToU8(qde) }), 'upload.qdpx');
    expect(skipped[0]?.reason).toBe('its plainTextPath "internal://../../etc/passwd" contains "..", which would lead outside the archive');
  });

  it('entities: billion laughs and an external entity in project.qde', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><Project name="&lol2;"/>';
    const external = '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Project name="&xxe;"/>';
    for (const qde of [laughs, external]) {
      const error = refusal(zipSync({ 'project.qde': strToU8(qde) }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems[0]).toMatchObject({
        file: 'upload.qdpx',
        message: expect.stringMatching(/^project\.qde: a DOCTYPE declaration/),
      });
    }
  });

  it('an archive without project.qde, saying what it holds', () => {
    const error = refusal(zipSync({ 'sources/a.txt': utf8('x'), 'README.md': utf8('x') })) as ValidationError;
    expect(error.problems[0]?.message).toBe(
      'the archive has no project.qde at its root; a .qdpx holds project.qde and its sources (found "sources/a.txt", "README.md")',
    );
    const two = refusal(zipSync({ 'project.qde': utf8('<Project/>'), 'PROJECT.QDE': utf8('<Project/>') })) as ValidationError;
    expect(two.problems[0]?.message).toBe('the archive holds "project.qde" and "PROJECT.QDE"; expected one project.qde');
  });
});
