import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/errors.js';
import { refiSchemaErrors, sampleQdaProject } from '../../test-support/refi-schema.js';
import { derivedGuid } from './qda-guid.js';
import type { QdaProject } from './qda-project.js';
import { writeCodebookXml, writeProjectXml } from './qde-write.js';

const NOW = '2025-03-18T09:30:00.000Z';
const internal = (source: { guid: string }) => `internal://${source.guid}.txt`;
const embedded = () => undefined;

/** The problems of the ValidationError the call throws (fails the test when it throws nothing else). */
function problemsOf(write: () => unknown): { pointer: string; message: string }[] {
  try {
    write();
  } catch (caught) {
    if (caught instanceof ValidationError) return caught.problems;
    throw caught;
  }
  throw new Error('expected a ValidationError');
}

describe('writeProjectXml', () => {
  it('writes a project.qde valid against the REFI-QDA Project schema, sources by path or embedded', async () => {
    expect(await refiSchemaErrors(writeProjectXml(sampleQdaProject(), { now: NOW, sourcePath: internal }), 'project')).toEqual([]);
    expect(await refiSchemaErrors(writeProjectXml(sampleQdaProject(), { now: NOW, sourcePath: embedded }), 'project')).toEqual([]);
  });

  it('writes an empty project valid too: no empty Users, CodeBook or Sources, which the schema forbids', async () => {
    const xml = writeProjectXml({ name: 'Empty', users: [], codes: [], sources: [], notes: [] }, { now: NOW, sourcePath: internal });
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Empty" creationDateTime="${NOW}">\n</Project>\n`);
    expect(await refiSchemaErrors(xml, 'project')).toEqual([]);
  });

  it('puts the elements in the order of the schema and refers to notes by GUID', () => {
    const xml = writeProjectXml(sampleQdaProject(), { now: NOW, sourcePath: internal });
    const order = ['<Users>', '<CodeBook>', '<Sources>', '<Notes>', '<NoteRef targetGUID="d4000000-0000-4000-8000-000000000001"/>\n</Project>'].map((tag) =>
      xml.indexOf(tag),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(xml).toContain(
      '<TextSource guid="b2000000-0000-4000-8000-000000000003" name="Press release" plainTextPath="internal://b2000000-0000-4000-8000-000000000003.txt">',
    );
    // The rocket's selection: a Coding with a derived GUID, then its two notes.
    const coding = derivedGuid('c3000000-0000-4000-8000-000000000004 coding 0');
    const [note0, note1] = [0, 1].map((i) => derivedGuid(`c3000000-0000-4000-8000-000000000004 note ${i}`));
    expect(xml).toContain(
      '<PlainTextSelection guid="c3000000-0000-4000-8000-000000000004" startPosition="7" endPosition="8">\n' +
        `        <Coding guid="${coding}">\n          <CodeRef targetGUID="a1000000-0000-4000-8000-000000000002"/>\n        </Coding>\n` +
        `        <NoteRef targetGUID="${note0}"/>\n        <NoteRef targetGUID="${note1}"/>\n      </PlainTextSelection>`,
    );
    expect(xml).toContain(`<Note guid="${note1}">\n      <PlainTextContent>Second memo</PlainTextContent>\n    </Note>`);
    expect(xml).toContain(
      '<Code guid="a1000000-0000-4000-8000-000000000001" name="Network ties" isCodable="false" color="#1F77B4">\n        <Description>Ties the firm used abroad</Description>',
    );
  });

  it('embeds text with markup escaped and CR kept as a reference, so that it reads back byte for byte', () => {
    const project: QdaProject = {
      name: 'P',
      users: [],
      codes: [],
      notes: [],
      sources: [{ guid: 'b2000000-0000-4000-8000-000000000001', name: 'S', text: 'a < b\r\nc & d', selections: [] }],
    };
    expect(writeProjectXml(project, { now: NOW, sourcePath: embedded })).toContain('<PlainTextContent>a &lt; b&#13;\nc &amp; d</PlainTextContent>');
  });

  it('writes GUIDs lower-case without braces', () => {
    const project: QdaProject = { name: 'P', users: [{ guid: '{0B9D2C4E-1F3A-4B5C-8D6E-7F8091A2B3C4}', name: 'U' }], codes: [], sources: [], notes: [] };
    expect(writeProjectXml(project, { now: NOW, sourcePath: embedded })).toContain('<User guid="0b9d2c4e-1f3a-4b5c-8d6e-7f8091a2b3c4" name="U"/>');
  });

  it('drops characters XML cannot carry from names, descriptions and notes', async () => {
    const project = sampleQdaProject();
    project.name = 'Bell\u0007 project';
    project.notes[0] = { guid: 'd4000000-0000-4000-8000-000000000001', text: 'form feed\u000c here' };
    const xml = writeProjectXml(project, { now: NOW, sourcePath: internal });
    expect(xml).toContain('name="Bell project"');
    expect(xml).toContain('<PlainTextContent>form feed here</PlainTextContent>');
    expect(await refiSchemaErrors(xml, 'project')).toEqual([]);
  });

  it('refuses a character XML cannot carry in an embedded text, naming its position, but not in a text stored as a file', () => {
    const project = sampleQdaProject();
    project.sources[2]!.text = '🚀\u0001 tail';
    project.sources[2]!.selections = [];
    const problems = problemsOf(() => writeProjectXml(project, { now: NOW, sourcePath: embedded }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.pointer).toBe('/sources/2/text');
    expect(problems[0]?.message).toContain('U+0001 at position 1');
    expect(() => writeProjectXml(project, { now: NOW, sourcePath: internal })).not.toThrow();
  });

  it('refuses what would not validate or would mean something else, listing every problem', () => {
    const project = sampleQdaProject();
    project.users[0]!.guid = 'not-a-guid';
    project.codes[1]!.color = 'red';
    project.codes[1]!.guid = 'A1000000-0000-4000-8000-000000000002'; // the same as a sub-code's
    const rocket = project.sources[2]!.selections[0]!;
    rocket.end = 200;
    rocket.codings.push({ codeGuid: 'e5000000-0000-4000-8000-000000000009' });
    project.sources[0]!.selections[0]!.start = -1;
    const problems = problemsOf(() => writeProjectXml(project, { now: 'yesterday', sourcePath: internal }));
    // Challenges lost its own GUID, so the Sinhala selection's coding of it refers to no code any more.
    expect(problems.map((p) => p.pointer).sort()).toEqual(
      [
        '',
        '/users/0/guid',
        '/codes/1/guid',
        '/codes/1/color',
        '/sources/0/selections/0/start',
        '/sources/1/selections/0/codings/0/codeGuid',
        '/sources/2/selections/0/end',
        '/sources/2/selections/0/codings/1/codeGuid',
      ].sort(),
    );
    expect(problems.find((p) => p.pointer === '/codes/1/guid')?.message).toContain('already used at /codes/0/children/0/guid');
    // The emoji text has 55 code points (see test-support), so 200 is past its end.
    expect(problems.find((p) => p.pointer === '/sources/2/selections/0/end')?.message).toBe(
      'end 200 is not a position from the start (7) to the end of the text (55 characters)',
    );
  });

  it('gives the same text for the same project', () => {
    expect(writeProjectXml(sampleQdaProject(), { now: NOW, sourcePath: internal })).toBe(
      writeProjectXml(sampleQdaProject(), { now: NOW, sourcePath: internal }),
    );
  });
});

describe('writeCodebookXml', () => {
  it('writes a .qdc valid against the REFI-QDA Codebook schema', async () => {
    const xml = writeCodebookXml(sampleQdaProject().codes, { origin: 'Foothold 0.1.0' });
    expect(xml.split('\n').slice(0, 4)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Foothold 0.1.0">',
      '  <Codes>',
      '    <Code guid="a1000000-0000-4000-8000-000000000001" name="Network ties" isCodable="false" color="#1F77B4">',
    ]);
    expect(xml).toContain('<Description>Suppliers &amp; &lt;customers&gt; "abroad"</Description>');
    expect(await refiSchemaErrors(xml, 'codebook')).toEqual([]);
  });

  it('refuses an empty codebook, which the schema cannot hold', () => {
    expect(problemsOf(() => writeCodebookXml([], { origin: 'Foothold' }))[0]?.message).toContain('at least one code');
  });
});

describe('the schemas themselves', () => {
  it('refuse what they should, so that a passing validation means something', async () => {
    const valid = writeCodebookXml(sampleQdaProject().codes, { origin: 'Foothold' });
    expect(await refiSchemaErrors(valid.replace('isCodable="false"', 'isCodable="maybe"'), 'codebook')).not.toEqual([]);
    expect(await refiSchemaErrors(valid.replace('color="#abc"', 'color="#abcd"'), 'codebook')).not.toEqual([]);
    expect(await refiSchemaErrors(valid.replace('a1000000-0000-4000-8000-000000000005', 'a1000000‐0000‐4000‐8000‐000000000005'), 'codebook')).not.toEqual([]);
    const project = writeProjectXml(sampleQdaProject(), { now: NOW, sourcePath: internal });
    // Sources before CodeBook breaks the schema's sequence.
    const codebook = project.slice(project.indexOf('  <CodeBook>'), project.indexOf('  <Sources>'));
    expect(await refiSchemaErrors(project.replace(codebook, '').replace('</Sources>\n', `</Sources>\n${codebook}`), 'project')).not.toEqual([]);
  });
});
