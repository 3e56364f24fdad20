// Matching contact rows against a firm's actors and planning the import: who is who (profile
// address, then e-mail, then name and organization), what is merged, what goes to review, and
// that applying a plan and planning the same rows again changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCaseValue, type CaseFile } from '../case-file/index.js';
import { sampleCaseInput } from '../case-file/test-case.js';
import type { Actor, Tie } from '../model/index.js';
import { formatProblem } from '../../shared/errors.js';
import { idWords } from '../../shared/ids.js';
import { IdAllocator } from './contact-ids.js';
import { matchContacts, nameKey } from './match-contacts.js';
import { normalizeName } from './normalize.js';
import { planContactImport, type ContactImportPlan, type ContactImportSettings } from './plan-import.js';
import type { ContactRow } from './types.js';

const TODAY = '2025-06-01';
const settings: ContactImportSettings = { holder: 'acme', networkType: 'business', format: 'linkedin', today: TODAY };

function parsed(value: unknown): CaseFile {
  const result = validateCaseValue(value);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.caseFile;
}

const baseCase = (extraActors: unknown[] = [], extraTies: unknown[] = []): CaseFile => {
  const input = sampleCaseInput();
  return parsed({ ...input, actors: [...(input.actors ?? []), ...extraActors], ties: [...(input.ties ?? []), ...extraTies] });
};

let nextLine = 2;
function row(name: string, extra: Partial<ContactRow> = {}): ContactRow {
  return { line: nextLine++, kind: 'person', name, emails: [], phones: [], ...extra };
}

/** The case with the plan's records written, checked by the case-file schema and reference rules. */
function applied(c: CaseFile, plan: ContactImportPlan): CaseFile {
  const replaced = <T extends { id: string }>(records: T[], by: T[]) => {
    const byId = new Map(by.map((r) => [r.id, r]));
    return records.map((r) => byId.get(r.id) ?? r);
  };
  return parsed({
    ...c,
    actors: [...replaced(c.actors, plan.replace.actors), ...plan.insert.actors],
    ties: [...replaced(c.ties, plan.replace.ties), ...plan.insert.ties],
  });
}

const actions = (plan: ContactImportPlan) => plan.contacts.map((p) => `${p.name}: ${p.action}${p.changes.length > 0 ? ` (${p.changes.join(', ')})` : ''}`);
const actorNamed = (c: CaseFile, name: string): Actor => {
  const found = c.actors.find((a) => a.name === name);
  if (found === undefined) throw new Error(`no actor ${name}`);
  return found;
};

const jane = () =>
  row('Jane Doe', {
    organization: 'Nordic Pharma AB',
    position: 'Head of Regulatory Affairs',
    profileUrl: 'https://www.linkedin.com/in/jane-doe-42',
    connectedOn: '2021-03-14',
    emails: ['jane@nordicpharma.se'],
  });
const ola = () =>
  row('Ola Nordmann', { organization: 'nordic  PHARMA ab', position: 'CEO', profileUrl: 'https://www.linkedin.com/in/ola-n', connectedOn: '2019-11-02' });
const batu = () => row('Батбаяр Д.', { organization: 'Mongol Trade LLC', profileUrl: 'https://www.linkedin.com/in/%D0%B1%D0%B0%D1%82' });

