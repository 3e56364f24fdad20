import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import {
  BusyError,
  ConflictError,
  ForbiddenError,
  InputError,
  MethodNotAllowedError,
  NotFoundError,
  StaleVersionError,
  TooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../shared/errors.js';
import { errorResponse, hintText, statusOf } from './errors.js';

/** An app whose one route throws the given error, and the log lines it wrote. */
function throwing(err: Error) {
  const logged: object[] = [];
  const app = new Hono();
  app.onError((e, c) => errorResponse(e, c, { info: () => {}, error: (obj) => logged.push(obj) }));
  app.get('/', () => {
    throw err;
  });
  return { app, logged };
}

describe('errorResponse', () => {
  it.each([
    [new ValidationError([{ pointer: '/a', message: 'bad' }]), 422, 'validation_failed'],
    [new NotFoundError('firm', 'x'), 404, 'not_found'],
    [new ConflictError('taken'), 409, 'conflict'],
    [new StaleVersionError('tie', 't', 1, 2), 409, 'stale_version'],
    [new InputError('not JSON'), 400, 'bad_input'],
    [new TooLargeError('too big'), 413, 'too_large'],
    [new UnsupportedMediaTypeError('not JSON'), 415, 'unsupported_media_type'],
    [new ForbiddenError('no'), 403, 'forbidden'],
    [new BusyError('locked'), 503, 'busy'],
    [new MethodNotAllowedError('PUT', '/x', ['GET', 'HEAD']), 405, 'method_not_allowed'],
  ] as const)('maps %s to its status and code', async (err, status, code) => {
    expect(statusOf(err)).toBe(status);
    const res = await throwing(err).app.request('/');
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it('sends the problems of a validation error and the path of a stale version', async () => {
    const res = await throwing(new ValidationError([{ pointer: '/a', message: 'bad' }])).app.request('/');
    expect(await res.json()).toEqual({ error: { code: 'validation_failed', message: '/a: bad', path: '/a', problems: [{ pointer: '/a', message: 'bad' }] } });
    const stale = await throwing(new StaleVersionError('tie', 't', 1, 2)).app.request('/');
    expect(((await stale.json()) as { error: { path: string } }).error.path).toBe('/version');
  });

  it('asks a client to retry a busy database after a second', async () => {
    const res = await throwing(new BusyError('locked')).app.request('/');
    expect(res.headers.get('retry-after')).toBe('1');
  });

  it('names the methods a route takes in the Allow header of a 405', async () => {
    const res = await throwing(new MethodNotAllowedError('PUT', '/x', ['GET', 'HEAD'])).app.request('/');
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('PUT is not allowed on /x; it takes GET, HEAD');
  });

  it('words an option hint as a query parameter, never as a command-line flag', async () => {
    const conflict = new ConflictError('firm "a" already exists', '/firm/id', { option: 'replace', effect: 'to overwrite it' });
    expect(((await (await throwing(conflict).app.request('/')).json()) as { error: { message: string } }).error.message).toBe(
      'firm "a" already exists; add ?replace=true to overwrite it',
    );
    expect(hintText({ option: 'format', value: 'html', effect: 'for a report that needs no Chromium' })).toBe(
      'use ?format=html for a report that needs no Chromium',
    );
  });

  it('answers an unexpected error with 500 and a message that gives nothing away, and logs it', async () => {
    const boom = new Error('connection to secret-host:5432 failed');
    const { app, logged } = throwing(boom);
    const res = await app.request('/');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal error; the server log has the details' } });
    expect(text).not.toContain('secret-host');
    expect(logged).toEqual([{ err: boom }]);
  });
});
