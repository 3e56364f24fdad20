// Who each row of a contact file is among the firm's actors: the same profile address, else the
// same e-mail address, else the same name and organization; rows of one person merged, uncertain
// rows sent to review with the candidates and why.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/index.js';
import { IdAllocator } from './contact-ids.js';
import { cachedKeys, matchContacts, mergedRow, type ContactMatch, type MatchOptions } from './match-contacts.js';
import type { ContactRow } from './types.js';

let nextLine = 2;
function row(name: string, extra: Partial<ContactRow> = {}): ContactRow {
  return { line: nextLine++, kind: 'person', name, emails: [], phones: [], ...extra };
}

function person(id: string, name: string, extra: Partial<Actor> = {}): Actor {
  return { id, name, kind: 'person', roles: [], ...extra };
}

const match = (actors: readonly Actor[], rows: readonly ContactRow[], options?: MatchOptions): ContactMatch =>
  matchContacts(actors, rows, new IdAllocator(actors.map((a) => a.id)), options);
const ids = (result: ContactMatch) => result.targets.map((t) => [t.line, t.id]);

describe('matchContacts by profile address', () => {
  it('finds a stored person by the profile address of their contact details, before their web address', () => {
    const kim = person('p-kim', 'Kim Lee', { url: 'https://kimlee.example', contact: { emails: [], profileUrl: 'https://www.linkedin.com/in/kim-lee' } });
    const r = row('K. Lee', { profileUrl: 'https://uk.linkedin.com/in/Kim-Lee/' });
    expect(ids(match([kim], [r]))).toEqual([[r.line, 'p-kim']]);
  });

  it('gives a profile address two stored people share to the first of them', () => {
    const profile = 'https://www.linkedin.com/in/shared';
    const a = person('p-a', 'Ann A', { contact: { emails: [], profileUrl: profile } });
    const b = person('p-b', 'Ann B', { contact: { emails: [], profileUrl: profile } });
    const r = row('Ann', { profileUrl: profile });
    expect(ids(match([a, b], [r]))).toEqual([[r.line, 'p-a']]);
  });

  it('merges a later row with the same profile address into the first, and says why', () => {
    const first = row('Anna Berg', { profileUrl: 'https://www.linkedin.com/in/anna-berg' });
    const later = row('A. Berg', { profileUrl: 'https://linkedin.com/in/anna-berg/' });
    const result = match([], [first, later]);
    expect(ids(result)).toEqual([[first.line, 'act-anna-berg']]);
    expect(result.duplicates).toEqual([{ line: later.line, reason: `same person as line ${first.line} (same profile address); merged into it` }]);
  });
});

