/** The head of a search's board: its title and status, what it looks for, and Close / Reopen. */
import { countryName, words } from '../../../lib/format';
import { ORGANIZATION_TYPE_NAMES } from '../../../lib/organization-types';
import { searchActions, type Board } from '../api';
import { FormError } from './form-bits';
import { useWrite } from './board-writes';

export function SearchHeader({ board }: { board: Board }) {
  const { search } = board;
  const { run, pending, refusal, writes } = useWrite();
  const open = search.status === 'open';
  const facts: [string, string][] = [
    ...(search.purpose === undefined ? [] : [['Purpose', search.purpose] as [string, string]]),
    ...(search.market === undefined ? [] : [['Market', countryName(search.market)] as [string, string]]),
    ...(search.organizationType === undefined ? [] : [['Kind', ORGANIZATION_TYPE_NAMES[search.organizationType]] as [string, string]]),
    ...(search.role === undefined ? [] : [['Role', words(search.role)] as [string, string]]),
    ['Opened', search.opened],
    ['Candidates', `${board.active} active, ${board.total} in all`],
  ];
  const toggle = () =>
    run(
      (path, version) => searchActions.setStatus(path, { version, status: open ? 'closed' : 'open' }),
      () => (open ? `Closed the search “${search.title}”.` : `Reopened the search “${search.title}”.`),
    );
  return (
    <section className="search-head" aria-labelledby="search-title">
      <div className="page-head">
        <h2 id="search-title">
          {search.title} <span className={`status status-${search.status}`}>{open ? 'Open' : 'Closed'}</span>
        </h2>
        {writes.canWrite ? (
          <button type="button" onClick={toggle} disabled={pending}>
            {open ? 'Close the search' : 'Reopen the search'}
          </button>
        ) : null}
      </div>
      <dl className="search-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{term === 'Opened' ? <time dateTime={value}>{value}</time> : value}</dd>
          </div>
        ))}
      </dl>
      {open ? null : (
        <p className="closed-note">
          This search is closed: it takes notes on its candidates, but no new candidates, criteria, scores or moves. Reopen it to change those.
        </p>
      )}
      <FormError lines={refusal} />
    </section>
  );
}
