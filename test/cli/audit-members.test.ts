// Memberships in `foothold audit` on the built binary: `foothold user add` (a new account, then
// another role) is listed as made by $FOOTHOLD_ACTOR, in words and as JSON with the e-mail and role;
// the same role again adds nothing; --firm leaves memberships out; `foothold undo` of one is refused
// with exit 1 and how to change it back, and changes nothing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, cli, freshDataDir, root } from './run-cli.js';

const ACTOR = 'admin@example.org';
const ANN = 'ann@example.org';

interface Listed {
  id: string;
  actor: string;
  userId: string | null;
  itemCount: number;
  items: { firmId: string; collection: string; recordId: string; kind: string; member?: { email: string; role: string } }[];
}

describe('memberships in foothold audit', () => {
  const env = { FOOTHOLD_DATA: freshDataDir(), FOOTHOLD_ACTOR: ACTOR };
  /** `foothold user add` with a password piped in when given. */
  const userAdd = (args: string[], password?: string) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete childEnv['DATABASE_URL'];
    const r = spawnSync(process.execPath, [bin, 'user', 'add', ...args, ...(password === undefined ? [] : ['--password-stdin'])], {
      cwd: root,
      encoding: 'utf8',
      env: childEnv,
      input: password === undefined ? '' : `${password}\n`,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  };
  const audit = (...args: string[]): Listed[] => {
    const r = cli(['audit', '--json', '--workspace', 'agency', ...args], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Listed[];
  };
  /** Ann's account id, as the listing has it. */
  const annId = () => audit().find((c) => c.items[0]?.collection === 'members')?.items[0]?.recordId ?? '';

  beforeAll(() => {
    expect(cli(['import', '--workspace', 'agency', join(root, 'examples/cases/company-a.json')], env).code).toBe(0);
    userAdd([ANN, '--workspace', 'agency', '--role', 'viewer'], 'a long enough password');
    userAdd([ANN, '--workspace', 'agency', '--role', 'analyst']);
    userAdd([ANN, '--workspace', 'agency', '--role', 'analyst']);
  });

  it('lists each change of a membership once, as JSON with the account id, e-mail and role', () => {
    const [changed, added, imported, ...more] = audit();
    expect(more).toEqual([]);
    const id = annId();
    expect(id).toMatch(/^u-/);
    expect(added).toMatchObject({
      actor: ACTOR,
      userId: null,
      itemCount: 1,
      items: [{ firmId: '', collection: 'members', recordId: id, kind: 'insert', member: { email: ANN, role: 'viewer' } }],
    });
    expect(changed).toMatchObject({
      actor: ACTOR,
      items: [{ firmId: '', collection: 'members', recordId: id, kind: 'update', member: { email: ANN, role: 'analyst' } }],
    });
    expect(imported?.items[0]).toMatchObject({ firmId: 'company-a', collection: 'case' });
    expect(audit('--firm', 'company-a').map((c) => c.id)).toEqual([imported?.id]);
  });

  it('says each in words in the text listing', () => {
    const r = cli(['audit', '--workspace', 'agency'], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^chg-\d{17}-[0-9a-f]{10} {2}\S+ {2}admin@example\.org {2}1 record$/);
    expect(lines[1]).toBe(`    member ${ANN} became analyst (${annId()})`);
    expect(lines[3]).toBe(`    member ${ANN} was added as viewer (${annId()})`);
    expect(lines[5]).toBe('    insert company-a case company-a');
  });

  it('refuses to undo a membership change, saying how to change it back, and changes nothing', () => {
    const before = audit();
    const r = cli(['undo', '--workspace', 'agency', before[0]?.id ?? ''], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `error: change ${before[0]?.id ?? ''} changed the membership of ${ANN}, and a membership change is not undone: set the role again on the Members page ` +
        `(or with foothold user add ${ANN} --workspace agency --role <role>), or remove the member there\n`,
    );
    expect(audit()).toEqual(before);
    const users = JSON.parse(cli(['user', 'list', '--json'], env).stdout) as { email: string; memberships: { workspaceId: string; role: string }[] }[];
    expect(users.find((u) => u.email === ANN)?.memberships.map((m) => [m.workspaceId, m.role])).toEqual([['agency', 'analyst']]);
  });
});
