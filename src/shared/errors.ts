/**
 * Typed errors of the whole application. Each layer throws these; the HTTP app and the CLI map
 * them to a status or exit code in exactly one place each (api/errors.ts, cli/errors.ts).
 */

/** One thing wrong with an input, located by a JSON pointer (RFC 6901) inside it. */
export interface Problem {
  /** The file or input the problem is in, when there is one. */
  file?: string;
  /** JSON pointer to the offending value, "" for the whole document. */
  pointer: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.pointer === '' ? '/' : p.pointer;
  return p.file === undefined ? `${where}: ${p.message}` : `${p.file}: ${where}: ${p.message}`;
}

/**
 * A way out the caller takes by setting one option of the same operation. Core and services name it
 * neutrally; each edge words it (`use --replace` on the command line, `add ?replace=true` over
 * HTTP), so no message of a shared error speaks of flags or query strings.
 */
export interface OptionHint {
  /** The option's name, the same at every edge: "replace", "format". */
  option: string;
  /** The value to give it; absent for a switch that is simply turned on. */
  value?: string;
  /** What taking it does, read after the option: "to overwrite it". */
  effect: string;
}

export abstract class FootholdError extends Error {
  abstract readonly code: string;
  /** JSON pointer (or field path) the error is about, when there is one. */
  readonly path: string | undefined;
  /** An option that would avoid the error; the edges append it to the message in their own words. */
  readonly hint: OptionHint | undefined;
  constructor(message: string, path?: string, hint?: OptionHint) {
    super(message);
    this.name = new.target.name;
    this.path = path;
    this.hint = hint;
  }
}

/** Input that breaks a rule: each problem says where and what would be right. */
export class ValidationError extends FootholdError {
  readonly code = 'validation_failed';
  readonly problems: Problem[];
  constructor(problems: Problem[], message?: string) {
    const first = problems[0];
    super(
      message ??
        (problems.length === 1 && first !== undefined
          ? formatProblem(first)
          : `${problems.length} problems; the first: ${first === undefined ? '' : formatProblem(first)}`),
      first?.pointer,
    );
    this.problems = problems;
  }
}

export class NotFoundError extends FootholdError {
  readonly code = 'not_found';
  constructor(what: string, id: string) {
    super(`${what} "${id}" was not found`);
  }
}

/** The record exists already; the caller may replace it explicitly. */
export class ConflictError extends FootholdError {
  readonly code: string = 'conflict';
}

/** An update carried a version that is no longer the stored one. */
export class StaleVersionError extends ConflictError {
  override readonly code = 'stale_version';
  constructor(what: string, id: string, expected: number, actual: number) {
    super(
      `${what} "${id}" was changed by someone else: you sent version ${expected}, the stored version is ${actual}. Reload it and apply your change again.`,
      '/version',
    );
  }
}

/** A file could not be read at all (missing, unreadable, not JSON, unknown format). */
export class InputError extends FootholdError {
  readonly code = 'bad_input';
}

/** An input larger than Foothold accepts (HTTP 413). */
export class TooLargeError extends FootholdError {
  readonly code = 'too_large';
}

/** A request whose body is not in a format the route takes (HTTP 415). */
export class UnsupportedMediaTypeError extends FootholdError {
  readonly code = 'unsupported_media_type';
}

/** A request with a method the route does not take (HTTP 405, with the methods it does take). */
export class MethodNotAllowedError extends FootholdError {
  readonly code = 'method_not_allowed';
  readonly allowed: readonly string[];
  constructor(method: string, path: string, allowed: readonly string[]) {
    super(`${method} is not allowed on ${path}; it takes ${allowed.join(', ')}`);
    this.allowed = allowed;
  }
}

/** A request refused before it reached any data: foreign Host, cross-site Origin (HTTP 403). */
export class ForbiddenError extends FootholdError {
  readonly code = 'forbidden';
}

/** The database stayed locked by another process longer than Foothold waits (HTTP 503; try again). */
export class BusyError extends FootholdError {
  readonly code = 'busy';
}

/** No valid session or token where the server requires one (HTTP 401), or a login that failed. */
export class UnauthorizedError extends FootholdError {
  readonly code = 'unauthorized';
}

/** Too many attempts in a window (HTTP 429 with Retry-After). */
export class TooManyRequestsError extends FootholdError {
  readonly code = 'too_many_requests';
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
