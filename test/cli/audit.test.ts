// `foothold audit` and `foothold undo` on the built binary: an import is listed as made by
// cli:<login> (or $FOOTHOLD_ACTOR), as text and JSON, by firm, and in full with --change; undo removes
// the imported firm and is itself listed; a second undo is refused with exit 1 and the reason.
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, freshDataDir, root } from './run-cli.js';

const sampleFile = (id: string) => join(root, 'examples/cases', `${id}.json`);

interface Listed {
  id: string;
  actor: string;
  userId: string | null;
  undoOf: string | null;
  undoneBy: string | null;
  itemCount: number;
  items: { firmId: string; collection: string; recordId: string; kind: string }[];
}

describe('foothold audit and undo', () => {
  const env = { FOOTHOLD_DATA: freshDataDir() };
  const audit = (...args: string[]): Listed[] => {
    const r = cli(['audit', '--json', ...args], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Listed[];
  };

  beforeAll(() => {
    const empty = cli(['audit'], env);
    expect(empty).toEqual({ code: 0, stdout: 'no changes recorded\n', stderr: '' });
    expect(cli(['import', sampleFile('company-a')], env).code).toBe(0);
    expect(cli(['import', sampleFile('company-b')], { ...env, FOOTHOLD_ACTOR: 'ann@example.org' }).code).toBe(0);
  });

  it('lists each import, newest first, as made by $FOOTHOLD_ACTOR when set and else by cli:<login>', () => {
    const r = cli(['audit'], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^chg-\d{17}-[0-9a-f]{10} {2}\d{4}-\d\d-\d\dT[\d:.]+Z {2}ann@example\.org {2}1 record$/);
    expect(lines[1]).toBe('    insert company-b case company-b');
    expect(lines[2]).toContain(`  cli:${userInfo().username}  1 record`);
    expect(lines[3]).toBe('    insert company-a case company-a');
    expect(audit().map((c) => [c.actor, c.userId, c.items[0]?.firmId])).toEqual([
      ['ann@example.org', null, 'company-b'],
      [`cli:${userInfo().username}`, null, 'company-a'],
    ]);
  });

  it('narrows to one firm with --firm and to fewer with --limit', () => {
    expect(audit('--firm', 'company-a').map((c) => c.items[0]?.firmId)).toEqual(['company-a']);
    expect(audit('--firm', 'nobody')).toEqual([]);
    expect(audit('--limit', '1').map((c) => c.items[0]?.firmId)).toEqual(['company-b']);
    expect(cli(['audit', '--limit', '0'], env).code).toBe(2);
  });

  it('prints one change in full with --change: the case after, nothing before', () => {
    const [latest] = audit('--firm', 'company-b');
    const r = cli(['audit', '--change', latest!.id], env);
    expect(r.code).toBe(0);
    const change = JSON.parse(r.stdout) as Listed & { items: { before: unknown; after: { firm: { id: string; name: string } } }[] };
    expect(change.id).toBe(latest!.id);
    expect(change.items).toHaveLength(1);
    expect(change.items[0]?.before).toBeNull();
    expect(change.items[0]?.after.firm.id).toBe('company-b');
    const missing = cli(['audit', '--change', 'chg-20000101000000000-0000000000'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('change "chg-20000101000000000-0000000000" was not found');
  });

  it('undoes an import: the firm is gone, the undo is listed, and a second undo is refused', () => {
    const [imported] = audit('--firm', 'company-b');
    const r = cli(['undo', imported!.id], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const undoId = /^undid (\S+); the undo is change (\S+)\n$/.exec(r.stdout);
    expect(undoId?.[1]).toBe(imported!.id);
    const firms = JSON.parse(cli(['firms', '--json'], env).stdout) as { id: string }[];
    expect(firms.map((f) => f.id)).toEqual(['company-a']);

    const [undo, undone] = audit('--firm', 'company-b');
    expect(undo).toMatchObject({
      id: undoId?.[2],
      actor: `cli:${userInfo().username}`,
      undoOf: imported!.id,
      items: [{ kind: 'delete', firmId: 'company-b' }],
    });
    expect(undone).toMatchObject({ id: imported!.id, undoneBy: undoId?.[2] });
    expect(cli(['audit', '--firm', 'company-b'], env).stdout).toContain(`(undo of ${imported!.id})`);

    const again = cli(['undo', imported!.id], env);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(`error: change ${imported!.id} was undone already, by ${undoId?.[2] ?? ''}\n`);
    expect((JSON.parse(cli(['firms', '--json'], env).stdout) as unknown[]).length).toBe(1);
  });
});
