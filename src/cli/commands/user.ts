/**
 * foothold user add|reset|list — the accounts of the multi-user server (`foothold serve --auth`,
 * issue 13). Passwords come only on standard input (--password-stdin), never as an argument: an
 * argument shows in the process list and in the shell's history. No password is ever printed.
 */
import { Option, type Command } from 'commander';
import type { Role } from '../../core/access/policy.js';
import { ConflictError, InputError } from '../../shared/errors.js';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { withStore } from '../store.js';

// Spelled out here so that registering loads nothing of the core; `satisfies` keeps it in step.
const ROLES = ['owner', 'analyst', 'advisor', 'viewer'] as const satisfies readonly Role[];

/** Enough for the longest password the service takes (1,024 characters of up to 4 bytes), and a margin. */
const MAX_STDIN_LINE = 8 * 1024;

const accounts = () => import('../../services/account-service.js');

const PASSWORD_NOTE = [
  '',
  'The password is read from standard input, its first line without the newline: it is never taken',
  'as an argument, where it would show in the process list and in the shell history. It needs 10',
  'characters at least.',
].join('\n');

/**
 * The first line of a piped standard input, without its line ending; refuses a terminal (the
 * password would be echoed), an empty line, and a line longer than any password.
 */
async function readPasswordLine(stdin: NodeJS.ReadStream, example: string): Promise<string> {
  if (stdin.isTTY) throw new InputError(`--password-stdin reads a piped password, not one typed on the terminal; pipe it in: ${example}`);
  stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of stdin as AsyncIterable<string>) {
    text += chunk;
    // Stop at the first newline: what follows is not read, and a writer that keeps the pipe open does not hold us up.
    if (text.includes('\n') || text.length > MAX_STDIN_LINE) break;
  }
  const end = text.indexOf('\n');
  if (end < 0 && text.length > MAX_STDIN_LINE) throw new InputError('the first line of standard input is longer than any password may be');
  const password = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
  if (password === '') throw new InputError(`the password read from standard input is empty; pipe it in: ${example}`);
  return password;
}

const ADD_EXAMPLE = 'echo "$PW" | foothold user add ann@example.org --workspace agency --role owner --password-stdin';
const RESET_EXAMPLE = 'echo "$PW" | foothold user reset ann@example.org --password-stdin';

interface AddOptions {
  workspace: string;
  role: Role;
  name?: string;
  passwordStdin?: boolean;
}