describe('planContactImport on a first import', () => {
  const c = baseCase();
  const plan = planContactImport(c, [jane(), ola(), batu()], settings);
  const after = applied(c, plan);

  it('creates a person per row with the contact details, a tie from the firm, and one organization per employer', () => {
    expect(actions(plan)).toEqual(['Jane Doe: create', 'Ola Nordmann: create', 'Батбаяр Д.: create']);
    expect(plan.organizationsCreated).toBe(2);
    const janeActor = actorNamed(after, 'Jane Doe');
    expect(janeActor).toEqual({
      id: 'act-jane-doe',
      name: 'Jane Doe',
      kind: 'person',
      roles: [],
      memberOf: ['act-nordic-pharma-ab'],
      contact: {
        emails: ['jane@nordicpharma.se'],
        profileUrl: 'https://www.linkedin.com/in/jane-doe-42',
        organization: 'Nordic Pharma AB',
        position: 'Head of Regulatory Affairs',
        connectedOn: '2021-03-14',
        importedFrom: [{ format: 'linkedin', on: TODAY }],
      },
    });
    // Two spellings of one employer are one organization actor, kind organization with no type.
    expect(actorNamed(after, 'Ola Nordmann').memberOf).toEqual(['act-nordic-pharma-ab']);
    expect(actorNamed(after, 'Nordic Pharma AB')).toEqual({ id: 'act-nordic-pharma-ab', name: 'Nordic Pharma AB', kind: 'organization', roles: [] });
    // A name without Latin letters gets a neutral id.
    expect(actorNamed(after, 'Батбаяр Д.').id).toBe('act-contact');
    expect(after.ties.filter((t) => t.to === 'act-jane-doe')).toEqual([
      { id: 'tie-jane-doe', from: 'acme', to: 'act-jane-doe', networkType: 'business', subtype: 'linkedin_connection', status: 'active', since: '2021-03-14' },
    ]);
    expect(after.ties.filter((t) => t.to === 'act-nordic-pharma-ab')).toEqual([]);
  });

  it('plans nothing at all when the same rows come again', () => {
    const again = planContactImport(after, [jane(), ola(), batu()], settings);
    expect(actions(again)).toEqual(['Jane Doe: unchanged', 'Ola Nordmann: unchanged', 'Батбаяр Д.: unchanged']);
    expect([again.insert, again.replace, again.organizationsCreated, again.review, again.duplicates]).toEqual([
      { actors: [], ties: [] },
      { actors: [], ties: [] },
      0,
      [],
      [],
    ]);
  });

  it('updates a changed position, and moves the membership when the company changed', () => {
    const moved = row('Ola Nordmann', { organization: 'Baltic Biotech', position: 'COO', profileUrl: 'https://uk.linkedin.com/in/Ola-N/?trk=x' });
    const promoted = { ...jane(), position: 'VP Regulatory' };
    const later = planContactImport(after, [promoted, moved, batu()], { ...settings, today: '2025-09-01' });
    expect(actions(later)).toEqual(['Jane Doe: update (position)', 'Ola Nordmann: update (organization, position, memberOf)', 'Батбаяр Д.: unchanged']);
    const next = applied(after, later);
    expect(actorNamed(next, 'Jane Doe').contact).toMatchObject({
      position: 'VP Regulatory',
      organization: 'Nordic Pharma AB',
      importedFrom: [
        { format: 'linkedin', on: TODAY },
        { format: 'linkedin', on: '2025-09-01' },
      ],
    });
    const olaActor = actorNamed(next, 'Ola Nordmann');
    expect(olaActor.memberOf).toEqual(['act-baltic-biotech']);
    // The connection date the later file leaves out is kept.
    expect(olaActor.contact).toMatchObject({
      organization: 'Baltic Biotech',
      position: 'COO',
      connectedOn: '2019-11-02',
      profileUrl: 'https://www.linkedin.com/in/ola-n',
    });
    expect(later.organizationsCreated).toBe(1);
    // Updated records keep their ids; nothing new but the organization.
    expect(later.insert.actors.map((a) => a.id)).toEqual(['act-baltic-biotech']);
    expect(later.insert.ties).toEqual([]);
    expect(planContactImport(next, [promoted, moved, batu()], settings).contacts.every((p) => p.action === 'unchanged')).toBe(true);
  });

  it('keeps the position when the company is the same and the later file has none', () => {
    const { position: _position, ...withoutPosition } = jane();
    const later = planContactImport(after, [withoutPosition], settings);
    expect(actions(later)).toEqual(['Jane Doe: unchanged']);
  });

  it('moves the date of a tie it made when the connection date changed, and leaves ties the analyst recorded alone', () => {
    const later = planContactImport(after, [{ ...jane(), connectedOn: '2022-01-01' }], settings);
    expect(actions(later)).toEqual(['Jane Doe: update (connectedOn)']);
    expect(later.replace.ties).toEqual([expect.objectContaining({ id: 'tie-jane-doe', since: '2022-01-01' })]);
    const recorded = parsed({ ...after, ties: after.ties.map((t) => (t.id === 'tie-jane-doe' ? { ...t, subtype: 'former_colleague', since: '2015' } : t)) });
    const planned = planContactImport(recorded, [{ ...jane(), connectedOn: '2022-01-01' }], settings);
    expect(planned.replace.ties).toEqual([]);
  });
});