describe('matchContacts by e-mail address', () => {
  it('normalizes the row’s addresses before looking them up, and ignores what is not an address', () => {
    const jane = person('p-jane', 'Jane Doe', { contact: { emails: ['Jane@Example.com'] } });
    const r = row('J. Doe', { emails: ['n/a', 'mailto:JANE@example.com'] });
    expect(ids(match([jane], [r]))).toEqual([[r.line, 'p-jane']]);
  });

  it('finds a person by a later address of the row when its first is nobody’s', () => {
    const jane = person('p-jane', 'Jane Doe', { contact: { emails: ['jane@example.com'] } });
    const r = row('J. Doe', { emails: ['unknown@example.com', 'jane@example.com'] });
    const result = match([jane], [r]);
    expect(ids(result)).toEqual([[r.line, 'p-jane']]);
    expect(result.review).toEqual([]);
  });

  it('does not take two rows whose only addresses are no addresses for one person', () => {
    const a = row('Ann Ash', { emails: ['n/a'] });
    const b = row('Bo Birch', { emails: ['n/a'] });
    const result = match([], [a, b]);
    expect(ids(result)).toEqual([
      [a.line, 'act-ann-ash'],
      [b.line, 'act-bo-birch'],
    ]);
    expect(result.duplicates).toEqual([]);
  });

  it('gives an address two stored people share to the first of them', () => {
    const a = person('p-a', 'Ann A', { contact: { emails: ['info@example.com'] } });
    const b = person('p-b', 'Ann B', { contact: { emails: ['info@example.com'] } });
    const r = row('Ann', { emails: ['info@example.com'] });
    expect(ids(match([a, b], [r]))).toEqual([[r.line, 'p-a']]);
  });

  it('merges a later row with the same address into the first, and says why', () => {
    const first = row('Anna Berg', { emails: ['anna@example.com'] });
    const later = row('A. Berg', { emails: ['anna@example.com'] });
    const result = match([], [first, later]);
    expect(result.duplicates).toEqual([{ line: later.line, reason: `same person as line ${first.line} (same e-mail address); merged into it` }]);
  });

  it('sends a row whose addresses belong to different people to review', () => {
    const jane = person('p-jane', 'Jane Doe', { contact: { emails: ['jane@example.com'] } });
    const mary = person('p-mary', 'Mary Major', { contact: { emails: ['mary@example.com'], organization: 'Globex' } });
    const r = row('J. Major', { emails: ['jane@example.com', 'mary@example.com'] });
    const result = match([jane, mary], [r]);
    expect(result.targets).toEqual([]);
    expect(result.review).toStrictEqual([
      {
        line: r.line,
        name: 'J. Major',
        candidates: [
          { id: 'p-jane', name: 'Jane Doe' },
          { id: 'p-mary', name: 'Mary Major', organization: 'Globex' },
        ],
        why: 'its e-mail addresses belong to different people (Jane Doe, Mary Major)',
      },
    ]);
  });

  it('remembers the profile address a row gives a person found by e-mail, and reviews a later row with another', () => {
    const jane = person('p-jane', 'Jane Doe', { contact: { emails: ['jane@example.com'] } });
    const first = row('Jane Doe', { emails: ['jane@example.com'], profileUrl: 'https://www.linkedin.com/in/jane-1' });
    const second = row('Jane Doe', { emails: ['jane@example.com'], profileUrl: 'https://www.linkedin.com/in/jane-2' });
    const result = match([jane], [first, second]);
    expect(ids(result)).toEqual([[first.line, 'p-jane']]);
    expect(result.review.map((r) => [r.line, r.why])).toEqual([[second.line, "the e-mail address is Jane Doe's, but the profile address differs from theirs"]]);
  });
});

