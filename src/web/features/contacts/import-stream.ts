/**
 * Reads the streamed answer of a contact import (Accept: application/x-ndjson): one JSON object a
 * line, progress lines first, then the result or the error the server would have answered with.
 */
import { ApiError, type ApiProblem, type Schemas } from '../../lib/api';
import type { ContactImport, ImportStage } from './contacts-view';

export interface ImportProgress {
  stage: ImportStage;
  done: number;
  total: number;
}

type ImportLine = Schemas['ContactImportLine'];

/** The result line's import; an error line as the ApiError it stands for; progress lines to onProgress on the way. */
export async function readImportStream(body: ReadableStream<Uint8Array>, onProgress: (progress: ImportProgress) => void): Promise<ContactImport> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  // The pieces of a line still on its way: a preview's result is one line of megabytes, in many pieces.
  let partial: string[] = [];
  let outcome: { result: ContactImport } | { error: ApiError } | undefined;
  const take = (text: string) => {
    if (text.trim() === '' || outcome !== undefined) return;
    const line = parse(text);
    if ('progress' in line) onProgress(line.progress);
    else if ('result' in line) outcome = { result: line.result };
    else outcome = { error: new ApiError(200, line.error.code, line.error.message, (line.error.problems ?? []) as ApiProblem[]) };
  };
  // Read to the end even after the last line: a body left unread is a request the browser aborts.
  for (;;) {
    const { done, value } = await reader.read();
    // A character cut between two pieces is held by the decoder until the rest comes.
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    let from = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
      take(partial.join('') + text.slice(from, end));
      partial = [];
      from = end + 1;
    }
    partial.push(text.slice(from));
    if (done) break;
  }
  take(partial.join(''));
  if (outcome === undefined) {
    throw new ApiError(
      0,
      'interrupted',
      'The connection ended before the server said how the import went. The contacts below show what the firm has now; choose the file again to see what is left to import.',
    );
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}

function parse(text: string): ImportLine {
  try {
    return JSON.parse(text) as ImportLine;
  } catch {
    throw new ApiError(0, 'unreadable', `The server's answer could not be read: ${text.slice(0, 80)}`);
  }
}