describe('matchContacts', () => {
  const match = (actors: readonly Actor[], rows: ContactRow[]) => matchContacts(actors, rows, new IdAllocator(actors.map((a) => a.id)));
  const stored: Actor[] = [
    { id: 'p-jane', name: 'Jane Doe', kind: 'person', roles: [], contact: { emails: ['jane@old.example'], profileUrl: 'https://linkedin.com/in/jane-doe-42' } },
    { id: 'p-john', name: 'John Smith', kind: 'person', roles: [], memberOf: ['org-acme'] },
    { id: 'p-john-2', name: 'John Smith', kind: 'person', roles: [], contact: { emails: [], organization: 'Globex' } },
    { id: 'p-mary', name: 'Mary Major', kind: 'person', roles: [], url: 'https://www.linkedin.com/in/mary-major' },
    { id: 'org-acme', name: 'ACME Corporation', kind: 'organization', roles: [] },
  ];
  const matchedIds = (rows: ContactRow[]) => match(stored, rows).targets.map((t) => [t.line, t.id]);

  it('finds people by profile address (any LinkedIn spelling), then e-mail, then name and organization', () => {
    const byProfile = row('J. Doe', { profileUrl: 'https://de.linkedin.com/in/Jane-Doe-42/' });
    const byUrl = row('Mary M.', { profileUrl: 'linkedin.com/in/mary-major' });
    const byEmail = row('Jane D.', { emails: ['jane@old.example'] });
    const byOrg = row('john  SMITH', { organization: 'Acme Corporation' });
    const other = row('Jöhn Smith', { organization: 'Globex' });
    expect(matchedIds([byProfile, byUrl])).toEqual([
      [byProfile.line, 'p-jane'],
      [byUrl.line, 'p-mary'],
    ]);
    expect(matchedIds([byEmail])).toEqual([[byEmail.line, 'p-jane']]);
    expect(matchedIds([byOrg, other])).toEqual([
      [byOrg.line, 'p-john'],
      [other.line, 'p-john-2'],
    ]);
  });

  it('sends uncertain rows to review with the candidates and why, importing none of them', () => {
    const elsewhere = row('John Smith', { organization: 'Initech' });
    const noOrg = row('John Smith');
    const split = row('Jane Doe', { profileUrl: 'https://www.linkedin.com/in/jane-doe-42', emails: ['mary@example.com'] });
    const maryEmail = { id: 'p-mary-2', name: 'Mary Minor', kind: 'person' as const, roles: [], contact: { emails: ['mary@example.com'] } };
    const otherProfile = row('Jane Doe', { profileUrl: 'https://www.linkedin.com/in/someone-else', emails: ['jane@old.example'] });
    const result = match([...stored, maryEmail], [elsewhere, noOrg, split, otherProfile]);
    expect(result.targets).toEqual([]);
    expect(result.review).toEqual([
      {
        line: elsewhere.line,
        name: 'John Smith',
        candidates: [
          { id: 'p-john', name: 'John Smith', organization: 'ACME Corporation' },
          { id: 'p-john-2', name: 'John Smith', organization: 'Globex' },
        ],
        why: 'someone of this name is recorded already, but not at Initech: the same person after a move, or someone else',
      },
      {
        line: noOrg.line,
        name: 'John Smith',
        candidates: [
          { id: 'p-john', name: 'John Smith', organization: 'ACME Corporation' },
          { id: 'p-john-2', name: 'John Smith', organization: 'Globex' },
        ],
        why: 'someone of this name is recorded already, and the file gives no organization to tell them apart',
      },
      {
        line: split.line,
        name: 'Jane Doe',
        candidates: [
          { id: 'p-jane', name: 'Jane Doe' },
          { id: 'p-mary-2', name: 'Mary Minor' },
        ],
        why: "the profile address is Jane Doe's, but an e-mail address is Mary Minor's",
      },
      {
        line: otherProfile.line,
        name: 'Jane Doe',
        candidates: [{ id: 'p-jane', name: 'Jane Doe' }],
        why: "the e-mail address is Jane Doe's, but the profile address differs from theirs",
      },
    ]);
  });

  it('takes two people of one name and company with different profile addresses for two people', () => {
    const a = row('Kim Lee', { organization: 'Acme', profileUrl: 'https://www.linkedin.com/in/kim-lee-1' });
    const b = row('Kim Lee', { organization: 'Acme', profileUrl: 'https://www.linkedin.com/in/kim-lee-2' });
    const result = match([], [a, b]);
    expect(result.targets.map((t) => t.id)).toEqual(['act-kim-lee', 'act-kim-lee-2']);
    expect(result.review).toEqual([]);
  });

  it('merges rows of one person within the file into the first, and says so', () => {
    const first = row('Anna Berg', { profileUrl: 'https://www.linkedin.com/in/anna-berg', emails: ['anna@work.example'] });
    const sameProfile = row('Anna Berg', { profileUrl: 'https://linkedin.com/in/anna-berg/', emails: ['anna@home.example'], position: 'Buyer' });
    const sameEmail = row('A. Berg', { emails: ['anna@home.example'], phones: ['+46 8 123 45'], organization: 'Apotek' });
    const result = match([], [first, sameProfile, sameEmail]);
    expect(result.targets).toHaveLength(1);
    expect(result.targets[0]?.row).toEqual({
      ...first,
      position: 'Buyer',
      organization: 'Apotek',
      emails: ['anna@work.example', 'anna@home.example'],
      phones: ['+46 8 123 45'],
    });
    expect(result.duplicates).toEqual([
      { line: sameProfile.line, reason: `same person as line ${first.line} (same profile address); merged into it` },
      { line: sameEmail.line, reason: `same person as line ${first.line} (same e-mail address); merged into it` },
    ]);
  });

  it('matches organization rows with organizations by name, and never people with organizations', () => {
    const acme = row('Acme Corporation', { kind: 'organization', emails: ['info@acme.example'] });
    const person = row('Acme Corporation');
    const result = match(stored, [acme, person]);
    expect(result.targets.map((t) => [t.row.kind, t.id])).toEqual([
      ['organization', 'org-acme'],
      ['person', 'act-acme-corporation'],
    ]);
  });
});

