import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { firstNonXmlCharacter, withoutNonXmlCharacters, xmlAttribute, xmlText, XmlWriter } from './qde-xml-text.js';

/** What an XML parser reads back from a document: the text of <t> and the value of its attribute a. */
function readBack(document: string): { text: string; attribute: string | undefined } {
  const parser = new SaxesParser();
  let text = '';
  let attribute: string | undefined;
  parser.on('opentag', (tag) => {
    const value = tag.attributes['a'];
    if (typeof value === 'string') attribute = value;
  });
  parser.on('text', (t) => (text += t));
  parser.write(document).close();
  return { text, attribute };
}

describe('xmlText and xmlAttribute', () => {
  const tricky = 'a & b < c > d "e" \'f\'\r\nline\ttab\rcr\n]]>';

  it('escape so that a parser reads back exactly the same text, line ends and tabs included', () => {
    const { text, attribute } = readBack(`<t a="${xmlAttribute(tricky)}">${xmlText(tricky)}</t>`);
    expect(text).toBe(tricky);
    expect(attribute).toBe(tricky);
  });

  it('write CR as a reference in text, and tab and LF too in attributes', () => {
    expect(xmlText('x\r\ny\tz')).toBe('x&#13;\ny\tz');
    expect(xmlAttribute('x\r\ny\tz"')).toBe('x&#13;&#10;y&#9;z&quot;');
  });
});

describe('characters XML 1.0 cannot carry', () => {
  it('are found at their code-point position', () => {
    // "🚀" is one code point, so U+0001 is at position 2 although it is at UTF-16 index 3.
    expect(firstNonXmlCharacter('a🚀\u0001b')).toEqual({ position: 2, character: 'U+0001' });
    expect(firstNonXmlCharacter('ok \uFFFE')).toEqual({ position: 3, character: 'U+FFFE' });
    expect(firstNonXmlCharacter('lone \uD800 surrogate')).toEqual({ position: 5, character: 'U+D800' });
    expect(firstNonXmlCharacter('tab\tLF\nCR\r සිංහල 🚀')).toBeUndefined();
  });

  it('are dropped where nothing depends on positions', () => {
    expect(withoutNonXmlCharacters('a\u0000b\u0008c\uFFFFd\uD800e🚀')).toBe('abcde🚀');
  });
});

describe('XmlWriter', () => {
  it('indents elements, leaves out undefined attributes and keeps text on one line', () => {
    const xml = new XmlWriter();
    xml.open('A', [
      ['x', '1'],
      ['y', undefined],
    ]);
    xml.empty('B', [['z', 'a"b']]);
    xml.textElement('C', 'one\r\ntwo\u0001');
    xml.close('A');
    expect(xml.toString()).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<A x="1">\n  <B z="a&quot;b"/>\n  <C>one&#13;\ntwo</C>\n</A>\n');
  });
});
