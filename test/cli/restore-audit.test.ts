// `foothold restore` in `foothold audit` on the built binary: after a restore each workspace's newest
// change is the restore, by $FOOTHOLD_ACTOR (or cli:<login>), in words and as JSON with the file's
// name (never its folder), when and by which Foothold the backup was taken and the rows written; the
// backup's own changes follow; --firm leaves it out; `foothold undo` of it is refused with exit 1
// and the way back, changing nothing; a restore with --replace logs itself again.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandLineUser } from '../../src/cli/store.js';
import { cli, freshDataDir, root } from './run-cli.js';

interface Listed {
  id: string;
  actor: string;
  userId: string | null;
  itemCount: number;
  items: { firmId: string; collection: string; recordId: string; kind: string; restore?: { file: string; takenAt: string; foothold: string; rows: number } }[];
}

interface Restored {
  createdAt: string;
  foothold: string;
  tables: { name: string; rows: number }[];
}

const OPS = 'ops@example.org';

describe('restores in foothold audit', () => {
  const source = { FOOTHOLD_DATA: freshDataDir(), FOOTHOLD_ACTOR: 'builder@example.org' };
  const folder = freshDataDir();
  const file = join(folder, 'nightly.backup.gz');
  const target = { FOOTHOLD_DATA: freshDataDir(), FOOTHOLD_ACTOR: OPS };
  let restored: Restored;
  const rowsOf = (r: Restored) => r.tables.reduce((sum, t) => sum + t.rows, 0);
  const audit = (env: Record<string, string>, ...args: string[]): Listed[] => {
    const r = cli(['audit', '--json', ...args], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Listed[];
  };

  beforeAll(() => {
    expect(cli(['import', '--workspace', 'agency', join(root, 'examples/cases/company-a.json')], source).code).toBe(0);
    expect(cli(['import', '--workspace', 'default', join(root, 'examples/cases/company-b.json')], source).code).toBe(0);
    expect(cli(['backup', '-o', file], source).code).toBe(0);
    const r = cli(['restore', file, '--json'], target);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    restored = JSON.parse(r.stdout) as Restored;
  });

  it('makes the restore the newest change of each workspace, as JSON with the file’s name, when it was taken, by which Foothold, and the rows', () => {
    for (const [workspace, firm] of [
      ['agency', 'company-a'],
      ['default', 'company-b'],
    ] as const) {
      const [restore, ...older] = audit(target, '--workspace', workspace);
      expect(restore).toMatchObject({
        actor: OPS,
        userId: null,
        itemCount: 1,
        items: [
          {
            firmId: '',
            collection: 'restores',
            recordId: restored.createdAt,
            kind: 'insert',
            restore: { file: 'nightly.backup.gz', takenAt: restored.createdAt, foothold: restored.foothold, rows: rowsOf(restored) },
          },
        ],
      });
      expect(older).toEqual(audit(source, '--workspace', workspace));
      expect(older[0]?.items[0]).toMatchObject({ firmId: firm, collection: 'case' });
      expect(audit(target, '--workspace', workspace, '--firm', firm).map((c) => c.id)).toEqual(older.map((c) => c.id));
    }
  });

  it('says it in words in the text listing, without the file’s folder', () => {
    const r = cli(['audit', '--workspace', 'agency'], target);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^chg-\d{17}-[0-9a-f]{10} {2}\S+ {2}ops@example\.org {2}1 record$/);
    expect(rowsOf(restored)).toBeGreaterThan(1000);
    expect(lines[1]).toBe(
      `    restored from nightly.backup.gz, taken ${restored.createdAt} by Foothold ${restored.foothold}, ${rowsOf(restored).toLocaleString('en-US')} rows`,
    );
    expect(lines[3]).toBe('    insert company-a case company-a');
    expect(r.stdout).not.toContain(folder);
  });

  it('refuses to undo a restore, saying to restore an earlier backup, and changes nothing', () => {
    const before = audit(target, '--workspace', 'default');
    const id = before[0]?.id ?? '';
    const r = cli(['undo', '--workspace', 'default', id], target);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `error: change ${id} restored nightly.backup.gz (taken ${restored.createdAt}), and a restore is not undone: ` +
        'restore an earlier backup in its place (foothold restore OLDER-BACKUP --replace)\n',
    );
    expect(audit(target, '--workspace', 'default')).toEqual(before);
  });

  it('logs a restore with --replace again, as cli:<login> without $FOOTHOLD_ACTOR; the replaced log goes with the store', () => {
    const first = audit(target, '--workspace', 'agency')[0]?.id;
    const env = { FOOTHOLD_DATA: target.FOOTHOLD_DATA };
    const r = cli(['restore', file, '--replace'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [again, ...older] = audit(env, '--workspace', 'agency');
    expect(again?.id).not.toBe(first);
    expect(again).toMatchObject({ actor: commandLineUser(process.env).label, items: [{ collection: 'restores', restore: { file: 'nightly.backup.gz' } }] });
    expect(older).toEqual(audit(source, '--workspace', 'agency'));
  });

  it('says in the help of restore and audit that a restore is logged', () => {
    expect(cli(['restore', '--help']).stdout).toMatch(/newest change in\neach workspace's audit log/);
    expect(cli(['audit', '--help']).stdout).toContain('or a backup restored');
  });
});
