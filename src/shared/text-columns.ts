/** Tables for the terminal: rows of cells set in columns, as `foothold matrix`, `cohort` and `graph metrics` print them. */

/**
 * The rows as lines, each column as wide as its widest cell and two spaces from the next: the first
 * column and those in `leftAligned` padded on the right (text), the others on the left (numbers);
 * no line ends in spaces. Widths count code points, so a letter outside the Basic Multilingual Plane
 * ("𝐀", an emoji) takes one place like any other.
 */
export function textColumns(rows: readonly (readonly string[])[], leftAligned: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, codePoints(cell))));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const padding = ' '.repeat(widths[i]! - codePoints(cell));
        return i === 0 || leftAligned.has(i) ? cell + padding : padding + cell;
      })
      .join('  ')
      .trimEnd(),
  );
}

const codePoints = (text: string): number => [...text].length;
