import { describe, expect, it } from 'vitest';
import { actorText, changeWhat, itemText, moreText, peopleOf, type AuditItem } from './change-words';

const item = (collection: string, kind: AuditItem['kind'], recordId = 't-1', firmId = 'company-a'): AuditItem => ({ firmId, collection, recordId, kind });

describe('itemText', () => {
  it('names a record by what one of its collection is called, its id and its firm', () => {
    expect(itemText(item('ties', 'update'))).toBe('updated tie t-1 of company-a');
    expect(itemText(item('challengeRatings', 'insert', 'r-2'))).toBe('added challenge rating r-2 of company-a');
    expect(itemText(item('keyPeople', 'delete', 'kp-1'))).toBe('deleted key person kp-1 of company-a');
  });

  it('says what happened to a whole case and to the firm record', () => {
    expect(itemText(item('case', 'insert', 'company-b', 'company-b'))).toBe('imported case company-b');
    expect(itemText(item('case', 'update', 'company-b', 'company-b'))).toBe('replaced case company-b');
    expect(itemText(item('case', 'delete', 'company-b', 'company-b'))).toBe('deleted firm company-b with its case');
    expect(itemText(item('firm', 'update', 'company-a'))).toBe('updated the firm record of company-a');
  });

  it('keeps the name of a collection it does not know', () => {
    expect(itemText(item('holograms', 'insert', 'h1'))).toBe('added holograms h1 of company-a');
  });
});

describe('itemText of a membership', () => {
  const membership = (kind: AuditItem['kind'], role: string, email = 'ann@example.org'): AuditItem => ({
    firmId: '',
    collection: 'members',
    recordId: 'u-1',
    kind,
    member: { email, role },
  });

  it('says who was added as what, became what, and was removed with the role they had', () => {
    expect(itemText(membership('insert', 'viewer'))).toBe('ann@example.org was added as viewer');
    expect(itemText(membership('update', 'analyst'))).toBe('ann@example.org became analyst');
    expect(itemText(membership('delete', 'advisor', 'bo@example.org'))).toBe('bo@example.org (advisor) was removed');
  });

  it('names the account by its id when the item has no e-mail and role', () => {
    expect(itemText(item('members', 'insert', 'u-2', ''))).toBe('added member u-2');
    expect(itemText(item('members', 'update', 'u-2', ''))).toBe('changed the role of member u-2');
    expect(itemText(item('members', 'delete', 'u-2', ''))).toBe('removed member u-2');
  });

  it('words a membership in a row of the table like any other item', () => {
    expect(changeWhat({ items: [membership('update', 'owner')], itemCount: 1 })).toEqual({ items: ['ann@example.org became owner'], more: 0 });
  });
});

describe('itemText of a restore', () => {
  const restore = (file: string, rows: number, takenAt = '2026-12-01T10:00:00.000Z', foothold = '0.1.0'): AuditItem => ({
    firmId: '',
    collection: 'restores',
    recordId: takenAt,
    kind: 'insert',
    restore: { file, takenAt, foothold, rows },
  });

  it('says which file was restored, when and by which Foothold it was taken, and how many rows, with thousands grouped', () => {
    expect(itemText(restore('backup.gz', 12_345))).toBe('restored from backup.gz, taken 2026-12-01 10:00 UTC by Foothold 0.1.0, 12,345 rows');
    expect(itemText(restore('nightly-2027-01-05.backup.gz', 1, '2027-01-05T03:07:59.999Z', '0.4.2'))).toBe(
      'restored from nightly-2027-01-05.backup.gz, taken 2027-01-05 03:07 UTC by Foothold 0.4.2, 1 row',
    );
  });

  it('names the backup by the record id when the item has no words', () => {
    expect(itemText(item('restores', 'insert', '2026-12-01T10:00:00.000Z', ''))).toBe('restored a backup (2026-12-01T10:00:00.000Z)');
  });

  it('words a restore in a row of the table like any other item', () => {
    expect(changeWhat({ items: [restore('a.gz', 1_000_000)], itemCount: 1 })).toEqual({
      items: ['restored from a.gz, taken 2026-12-01 10:00 UTC by Foothold 0.1.0, 1,000,000 rows'],
      more: 0,
    });
  });
});

describe('changeWhat', () => {
  it('names the first two items and counts the rest from the change’s own count', () => {
    const items = [item('ties', 'update'), item('case', 'insert', 'company-b', 'company-b'), item('ties', 'insert', 't-2')];
    expect(changeWhat({ items, itemCount: 5 })).toEqual({ items: ['updated tie t-1 of company-a', 'imported case company-b'], more: 3 });
    expect(changeWhat({ items: items.slice(0, 1), itemCount: 1 })).toEqual({ items: ['updated tie t-1 of company-a'], more: 0 });
  });

  it('writes the rest as "+N more", and nothing for none', () => {
    expect(moreText(3)).toBe('+3 more');
    expect(moreText(0)).toBe('');
  });
});

describe('actorText', () => {
  it('leaves an e-mail as it is and words the command line and the single-user mode', () => {
    expect(actorText('olivia@example.org')).toBe('olivia@example.org');
    expect(actorText('cli:root')).toBe('root (command line)');
    expect(actorText('local')).toBe('local user (no login)');
  });
});

describe('peopleOf', () => {
  it('lists each account once, by e-mail, leaving out changes made without an account', () => {
    const changes = [
      { userId: 'u-2', actor: 'zoe@example.org' },
      { userId: null, actor: 'cli:root' },
      { userId: 'u-1', actor: 'anna@example.org' },
      { userId: 'u-2', actor: 'zoe@example.org' },
    ];
    expect(peopleOf(changes)).toEqual([
      { userId: 'u-1', actor: 'anna@example.org' },
      { userId: 'u-2', actor: 'zoe@example.org' },
    ]);
  });
});
