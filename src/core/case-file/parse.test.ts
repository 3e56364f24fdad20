import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseText, upgradeCaseText, validateCaseValue } from './parse.js';
import { sampleCaseInput } from './test-case.js';

const text = (value: unknown) => JSON.stringify(value, null, 2);

describe('parseCaseText', () => {
  it('accepts a complete case and fills defaults', () => {
    const result = parseCaseText(text(sampleCaseInput()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.caseFile.firm.isPseudonym).toBe(false);
    expect(result.caseFile.ties[0]?.status).toBe('active');
    expect(result.caseFile.actors[0]?.roles).toEqual(['advisor']);
  });

  it('reports JSON syntax errors with line and column', () => {
    const result = parseCaseText('{\n  "format": "foothold.case/1",\n  "firm": {,}\n}');
    expect(result).toEqual({ ok: false, kind: 'malformed', problems: [{ pointer: '', message: 'not valid JSON at line 3, column 12: expected a value' }] });
    const noComma = parseCaseText('{"format": "foothold.case/1"\n "firm": {}}');
    expect(noComma.ok === false && noComma.problems[0]?.message).toBe('not valid JSON at line 2, column 2: expected ","');
    const comment = parseCaseText('// a case\n{}');
    expect(comment.ok === false && comment.problems[0]?.message).toMatch(/^not valid JSON at line 1, column 1: /);
  });

  it('rejects an unknown format version and a missing one', () => {
    const v9 = parseCaseText('{"format":"foothold.case/9"}');
    expect(v9.ok === false && v9.problems[0]?.message).toMatch(/unknown format version "foothold.case\/9".*reads foothold.case\/1/);
    const none = validateCaseValue({ firm: {} });
    expect(none.ok === false && none.problems[0]?.pointer).toBe('/format');
    const notObject = validateCaseValue([1, 2]);
    expect(notObject.ok).toBe(false);
  });

  it('names the pointer and the allowed values of an enum', () => {
    const input = sampleCaseInput();
    (input.ties as { networkType: string }[])[1]!.networkType = 'formal';
    const result = validateCaseValue(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ pointer: '/ties/1/networkType', message: 'expected one of social|business|institutional|digital, got "formal"' });
  });

  it('reports missing fields, wrong types, unknown fields and bad country codes', () => {
    const input = sampleCaseInput() as unknown as Record<string, unknown> & { firm: Record<string, unknown>; actors: Record<string, unknown>[] };
    delete input.firm['name'];
    input.firm['foundedYear'] = 'nineteen';
    input.actors[0]!['colour'] = 'red';
    input.actors[1]!['countries'] = ['XX'];
    (input.ties as Record<string, unknown>[])[0]!['strength'] = 6;
    input.firm['employees'] = 38;
    const result = validateCaseValue(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPointer = Object.fromEntries(result.problems.map((p) => [p.pointer, p.message]));
    expect(byPointer['/firm/name']).toBe('required field is missing (expected string)');
    expect(byPointer['/firm/foundedYear']).toBe('expected number, got "nineteen"');
    expect(byPointer['/actors/0/colour']).toBe('unknown field "colour"');
    expect(byPointer['/actors/1/countries/0']).toBe('not an assigned ISO 3166-1 alpha-2 country code');
    // The expected shape or range, not the library's words.
    expect(byPointer['/ties/0/strength']).toBe('expected a whole number from 1 to 5, got number 6');
    expect(byPointer['/firm/employees']).toBe('expected an object with "value" (required), "qualifier", "asOf", got number 38');
  });

  it('reads a format-1 file as format 2, pointing at its fields as written', () => {
    const input = { ...sampleCaseInput(), format: 'foothold.case/1' } as unknown as Record<string, unknown> & {
      actors: Record<string, unknown>[];
      markets: Record<string, unknown>[];
    };
    const v1Actor: Record<string, unknown> = { ...input.actors[1]!, country: 'XX' };
    delete v1Actor['countries'];
    input.actors[1] = v1Actor;
    input.markets[0] = { id: 'mkt-mn', country: 'MN', status: 'entered', entryMode: 'by_camel' };
    const result = validateCaseValue(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPointer = Object.fromEntries(result.problems.map((p) => [p.pointer, p.message]));
    expect(byPointer['/actors/1/country']).toBe('not an assigned ISO 3166-1 alpha-2 country code');
    expect(byPointer['/markets/0/entryMode']).toMatch(/^expected one of export\|indirect_export\|/);
    input.actors[1] = { ...v1Actor, country: 'MN' };
    input.markets[0] = { id: 'mkt-mn', country: 'MN', status: 'entered', entryMode: 'distributor', endedOn: '2020' };
    const read = validateCaseValue(input);
    expect(read.ok && read.caseFile.markets[0]).toEqual({ id: 'mkt-mn', country: 'MN', status: 'past', entryModes: ['distributor'], endedOn: '2020' });
    expect(read.ok && read.caseFile.actors[1]?.countries).toEqual(['MN']);
  });
});

/** What the CLI's validate and import do with any file: typed problems, never an exception (exit 70). */
describe('parseCaseText under fuzzing', () => {
  const runs = Number(process.env['FUZZ_RUNS'] ?? 2000);
  const valid = JSON.stringify(sampleCaseInput());

  it('never throws on a case file with a subtree replaced, a cut, or bytes flipped', () => {
    const mangled = fc.oneof(
      fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat()).map(([value, pick]) => {
        const c = JSON.parse(valid) as Record<string, unknown>;
        const keys = Object.keys(c);
        c[keys[pick % keys.length]!] = value;
        return Buffer.from(JSON.stringify(c));
      }),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => Buffer.from(valid.slice(0, a % valid.length) + valid.slice(b % valid.length))),
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
        const bytes = Buffer.from(valid);
        bytes[at % bytes.length] = byte;
        return bytes;
      }),
    );
    fc.assert(
      fc.property(mangled, (input) => {
        const result = parseCaseText(input);
        if (!result.ok) expect(result.problems.every((p) => typeof p.pointer === 'string' && p.message.length > 0)).toBe(true);
      }),
      { numRuns: runs },
    );
  });
});

