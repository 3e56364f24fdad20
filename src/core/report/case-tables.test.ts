import { describe, expect, it } from 'vitest';
import { minimalCase, richCase } from '../../test-support/cases.js';
import { smallCase } from '../../test-support/samples.js';
import { caseTableData, caseTableView } from './case-tables.js';
import { csvTable, markdownTableWithNotes } from './table-views.js';

const names: Record<string, string> = { MN: 'Mongolia', LK: 'Sri Lanka', FI: 'Finland' };
const options = { countryName: (code: string) => names[code] ?? code };

describe('Tables 2–6 for firms of any kind', () => {
  const rich = richCase();
  const empty = minimalCase();

  it('Table 2: interviewees, their sessions and the firm’s business; a firm without interviews gets a dash and a note', () => {
    expect(caseTableData(2, [rich, empty])).toEqual({
      'gobi-pharma': {
        mainBusiness: 'Pharmaceuticals',
        interviews: [
          {
            id: 'src-ia1',
            interviewee: 'Chief executive officer',
            participantId: 'IA1',
            mode: 'video',
            sessions: [{ date: '2023-11-02', durationMinutes: 75 }, { date: '2023-11-09' }],
          },
        ],
      },
      'nomad-tea': { interviews: [] },
    });
    const view = caseTableView(2, [rich, empty], options);
    expect(view.header).toEqual(['Category', 'Говь Фарм ХХК', 'Nomad Tea']);
    expect(view.rows).toEqual([
      ['Company main business', 'Pharmaceuticals', '—'],
      ['Interviewee', 'Chief executive officer (IA1)', '—'],
      ['Interview date and duration', '2023-11-02 – 75 min\n2023-11-09', '—'],
    ]);
    expect(view.differs).toEqual([0, 1, 2]);
    expect(view.notes).toEqual(['Nomad Tea: no interviews recorded.']);
  });

  it('Table 2: marks whose session is whose when a firm has several interviews, and falls back on the key person and the source date', () => {
    const c = smallCase({
      keyPeople: [{ id: 'kp-1', role: 'Founder', participantId: 'P1' }],
      sources: [
        { id: 's1', kind: 'interview', title: 'First', participant: 'kp-1', date: '2024-05' },
        { id: 's2', kind: 'interview', title: 'Second', participantRole: 'Sales lead', sessions: [{ date: '2024-06-01', durationMinutes: 20 }] },
        { id: 's3', kind: 'interview', title: 'Third' },
      ],
    });
    const view = caseTableView(2, [c], options);
    expect(view.rows[1]).toEqual(['Interviewee', 'Founder (P1)\nSales lead\nThird']);
    expect(view.rows[2]).toEqual(['Interview date and duration', 'P1: 2024-05\nSales lead: 2024-06-01 – 20 min\nThird: not recorded']);
    expect(view.differs).toEqual([]);
  });

  it('Table 3: sources other than interviews, with what is known of them', () => {
    expect(caseTableData(3, [rich])).toEqual({
      'gobi-pharma': {
        sources: [
          { id: 'src-report', title: 'Annual report 2023', kind: 'report', publisher: 'Gobi Pharma', date: '2024', url: 'https://example.mn/report.pdf' },
        ],
        reportedIn: [],
      },
    });
    expect(caseTableView(3, [rich, empty], options).rows).toEqual([['Types of secondary sources', 'Annual report 2023', '—']]);
    expect(caseTableView(3, [empty], options).notes).toEqual(['Nomad Tea: no secondary sources recorded.']);
  });

  it('Table 3: names the study that reports the interviews apart, not as one of the firm’s sources', () => {
    const c = smallCase({
      sources: [
        { id: 'study', kind: 'article', title: 'A case study of F Oy' },
        { id: 'interview', kind: 'interview', title: 'Owner', participantRole: 'Owner', evidence: ['seg-method'] },
        { id: 'site', kind: 'website', title: 'F Oy website', evidence: ['seg-site'] },
      ],
      segments: [
        { id: 'seg-method', source: 'study', quote: 'We interviewed the owner.', location: '§3' },
        { id: 'seg-site', source: 'study', quote: 'and its website', location: '§3' },
      ],
    });
    expect(caseTableData(3, [c])['f']).toEqual({
      sources: [{ id: 'site', title: 'F Oy website', kind: 'website' }],
      reportedIn: [{ id: 'study', title: 'A case study of F Oy' }],
    });
    expect(caseTableView(3, [c], options).notes).toEqual([
      'F Oy: its interviews are reported in “A case study of F Oy”; that study is not listed as one of its secondary sources.',
    ]);
  });

  it('Table 4: each activity with its places, role and the actors carrying it; a firm column only for several firms', () => {
    expect(caseTableData(4, [rich])['gobi-pharma']).toEqual([
      { id: 'act-manufacturing', activity: 'Tablet production', step: 'manufacturing', countries: ['MN'], regions: [], role: 'In-house', partners: [] },
      {
        id: 'act-sales',
        activity: 'Distribution',
        step: 'distribution',
        countries: ['LK'],
        regions: ['South Asia'],
        partners: ['Lanka Medical Distributors'],
      },
    ]);
    const one = caseTableView(4, [rich], options);
    expect(one.header).toEqual(['Activities', 'Country', 'Role']);
    expect(one.rows).toEqual([
      ['Tablet production', 'Mongolia', 'In-house'],
      ['Distribution', 'Sri Lanka, South Asia', '—'],
    ]);
    expect(one.notes).toEqual([]);
    const two = caseTableView(4, [empty, rich], options);
    expect(two.header).toEqual(['Firm', 'Activities', 'Country', 'Role']);
    expect(two.rows[0]).toEqual(['Говь Фарм ХХК', 'Tablet production', 'Mongolia', 'In-house']);
    expect(two.rowKeys).toEqual(['gobi-pharma/act-manufacturing', 'gobi-pharma/act-sales']);
    expect(two.notes).toEqual(['Nomad Tea: no activities recorded.']);
  });

  it('Tables 5 and 6: the key people, named where the case names them', () => {
    for (const n of [5, 6] as const) {
      expect(caseTableData(n, [rich])['gobi-pharma']).toEqual([
        {
          id: 'kp-ceo',
          role: 'Chief executive officer',
          name: 'Батбаяр',
          participantId: 'IA1',
          education: 'MSc Pharmacy, Tartu',
          internationalNetworking: 'Alumni network in Estonia',
        },
        { id: 'kp-export', role: 'Export manager' },
      ]);
      const view = caseTableView(n, [rich, empty], options);
      expect(view.number).toBe(n);
      expect(view.rows).toEqual([
        ['Говь Фарм ХХК', 'Chief executive officer (Батбаяр)', 'MSc Pharmacy, Tartu', '—', 'Alumni network in Estonia'],
        ['Говь Фарм ХХК', 'Export manager', '—', '—', '—'],
      ]);
      expect(view.notes).toEqual(['Nomad Tea: no key people recorded.']);
    }
  });

  it('prints as Markdown with the notes under the table, and as CSV with the firms as columns', () => {
    const view = caseTableView(4, [empty], options);
    expect(markdownTableWithNotes(view, { caption: true })).toBe(
      'Table 4. Internationalization activities\n\n| Activities | Country | Role |\n| --- | --- | --- |\n\nNomad Tea: no activities recorded.',
    );
    expect(csvTable(caseTableView(2, [rich, empty], options)).split('\n')[0]).toBe('Category,Говь Фарм ХХК,Nomad Tea');
  });
});
