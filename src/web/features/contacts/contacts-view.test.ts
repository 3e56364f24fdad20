import { describe, expect, it } from 'vitest';
import {
  actionText,
  contentTypeOf,
  filterContacts,
  importSummary,
  pageOf,
  PAGE_SIZE,
  profileHref,
  progressPercent,
  stageText,
  toImport,
  type Contact,
  type ContactImport,
} from './contacts-view';

const contact = (name: string, extra: Partial<Contact> = {}): Contact => ({
  id: `act-${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  organization: null,
  position: null,
  emails: [],
  profileUrl: null,
  connectedOn: null,
  ...extra,
});

const JANE = contact('Jane Doe', { organization: 'Nordic Pharma AB', position: 'Head of Regulatory Affairs', emails: ['jane@nordicpharma.se'] });
const OLA = contact('Ola Nordmann', { organization: 'Nordic Pharma AB', position: 'CEO' });
const KARI = contact('Kari Virtanen', { organization: 'Helsinki Oncology, Ltd', emails: ['kari@example.fi'] });

describe('the contacts table', () => {
  it('keeps the contacts that hold every word of the filter in a name, organization, position or e-mail, in any case', () => {
    const all = [JANE, OLA, KARI];
    expect(filterContacts(all, '')).toBe(all);
    expect(filterContacts(all, '   ')).toBe(all);
    expect(filterContacts(all, 'nordic').map((c) => c.name)).toEqual(['Jane Doe', 'Ola Nordmann']);
    expect(filterContacts(all, 'NORDIC ceo').map((c) => c.name)).toEqual(['Ola Nordmann']);
    expect(filterContacts(all, 'example.fi').map((c) => c.name)).toEqual(['Kari Virtanen']);
    expect(filterContacts(all, 'regulatory jane').map((c) => c.name)).toEqual(['Jane Doe']);
    expect(filterContacts(all, 'nobody')).toEqual([]);
  });

  it('shows 100 rows at a time, and the last page for a page past the end', () => {
    const many = Array.from({ length: 250 }, (_, i) => contact(`Person ${i + 1}`));
    expect(PAGE_SIZE).toBe(100);
    const first = pageOf(many, 0);
    expect([first.page, first.pages, first.first, first.last, first.total, first.rows.length]).toEqual([0, 3, 1, 100, 250, 100]);
    const last = pageOf(many, 7);
    expect([last.page, last.first, last.last, last.rows[0]?.name]).toEqual([2, 201, 250, 'Person 201']);
    expect(pageOf(many, -1).page).toBe(0);
    expect(pageOf([], 0)).toEqual({ rows: [], page: 0, pages: 1, first: 0, last: 0, total: 0 });
  });

  it('links only to http and https profile addresses', () => {
    expect(profileHref('https://www.linkedin.com/in/jane-doe-42')).toBe('https://www.linkedin.com/in/jane-doe-42');
    expect(profileHref('http://example.org/p')).toBe('http://example.org/p');
    expect(profileHref('javascript:alert(1)')).toBeUndefined();
    expect(profileHref('data:text/html,<b>x</b>')).toBeUndefined();
    expect(profileHref('www.linkedin.com/in/no-scheme')).toBeUndefined();
    expect(profileHref(null)).toBeUndefined();
  });
});

describe('a contact import', () => {
  it('sends a file with the type its name says, and octet-stream when it says none the server takes', () => {
    expect(contentTypeOf('Connections.csv')).toBe('text/csv');
    expect(contentTypeOf('CONTACTS.CSV')).toBe('text/csv');
    expect(contentTypeOf('family.vcf')).toBe('text/vcard');
    expect(contentTypeOf('card.vcard')).toBe('text/vcard');
    expect(contentTypeOf('export.txt')).toBe('application/octet-stream');
    expect(contentTypeOf('csv')).toBe('application/octet-stream');
  });

  it('moves one bar through the stages, writing taking most of an import and matching most of a preview', () => {
    expect(progressPercent('import', 'reading', 0, 1)).toBe(0);
    expect(progressPercent('import', 'reading', 1, 1)).toBe(10);
    expect(progressPercent('import', 'matching', 15_000, 30_000)).toBe(23);
    expect(progressPercent('import', 'writing', 0, 65_000)).toBe(35);
    expect(progressPercent('import', 'writing', 32_500, 65_000)).toBe(68);
    expect(progressPercent('import', 'writing', 65_000, 65_000)).toBe(100);
    expect(progressPercent('preview', 'matching', 1, 2)).toBe(65);
    expect(progressPercent('preview', 'matching', 0, 0)).toBe(100);
    expect(progressPercent('import', 'writing', 70, 65)).toBe(100);
  });

  it('says what each stage is doing', () => {
    expect(stageText('reading', 0, 1, 'Connections.csv')).toBe('Reading Connections.csv');
    expect(stageText('matching', 12_000, 30_000, 'x')).toBe('Matching 12,000 of 30,000 rows with the people already recorded');
    expect(stageText('matching', 0, 1, 'x')).toBe('Matching 0 of 1 row with the people already recorded');
    expect(stageText('writing', 1_333, 65_000, 'x')).toBe('Writing 1,333 of 65,000 records');
  });

  it('counts and words what a preview would do and what an import did', () => {
    const preview: ContactImport = {
      format: 'linkedin',
      dryRun: true,
      created: 3,
      updated: 1,
      unchanged: 12,
      organizationsCreated: 2,
      skipped: [],
      review: [],
    };
    expect(toImport(preview)).toBe(4);
    expect(importSummary(preview)).toBe('3 new, 1 updated, 12 unchanged; 2 organizations to add for their companies');
    expect(importSummary({ ...preview, dryRun: false, organizationsCreated: 1 })).toBe(
      '3 new, 1 updated, 12 unchanged; 1 organization added for their companies',
    );
    expect(importSummary({ ...preview, created: 1_200, organizationsCreated: 0 })).toBe('1,200 new, 1 updated, 12 unchanged');
    expect(actionText('create', [])).toBe('New');
    expect(actionText('unchanged', [])).toBe('Unchanged');
    expect(actionText('update', ['position', 'memberOf', 'connectedOn'])).toBe('Updated: position, organization membership, connected on');
    expect(actionText('update', [])).toBe('Updated');
  });
});
