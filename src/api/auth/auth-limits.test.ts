// Login rate limiting over HTTP (issue 13): after 10 failed logins within 15 minutes for one account,
// or from one address, the next attempt is refused with 429 and Retry-After before the password is
// even checked; once the window has passed (an injected clock, never the wall clock) it works again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addUser, LOGIN_ATTEMPTS } from '../../services/account-service.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';

const T0 = new Date('2026-01-10T09:00:00Z');
const PASSWORD = 'correct horse battery staple';

let store: CaseStore;
let clock: Date;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  for (const name of ['tried', 'reset', 'neighbour', 'bystander']) {
    await addUser(store, { email: `${name}@a.example`, password: PASSWORD, workspace: 'ws-a', role: 'viewer' }, T0);
  }
  // Behind a proxy the client's address is the last one in X-Forwarded-For: the tests choose it.
  app = createApp({ store, now: () => clock, logger: silentLogger, auth: 'required', trustProxy: true });
});
afterAll(() => store.close());
beforeEach(() => {
  clock = T0;
});

const later = (seconds: number) => new Date(clock.getTime() + seconds * 1000);

async function login(email: string, password: string, address: string): Promise<Response> {
  return app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  });
}

/** Seconds from the Retry-After header, which must be a whole number above zero. */
function retryAfter(res: Response): number {
  const header = res.headers.get('retry-after') ?? '';
  expect(header).toMatch(/^[1-9]\d*$/);
  return Number(header);
}

describe('per account', () => {
  it('refuses the 11th attempt within 15 minutes, even with the right password, until Retry-After has passed', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_ATTEMPTS; i++) {
      // Each from its own address, and the e-mail spelt in other cases too: only the account's count can reach the limit.
      const email = i % 2 === 0 ? 'tried@a.example' : ' Tried@A.EXAMPLE ';
      statuses.push((await login(email, `wrong password ${i}`, `198.51.100.${i}`)).status);
      clock = later(10);
    }
    expect(statuses).toEqual(Array.from({ length: 10 }, () => 401));

    const refused = await login('tried@a.example', PASSWORD, '198.51.100.200');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'too_many_requests',
      message: expect.stringContaining('for this account'),
    });
    const wait = retryAfter(refused);
    expect(wait).toBeLessThanOrEqual(15 * 60);

    const start = clock;
    clock = new Date(start.getTime() + (wait - 1) * 1000);
    const stillRefused = await login('tried@a.example', PASSWORD, '198.51.100.201');
    expect(stillRefused.status).toBe(429);
    expect(retryAfter(stillRefused)).toBe(1);

    clock = new Date(start.getTime() + wait * 1000);
    expect((await login('tried@a.example', PASSWORD, '198.51.100.202')).status).toBe(200);
  });

  it('counts afresh after a successful login', async () => {
    const fail = (i: number) => login('reset@a.example', 'wrong password', `192.0.2.${i}`);
    for (let i = 0; i < LOGIN_ATTEMPTS - 1; i++) expect((await fail(i)).status).toBe(401);
    expect((await login('reset@a.example', PASSWORD, '192.0.2.100')).status).toBe(200);
    for (let i = 0; i < LOGIN_ATTEMPTS - 1; i++) expect((await fail(20 + i)).status).toBe(401);
    expect((await login('reset@a.example', PASSWORD, '192.0.2.101')).status).toBe(200);
  });
});

describe('per address', () => {
  it('refuses the 11th attempt from one address, whatever the accounts tried, while other addresses log in', async () => {
    const address = '203.0.113.9';
    for (let i = 0; i < LOGIN_ATTEMPTS; i++) {
      // A forged entry in front changes nothing: the address is the one the proxy appended last.
      const forwarded = `10.0.0.${i}, ${address}`;
      expect((await login(`guess-${i}@a.example`, 'wrong password', forwarded)).status).toBe(401);
    }
    const refused = await login('neighbour@a.example', PASSWORD, `10.1.1.1, ${address}`);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('from this address');
    const wait = retryAfter(refused);

    expect((await login('neighbour@a.example', PASSWORD, '203.0.113.10')).status).toBe(200);

    clock = later(wait);
    expect((await login('neighbour@a.example', PASSWORD, address)).status).toBe(200);
  });

  it('does not clear the address’s count on a login: a guesser cannot reset it with an account of their own', async () => {
    const address = '203.0.113.50';
    for (let i = 0; i < LOGIN_ATTEMPTS - 1; i++) expect((await login('bystander@a.example', 'wrong password', address)).status).toBe(401);
    // Nine failures for both keys: the tenth attempt is still checked, and succeeds.
    expect((await login('bystander@a.example', PASSWORD, address)).status).toBe(200);
    // The account's count is cleared by that login, the address's is not: one more failure from it reaches ten.
    expect((await login('bystander@a.example', 'wrong password', address)).status).toBe(401);
    expect((await login('bystander@a.example', PASSWORD, address)).status).toBe(429);
    expect((await login('bystander@a.example', PASSWORD, '203.0.113.51')).status).toBe(200);
  });
});
