/** One record of a change: its fields before and after with the changed ones marked, or the record as JSON when only one side exists. */
import { itemText, type AuditItemDetail } from '../change-words';
import { fieldDiff, recordJson } from '../record-diff';

/** Past this length the JSON starts folded: a whole case is long. */
const OPEN_JSON_LIMIT = 2_000;

/** The record as JSON, folded away beside a field list (`folded`), else open unless it is long. */
function Json({ label, value, folded = false }: { label: string; value: unknown; folded?: boolean }) {
  const json = recordJson(value);
  return (
    <details className="record-json" open={!folded && json.length <= OPEN_JSON_LIMIT}>
      <summary>{label}</summary>
      <pre tabIndex={0}>
        <code>{json}</code>
      </pre>
    </details>
  );
}

export function ItemDiff({ item }: { item: AuditItemDetail }) {
  const title = itemText(item);
  const rows = fieldDiff(item.before, item.after);
  return (
    <section className="audit-item">
      <h3>{title}</h3>
      {rows === undefined ? (
        <>
          {item.before === null || item.before === undefined ? null : <Json label="Before, as JSON" value={item.before} />}
          {item.after === null || item.after === undefined ? null : <Json label="After, as JSON" value={item.after} />}
        </>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-label={`Fields of ${title}`} tabIndex={0}>
            <table className="field-diff">
              <caption>
                {title}: {rows.filter((r) => r.changed).length} of {rows.length} fields changed
              </caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.field} className={r.changed ? 'field-changed' : undefined}>
                    <th scope="row">
                      {r.field}
                      {r.changed ? <span className="change-mark"> changed</span> : null}
                    </th>
                    <td>{r.before}</td>
                    <td>{r.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Json label="Before, as JSON" value={item.before} folded />
          <Json label="After, as JSON" value={item.after} folded />
        </>
      )}
    </section>
  );
}