export function registerUserCommands(program: Command, io: CliIo): void {
  const user = program
    .command('user')
    .description('add accounts for the server run with --auth, give them a role in a workspace, reset passwords, list them')
    .addHelpText(
      'after',
      [
        '',
        // The words of ROLE_DESCRIPTIONS in core/access/policy.ts (test/cli/user.test.ts keeps them equal).
        'Roles in a workspace:',
        '  owner    everything, including members and roles, erasing a person and backups',
        '  analyst  read, change, delete and export cases',
        '  advisor  read, change and export cases; deletes nothing',
        '  viewer   read only',
        PASSWORD_NOTE,
        '',
        'Examples:',
        `  $ ${ADD_EXAMPLE}`,
        '  $ foothold user add ann@example.org --workspace client-a --role viewer',
        `  $ ${RESET_EXAMPLE}`,
        '  $ foothold user list',
      ].join('\n'),
    );

  // Required here, not defaulted: a role given in the "default" workspace because a flag was
  // forgotten would be access nobody meant to grant.
  const workspace = workspaceOption().default(undefined).makeOptionMandatory();
  workspace.description = 'the workspace the account gets its role in (made when it does not exist yet)';

  user
    .command('add')
    .description('make an account (with a password) or give an existing one a role in a workspace')
    .argument('<email>', "the person's e-mail address, which they log in with")
    .addOption(workspace)
    .addOption(new Option('--role <role>', 'what the account may do in the workspace').choices(ROLES).makeOptionMandatory())
    .option('--name <name>', 'the name shown for a new account (default: the part of the e-mail before "@")')
    .option('--password-stdin', "read the new account's password from standard input; needed for a new account, refused for an existing one")
    .addHelpText(
      'after',
      [
        '',
        'An account that exists already only gets the role (or has its role changed); its password',
        'and name stay as they are: use foothold user reset for the password.',
        PASSWORD_NOTE,
        '',
        'Examples:',
        `  $ ${ADD_EXAMPLE}`,
        '  $ foothold user add ann@example.org --workspace client-a --role viewer',
        '  $ foothold user add bo@example.org --name "Bo Lind" --workspace agency --role analyst --password-stdin < bo-password.txt',
      ].join('\n'),
    )
    .action(async (email: string, opts: AddOptions) => {
      const password = opts.passwordStdin === true ? await readPasswordLine(process.stdin, ADD_EXAMPLE) : undefined;
      const { addUser } = await accounts();
      const input = { email, workspace: opts.workspace, role: opts.role, ...(opts.name === undefined ? {} : { name: opts.name }) };
      const { user: added, created } = await withStore((store) =>
        addUser(store, password === undefined ? input : { ...input, password }, new Date()).catch((err: unknown) => {
          throw inCommandLineWords(err, password !== undefined);
        }),
      );
      io.out(`added ${added.email} to ${opts.workspace} as ${opts.role} (${created ? 'new account' : 'existing account'})`);
      if (!created && opts.name !== undefined && opts.name.trim() !== added.name) {
        io.err(`note: --name is for a new account; ${added.email} keeps the name "${added.name}"`);
      }
    });

  user
    .command('reset')
    .description('set a new password for an account and end all of its sessions (it logs in again)')
    .argument('<email>', 'the e-mail address of the account')
    .addOption(new Option('--password-stdin', 'read the new password from standard input').makeOptionMandatory())
    .addHelpText('after', [PASSWORD_NOTE, '', 'Example:', `  $ ${RESET_EXAMPLE}`].join('\n'))
    .action(async (email: string) => {
      const password = await readPasswordLine(process.stdin, RESET_EXAMPLE);
      const { resetPassword } = await accounts();
      const reset = await withStore((store) => resetPassword(store, email, password, new Date()));
      io.out(`changed the password of ${reset.email} and ended its sessions: it logs in again with the new password`);
    });

  user
    .command('list')
    .description('list the accounts with their workspaces and roles')
    .option('--json', 'print [{ id, email, name, memberships: [{ workspaceId, workspaceName, workspaceKind, role, actions }] }]')
    .addHelpText('after', '\nExamples:\n  $ foothold user list\n  $ foothold user list --json')
    .action(async (opts: { json?: boolean }) => {
      const [{ listUsers }, { actionsOf, ROLE_DESCRIPTIONS }] = await Promise.all([accounts(), import('../../core/access/policy.js')]);
      const users = await withStore((store) => listUsers(store));
      if (opts.json) {
        const withActions = users.map((u) => ({ ...u, memberships: u.memberships.map((m) => ({ ...m, actions: actionsOf(m.role) })) }));
        io.out(JSON.stringify(withActions, null, 2));
        return;
      }
      if (users.length === 0) {
        io.out('no accounts yet; add one with foothold user add EMAIL --workspace W --role owner --password-stdin');
        return;
      }
      for (const u of users) {
        io.out(`${u.email}  ${u.name}`);
        if (u.memberships.length === 0) io.out('  (no workspace)');
        for (const m of u.memberships) io.out(`  ${m.workspaceId}: ${m.role} (${ROLE_DESCRIPTIONS[m.role]})`);
      }
    });
}

/**
 * The two refusals of addUser that an option of this command avoids, worded for the command line;
 * the service's own messages do not name flags. Any other error passes unchanged.
 */
function inCommandLineWords(err: unknown, hadPassword: boolean): unknown {
  if (!hadPassword && err instanceof InputError) return new InputError(`${err.message}; pipe one in with --password-stdin, e.g. ${ADD_EXAMPLE}`);
  if (hadPassword && err instanceof ConflictError)
    return new ConflictError(`${err.message}; add the role without --password-stdin, or change the password with foothold user reset`);
  return err;
}