describe('planContactImport for a key person, and around the firm', () => {
  it('draws the ties from the key person, adding one to a person the firm already holds a tie to', () => {
    const c = baseCase(
      [{ id: 'p-jane', name: 'Jane Doe', kind: 'person', contact: { emails: ['jane@nordicpharma.se'] } }],
      [{ id: 't-firm-jane', from: 'acme', to: 'p-jane', networkType: 'social' }],
    );
    const plan = planContactImport(c, [jane()], { ...settings, holder: 'kp-ceo', networkType: 'social', format: 'vcard' });
    expect(actions(plan)).toEqual(['Jane Doe: update (profileUrl, organization, position, connectedOn, memberOf, tie)']);
    expect(plan.insert.ties).toEqual([
      { id: 'tie-jane-doe', from: 'kp-ceo', to: 'p-jane', networkType: 'social', subtype: 'address_book', status: 'active', since: '2021-03-14' },
    ]);
    applied(c, plan);
  });

  it('does not make the firm’s own staff members of an organization named like the firm', () => {
    const colleague = row('Pekka Virtanen', { organization: 'ACME OY', position: 'Sales' });
    const plan = planContactImport(baseCase(), [colleague], settings);
    expect(plan.organizationsCreated).toBe(0);
    expect(plan.insert.actors[0]?.memberOf).toBeUndefined();
  });

  it('makes the organizations of organization rows the ones people are members of', () => {
    const org = row('Baltic Biotech', { kind: 'organization', emails: ['hello@baltic.example'] });
    const person = row('Liis Tamm', { organization: 'Baltic Biotech' });
    const plan = planContactImport(baseCase(), [person, org], { ...settings, format: 'vcard' });
    expect(plan.organizationsCreated).toBe(0);
    const [liis, baltic] = plan.insert.actors;
    expect(liis?.memberOf).toEqual([baltic?.id]);
    expect(baltic).toMatchObject({ kind: 'organization', contact: { emails: ['hello@baltic.example'] } });
  });

  it('handles 30,000 rows, and a second pass over them changes nothing', () => {
    const rows: ContactRow[] = Array.from({ length: 30_000 }, (_, i) => ({
      line: i + 2,
      kind: 'person',
      name: `Person ${i % 1000} Name`,
      organization: `Company ${i % 3000}`,
      position: 'Manager',
      emails: [],
      phones: [],
      profileUrl: `https://www.linkedin.com/in/person-${i}`,
      connectedOn: '2020-01-01',
    }));
    const c = baseCase();
    const plan = planContactImport(c, rows, settings);
    expect(plan.insert.actors).toHaveLength(33_000);
    expect(plan.insert.ties).toHaveLength(30_000);
    expect(new Set([...plan.insert.actors, ...plan.insert.ties].map((r: Actor | Tie) => r.id)).size).toBe(63_000);
    const again = planContactImport(applied(c, plan), rows, settings);
    expect(again.contacts.filter((p) => p.action !== 'unchanged')).toEqual([]);
  });
});

