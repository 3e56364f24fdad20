import { describe, expect, it } from 'vitest';
import { TooLargeError, ValidationError } from '../../shared/errors.js';
import { sampleQdaProject } from '../../test-support/refi-schema.js';
import { sliceCodePoints } from '../evidence/code-points.js';
import { readCodebookXml, readProjectXml } from './qde-read.js';
import { writeCodebookXml, writeProjectXml } from './qde-write.js';

const NOW = '2025-03-18T09:30:00Z';
const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const UPPER = (n: number) => `{${G(n).toUpperCase()}}`;

/** A project as another tool might write it: no namespace, braces and upper case in GUIDs, extras Foothold ignores. */
const LENIENT = `<?xml version="1.0" encoding="utf-8"?>
<Project name="Thesis" origin="Other tool 24">
  <Users><User guid="${UPPER(90)}" name="Anna"/><User guid="bad" name="Broken"/></Users>
  <CodeBook><Codes>
    <Code guid="${UPPER(1)}" name="Parent" color="#ABCDEF"><Description>Top</Description>
      <Code guid="${G(2)}" name="Child" isCodable="0" color="blue"/>
    </Code>
    <Code guid="not-a-guid" name="Broken code"><Code guid="${G(4)}" name="Orphan"/></Code>
    <Code guid="${G(2)}" name="Same GUID again"/>
  </Codes></CodeBook>
  <Cases><Case guid="${G(70)}"/><Case guid="${G(71)}"/></Cases>
  <Sources>
    <TextSource guid="${UPPER(10)}" name="Interview">
      <Description>First interview</Description>
      <PlainTextContent>Hello 🚀 world&#13;
again</PlainTextContent>
      <Vendor:Extension xmlns:Vendor="urn:vendor">ignored</Vendor:Extension>
      <PlainTextSelection guid="${G(20)}" name="rocket" startPosition=" 6 " endPosition="+7" creatingUser="${UPPER(90)}">
        <Description>The rocket</Description>
        <Coding guid="${G(30)}" creatingUser="${G(90)}"><CodeRef targetGUID="${UPPER(1)}"/></Coding>
        <Coding guid="${G(31)}" creatingUser="${G(90)}"><CodeRef targetGUID="${G(1)}"/></Coding>
        <Coding guid="${G(32)}"><CodeRef targetGUID="${G(99)}"/></Coding>
        <Coding guid="${G(33)}"/>
        <NoteRef targetGUID="${UPPER(50)}"/>
        <NoteRef targetGUID="${G(59)}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="${G(21)}" startPosition="10" endPosition="99"/>
      <PlainTextSelection guid="${G(22)}" startPosition="5" endPosition="2"/>
      <PlainTextSelection guid="${G(23)}" startPosition="one" endPosition="2"/>
      <PlainTextSelection guid="${G(20)}" startPosition="0" endPosition="1"/>
      <Coding guid="${G(34)}"><CodeRef targetGUID="${G(2)}"/></Coding>
      <VariableValue><VariableRef targetGUID="${G(80)}"/><TextValue>x</TextValue></VariableValue>
    </TextSource>
    <PDFSource guid="${G(11)}" name="Annual report.pdf" path="internal://${G(11)}.pdf">
      <PDFSelection guid="${G(24)}" page="1" firstX="0" firstY="0" secondX="1" secondY="1">
        <Coding guid="${G(35)}"><CodeRef targetGUID="${G(1)}"/></Coding>
      </PDFSelection>
      <Representation guid="${G(12)}" plainTextPath="internal://${G(12)}.txt"/>
    </PDFSource>
    <PictureSource guid="${G(13)}" name="Photo"/>
    <AudioSource guid="${G(14)}"/>
    <VideoSource guid="${G(15)}" name="Site visit"/>
    <TextSource guid="${G(16)}" name="By path" plainTextPath="internal://${G(16)}.txt"/>
    <TextSource guid="${G(17)}" name="Rich only" richTextPath="internal://${G(17)}.docx"/>
  </Sources>
  <Notes>
    <Note guid="${G(50)}" name="Memo"><PlainTextContent>On the rocket</PlainTextContent></Note>
    <Note guid="${G(51)}" name="Project memo"><PlainTextContent>General</PlainTextContent></Note>
  </Notes>
  <NoteRef targetGUID="${G(51)}"/>
</Project>`;

