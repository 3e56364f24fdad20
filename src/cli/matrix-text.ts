/** The framework matrix as text tables for the terminal (`foothold matrix`). */
import type { FrameworkMatrix } from '../core/evidence/framework-matrix.js';
import { textColumns } from '../shared/text-columns.js';
import type { CliIo } from './io.js';

const NETWORK_HEADS: Record<string, string> = { social: 'Social', business: 'Business', institutional: 'Institutional', digital: 'Digital' };

/** Prints firm × code (segments, and source kinds behind them) and each firm's challenge × network-type cells. */
export function printMatrix(io: CliIo, matrix: FrameworkMatrix, withQuotes: boolean): void {
  const cellOf = new Map(matrix.cells.map((c) => [`${c.firm}|${c.code}`, c]));
  const used = matrix.codes.filter((code) => matrix.firms.some((f) => cellOf.has(`${f.id}|${code.id}`)));
  if (used.length === 0) {
    io.out(`no coded segments yet in ${matrix.firms.map((f) => f.id).join(', ')}: code quotes in the browser or import a .qdpx`);
  } else {
    io.out('Codes × firms: segments (kinds of source behind them)');
    const rows = [['Code', ...matrix.firms.map((f) => f.id)]];
    for (const code of used) {
      rows.push([
        `${'  '.repeat(code.depth)}${code.name}`,
        ...matrix.firms.map((f) => {
          const cell = cellOf.get(`${f.id}|${code.id}`);
          return cell === undefined ? '·' : `${cell.segments.length} (${cell.triangulation.count})`;
        }),
      ]);
    }
    for (const line of textColumns(rows)) io.out(line);
  }
  const quotes = new Map(matrix.quotes.map((q) => [`${q.firm}|${q.segment}`, q]));
  for (const firmMatrix of matrix.challengeNetwork) {
    io.out('');
    io.out(`${firmMatrix.firm}: challenges × network types — level · quotes · kinds of source`);
    const cells = new Map(firmMatrix.cells.map((c) => [`${c.challenge}|${c.networkType}`, c]));
    const rows = [['Challenge', ...firmMatrix.networkTypes.map((n) => NETWORK_HEADS[n] ?? n)]];
    for (const challenge of firmMatrix.challenges) {
      if (!firmMatrix.networkTypes.some((n) => cells.has(`${challenge.id}|${n}`))) continue;
      rows.push([
        challenge.name,
        ...firmMatrix.networkTypes.map((n) => {
          const cell = cells.get(`${challenge.id}|${n}`);
          return cell === undefined ? '·' : `${cell.level ?? '–'} · ${cell.segments.length} · ${cell.triangulation.count}`;
        }),
      ]);
    }
    if (rows.length === 1) io.out('  nothing recorded or coded yet');
    else for (const line of textColumns(rows)) io.out(line);
    if (!withQuotes) continue;
    for (const cell of firmMatrix.cells) {
      if (cell.segments.length === 0) continue;
      io.out('');
      io.out(`  ${cell.challenge} × ${cell.networkType}${cell.level === undefined ? '' : ` (${cell.level})`}:`);
      for (const id of cell.segments) {
        const q = quotes.get(`${firmMatrix.firm}|${id}`);
        if (q !== undefined) io.out(`    “${q.quote}” — ${q.sourceTitle}, ${q.location} [${q.segment}]`);
      }
    }
  }
}