describe('idWords', () => {
  it('keeps the Latin letters and digits of a name', () => {
    expect(idWords("Jürgen O'Brien (Acme) 2")).toBe('jurgen-o-brien-acme-2');
    expect(idWords('Улаанбаатар')).toBe('');
    expect(idWords('  --Dr. Ana  María   Pérez-Gómez, PhD--  ')).toBe('dr-ana-maria-perez-gomez-phd');
    expect(idWords('x'.repeat(59) + ' yz')).toBe('x'.repeat(59));
    expect(idWords('ab '.repeat(40))).toHaveLength(59);
  });
});

describe('nameKey', () => {
  it('is normalizeName, also on the plain ASCII it takes a short cut for', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', '-', '\t', 'é', 'ß', 'Σ', 'ς', 'Ⅻ', '\u0301', 'I', 'İ') }),
        (s) => nameKey(s) === normalizeName(s),
      ),
    );
    expect(nameKey('  Nordic   PHARMA ab ')).toBe('nordic pharma ab');
    expect(nameKey('Jürgen  Müller')).toBe('jurgen muller');
  });
});

describe('planContactImport merging a file into stored contacts', () => {
  const nordic = { id: 'org-nordic', name: 'Nordic Pharma AB', kind: 'organization' };
  const association = { id: 'org-assoc', name: 'Swedish Pharma Association', kind: 'organization' };
  /** A stored person the firm already holds a tie to (an analyst's tie, so the import leaves it). */
  const known = (people: { id: string }[], ties: unknown[] = []) =>
    baseCase([nordic, association, ...people], [...people.map((p) => ({ id: `t-${p.id}`, from: 'acme', to: p.id, networkType: 'business' })), ...ties]);
  const janeStored = (extra: Record<string, unknown> = {}, contact: Record<string, unknown> = {}) => ({
    id: 'p-jane',
    name: 'Jane Doe',
    kind: 'person',
    memberOf: ['org-nordic'],
    ...extra,
    contact: { emails: ['jane@nordicpharma.se'], organization: 'Nordic Pharma AB', position: 'Head of Regulatory Affairs', ...contact },
  });
  const janeRow = (extra: Partial<ContactRow> = {}) => row('Jane Doe', { emails: ['jane@nordicpharma.se'], ...extra });
  const replaced = (plan: ContactImportPlan, id: string): Actor => {
    const found = plan.replace.actors.find((a) => a.id === id);
    if (found === undefined) throw new Error(`${id} is not replaced`);
    return found;
  };

  it('merges phones by their digits and e-mails regardless of case, keeps the stored record, and lists exactly what changed', () => {
    const anna = {
      id: 'p-anna',
      name: 'Anna Berg',
      kind: 'person',
      roles: ['advisor'],
      countries: ['SE'],
      contact: { emails: ['Anna.Berg@Work.example'], phones: ['+46 70 123 45 67'] },
    };
    const c = known([anna]);
    const plan = planContactImport(
      c,
      [row('A. Berg', { emails: ['anna.berg@work.example', 'anna@home.example'], phones: ['+46701234567', '+46 8 765 43 21', '08-765 43 22'] })],
      settings,
    );
    expect(actions(plan)).toEqual(['Anna Berg: update (emails, phones)']);
    const after = replaced(plan, 'p-anna');
    expect(after).toMatchObject({ name: 'Anna Berg', roles: ['advisor'], countries: ['SE'] });
    expect(after.contact?.emails).toEqual(['Anna.Berg@Work.example', 'anna@home.example']);
    expect(after.contact?.phones).toEqual(['+46 70 123 45 67', '+46 8 765 43 21', '08-765 43 22']);
  });

  it('keeps the stored e-mails and phones when the file has none', () => {
    const c = known([janeStored({}, { phones: ['+46 70 123 45 67'] })]);
    const plan = planContactImport(c, [row('Jane Doe', { organization: 'Nordic Pharma AB', position: 'VP Regulatory' })], settings);
    expect(actions(plan)).toEqual(['Jane Doe: update (position)']);
    expect(replaced(plan, 'p-jane').contact).toMatchObject({ emails: ['jane@nordicpharma.se'], phones: ['+46 70 123 45 67'] });
  });

  it('drops a person who moved from the former organization, adds them to the new one, keeps their other memberships and no stale position', () => {
    const c = known([janeStored({ memberOf: ['org-assoc', 'org-nordic'] })]);
    const plan = planContactImport(c, [janeRow({ organization: 'Baltic Biotech' })], settings);
    expect(actions(plan)).toEqual(['Jane Doe: update (organization, position, memberOf)']);
    const after = replaced(plan, 'p-jane');
    expect(after.memberOf).toEqual(['org-assoc', 'act-baltic-biotech']);
    expect(after.contact?.organization).toBe('Baltic Biotech');
    expect(after.contact).not.toHaveProperty('position');
    expect(plan.contacts[0]).not.toHaveProperty('position');
  });

  it('drops a person who came to work at the firm itself from the former organization, and adds no membership', () => {
    const c = known([janeStored({ memberOf: ['org-assoc', 'org-nordic'] })]);
    const plan = planContactImport(c, [janeRow({ organization: 'Acme Oy', position: 'Sales' })], settings);
    expect(actions(plan)).toEqual(['Jane Doe: update (organization, position, memberOf)']);
    const after = replaced(plan, 'p-jane');
    expect(after.memberOf).toEqual(['org-assoc']);
    expect(after.contact?.organization).toBe('Acme Oy');
    expect(plan.organizationsCreated).toBe(0);
  });

  it('leaves the memberships as they are when the employer is the same', () => {
    const c = known([janeStored({ memberOf: ['org-nordic', 'org-assoc'] })]);
    const plan = planContactImport(c, [janeRow({ organization: 'Nordic Pharma AB' })], settings);
    expect(actions(plan)).toEqual(['Jane Doe: unchanged']);
  });

  it('keeps the position of someone the file names without an organization', () => {
    const c = known([janeStored()]);
    const plan = planContactImport(c, [janeRow()], settings);
    expect(actions(plan)).toEqual(['Jane Doe: unchanged']);
  });

  it('adds the organization to a stored person who had no contact details yet', () => {
    const john = { id: 'p-john', name: 'John Smith', kind: 'person', memberOf: ['org-nordic'] };
    const plan = planContactImport(baseCase([nordic, john]), [row('John Smith', { organization: 'Nordic Pharma AB', position: 'CFO' })], settings);
    expect(actions(plan)).toEqual(['John Smith: update (organization, position, tie)']);
    expect(replaced(plan, 'p-john')).toMatchObject({ memberOf: ['org-nordic'], contact: { organization: 'Nordic Pharma AB', position: 'CFO' } });
  });

  it('records the import in importedFrom once per day and format', () => {
    const history = [{ format: 'linkedin', on: TODAY }];
    const c = known([janeStored({}, { importedFrom: history })]);
    const promoted = () => janeRow({ organization: 'Nordic Pharma AB', position: 'VP Regulatory' });
    const sameDay = planContactImport(c, [promoted()], settings);
    expect(replaced(sameDay, 'p-jane').contact?.importedFrom).toEqual(history);
    const otherFormat = planContactImport(c, [promoted()], { ...settings, format: 'vcard' });
    expect(replaced(otherFormat, 'p-jane').contact?.importedFrom).toEqual([...history, { format: 'vcard', on: TODAY }]);
    const nextDay = planContactImport(c, [promoted()], { ...settings, today: '2025-06-02' });
    expect(replaced(nextDay, 'p-jane').contact?.importedFrom).toEqual([...history, { format: 'linkedin', on: '2025-06-02' }]);
  });

  it('keeps the date of a tie it made when the file gives no real day', () => {
    const tie = { id: 't-jane', from: 'acme', to: 'p-jane', networkType: 'business', subtype: 'linkedin_connection', since: '2020-05' };
    const c = baseCase([nordic, janeStored()], [tie]);
    const plan = planContactImport(c, [janeRow({ organization: 'Nordic Pharma AB', connectedOn: '2021-02-30' })], settings);
    expect(actions(plan)).toEqual(['Jane Doe: unchanged']);
    expect(plan.replace.ties).toEqual([]);
  });
});