describe('matchContacts by name and organization', () => {
  const kim = () => person('p-kim', 'Kim Lee', { contact: { emails: [], organization: 'Acme' } });

  it('finds a person without a profile address by name and organization, also from a row with one', () => {
    const r = row('kim  LEE', { organization: 'ACME', profileUrl: 'https://www.linkedin.com/in/kim-lee-1' });
    expect(ids(match([kim()], [r]))).toEqual([[r.line, 'p-kim']]);
  });

  it('finds a person with a profile address by name and organization from a row without one', () => {
    const withProfile = person('p-kim', 'Kim Lee', { contact: { emails: [], organization: 'Acme', profileUrl: 'https://www.linkedin.com/in/kim-lee-1' } });
    const r = row('Kim Lee', { organization: 'Acme' });
    expect(ids(match([withProfile], [r]))).toEqual([[r.line, 'p-kim']]);
  });

  it('takes a row with another profile address for someone else once the person has one', () => {
    const first = row('Kim Lee', { organization: 'Acme', profileUrl: 'https://www.linkedin.com/in/kim-lee-1' });
    const second = row('Kim Lee', { organization: 'Acme', profileUrl: 'https://www.linkedin.com/in/kim-lee-2' });
    const result = match([kim()], [first, second]);
    expect(ids(result)).toEqual([
      [first.line, 'p-kim'],
      [second.line, 'act-kim-lee'],
    ]);
    expect(result.duplicates).toEqual([]);
  });

  it('knows a person by the organization of an earlier row of theirs', () => {
    const jane = person('p-jane', 'Jane Doe', { contact: { emails: ['jane@example.com'] } });
    const first = row('Jane Doe', { emails: ['jane@example.com'], organization: 'Apotek' });
    const second = row('Jane Doe', { organization: 'apotek' });
    const result = match([jane], [first, second]);
    expect(ids(result)).toEqual([[first.line, 'p-jane']]);
    expect(result.duplicates).toEqual([{ line: second.line, reason: `same person as line ${first.line} (same name and organization); merged into it` }]);
  });

  it('merges rows of one new person by name and organization, and keeps the first organization key', () => {
    const first = row('Liis Tamm', { emails: ['liis@example.com'] });
    const withOrg = row('Liis Tamm', { emails: ['liis@example.com'], organization: 'Baltic Biotech' });
    const byOrg = row('LIIS TAMM', { organization: 'baltic  biotech' });
    const otherOrg = row('Liis Tamm', { emails: ['liis@example.com'], organization: 'Nordic Pharma' });
    const result = match([], [first, withOrg, byOrg, otherOrg]);
    expect(ids(result)).toEqual([[first.line, 'act-liis-tamm']]);
    expect(result.targets[0]?.orgKey).toBe('baltic biotech');
    expect(result.duplicates.map((d) => d.reason)).toEqual([
      `same person as line ${first.line} (same e-mail address); merged into it`,
      `same person as line ${first.line} (same name and organization); merged into it`,
      `same person as line ${first.line} (same e-mail address); merged into it`,
    ]);
  });

  it('keeps a stored person one candidate however many rows of theirs the file has', () => {
    const rows = [row('Kim Lee', { organization: 'Acme' }), row('Kim Lee', { organization: 'Acme' }), row('Kim Lee', { organization: 'Acme' })];
    const result = match([kim()], rows);
    expect(ids(result)).toEqual([[rows[0]?.line, 'p-kim']]);
    expect(result.review).toEqual([]);
  });

  it('counts organizations a person is a member of, but not platforms or missing records', () => {
    const stored: Actor[] = [
      person('p-kim', 'Kim Lee', { memberOf: ['plat-forum', 'org-gone', 'org-acme'] }),
      { id: 'plat-forum', name: 'Pharma Forum', kind: 'platform', roles: [] },
      { id: 'org-acme', name: 'Acme', kind: 'organization', roles: [] },
    ];
    const atAcme = row('Kim Lee', { organization: 'Acme' });
    const atForum = row('Kim Lee', { organization: 'Pharma Forum' });
    const result = match(stored, [atAcme, atForum]);
    expect(ids(result)).toEqual([[atAcme.line, 'p-kim']]);
    expect(result.review).toStrictEqual([
      {
        line: atForum.line,
        name: 'Kim Lee',
        candidates: [{ id: 'p-kim', name: 'Kim Lee', organization: 'Acme' }],
        why: 'someone of this name is recorded already, but not at Pharma Forum: the same person after a move, or someone else',
      },
    ]);
  });

  it('sends a row to review when several people have its name and organization', () => {
    const stored = [kim(), person('p-kim-2', 'Kim Lee', { contact: { emails: [], organization: 'ACME' } })];
    const r = row('Kim Lee', { organization: 'Acme' });
    const result = match(stored, [r]);
    expect(result.targets).toEqual([]);
    expect(result.review).toStrictEqual([
      {
        line: r.line,
        name: 'Kim Lee',
        candidates: [
          { id: 'p-kim', name: 'Kim Lee', organization: 'Acme' },
          { id: 'p-kim-2', name: 'Kim Lee', organization: 'ACME' },
        ],
        why: '2 people have this name and organization',
      },
    ]);
  });

  it('sends a row without an organization to review when someone has its name', () => {
    const r = row('Kim Lee');
    const result = match([person('p-kim', 'Kim Lee')], [r]);
    expect(result.review).toStrictEqual([
      {
        line: r.line,
        name: 'Kim Lee',
        candidates: [{ id: 'p-kim', name: 'Kim Lee' }],
        why: 'someone of this name is recorded already, and the file gives no organization to tell them apart',
      },
    ]);
  });
});