describe('readProjectXml, leniently', () => {
  const { project, skipped } = readProjectXml(LENIENT, 'thesis.qde');

  it('reads users, the code tree and a text source whatever the GUIDs look like', () => {
    expect(project.name).toBe('Thesis');
    expect(project.origin).toBe('Other tool 24');
    expect(project.users).toEqual([{ guid: G(90), name: 'Anna' }]);
    expect(project.codes).toEqual([
      {
        guid: G(1),
        name: 'Parent',
        color: '#ABCDEF',
        description: 'Top',
        codable: true,
        children: [{ guid: G(2), name: 'Child', codable: false, children: [] }],
      },
    ]);
    const source = project.sources[0];
    expect(source?.guid).toBe(G(10));
    expect(source?.description).toBe('First interview');
    // The &#13; survives XML's line-end normalisation: the text is exactly what the tool stored.
    expect(source?.text).toBe('Hello 🚀 world\r\nagain');
  });

  it('reads a selection with its codings (each code and coder once), description and notes', () => {
    const rocket = project.sources[0]?.selections[0];
    expect(rocket).toEqual({
      guid: G(20),
      name: 'rocket',
      start: 6,
      end: 7,
      userGuid: G(90),
      description: 'The rocket',
      notes: ['On the rocket'],
      codings: [{ codeGuid: G(1), userGuid: G(90) }],
    });
    expect(sliceCodePoints(project.sources[0]?.text ?? '', 6, 7)).toBe('🚀');
  });

  it('turns a coding of the whole source into a selection over all of its text', () => {
    // "Hello 🚀 world" is 13 code points, CR LF 2, "again" 5: 20.
    expect(project.sources[0]?.selections[1]).toEqual({ guid: G(34), start: 0, end: 20, notes: [], codings: [{ codeGuid: G(2) }] });
    expect(project.sources[0]?.selections).toHaveLength(2);
  });

  it('keeps notes no selection took as project notes', () => {
    expect(project.notes).toEqual([{ guid: G(51), name: 'Project memo', text: 'General' }]);
  });

  it('lists everything it left out, with the reason', () => {
    const reasons = new Map(skipped.map((s) => [s.what, s.reason]));
    expect(reasons.get('PDF source "Annual report.pdf"')).toBe('Foothold codes text sources only; PDF sources are not imported');
    expect(reasons.get('picture source "Photo"')).toBe('Foothold codes text sources only; picture sources are not imported');
    expect(reasons.get(`audio source ${G(14)}`)).toBe('Foothold codes text sources only; audio sources are not imported');
    expect(reasons.get('video source "Site visit"')).toBe('Foothold codes text sources only; video sources are not imported');
    expect(reasons.get('2 cases')).toContain('cases are not imported');
    expect(reasons.get('user "Broken" (line 3)')).toBe('its guid "bad" is not a GUID');
    expect(reasons.get('the colour of code "Child" (line 6)')).toBe('"blue" is not a colour in "#rrggbb" form');
    expect(reasons.get('code "Broken code" (line 8)')).toContain('"not-a-guid" is not a GUID');
    expect(reasons.get('code "Orphan" (line 8)')).toBe('its parent code "Broken code" was not imported');
    expect(reasons.get('code "Same GUID again" (line 9)')).toContain('the same as an earlier code');
    expect(reasons.get('a coding of selection "rocket" in source "Interview" (line 22)')).toContain(`refers to code ${G(99)}`);
    expect(reasons.get('a coding of selection "rocket" in source "Interview" (line 23)')).toContain('no <CodeRef');
    expect(reasons.get('a note of selection "rocket" in source "Interview" (line 18)')).toContain(`note "${G(59)}"`);
    expect(reasons.get(`selection ${G(21)} in source "Interview" (line 27)`)).toBe(
      'its range 10–99 is outside the text, which has 20 characters (positions 0–20)',
    );
    expect(reasons.get(`selection ${G(22)} in source "Interview" (line 28)`)).toBe('its range 5–2 ends before it starts');
    expect(reasons.get(`selection ${G(23)} in source "Interview" (line 29)`)).toContain('"one"');
    expect(reasons.get(`selection ${G(20)} in source "Interview" (line 30)`)).toContain('the same as an earlier selection');
    expect(reasons.get('text source "By path" (line 43)')).toContain(`internal://${G(16)}.txt`);
    expect(reasons.get('text source "Rich only" (line 44)')).toContain('only rich text');
    // Nothing of the PDF's selection or coding is read or reported beyond the source itself.
    expect(skipped.some((s) => s.what.includes(G(24)) || s.reason.includes(G(35)))).toBe(false);
    // The 19 checks above name 19 different things, and nothing else is listed.
    expect(skipped).toHaveLength(19);
  });

  it('reads the text a source keeps in a file through the loader it is given', () => {
    const requested: string[] = [];
    const reading = readProjectXml(LENIENT, 'thesis.qde', { loadText: (path) => (requested.push(path), { text: `text of ${path}` }) });
    expect(requested).toEqual([`internal://${G(16)}.txt`]);
    expect(reading.project.sources.map((s) => s.text)).toEqual(['Hello 🚀 world\r\nagain', `text of internal://${G(16)}.txt`]);
  });
});

