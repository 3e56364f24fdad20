/** A table of the report (thesis Tables 7–10 and the others): cells with their levels, evidence notes and kinds of source. */
import { NoteRefs } from './notes';
import { SourceKindsMark } from './source-kinds';
import type { TableBlock } from './types';

type Cell = TableBlock['rows'][number][number];

function CellContent({ cell }: { cell: Cell }) {
  const level = cell.level;
  return (
    <>
      {level === undefined ? cell.text : <span className={`level level-${level.scale}-${level.value.toLowerCase().replace(/\s+/g, '-')}`}>{cell.text}</span>}
      <NoteRefs notes={cell.notes} />
      <SourceKindsMark sources={cell.triangulation} />
      {cell.sub === undefined ? null : <div className="quiet">{cell.sub}</div>}
    </>
  );
}

export function TableView({ table }: { table: TableBlock }) {
  const marked = table.differs.length > 0 && table.differs.length < table.rows.length ? table.differs : [];
  const groups: { label: string; span: number }[] = [];
  if (table.columns.some((c) => c.group !== undefined)) {
    for (const c of table.columns) {
      const last = groups[groups.length - 1];
      if (last !== undefined && c.group !== undefined && last.label === c.group) last.span++;
      else groups.push({ label: c.group ?? '', span: 1 });
    }
  }
  return (
    <figure className="table-block" id={table.id}>
      <figcaption>{table.caption}</figcaption>
      <div className="table-scroll" role="region" aria-label={table.caption} tabIndex={0}>
        <table className="data">
          <thead>
            {groups.length === 0 ? null : (
              <tr>
                {groups.map((g, i) => (
                  <th key={i} scope="colgroup" colSpan={g.span}>
                    {g.label}
                  </th>
                ))}
              </tr>
            )}
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col" title={c.short === undefined ? undefined : c.label}>
                  {c.short ?? c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => {
              const differs = marked.includes(i);
              return (
                <tr key={i} className={differs ? 'differs' : undefined}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {differs ? (
                          <span className="differs-mark" aria-label="the firms differ here" title="the firms differ here">
                            ≠{' '}
                          </span>
                        ) : null}
                        <CellContent cell={cell} />
                      </th>
                    ) : (
                      <td key={j}>
                        <CellContent cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {table.note === undefined ? null : <p className="table-note">{table.note}</p>}
      {marked.length > 0 ? <p className="table-note">≠ marks the rows where the firms differ.</p> : null}
    </figure>
  );
}
