/**
 * The references a report gives in full: the two seed studies as their own first pages give them
 * (data/reference/seed-studies.json) and the works the knowledge base cites, as the seeds' reference
 * lists give them (data/reference/works.json). The schemas live here; services load the files.
 */
import { z } from 'zod';
import { SEEDS } from '../analysis/index.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** A seed study: its full reference, or, where the text names no author or venue, what it shows. */
export const seedStudySchema = z
  .object({
    source: z.enum(SEEDS).describe('The seed file'),
    label: z.string().min(2).describe('How reports name it in passing: "thesis", "paper"'),
    citeAs: z.string().min(2).describe('Its short citation: "Badamgarav (2025)"'),
    reference: z.string().min(40).describe('The full reference; without authors, what the text does show'),
    authors: z.array(z.string().min(2)).min(1).nullable(),
    year: z.number().int().min(1900).nullable(),
    title: z.string().min(5).nullable(),
    kind: z.string().min(3),
    degree: z.string().optional(),
    programme: z.string().optional(),
    school: z.string().optional(),
    institution: z.string().optional(),
    place: z.string().optional(),
    supervisor: z.string().optional(),
    pages: z.number().int().positive().optional(),
    from: z.string().min(10).describe('Where in the seed the reference was read'),
    referenceList: z.string().nullable().describe('Where the seed lists its references; null when it has none'),
  })
  .strict();
export type SeedStudy = z.infer<typeof seedStudySchema>;

export const seedStudiesFileSchema = z
  .object({ title: z.string(), method: z.string(), recordedOn: isoDate, studies: z.array(seedStudySchema).min(1) })
  .strict();

/** A work the knowledge base cites: the seed's reference-list entry, or why there is none. */
export const workEntrySchema = z
  .object({
    reference: z.string().min(20).nullable().describe('The entry of the seed’s reference list; null when no seed lists the work'),
    source: z.enum(SEEDS).describe('The seed whose reference list has the entry, or which cites the work'),
    location: z.string().min(5).nullable().describe('Where in that reference list, e.g. "References, p. 94"'),
    citedAt: z.string().optional().describe('Without a reference: where the seed’s text cites the work'),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (w.reference !== null && w.location === null) ctx.addIssue({ code: 'custom', path: ['location'], message: 'a reference needs its place in the list' });
    if (w.reference === null && (w.note === undefined || w.citedAt === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'a work without a reference needs a note saying why and citedAt' });
    }
  });
export type WorkEntry = z.infer<typeof workEntrySchema>;

export const worksFileSchema = z
  .object({ title: z.string(), method: z.string(), recordedOn: isoDate, works: z.record(z.string().min(3), workEntrySchema) })
  .strict();

/** What a report needs to give references in full. */
export interface Bibliography {
  seeds: readonly SeedStudy[];
  works: Readonly<Record<string, WorkEntry>>;
}

/** The seed study of a seed file, if the bibliography has it. */
export function seedStudyOf(bibliography: Bibliography, seed: string): SeedStudy | undefined {
  return bibliography.seeds.find((s) => s.source === seed);
}

/** Folds a title for comparison: case, spacing and typographic quotes do not count. */
export function foldTitle(title: string): string {
  return title.normalize('NFKC').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The seed study a case's source record is (the samples quote the seed studies themselves): the one
 * with its title, or — for a seed whose text gives no title — the one whose file the record names.
 */
export function seedStudyOfSource(
  bibliography: Bibliography,
  source: { title: string; description?: string | undefined; note?: string | undefined },
): SeedStudy | undefined {
  const folded = foldTitle(source.title);
  const byTitle = bibliography.seeds.find((s) => s.title !== null && foldTitle(s.title) === folded);
  if (byTitle !== undefined) return byTitle;
  const told = `${source.description ?? ''} ${source.note ?? ''}`;
  return bibliography.seeds.find((s) => told.includes(s.source.replace(/\.txt$/, '')));
}
