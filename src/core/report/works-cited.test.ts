import { describe, expect, it } from 'vitest';
import type { Bibliography } from './bibliography.js';
import { WorksCited } from './works-cited.js';

const THESIS = '003_7a904afc5627ed05.txt';
const PAPER = '000_027afc1053f9dfb9.txt';
const bibliography: Bibliography = {
  seeds: [
    {
      source: THESIS,
      label: 'thesis',
      citeAs: 'Author (2025)',
      reference: 'Author, A. (2025). A thesis title long enough to be a reference. Master’s thesis, A University.',
      authors: ['Author, A.'],
      year: 2025,
      title: 'A thesis title long enough to be a reference',
      kind: 'Master’s thesis',
      from: 'Its title page',
      referenceList: 'References, pp. 88–97',
    },
    {
      source: PAPER,
      label: 'paper',
      citeAs: 'the paper',
      reference: 'Research paper, authors and title not given in its text: what it shows, at some length.',
      authors: null,
      year: null,
      title: null,
      kind: 'research paper',
      from: 'Its first lines',
      referenceList: null,
    },
  ],
  works: {
    'Zeta & Alpha (2014)': { reference: 'Zeta, Z., & Alpha, A. (2014). A work. A Journal, 1(2), 3–4.', source: THESIS, location: 'References, p. 94' },
    'Åberg (2010)': { reference: 'Åberg, B. (2010). Another work. A Journal, 5, 6–7.', source: THESIS, location: 'References, p. 88' },
    'Lu & Beamish (2001)': { reference: null, source: PAPER, location: null, citedAt: 'Introduction', note: 'The paper has no reference list.' },
  },
};

describe('WorksCited', () => {
  it('gives each work its full reference and every place a seed cites it, once, and lists the seed study too', () => {
    const works = new WorksCited(bibliography);
    const first = works.cite({ work: 'Zeta & Alpha (2014)', seed: THESIS, location: '§2.2.1, p. 28' });
    const again = works.cite({ work: 'Zeta & Alpha (2014)', seed: THESIS, location: '§4.4, p. 75; §2.2.1,\u00a0p. 28' });
    expect(first).toEqual({ work: 'Zeta & Alpha (2014)', workId: 'work-zeta-alpha-2014', where: 'thesis, §2.2.1, p. 28' });
    expect(again.workId).toBe(first.workId);
    expect(works.list()).toEqual([
      {
        id: 'work-seed-thesis',
        kind: 'seed-study',
        work: 'Author (2025)',
        text: 'Author, A. (2025). A thesis title long enough to be a reference. Master’s thesis, A University. — seed study (“the thesis”).',
      },
      {
        id: 'work-zeta-alpha-2014',
        kind: 'literature',
        work: 'Zeta & Alpha (2014)',
        text: 'Zeta, Z., & Alpha, A. (2014). A work. A Journal, 1(2), 3–4. — cited in Author (2025), §2.2.1, p. 28; §4.4, p. 75.',
      },
    ]);
  });

  it('says why a work has no full reference, and which works the bibliography lacks', () => {
    const works = new WorksCited(bibliography);
    works.cite({ work: 'Lu & Beamish (2001)', seed: PAPER, location: 'Introduction' });
    works.cite({ work: 'Nobody (1999)', seed: THESIS, location: '§1, p. 1' });
    const texts = works.list().map((w) => w.text);
    expect(texts).toContain('Lu & Beamish (2001) — cited in the paper, Introduction. The paper has no reference list.');
    expect(texts).toContain('Nobody (1999) — cited in Author (2025), §1, p. 1. Its full reference is not in data/reference/works.json yet.');
  });

  it('lists an official source as Publisher. Title. URL (read date), and sorts everything by what it shows, diacritics aside', () => {
    const works = new WorksCited(bibliography);
    const ref = works.cite({ work: 'A page!', publisher: 'European Commission', url: 'https://example.eu/page', asOf: '2026-11-20' });
    expect(ref.where).toBe('European Commission, read 2026-11-20');
    works.cite({ work: 'Zeta & Alpha (2014)', seed: THESIS, location: '§1, p. 1' });
    works.cite({ work: 'Åberg (2010)', seed: THESIS, location: '§1, p. 2' });
    expect(works.list().map((w) => w.text.slice(0, 20))).toEqual([
      'Åberg, B. (2010). An',
      'Author, A. (2025). A',
      'European Commission.',
      'Zeta, Z., & Alpha, A',
    ]);
    expect(works.list().find((w) => w.kind === 'official')?.text).toBe('European Commission. A page! https://example.eu/page (read 2026-11-20).');
  });

  it('names a seed it does not know by its file', () => {
    const works = new WorksCited({ seeds: [], works: {} });
    expect(works.seedLabel(THESIS)).toBe(THESIS);
    works.seedStudy(THESIS);
    expect(works.list()[0]?.text).toBe(`${THESIS} — a seed study with no entry in the bibliography.`);
  });
});
