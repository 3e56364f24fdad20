/**
 * `/w/:workspace/audit`: every change made in the workspace, newest first, for anyone who may read
 * it: filtered by firm and by person, a page at a time ("Show older changes"), with the chosen
 * change's records before and after beside the list (`?change=`), and Undo for roles that may delete.
 */
import { useId } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useFirmCards } from '../../../lib/firms';
import { useTitle } from '../../../lib/use-title';
import { peopleOf } from '../change-words';
import { useAuditPages } from '../api';
import { AuditTable } from './audit-table';
import { ChangeDetail } from './change-detail';
import './audit.css';

function Filters({ workspace, people }: { workspace: string; people: { userId: string; actor: string }[] }) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const firms = useFirmCards(workspace);
  const choose = (name: 'firm' | 'user', value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(name);
    else next.set(name, value);
    // Another filter shows other changes: the one chosen may no longer be among them.
    next.delete('change');
    setParams(next, { replace: true });
  };
  const firm = params.get('firm') ?? '';
  const user = params.get('user') ?? '';
  const firmIds = firms.data?.map((f) => f.id) ?? [];
  return (
    <div className="audit-filters">
      <div>
        <label htmlFor={`${id}-firm`}>Firm</label>
        <select id={`${id}-firm`} value={firm} onChange={(e) => choose('firm', e.target.value)}>
          <option value="">every firm</option>
          {firm !== '' && !firmIds.includes(firm) ? <option value={firm}>{firm}</option> : null}
          {firms.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-user`}>Person</label>
        <select id={`${id}-user`} value={user} onChange={(e) => choose('user', e.target.value)} aria-describedby={`${id}-user-hint`}>
          <option value="">everyone</option>
          {people.map((p) => (
            <option key={p.userId} value={p.userId}>
              {p.actor}
            </option>
          ))}
        </select>
        <p id={`${id}-user-hint`} className="quiet">
          The accounts among the changes shown.
        </p>
      </div>
    </div>
  );
}

export default function AuditPage() {
  const { workspace = 'default' } = useParams();
  useTitle('Audit log');
  const [params] = useSearchParams();
  const filter = { firm: params.get('firm') ?? undefined, user: params.get('user') ?? undefined };
  const chosen = params.get('change') ?? undefined;
  const pages = useAuditPages(workspace, filter);
  const changes = pages.data?.pages.flat() ?? [];
  // The person chosen stays in the list even when none of their changes is shown.
  const people = peopleOf(changes);
  if (filter.user !== undefined && !people.some((p) => p.userId === filter.user)) people.push({ userId: filter.user, actor: filter.user });
  const filtered = filter.firm !== undefined || filter.user !== undefined;

  const list = () => {
    if (pages.isPending) return <Loading what="the changes" />;
    // A failed page of older changes leaves the pages before it shown, with its own error under them.
    if (pages.isError && !pages.isFetchNextPageError) return <ErrorState error={pages.error} retry={() => void pages.refetch()} />;
    if (changes.length === 0)
      return (
        <Empty title={filtered ? 'No changes match these filters.' : 'No changes in this workspace yet.'}>
          {filtered ? null : <p>Each import and each edit of a record will be listed here.</p>}
        </Empty>
      );
    return (
      <>
        <AuditTable changes={changes} chosen={chosen} />
        {pages.hasNextPage ? (
          <button type="button" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            {pages.isFetchingNextPage ? 'Loading older changes…' : 'Show older changes'}
          </button>
        ) : (
          <p className="quiet">That is every change{filtered ? ' that matches' : ''}.</p>
        )}
        {pages.isFetchNextPageError ? <ErrorState error={pages.error} retry={() => void pages.fetchNextPage()} /> : null}
      </>
    );
  };

  return (
    <section className="audit-page">
      <h1>Audit log</h1>
      <p className="lead">Who changed what in the workspace “{workspace}”, and when. Choose a change to see its records before and after.</p>
      <Filters workspace={workspace} people={people} />
      <div className={chosen === undefined ? 'audit-layout' : 'audit-layout with-detail'}>
        <div>{list()}</div>
        {chosen === undefined ? null : <ChangeDetail key={chosen} workspace={workspace} changeId={chosen} />}
      </div>
    </section>
  );
}