describe('matchContacts for organizations', () => {
  const org = (id: string, name: string): Actor => ({ id, name, kind: 'organization', roles: [] });

  it('finds one organization by name, and merges later rows of it', () => {
    const first = row('ACME corporation', { kind: 'organization' });
    const later = row('Acme Corporation', { kind: 'organization', emails: ['info@acme.example'] });
    const result = match([org('org-acme', 'Acme Corporation')], [first, later]);
    expect(ids(result)).toEqual([[first.line, 'org-acme']]);
    expect(result.targets[0]?.row.emails).toEqual(['info@acme.example']);
    expect(result.duplicates).toEqual([{ line: later.line, reason: `same person as line ${first.line} (same name); merged into it` }]);
  });

  it('sends an organization row to review when several organizations have its name', () => {
    const r = row('Acme', { kind: 'organization' });
    const result = match([org('org-acme', 'Acme'), org('org-acme-2', 'ACME')], [r]);
    expect(result.targets).toEqual([]);
    expect(result.review).toStrictEqual([
      {
        line: r.line,
        name: 'Acme',
        candidates: [
          { id: 'org-acme', name: 'Acme' },
          { id: 'org-acme-2', name: 'ACME' },
        ],
        why: '2 organizations have this name',
      },
    ]);
  });

  it('never matches an organization row with a platform', () => {
    const r = row('Pharma Forum', { kind: 'organization' });
    const result = match([{ id: 'plat-forum', name: 'Pharma Forum', kind: 'platform', roles: [] }], [r]);
    expect(ids(result)).toEqual([[r.line, 'act-pharma-forum']]);
  });
});

describe('matchContacts', () => {
  it('gives a new person of a name without Latin letters the id act-contact', () => {
    const r = row('Батбаяр');
    expect(ids(match([], [r]))).toEqual([[r.line, 'act-contact']]);
  });

  it('reports progress every 2,000 rows and at the end', () => {
    const rows = Array.from({ length: 4001 }, (_, i) => row(`Person ${i}`));
    const calls: [number, number][] = [];
    match([], rows, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [0, 4001],
      [2000, 4001],
      [4000, 4001],
      [4001, 4001],
    ]);
  });
});

describe('mergedRow', () => {
  const first: ContactRow = { line: 2, kind: 'person', name: 'Anna Berg', emails: ['anna@work.example'], phones: ['+46 1'], position: 'Buyer' };

  it('fills the blanks of the first row from the later one, overwriting nothing', () => {
    const later: ContactRow = {
      line: 9,
      kind: 'person',
      name: 'A. Berg',
      emails: ['anna@home.example', 'anna@work.example'],
      phones: ['+46 2'],
      organization: 'Apotek',
      position: 'Head buyer',
      profileUrl: 'https://www.linkedin.com/in/anna-berg',
      connectedOn: '2021-03-14',
    };
    expect(mergedRow(first, later)).toStrictEqual({
      line: 2,
      kind: 'person',
      name: 'Anna Berg',
      emails: ['anna@work.example', 'anna@home.example'],
      phones: ['+46 1', '+46 2'],
      organization: 'Apotek',
      position: 'Buyer',
      profileUrl: 'https://www.linkedin.com/in/anna-berg',
      connectedOn: '2021-03-14',
    });
  });

  it('leaves out the details neither row has', () => {
    const later: ContactRow = { line: 9, kind: 'person', name: 'A. Berg', emails: [], phones: [] };
    const merged = mergedRow(first, later);
    expect(Object.keys(merged).sort()).toEqual(['emails', 'kind', 'line', 'name', 'phones', 'position']);
  });
});

describe('cachedKeys', () => {
  it('gives the name key, the same on a second call', () => {
    const key = cachedKeys();
    expect(key('Nordic  PHARMA ab')).toBe('nordic pharma ab');
    expect(key('Nordic  PHARMA ab')).toBe('nordic pharma ab');
    expect(key('Jürgen Müller')).toBe('jurgen muller');
  });
});