describe('planContactImport creating records', () => {
  it('leaves out every detail the file does not give', () => {
    const solo = row('Solo Person');
    const plan = planContactImport(baseCase(), [solo], settings);
    expect(plan.contacts).toStrictEqual([{ line: solo.line, actorId: 'act-solo-person', name: 'Solo Person', action: 'create', changes: [] }]);
    expect(plan.insert.actors).toStrictEqual([
      { id: 'act-solo-person', name: 'Solo Person', kind: 'person', roles: [], contact: { emails: [], importedFrom: [{ format: 'linkedin', on: TODAY }] } },
    ]);
    expect(plan.insert.ties).toStrictEqual([
      { id: 'tie-solo-person', from: 'acme', to: 'act-solo-person', networkType: 'business', subtype: 'linkedin_connection', status: 'active' },
    ]);
    expect(plan.organizationsCreated).toBe(0);
  });

  it('makes no organization of a blank employer, nor members of organization rows', () => {
    const blank = row('Blank Employer', { organization: '   ' });
    const subsidiary = row('Baltic Biotech Oy', { kind: 'organization', organization: 'Baltic Biotech Group', emails: ['oy@baltic.example'] });
    const plan = planContactImport(baseCase(), [blank, subsidiary], { ...settings, format: 'vcard' });
    expect(plan.organizationsCreated).toBe(0);
    expect(plan.insert.actors.map((a) => [a.name, a.memberOf])).toEqual([
      ['Blank Employer', undefined],
      ['Baltic Biotech Oy', undefined],
    ]);
  });

  it('gives new organizations ids from their names, with no roles', () => {
    const plan = planContactImport(
      baseCase(),
      [row('Bat Erdene', { organization: 'Монгол Худалдаа ХХК' }), row('Ulla Ek', { organization: 'Nordic Pharma AB' })],
      settings,
    );
    expect(plan.insert.actors.slice(0, 2)).toStrictEqual([
      { id: 'act-organization', name: 'Монгол Худалдаа ХХК', kind: 'organization', roles: [] },
      { id: 'act-nordic-pharma-ab', name: 'Nordic Pharma AB', kind: 'organization', roles: [] },
    ]);
    expect(plan.insert.actors.slice(2).map((a) => [a.name, a.roles, a.memberOf])).toEqual([
      ['Bat Erdene', [], ['act-organization']],
      ['Ulla Ek', [], ['act-nordic-pharma-ab']],
    ]);
  });

  it('makes people members of organizations only, the first recorded under a name', () => {
    const c = baseCase([
      { id: 'p-erik', name: 'Erik Lund', kind: 'person' },
      { id: 'org-np', name: 'Nordic Pharma AB', kind: 'organization' },
      { id: 'org-np-dup', name: 'NORDIC PHARMA AB', kind: 'organization' },
    ]);
    const rows = [
      row('Kim Lee'),
      row('Ann Ek', { organization: 'Kim Lee' }),
      row('Bo Ek', { organization: 'Erik Lund' }),
      row('Cia Ek', { organization: 'LinkedIn page' }),
      row('Dan Ek', { organization: 'Nordic pharma AB' }),
    ];
    const plan = planContactImport(c, rows, settings);
    const memberOf = (name: string) => plan.insert.actors.find((a) => a.name === name && a.kind === 'person')?.memberOf;
    expect(plan.insert.actors.filter((a) => a.kind === 'organization').map((a) => a.id)).toEqual(['act-kim-lee-2', 'act-erik-lund', 'act-linkedin-page']);
    expect(['Ann Ek', 'Bo Ek', 'Cia Ek', 'Dan Ek'].map(memberOf)).toEqual([['act-kim-lee-2'], ['act-erik-lund'], ['act-linkedin-page'], ['org-np']]);
  });

  it('gives no new record an id any record of the case holds', () => {
    // act-rd is an activity, act-agency an actor, tie-agency and tie-friend ties of the sample case.
    const plan = planContactImport(baseCase(), [row('RD'), row('Agency'), row('Friend')], settings);
    expect(plan.insert.actors.map((a) => a.id)).toEqual(['act-rd-2', 'act-agency-2', 'act-friend-2']);
    expect(plan.insert.ties.map((t) => t.id)).toEqual(['tie-rd', 'tie-agency-2', 'tie-friend-2']);
  });

  it('names the ties of people without Latin letters after their actor ids', () => {
    const stored = { id: 'mn-bat', name: 'Батбаяр', kind: 'person', contact: { emails: ['bat@trade.mn'] } };
    const plan = planContactImport(baseCase([stored]), [row('Болд Б.'), row('Батбаяр', { emails: ['bat@trade.mn'] })], settings);
    expect(plan.insert.ties.map((t) => [t.to, t.id])).toEqual([
      ['act-contact', 'tie-contact'],
      ['mn-bat', 'tie-mn-bat'],
    ]);
  });

  it('draws no tie to a company of the firm’s own group', () => {
    const group = { id: 'grp-se', name: 'Acme Sweden AB', kind: 'organization', groupRelation: 'subsidiary' };
    const plan = planContactImport(baseCase([group]), [row('Acme Sweden AB', { kind: 'organization', emails: ['info@acme.se'] })], {
      ...settings,
      format: 'vcard',
    });
    expect(actions(plan)).toEqual(['Acme Sweden AB: update (emails)']);
    expect([plan.insert.ties, plan.replace.ties]).toEqual([[], []]);
  });

  it('stores web profile addresses, with https:// put in front when the scheme is missing, and leaves out anything else', () => {
    const profiles = ['www.linkedin.com/in/ada', 'http://example.com/ben', 'javascript:alert(1)', 'not a url', 'javascript:fetch("https://evil.example")'];
    const plan = planContactImport(
      baseCase(),
      profiles.map((profileUrl, i) => row(`Person ${'ABCDE'[i]}`, { profileUrl })),
      settings,
    );
    expect(plan.insert.actors.map((a) => a.contact?.profileUrl)).toEqual([
      'https://www.linkedin.com/in/ada',
      'http://example.com/ben',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('stores connection dates that are days of the calendar, and leaves out anything else', () => {
    const dates = ['2024-02-29', '2023-02-29', '14 Mar 2021', '2021-03', 'on 2021-03-14', '2021-03-14T09:30:00'];
    const plan = planContactImport(
      baseCase(),
      dates.map((connectedOn, i) => row(`Person ${'ABCDEF'[i]}`, { connectedOn })),
      settings,
    );
    expect(plan.insert.actors.map((a) => a.contact?.connectedOn)).toEqual(['2024-02-29', undefined, undefined, undefined, undefined, undefined]);
    expect(plan.insert.ties.map((t) => t.since)).toEqual(['2024-02-29', undefined, undefined, undefined, undefined, undefined]);
  });
});