describe('validateCaseValue: what a value that is no case file is told', () => {
  const notAnObject = [{ pointer: '', message: 'expected a JSON object with "format": "foothold.case/2"' }];

  it.each([null, [1, 2], 'a case', 5, true])('refuses %j as a whole', (value) => {
    expect(validateCaseValue(value)).toEqual({ ok: false, kind: 'invalid', problems: notAnObject });
  });

  it('asks for the format when it is missing', () => {
    expect(validateCaseValue({ firm: {} })).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [{ pointer: '/format', message: 'required field is missing: this file does not say its format; expected "foothold.case/2"' }],
    });
  });

  it('names an unknown format, hinting at a newer Foothold only for its own kind of format name', () => {
    const problem = (format: unknown) => {
      const result = validateCaseValue({ format, firm: {} });
      expect(result).toMatchObject({ ok: false, kind: 'invalid' });
      return result.ok ? undefined : result.problems;
    };
    expect(problem('foothold.case/9')).toEqual([
      {
        pointer: '/format',
        message: 'unknown format version "foothold.case/9" (a newer Foothold may read it); this Foothold reads foothold.case/1, foothold.case/2',
      },
    ]);
    expect(problem('refi-qda/1.0')).toEqual([
      { pointer: '/format', message: 'unknown format version "refi-qda/1.0"; this Foothold reads foothold.case/1, foothold.case/2' },
    ]);
    expect(problem(1)).toEqual([{ pointer: '/format', message: 'unknown format version 1; this Foothold reads foothold.case/1, foothold.case/2' }]);
  });

  it('reports schema problems as invalid', () => {
    expect(validateCaseValue({ format: 'foothold.case/1', firm: { id: 'x', name: 'X' } })).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [{ pointer: '/firm/countryOfOrigin', message: 'required field is missing (expected string)' }],
    });
  });

  it('reports every problem at once: schema problems, and the references of the records that are valid on their own', () => {
    const input = sampleCaseInput() as unknown as Record<string, Record<string, unknown>[]>;
    input['ties']![2]!['to'] = 'nobody';
    // An invalid actor still holds its id: the tie naming it (/ties/0/to) is not reported missing.
    input['actors']![0]!['kind'] = 'robot';
    input['actors']!.push({ id: 'act-friend', name: 'Twin', kind: 'person' });
    input['benefits'] = [{ id: 'ben-x', benefit: 'reputation', tie: 'tie-linkedin', networkType: 'social' }];
    const result = validateCaseValue(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.pointer)).toEqual(['/actors/0/kind', '/actors/3/id', '/ties/2/to', '/benefits/0/networkType']);
  });

  it('reports reference problems of a file that passes the schema, as invalid', () => {
    const input = sampleCaseInput();
    (input.ties as { to: string }[])[0]!.to = 'nobody';
    expect(validateCaseValue(input)).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [{ pointer: '/ties/0/to', message: '"nobody" does not exist in this file; expected the id of an actor or a key person' }],
    });
  });

  it('passes the reading limits on, and a failed reading through as it is', () => {
    expect(parseCaseText(text(sampleCaseInput()), { maxBytes: 100 })).toMatchObject({ ok: false, kind: 'too_large' });
    expect(parseCaseText(`{"format":${'['.repeat(10)}1${']'.repeat(10)}}`, { maxDepth: 5 })).toMatchObject({ ok: false, kind: 'malformed' });
    expect(parseCaseText('{"format":"foothold.case/1","__proto__":{}}')).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [{ pointer: '/__proto__', message: 'the key "__proto__" is not allowed (it could change how objects behave); remove it' }],
    });
  });

  it('checks the records of a case with no firm and records that are not objects, once each', () => {
    const result = validateCaseValue({ format: 'foothold.case/2', actors: ['x', 'y'] });
    expect(result.ok).toBe(false);
    const pointers = result.ok ? [] : result.problems.map((p) => p.pointer);
    expect(pointers).toContain('/firm');
    expect(pointers.filter((p) => p.startsWith('/actors/'))).toEqual(['/actors/0', '/actors/1']);
    expect(result.ok ? [] : result.problems.filter((p) => p.message.includes('duplicate'))).toEqual([]);
  });

  it('names the firm by its place when a record of a case that fails the schema reuses its id', () => {
    const input = sampleCaseInput() as unknown as Record<string, Record<string, unknown>[]>;
    input['actors']![0]!['kind'] = 'robot';
    input['actors']!.push({ id: 'acme', name: 'Acme again', kind: 'person' });
    const result = validateCaseValue(input);
    expect(result.ok ? [] : result.problems.filter((p) => p.pointer !== '/actors/0/kind')).toEqual([
      { pointer: '/actors/3/id', message: 'duplicate id "acme": already used at /firm' },
    ]);
  });

  it('reports a field the schema has flagged once, even when the reference checks flag it too', () => {
    const input = sampleCaseInput() as unknown as Record<string, Record<string, unknown>[]>;
    input['actors']!.push({ id: 'Not An Id', name: 'One', kind: 'person' }, { id: 'Not An Id', name: 'Two', kind: 'person' });
    const result = validateCaseValue(input);
    expect(result.ok ? [] : result.problems.map((p) => p.pointer)).toEqual(['/actors/3/id', '/actors/4/id']);
  });
});

describe('upgradeCaseText', () => {
  it('passes a failed reading through as it is', () => {
    expect(upgradeCaseText('{"format": ')).toMatchObject({ ok: false, kind: 'malformed' });
  });

  it('refuses an invalid file with its problems, in format 1 as in format 2', () => {
    const v1 = upgradeCaseText(text({ format: 'foothold.case/1', firm: { id: 'x', name: 'X' } }));
    expect(v1).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [{ pointer: '/firm/countryOfOrigin', message: 'required field is missing (expected string)' }],
    });
  });

  it('gives a file in the current format back as written, with no changes', () => {
    const input = sampleCaseInput();
    const result = upgradeCaseText(text(input));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(input);
    expect(result.changes).toEqual([]);
    expect(result.caseFile.firm.id).toBe('acme');
  });
});
