import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, readJson } from './safe-json.js';
import { unstorableText } from './text-rules.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('readJson', () => {
  it('reads JSON from bytes and from text alike', () => {
    expect(readJson(bytes('{"a":[1,"ü",null]}'))).toEqual({ ok: true, value: { a: [1, 'ü', null] } });
    expect(readJson('{"a":[1,"ü",null]}')).toEqual({ ok: true, value: { a: [1, 'ü', null] } });
  });

  it('drops a UTF-8 byte-order mark, from bytes and from text, and refuses UTF-16', () => {
    expect(readJson(bytes([0xef, 0xbb, 0xbf], '{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
    expect(readJson('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    const utf16 = readJson(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]));
    expect(utf16).toMatchObject({ ok: false, kind: 'malformed', problems: [{ message: 'the input is UTF-16 (little-endian) text; save it as UTF-8' }] });
  });

  it('refuses bytes that are not UTF-8, naming the byte, its offset and line', () => {
    // "Müller" written in Latin-1: ü is the single byte 0xFC.
    const latin1 = readJson(bytes('{\n  "name": "M', [0xfc], 'ller"\n}'));
    expect(latin1).toEqual({
      ok: false,
      kind: 'malformed',
      problems: [
        {
          pointer: '',
          message: 'not valid UTF-8 at byte 14 (line 2, column 13): 0xFC cannot appear there; save the file as UTF-8 (it may be Latin-1 or Windows-1252)',
        },
      ],
    });
  });

  it('finds the first byte that breaks UTF-8: truncated, overlong, surrogate, beyond U+10FFFF', () => {
    expect(firstInvalidUtf8(bytes('aé€😀'))).toBe(-1);
    expect(firstInvalidUtf8(bytes('ab', [0xe2, 0x82]))).toBe(2); // truncated at the end
    expect(firstInvalidUtf8(bytes('a', [0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(bytes([0xe0, 0x80, 0xaf]))).toBe(1); // overlong three-byte form
    expect(firstInvalidUtf8(bytes([0xed, 0xa0, 0x80]))).toBe(1); // UTF-16 surrogate D800
    expect(firstInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(1); // U+110000
    expect(firstInvalidUtf8(bytes('x', [0xe2, 0x41, 0x41]))).toBe(2); // continuation expected
  });

  it('refuses input over the size limit before reading it as text', () => {
    const result = readJson(bytes(`{"a":"${'x'.repeat(2000)}"}`), { maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, kind: 'too_large', problems: [{ message: 'the input is 2 kB; at most 1 kB is accepted' }] });
  });

  it('refuses deep nesting with its line and column, without parsing it', () => {
    const deepObjects = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    expect(readJson(deepObjects)).toMatchObject({
      ok: false,
      kind: 'malformed',
      problems: [{ message: 'nested deeper than 64 levels at line 1, column 321; Foothold data is never that deep' }],
    });
    const deepArrays = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(readJson(deepArrays, { maxDepth: 10 })).toMatchObject({ ok: false, kind: 'malformed' });
    // Brackets inside strings are text, not nesting.
    expect(readJson(`{"a":"${'['.repeat(1000)}\\"{{"}`)).toEqual({ ok: true, value: { a: `${'['.repeat(1000)}"{{` } });
    expect(readJson(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
  });

  it('reports syntax errors with line and column', () => {
    expect(readJson('{\n  "a": 1,,\n}')).toEqual({
      ok: false,
      kind: 'malformed',
      problems: [{ pointer: '', message: 'not valid JSON at line 2, column 10: expected a property name in double quotes' }],
    });
    expect(readJson('  ')).toMatchObject({ ok: false, kind: 'malformed', problems: [{ message: 'the input is empty; expected JSON' }] });
  });

  it('refuses prototype keys anywhere, with their pointers, and never lets them reach a prototype', () => {
    const result = readJson('{"format":"x","__proto__":{"firm":{"id":"a"}},"list":[{"constructor":1},{"prototype":{}}]}');
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [
        { pointer: '/__proto__', message: 'the key "__proto__" is not allowed (it could change how objects behave); remove it' },
        { pointer: '/list/0/constructor', message: 'the key "constructor" is not allowed (it could change how objects behave); remove it' },
        { pointer: '/list/1/prototype', message: 'the key "prototype" is not allowed (it could change how objects behave); remove it' },
      ],
    });
    expect(({} as Record<string, unknown>)['firm']).toBeUndefined();
  });

  it('refuses NUL and lone surrogates in text and in keys, pointing at them', () => {
    const result = readJson('{"name":"a\\u0000b","notes":["ok","\\ud800"],"k\\u0000":1,"pair":"\\ud83d\\ude00"}');
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(result.ok === false && result.problems.map((p) => p.pointer)).toEqual(['/name', '/notes/1', '/k\u0000']);
    expect(result.ok === false && result.problems[0]?.message).toBe('this text contains the NUL character (U+0000), which cannot be stored; remove it');
  });
});

describe('unstorableText', () => {
  it('accepts every well-formed string without NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(unstorableText(s.replace(/\0/g, ''))).toBeUndefined();
      }),
    );
  });
});

/** Fuzzing the reader: whatever the bytes, it answers with a value or typed problems, and never throws. */
describe('readJson under fuzzing', () => {
  const runs = Number(process.env['FUZZ_RUNS'] ?? 2000);

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        const result = readJson(input, { maxBytes: 200 });
        expect(result.ok || ['too_large', 'malformed', 'invalid'].includes(result.kind)).toBe(true);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: runs },
    );
  });

  it('reads back what JSON.stringify wrote, unless it holds a forbidden key or unstorable text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const text = JSON.stringify(value);
        const result = readJson(text);
        if (result.ok) expect(result.value).toEqual(JSON.parse(text));
        else expect(result.kind === 'invalid' || result.kind === 'malformed').toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('never throws on mangled JSON: cut, spliced, deeply nested', () => {
    const mangled = fc.oneof(
      fc.tuple(fc.jsonValue(), fc.nat(), fc.nat()).map(([v, a, b]) => {
        const t = JSON.stringify(v);
        return t.slice(0, a % (t.length + 1)) + t.slice(b % (t.length + 1));
      }),
      fc.tuple(fc.constantFrom('[', '{"a":', '{"__proto__":'), fc.integer({ min: 1, max: 20_000 })).map(([open, n]) => open.repeat(n)),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(mangled, (text) => {
        const result = readJson(text);
        if (!result.ok) expect(result.problems[0]?.message.length).toBeGreaterThan(0);
      }),
      { numRuns: runs },
    );
  });
});
