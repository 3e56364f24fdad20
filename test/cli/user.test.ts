// `foothold user` through the built binary: an account made with a piped password, given a role in a
// second workspace, listed and reset; every refusal leaves the accounts as they were. Whether a
// password took is asked of the account service itself (a login on the same SQLite file).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLE_DESCRIPTIONS, ROLES } from '../../src/core/access/policy.js';
import { login, MIN_PASSWORD_LENGTH, sessionPrincipal } from '../../src/services/account-service.js';
import { UnauthorizedError } from '../../src/shared/errors.js';
import { openStore } from '../../src/store/open.js';
import type { CaseStore } from '../../src/store/types.js';
import { bin, freshDataDir, root, type CliResult } from './run-cli.js';

const password = () => `pw-${randomBytes(9).toString('base64url')}`;
const ANN_FIRST = password();
const ANN_SECOND = password();
const BO = password();
const ALL_PASSWORDS = [ANN_FIRST, ANN_SECOND, BO];

let dataDir: string;
const outputs: CliResult[] = [];

/** `foothold user …` with `input` on standard input (none: an empty pipe). */
function user(args: string[], input?: string): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, FOOTHOLD_DATA: dataDir };
  delete env['DATABASE_URL'];
  const r = spawnSync(process.execPath, [bin, 'user', ...args], { cwd: root, encoding: 'utf8', env, input: input ?? '' });
  const result = { code: r.status, stdout: r.stdout, stderr: r.stderr };
  outputs.push(result);
  return result;
}

function ok(args: string[], input?: string): string {
  const r = user(args, input);
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return r.stdout;
}

