/**
 * The exchange view's words and requests: the REFI-QDA downloads of a firm, what an import did, and
 * the extra replacements of a pseudonymized copy as the user types them ("NAME = PSEUDONYM" a line).
 */
import type { Download } from '../../components/download-list';
import type { Schemas } from '../../lib/api';

export type QdpxImport = Schemas['QdpxImport'];
export type AnonymizedCase = Schemas['AnonymizedCase'];
export type SourceKind = Schemas['Triangulation']['kinds'][number];

/** What an imported project's texts may be, as the kind picker names them, in the picker's order. */
export const SOURCE_KIND_PLURALS: Record<SourceKind, string> = {
  interview: 'Interviews',
  document: 'Documents',
  website: 'Web pages',
  article: 'Articles',
  report: 'Reports',
  social_media: 'Social-media posts',
};

/** The .qdpx project and .qdc codebook of one firm, as links the browser downloads. */
export function exchangeDownloads(workspace: string, firmId: string): Download[] {
  const base = `/api/workspaces/${encodeURIComponent(workspace)}`;
  const firms = `firms=${encodeURIComponent(firmId)}`;
  return [
    {
      href: `${base}/qdpx?${firms}`,
      label: 'REFI-QDA project (.qdpx)',
      what: 'the codebook, the transcripts and their coded segments, for NVivo, ATLAS.ti, MAXQDA or QualCoder',
    },
    { href: `${base}/qdc?${firms}`, label: 'REFI-QDA codebook (.qdc)', what: 'the codes alone, with their hierarchy, colours and descriptions' },
  ];
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Imported 12 codes, 1 source and 4 segments." */
export function importSummary(result: QdpxImport): string {
  return `Imported ${counted(result.codes, 'code', 'codes')}, ${counted(result.sources, 'source', 'sources')} and ${counted(result.segments, 'segment', 'segments')}.`;
}

/** A replacement the server takes as NAME=PSEUDONYM. */
export interface Replacement {
  original: string;
  pseudonym: string;
}

/** The server's limit on one replace parameter. */
export const REPLACEMENT_MAX_CHARS = 300;

/**
 * "Ulaanbaatar = City U" a line → the replacements, and a problem for each line that is not one.
 * Blank lines are skipped; the first "=" splits, as on the server, so a pseudonym may hold one.
 */
export function parseReplacements(text: string): { replacements: Replacement[]; problems: string[] } {
  const replacements: Replacement[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const at = line.indexOf('=');
    const original = at < 0 ? '' : line.slice(0, at).trim();
    const pseudonym = at < 0 ? '' : line.slice(at + 1).trim();
    if (original === '' || pseudonym === '') problems.push(`Line ${i + 1}: write the name, then "=", then its pseudonym, as in Ulaanbaatar = City U.`);
    else if (original.length + pseudonym.length + 1 > REPLACEMENT_MAX_CHARS) problems.push(`Line ${i + 1}: at most ${REPLACEMENT_MAX_CHARS} characters.`);
    else replacements.push({ original, pseudonym });
  });
  return { replacements, problems };
}

/** The replacements as the route's repeated `replace` parameter. */
export const replaceParams = (replacements: readonly Replacement[]): string[] => replacements.map((r) => `${r.original}=${r.pseudonym}`);

/** "company-x-pseudonymized.json": named after the pseudonym, so that the file name does not give the firm away. */
export function caseFileName(pseudonym: string): string {
  const slug = pseudonym
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug === '' ? 'case' : slug}-pseudonymized.json`;
}

/** The pointers a remaining word was found at, the first few of them: "/notes/3, /facts/0/note and 5 more". */
export function whereText(where: readonly string[], shown = 3): string {
  const first = where.slice(0, shown).join(', ');
  return where.length > shown ? `${first} and ${where.length - shown} more` : first;
}
