import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toPointer, zodProblems } from './problems.js';

/** The problems zod's issues turn into, for a schema and a value. */
const problemsOf = (schema: z.ZodType, value: unknown, base: PropertyKey[] = []) => {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) throw new Error('expected the value to be refused');
  return zodProblems(parsed.error, base);
};

describe('zodProblems', () => {
  it('says which single value was expected, or which of several', () => {
    expect(problemsOf(z.object({ format: z.literal('foothold.case/1') }), { format: 'v2' })).toEqual([
      { pointer: '/format', message: 'expected "foothold.case/1", got "v2"' },
    ]);
    expect(problemsOf(z.object({ format: z.literal('foothold.case/1') }), {})).toEqual([
      { pointer: '/format', message: 'expected "foothold.case/1", got nothing' },
    ]);
    expect(problemsOf(z.object({ kind: z.enum(['person', 'organization']) }), { kind: 7 })).toEqual([
      { pointer: '/kind', message: 'expected one of person|organization, got number 7' },
    ]);
  });

  it('tells a missing field from one of the wrong type, and describes what came', () => {
    const schema = z.object({ name: z.string() });
    expect(problemsOf(schema, {})).toEqual([{ pointer: '/name', message: 'required field is missing (expected string)' }]);
    expect(problemsOf(schema, { name: null })).toEqual([{ pointer: '/name', message: 'expected string, got null' }]);
    expect(problemsOf(schema, { name: [1] })).toEqual([{ pointer: '/name', message: 'expected string, got an array' }]);
    expect(problemsOf(schema, { name: { a: 1 } })).toEqual([{ pointer: '/name', message: 'expected string, got an object' }]);
    expect(problemsOf(schema, { name: true })).toEqual([{ pointer: '/name', message: 'expected string, got boolean true' }]);
    expect(problemsOf(z.object({ n: z.number() }), { n: 'x'.repeat(60) })).toEqual([{ pointer: '/n', message: `expected number, got "${'x'.repeat(60)}"` }]);
    expect(problemsOf(z.object({ n: z.number() }), { n: 'y'.repeat(61) })).toEqual([{ pointer: '/n', message: `expected number, got "${'y'.repeat(57)}..."` }]);
  });

  it('points at an unknown field when there is one, and at the object when there are several', () => {
    const schema = z.object({ id: z.string() }).strict();
    expect(problemsOf(schema, { id: 'a', colour: 'red' })).toEqual([{ pointer: '/colour', message: 'unknown field "colour"' }]);
    expect(problemsOf(z.object({ inner: schema }), { inner: { id: 'a', colour: 'red', size: 2 } })).toEqual([
      { pointer: '/inner', message: 'unknown fields "colour", "size"' },
    ]);
  });

  it('asks for text where text was empty, and says what was too small otherwise', () => {
    expect(problemsOf(z.object({ label: z.string().min(1) }), { label: '' })).toEqual([{ pointer: '/label', message: 'expected a non-empty text' }]);
    // Only text is "text": an empty list keeps zod's own words.
    expect(problemsOf(z.object({ list: z.array(z.string()).min(1, 'expected at least one entry') }), { list: [] })).toEqual([
      { pointer: '/list', message: 'expected at least one entry, got an array' },
    ]);
    const tooFew = problemsOf(z.object({ list: z.array(z.number()).min(2, 'expected at least two') }), { list: [1] });
    expect(tooFew).toEqual([{ pointer: '/list', message: 'expected at least two, got an array' }]);
    expect(problemsOf(z.object({ code: z.string().min(3, 'too short') }), { code: 'ab' })).toEqual([{ pointer: '/code', message: 'too short, got "ab"' }]);
  });

  it("gives a rule's own message, with what came unless the rule is custom", () => {
    expect(problemsOf(z.object({ id: z.string().regex(/^[a-z]+$/, 'expected lower-case letters') }), { id: 'A1' })).toEqual([
      { pointer: '/id', message: 'expected lower-case letters, got "A1"' },
    ]);
    expect(problemsOf(z.object({ year: z.number().refine((n) => n > 1800, 'too early') }), { year: 1700 })).toEqual([
      { pointer: '/year', message: 'too early' },
    ]);
  });

  it('puts the pointer under a base path and escapes "~" and "/" in keys', () => {
    expect(problemsOf(z.object({ 'a/b': z.object({ 'c~d': z.string() }) }), { 'a/b': { 'c~d': 1 } }, ['query'])).toEqual([
      { pointer: '/query/a~1b/c~0d', message: 'expected string, got number 1' },
    ]);
    expect(toPointer([])).toBe('');
    expect(toPointer(['ties', 0, 'to'])).toBe('/ties/0/to');
  });

  it('names the expected shape of a web address and a number range instead of the library’s words', () => {
    expect(problemsOf(z.object({ url: z.string().url() }), { url: 'example' })).toEqual([
      { pointer: '/url', message: 'expected a web address such as "https://example.com/", got "example"' },
    ]);
    const strength = z.object({ strength: z.number().int().min(1).max(5) });
    expect(zodProblems(strength.safeParse({ strength: 0 }, { reportInput: true }).error!, [], strength)).toEqual([
      { pointer: '/strength', message: 'expected a whole number from 1 to 5, got number 0' },
    ]);
    const year = z.object({ year: z.number().min(1800) });
    expect(zodProblems(year.safeParse({ year: 1700 }, { reportInput: true }).error!, [], year)).toEqual([
      { pointer: '/year', message: 'expected a number of at least 1800, got number 1700' },
    ]);
  });

  describe('following the schema to the value', () => {
    /** Problems with the schema given, as the case reader gives it. */
    const shaped = (schema: z.ZodType, value: unknown) => {
      const parsed = schema.safeParse(value, { reportInput: true });
      if (parsed.success) throw new Error('expected the value to be refused');
      return zodProblems(parsed.error, [], schema).map((p) => `${p.pointer}: ${p.message}`);
    };

    it('goes into the elements of a list and the fields of a nested object, through optional, nullable and default', () => {
      const inner = z.object({ y: z.string(), z: z.number().optional() });
      expect(shaped(z.object({ list: z.array(z.object({ x: inner })).optional() }), { list: [{ x: 3 }] })).toEqual([
        '/list/0/x: expected an object with "y" (required), "z", got number 3',
      ]);
      expect(shaped(z.object({ w: inner.nullable().default(null) }), { w: 5 })).toEqual(['/w: expected an object with "y" (required), "z", got number 5']);
    });

    it('follows what goes into a pipe, the value as the file has it', () => {
      const piped = z.object({ w: z.object({ a: z.object({ y: z.string() }) }).pipe(z.transform((x) => x)) });
      expect(shaped(piped, { w: { a: 1 } })).toEqual(['/w/a: expected an object with "y" (required), got number 1']);
    });

    it('names a record of objects by the record, where the shape cannot be followed', () => {
      expect(shaped(z.object({ m: z.record(z.string(), z.object({ q: z.string() })) }), { m: { k: 1 } })).toEqual(['/m/k: expected object, got number 1']);
      expect(shaped(z.object({ t: z.tuple([z.object({ q: z.string() })]) }), { t: [1] })).toEqual(['/t/0: expected object, got number 1']);
    });

    it('looks through at most ten wrappers, so a schema that wraps itself cannot hold it up', () => {
      const wrapped = (n: number) => Array.from({ length: n }).reduce<z.ZodType>((inner) => inner.optional(), z.object({ y: z.string() }));
      expect(shaped(z.object({ w: wrapped(9) }), { w: 1 })).toEqual(['/w: expected an object with "y" (required), got number 1']);
      expect(shaped(z.object({ w: wrapped(11) }), { w: 1 })).toEqual(['/w: expected object, got number 1']);
    });

    it('lists eight fields of a large object and marks the rest', () => {
      const fields = (n: number) =>
        z.object(Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i % 2 === 0 ? z.string() : z.string().optional()])));
      expect(shaped(z.object({ w: fields(8) }), { w: 1 })).toEqual([
        '/w: expected an object with "f0" (required), "f1", "f2" (required), "f3", "f4" (required), "f5", "f6" (required), "f7", got number 1',
      ]);
      expect(shaped(z.object({ w: fields(9) }), { w: 1 })).toEqual([
        '/w: expected an object with "f0" (required), "f1", "f2" (required), "f3", "f4" (required), "f5", "f6" (required), "f7", …, got number 1',
      ]);
    });

    it('gives the one bound a whole number has, not the safe-integer limits zod adds', () => {
      expect(shaped(z.object({ n: z.number().int().max(5) }), { n: 6 })).toEqual(['/n: expected a whole number of at most 5, got number 6']);
      expect(shaped(z.object({ n: z.number().int().min(2) }), { n: 1 })).toEqual(['/n: expected a whole number of at least 2, got number 1']);
      expect(shaped(z.object({ n: z.number().int() }), { n: 2 ** 60 })).toEqual([`/n: expected a whole number, got number ${2 ** 60}`]);
    });
  });

  it('takes the bounds from the issue when no schema is given', () => {
    expect(problemsOf(z.object({ n: z.number().max(2) }), { n: 3 })).toEqual([{ pointer: '/n', message: 'expected a number of at most 2, got number 3' }]);
    expect(problemsOf(z.object({ n: z.number().min(2) }), { n: 1 })).toEqual([{ pointer: '/n', message: 'expected a number of at least 2, got number 1' }]);
  });

  it('names an e-mail address, and keeps zod’s words for a text that is too long', () => {
    expect(problemsOf(z.object({ e: z.email() }), { e: 'x' })).toEqual([
      { pointer: '/e', message: 'expected an e-mail address such as "name@example.com", got "x"' },
    ]);
    expect(problemsOf(z.object({ s: z.string().max(3) }), { s: 'abcd' })).toEqual([
      { pointer: '/s', message: 'Too big: expected string to have <=3 characters, got "abcd"' },
    ]);
  });

  it('adds what came to the words of any other rule, unless the rule is custom', () => {
    expect(problemsOf(z.object({ n: z.number().multipleOf(5) }), { n: 3 })).toEqual([
      { pointer: '/n', message: 'Invalid number: must be a multiple of 5, got number 3' },
    ]);
  });

  it('adds what came only when zod reports the input', () => {
    expect(zodProblems(z.object({ s: z.string().max(3) }).safeParse({ s: 'abcd' }).error!)).toEqual([
      { pointer: '/s', message: 'Too big: expected string to have <=3 characters' },
    ]);
    const without = (schema: z.ZodType, value: unknown) => zodProblems(schema.safeParse(value).error!).map((p) => p.message);
    expect(without(z.object({ s: z.string().max(3) }), { s: 'abcd' })).toEqual(['Too big: expected string to have <=3 characters']);
    expect(without(z.object({ s: z.string().min(3) }), { s: 'ab' })).toEqual(['Too small: expected string to have >=3 characters']);
    expect(without(z.object({ n: z.number().multipleOf(5) }), { n: 3 })).toEqual(['Invalid number: must be a multiple of 5']);
    expect(without(z.object({ s: z.string().refine(() => false, 'never') }), { s: 'ab' })).toEqual(['never']);
  });
});