async function withTestStore<T>(fn: (store: CaseStore) => Promise<T>): Promise<T> {
  const store = await openStore({ kind: 'sqlite', file: join(dataDir, 'foothold.sqlite') });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

let attempt = 0;
/** Whether the service lets the account log in with that password (each try from its own address, so no rate limit is reached). */
async function logsIn(email: string, pw: string): Promise<boolean> {
  attempt += 1;
  return withTestStore((store) =>
    login(store, { email, password: pw, address: `192.0.2.${attempt}` }, new Date()).then(
      () => true,
      (err: unknown) => {
        if (err instanceof UnauthorizedError) return false;
        throw err;
      },
    ),
  );
}

interface ListedUser {
  id: string;
  email: string;
  name: string;
  memberships: { workspaceId: string; workspaceName: string; workspaceKind: string; role: string; actions: string[] }[];
}
const listed = (): ListedUser[] => JSON.parse(ok(['list', '--json'])) as ListedUser[];

beforeAll(() => {
  dataDir = freshDataDir();
});

describe('foothold user, from the first account on', () => {
  it('says how to start when there is no account', () => {
    expect(ok(['list'])).toBe('no accounts yet; add one with foothold user add EMAIL --workspace W --role owner --password-stdin\n');
    expect(listed()).toEqual([]);
  });

  it('makes an account with the password piped in', async () => {
    const out = ok(['add', 'ann@example.org', '--name', 'Ann Example', '--workspace', 'agency', '--role', 'owner', '--password-stdin'], `${ANN_FIRST}\n`);
    expect(out).toBe('added ann@example.org to agency as owner (new account)\n');
    expect(await logsIn('ann@example.org', ANN_FIRST)).toBe(true);
    expect(await logsIn('ann@example.org', `${ANN_FIRST}\n`)).toBe(false);
  });

  it('gives the existing account a role in a second workspace without a password, whatever the case of the address', () => {
    const out = ok(['add', 'Ann@Example.ORG', '--workspace', 'client-a', '--role', 'viewer']);
    expect(out).toBe('added ann@example.org to client-a as viewer (existing account)\n');
  });

  it('takes only the first line of standard input, without its CR LF', async () => {
    ok(['add', 'bo@example.org', '-w', 'client-a', '--role', 'analyst', '--password-stdin'], `${BO}\r\nnot the password\n`);
    expect(await logsIn('bo@example.org', BO)).toBe(true);
  });

  it('lists each account with every workspace and role', () => {
    const expected = [
      'ann@example.org  Ann Example',
      `  agency: owner (${ROLE_DESCRIPTIONS.owner})`,
      `  client-a: viewer (${ROLE_DESCRIPTIONS.viewer})`,
      'bo@example.org  bo',
      `  client-a: analyst (${ROLE_DESCRIPTIONS.analyst})`,
    ];
    expect(ok(['list'])).toBe(expected.map((line) => `${line}\n`).join(''));
  });

  it('lists them as JSON, with what each role may do', () => {
    const [ann, bo, ...more] = listed();
    expect(more).toEqual([]);
    expect(ann).toMatchObject({ email: 'ann@example.org', name: 'Ann Example' });
    expect(ann?.id).toMatch(/^u-/);
    expect(ann?.memberships.map((m) => [m.workspaceId, m.role])).toEqual([
      ['agency', 'owner'],
      ['client-a', 'viewer'],
    ]);
    expect(ann?.memberships[0]?.actions).toContain('manage_members');
    expect(ann?.memberships[1]?.actions).toEqual(['read']);
    expect(bo?.memberships).toEqual([
      { workspaceId: 'client-a', workspaceName: 'client-a', workspaceKind: 'portfolio', role: 'analyst', actions: expect.any(Array) },
    ]);
    expect(bo?.memberships[0]?.actions).not.toContain('manage_members');
  });

  it('resets a password and ends the sessions of the account', async () => {
    const session = await withTestStore((store) => login(store, { email: 'ann@example.org', password: ANN_FIRST, address: '198.51.100.1' }, new Date()));
    const out = ok(['reset', 'ann@example.org', '--password-stdin'], `${ANN_SECOND}\n`);
    expect(out).toBe('changed the password of ann@example.org and ended its sessions: it logs in again with the new password\n');
    expect(await withTestStore((store) => sessionPrincipal(store, session.sessionToken, new Date()))).toBeUndefined();
    expect(await logsIn('ann@example.org', ANN_FIRST)).toBe(false);
    expect(await logsIn('ann@example.org', ANN_SECOND)).toBe(true);
  });
});

describe('foothold user, refusals', () => {
  let before: ListedUser[];
  beforeAll(() => {
    before = listed();
    expect(before).toHaveLength(2);
  });

  const short = 'x'.repeat(MIN_PASSWORD_LENGTH - 1);
  it.each([
    [
      'a new account without a password',
      ['add', 'cy@example.org', '-w', 'new-ws', '--role', 'viewer'],
      undefined,
      1,
      /no account for cy@example\.org yet.*--password-stdin/,
    ],
    [
      'an empty password',
      ['add', 'cy@example.org', '-w', 'new-ws', '--role', 'viewer', '--password-stdin'],
      '\n',
      1,
      /password read from standard input is empty/,
    ],
    ['no standard input at all', ['add', 'cy@example.org', '-w', 'new-ws', '--role', 'viewer', '--password-stdin'], '', 1, /is empty/],
    [
      'a password for an existing account',
      ['add', 'ann@example.org', '-w', 'agency', '--role', 'viewer', '--password-stdin'],
      `${BO}\n`,
      1,
      /exists already.*foothold user reset/,
    ],
    [
      'a role there is not',
      ['add', 'cy@example.org', '-w', 'new-ws', '--role', 'admin', '--password-stdin'],
      `${BO}\n`,
      2,
      /Allowed choices are owner, analyst, advisor, viewer/,
    ],
    ['no workspace', ['add', 'cy@example.org', '--role', 'viewer', '--password-stdin'], `${BO}\n`, 2, /required option '-w, --workspace <id>' not specified/],
    [
      'a workspace id that is not one',
      ['add', 'cy@example.org', '-w', 'New WS', '--role', 'viewer', '--password-stdin'],
      `${BO}\n`,
      2,
      /expected a workspace id/,
    ],
    [
      'no e-mail address',
      ['add', 'cy.example.org', '-w', 'new-ws', '--role', 'viewer', '--password-stdin'],
      `${BO}\n`,
      1,
      /^\/email: expected an e-mail address/m,
    ],
    [
      'a short password',
      ['add', 'cy@example.org', '-w', 'new-ws', '--role', 'viewer', '--password-stdin'],
      `${short}\n`,
      1,
      /^\/password: a password must have 10 /m,
    ],
    ['a reset of an account there is not', ['reset', 'cy@example.org', '--password-stdin'], `${BO}\n`, 1, /account "cy@example\.org" was not found/],
    ['a reset without --password-stdin', ['reset', 'ann@example.org'], `${BO}\n`, 2, /required option '--password-stdin' not specified/],
    ['a reset to a short password', ['reset', 'ann@example.org', '--password-stdin'], `${short}\n`, 1, /^\/password: /m],
  ])('refuses %s and writes nothing', async (_what, args, input, code, message) => {
    const r = user(args, input);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(listed()).toEqual(before);
    expect((await withTestStore((store) => store.listWorkspaces())).map((w) => w.id)).not.toContain('new-ws');
  });

  it('left the password of the account as it was', async () => {
    expect(await logsIn('ann@example.org', ANN_SECOND)).toBe(true);
  });
});

describe('foothold user --help', () => {
  it('explains the roles in the words of the policy, offering each as a choice', () => {
    const help = ok(['--help']);
    const addHelp = ok(['add', '--help']);
    for (const role of ROLES) {
      expect(help).toMatch(new RegExp(`^  ${role} +${ROLE_DESCRIPTIONS[role].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      expect(addHelp).toContain(`"${role}"`);
    }
  });

  it('shows the piped example, why a password is never an argument, and its least length', () => {
    for (const args of [['--help'], ['add', '--help'], ['reset', '--help']]) {
      const help = ok(args);
      expect(help).toMatch(/echo "\$PW" \| foothold user (add ann@example\.org --workspace agency --role owner|reset ann@example\.org) --password-stdin/);
      expect(help).toMatch(/never taken\s+as an argument, where it would show in the process list and in the shell history/);
      expect(help).toMatch(new RegExp(`It needs ${MIN_PASSWORD_LENGTH}\\s+characters at least`));
    }
  });
});

describe('foothold user output', () => {
  it('never held a password', () => {
    expect(outputs.length).toBeGreaterThan(10);
    for (const r of outputs) for (const pw of ALL_PASSWORDS) expect(r.stdout + r.stderr).not.toContain(pw);
  });
});
