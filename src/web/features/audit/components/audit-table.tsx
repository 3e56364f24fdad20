/** The changes, newest first: when (a link that opens the change), who, what, and whether it was undone. */
import { Link } from 'react-router';
import { momentText } from '../../../lib/format';
import { actorText, changeWhat, moreText, type AuditChange } from '../change-words';
import { useChangeLink } from './change-detail';

function What({ change }: { change: AuditChange }) {
  const { items, more } = changeWhat(change);
  return (
    <ul className="audit-what">
      {items.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
      {more === 0 ? null : <li className="quiet">{moreText(more)}</li>}
    </ul>
  );
}

export function AuditTable({ changes, chosen }: { changes: readonly AuditChange[]; chosen: string | undefined }) {
  const linkTo = useChangeLink();
  return (
    <div className="table-scroll" role="region" aria-label="Changes" tabIndex={0}>
      <table className="audit-table">
        <caption>Changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id} data-change={c.id} className={c.id === chosen ? 'chosen' : undefined}>
              <th scope="row">
                <Link to={linkTo(c.id)} aria-current={c.id === chosen ? 'true' : undefined}>
                  <time dateTime={c.at}>{momentText(c.at)}</time>
                </Link>
              </th>
              <td>{actorText(c.actor)}</td>
              <td>
                <What change={c} />
              </td>
              <td>{c.undoneBy !== null ? 'undone' : c.undoOf !== null ? 'undo of an earlier change' : <span className="quiet">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
