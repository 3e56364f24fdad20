import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { readImportStream, type ImportProgress } from './import-stream';

/** A body that arrives in the given pieces, as a network would cut it. */
const body = (...pieces: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece));
      controller.close();
    },
  });

const RESULT = { format: 'linkedin', dryRun: false, created: 2, updated: 0, unchanged: 1, organizationsCreated: 1, skipped: [], review: [] };

describe('readImportStream', () => {
  it('hands on each progress line and returns the result, however the lines are cut', async () => {
    const seen: ImportProgress[] = [];
    const lines = [
      '{"progress":{"stage":"reading","done":0,"total":1}}\n',
      '{"progress":{"stage":"matching","done":2,"total":3}}\n',
      `{"result":${JSON.stringify(RESULT)}}\n`,
    ].join('');
    const result = await readImportStream(body(lines.slice(0, 20), lines.slice(20, 61), lines.slice(61, 62), lines.slice(62)), (p) => seen.push(p));
    expect(result).toEqual(RESULT);
    expect(seen).toEqual([
      { stage: 'reading', done: 0, total: 1 },
      { stage: 'matching', done: 2, total: 3 },
    ]);
  });

  it('keeps a character whose bytes come in two pieces', async () => {
    const skipped = [{ line: 3, reason: 'Apotek Hjärtat: no name' }];
    const bytes = new TextEncoder().encode(`{"result":${JSON.stringify({ ...RESULT, skipped })}}\n`);
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of "ä"
    const pieces = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    expect((await readImportStream(pieces, () => {})).skipped).toEqual(skipped);
  });

  it('takes a last line without its newline', async () => {
    expect(await readImportStream(body(`{"result":${JSON.stringify(RESULT)}}`), () => {})).toEqual(RESULT);
  });

  it('throws the error line as the ApiError it stands for, with its problems', async () => {
    const error = {
      code: 'validation_failed',
      message: 'Connections.csv: line 6: a quote is never closed',
      problems: [{ file: 'Connections.csv', pointer: '', message: 'line 6: a quote is never closed' }],
    };
    const failed = await readImportStream(body('{"progress":{"stage":"reading","done":0,"total":1}}\n', `${JSON.stringify({ error })}\n`), () => {}).catch(
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(ApiError);
    expect(failed).toMatchObject({ code: 'validation_failed', message: error.message, problems: error.problems });
  });

  it('says so when the answer ends before a result, or is not JSON', async () => {
    const cut = await readImportStream(body('{"progress":{"stage":"writing","done":10,"total":99}}\n'), () => {}).catch((e: unknown) => e);
    expect(cut).toMatchObject({ code: 'interrupted', message: expect.stringContaining('ended before the server said how the import went') as string });
    const garbled = await readImportStream(body('<html>proxy error</html>\n'), () => {}).catch((e: unknown) => e);
    expect(garbled).toMatchObject({ code: 'unreadable', message: "The server's answer could not be read: <html>proxy error</html>" });
  });
});