describe('readProjectXml, a file with very many problems', () => {
  it('lists the first thousand things left out and counts the rest', () => {
    const pdfs = Array.from({ length: 1005 }, (_, i) => `<PDFSource guid="${G(i)}" name="p${i}"/>`).join('');
    const { skipped } = readProjectXml(`<Project name="x"><Sources>${pdfs}</Sources></Project>`, 'p.qde');
    expect(skipped).toHaveLength(1001);
    expect(skipped[999]?.what).toBe('PDF source "p999"');
    expect(skipped[1000]).toEqual({ what: '5 more items', reason: 'only the first 1000 things left out are listed' });
  });
});

describe('readProjectXml, namespaces and encodings', () => {
  it('matches elements by local name, with a prefix or the default namespace', () => {
    const xml = `<q:Project xmlns:q="urn:QDA-XML:project:1.0" name="P"><q:Sources><q:TextSource guid="${G(1)}" name="S"><q:PlainTextContent>abc</q:PlainTextContent></q:TextSource></q:Sources></q:Project>`;
    expect(readProjectXml(xml, 'p.qde').project.sources).toEqual([{ guid: G(1), name: 'S', text: 'abc', selections: [] }]);
  });

  it('reads bytes with a UTF-8 byte-order mark, and names the project after the file when it has no name', () => {
    const bytes = new TextEncoder().encode(
      `\uFEFF<Project><Sources><TextSource guid="${G(1)}"><PlainTextContent>සිංහල</PlainTextContent></TextSource></Sources></Project>`,
    );
    const { project } = readProjectXml(bytes, 'folder/My study.qde');
    expect(project.name).toBe('My study');
    expect(project.sources[0]?.text).toBe('සිංහල');
  });
});

describe('readProjectXml refuses', () => {
  const refusal = (input: string, fileName = 'evil.qde') => {
    try {
      readProjectXml(input, fileName, { part: 'project.qde' });
    } catch (caught) {
      if (caught instanceof ValidationError) return caught.problems;
      throw caught;
    }
    throw new Error('expected a ValidationError');
  };

  it('a DOCTYPE, so that no entity expands (billion laughs) and nothing external is fetched', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><Project name="&c;"/>`;
    const external = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>`;
    for (const input of [laughs, external]) {
      const [problem] = refusal(input);
      expect(problem?.file).toBe('evil.qde');
      expect(problem?.message).toMatch(/^project\.qde: a DOCTYPE declaration at line 1/);
    }
  });

  it('a document that is not a project, saying what it is instead', () => {
    expect(refusal('<CodeBook/>')[0]?.message).toContain('a REFI-QDA codebook (.qdc), not a project');
    expect(refusal('<html/>')[0]?.message).toBe(
      'project.qde: line 1: expected <Project> (a REFI-QDA project, urn:QDA-XML:project:1.0) as the root element; found <html>',
    );
    expect(refusal('<Project>')[0]?.message).toContain('not well-formed XML');
  });

  it('a document over the size limit, as too large', () => {
    expect(() => readProjectXml('<Project name="x"/>', 'p.qde', { limits: { maxBytes: 10 } })).toThrow(TooLargeError);
  });
});

describe('writeProjectXml then readProjectXml', () => {
  it('gives back the same project, with embedded texts', () => {
    const xml = writeProjectXml(sampleQdaProject(), { now: NOW, sourcePath: () => undefined });
    expect(readProjectXml(xml, 'p.qde')).toEqual({ project: sampleQdaProject(), skipped: [] });
  });
});

describe('readCodebookXml', () => {
  it('reads back what writeCodebookXml wrote', () => {
    const xml = writeCodebookXml(sampleQdaProject().codes, { origin: 'Foothold 0.1.0' });
    expect(readCodebookXml(xml, 'codes.qdc')).toEqual({ codes: sampleQdaProject().codes, origin: 'Foothold 0.1.0', skipped: [] });
  });

  it('reads the codebook of a project, and lists sets as not imported', () => {
    const reading = readCodebookXml(LENIENT, 'thesis.qde');
    expect(reading.codes.map((c) => c.name)).toEqual(['Parent']);
    const qdc = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${G(1)}" name="A" isCodable="true"/></Codes><Sets><Set guid="${G(2)}" name="S"/></Sets></CodeBook>`;
    expect(readCodebookXml(qdc, 'c.qdc').skipped).toEqual([
      { what: '1 set', reason: 'Foothold imports codes, text sources, selections, codings and notes; REFI-QDA sets are not imported' },
    ]);
  });

  it('refuses a document that is no codebook', () => {
    expect(() => readCodebookXml('<Graph/>', 'c.qdc')).toThrow(/expected <CodeBook>/);
  });
});
