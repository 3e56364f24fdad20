/**
 * The works cited by a report, gathered as the report cites them: each work once, with its full
 * reference (from the bibliography) and every place a seed study cites it; the seed studies
 * themselves; and official sources as "Publisher. Title. URL (read YYYY-MM-DD)". Listed
 * alphabetically; every entry has an anchor id that citations link to.
 */
import type { Citation } from '../analysis/index.js';
import { seedStudyOf, type Bibliography } from './bibliography.js';
import { slug } from './context.js';
import type { CitationRef, WorkCited } from './types.js';

interface Entry {
  id: string;
  kind: WorkCited['kind'];
  work: string;
  /** Seed → the places it cites the work, in the order first cited. */
  citedIn: Map<string, string[]>;
  official?: { publisher: string; url: string; asOf: string };
  /** For a seed study: its file. */
  seed?: string;
}

/** Sorting key: no diacritics, no case, no opening quotes. */
const sortKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^[“"‘']/, '')
    .toLowerCase();

export class WorksCited {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly bibliography: Bibliography) {}

  /** How the report names a seed in passing: "thesis", "paper", else the file name. */
  seedLabel(seed: string): string {
    return seedStudyOf(this.bibliography, seed)?.label ?? seed;
  }

  /** A citation of a recommendation, recorded for the list; the work keeps one entry and one anchor id. */
  cite(c: Citation): CitationRef {
    if (!('seed' in c)) {
      const entry = this.entry(`official\u0000${c.publisher}\u0000${c.work}`, 'official', c.work, `${c.publisher} ${c.work}`);
      entry.official = { publisher: c.publisher, url: c.url, asOf: c.asOf };
      return { work: c.work, workId: entry.id, where: `${c.publisher}, read ${c.asOf}` };
    }
    const entry = this.entry(`work\u0000${c.work}`, 'literature', c.work, c.work);
    const places = entry.citedIn.get(c.seed) ?? [];
    // A location may name several places ("§4.4, p. 75; §2.3, p. 32"): each is listed once.
    for (const place of c.location.split(';')) {
      const p = place.normalize('NFKC').replace(/\s+/g, ' ').trim();
      if (p !== '' && !places.includes(p)) places.push(p);
    }
    entry.citedIn.set(c.seed, places);
    this.seedStudy(c.seed);
    return { work: c.work, workId: entry.id, where: `${this.seedLabel(c.seed)}, ${c.location}` };
  }

  /** Puts a seed study in the list (a work cited through it, or evidence quoted from it); its anchor id. */
  seedStudy(seed: string): string {
    const study = seedStudyOf(this.bibliography, seed);
    const entry = this.entry(`seed\u0000${seed}`, 'seed-study', study?.citeAs ?? seed, `seed ${study?.label ?? seed}`);
    entry.seed = seed;
    return entry.id;
  }

  private entry(key: string, kind: WorkCited['kind'], work: string, idBase: string): Entry {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { id: this.uniqueId(idBase), kind, work, citedIn: new Map() };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** "Håkansson & Ford (2002)" → "work-hakansson-ford-2002", with a number added should two works read alike. */
  private uniqueId(base: string): string {
    const stem = `work-${slug(base.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))}`;
    const taken = new Set([...this.entries.values()].map((w) => w.id));
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    return id;
  }

  /** "cited in Badamgarav (2025), §2.2.1, p. 28; §2.2, p. 27". */
  private citedInText(entry: Entry): string {
    const parts = [...entry.citedIn.entries()].map(([seed, places]) => `${seedStudyOf(this.bibliography, seed)?.citeAs ?? seed}, ${places.join('; ')}`);
    return `cited in ${parts.join('; and in ')}`;
  }

  private text(entry: Entry): string {
    if (entry.official !== undefined) {
      const { publisher, url, asOf } = entry.official;
      return `${publisher}. ${entry.work}${/[.!?]$/.test(entry.work) ? '' : '.'} ${url} (read ${asOf}).`;
    }
    if (entry.kind === 'seed-study') {
      const study = seedStudyOf(this.bibliography, entry.seed ?? '');
      return study === undefined
        ? `${entry.work} — a seed study with no entry in the bibliography.`
        : `${study.reference} — seed study (“the ${study.label}”).`;
    }
    const known = this.bibliography.works[entry.work];
    if (known === undefined) return `${entry.work} — ${this.citedInText(entry)}. Its full reference is not in data/reference/works.json yet.`;
    if (known.reference === null) return `${entry.work} — ${this.citedInText(entry)}. ${known.note ?? 'Its full reference is not known.'}`;
    return `${known.reference.replace(/\s*$/, '')} — ${this.citedInText(entry)}.`;
  }

  /** Alphabetical by the text shown. */
  list(): WorkCited[] {
    return [...this.entries.values()]
      .map((e) => ({ id: e.id, kind: e.kind, work: e.work, text: this.text(e) }))
      .sort((x, y) => (sortKey(x.text) < sortKey(y.text) ? -1 : sortKey(x.text) > sortKey(y.text) ? 1 : 0));
  }
}
