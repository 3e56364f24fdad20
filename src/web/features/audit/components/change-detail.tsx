/**
 * The panel of one change: when, who, whether it was undone, and every record before and after.
 * Undo is offered to roles that may delete, while the change is not undone; a refusal (a later
 * change that depends on it) is said in the server's words. A membership or a restore is not undone
 * (the server refuses): its panel says how to change it back instead.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../../../components/states';
import { momentText } from '../../../lib/format';
import { useCan, useSession } from '../../../lib/session';
import { actorText, MEMBERS, RESTORES, type AuditItem } from '../change-words';
import { useAuditChange, useUndoChange } from '../api';
import { ItemDiff } from './item-diff';

/** The address of the view with another change chosen (or none), its filters kept. */
export function useChangeLink(): (changeId: string | undefined) => { search: string } {
  const [params] = useSearchParams();
  return (changeId) => {
    const next = new URLSearchParams(params);
    if (changeId === undefined) next.delete('change');
    else next.set('change', changeId);
    const query = next.toString();
    return { search: query === '' ? '' : `?${query}` };
  };
}

/** Why a change of the workspace itself (a membership, a restore) is not undone, and what to do instead; undefined for a change that may be. */
function notUndoneNote(items: readonly Pick<AuditItem, 'collection'>[], workspace: string, hasMembersPage: boolean): ReactNode | undefined {
  if (items.some((item) => item.collection === MEMBERS)) {
    return (
      <p className="audit-not-undone">
        {hasMembersPage ? (
          <>
            A change of a membership is not undone: the role is set again on the <Link to={`/w/${workspace}/members`}>Members</Link> page.
          </>
        ) : (
          'A change of a membership is not undone: an owner sets the role again, on the Members page or with foothold user add.'
        )}
      </p>
    );
  }
  if (items.some((item) => item.collection === RESTORES)) {
    return (
      <p className="audit-not-undone">
        A restore is not undone: an earlier backup is restored in its place (<code>foothold restore OLDER-BACKUP --replace</code>).
      </p>
    );
  }
  return undefined;
}

export function ChangeDetail({ workspace, changeId }: { workspace: string; changeId: string }) {
  const id = useId();
  const change = useAuditChange(workspace, changeId);
  const undo = useUndoChange(workspace);
  const canUndo = useCan('delete', workspace);
  const { state } = useSession();
  // The Members page is there with login only, for those who may manage members (as in the shell's menu).
  const hasMembersPage = useCan('manage_members', workspace) && state.status === 'signed-in' && state.session.auth === 'required';
  const linkTo = useChangeLink();
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel is made anew for each change chosen (keyed by its id): it takes the focus, so that keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), []);

  const body = () => {
    if (change.isPending) return <Loading what="the change" />;
    if (change.isError) return <ErrorState error={change.error} retry={() => void change.refetch()} />;
    const c = change.data;
    const notUndone = notUndoneNote(c.items, workspace, hasMembersPage);
    return (
      <>
        <p>
          <time dateTime={c.at}>{momentText(c.at)}</time> by <strong>{actorText(c.actor)}</strong>, {c.itemCount} record{c.itemCount === 1 ? '' : 's'}.
        </p>
        {c.undoOf === null ? null : (
          <p>
            This change undid <Link to={linkTo(c.undoOf)}>an earlier change</Link>.
          </p>
        )}
        {notUndone !== undefined ? (
          notUndone
        ) : c.undoneBy === null ? (
          canUndo ? (
            <button type="button" disabled={undo.isPending} onClick={() => undo.mutate(c.id)}>
              {undo.isPending ? 'Undoing…' : 'Undo this change'}
            </button>
          ) : null
        ) : (
          <p className="audit-undone">
            Undone by <Link to={linkTo(c.undoneBy)}>a later change</Link>.
          </p>
        )}
        <div role="alert">{undo.isError ? <p className="undo-refusal">Not undone: {undo.error.message}</p> : null}</div>
        <p role="status">{undo.isSuccess ? 'Undone: the records are back as they were before this change.' : null}</p>
        {c.items.map((item, i) => (
          <ItemDiff key={`${item.firmId}/${item.collection}/${item.recordId}/${i}`} item={item} />
        ))}
      </>
    );
  };

  return (
    <section className="panel audit-detail" aria-labelledby={`${id}-heading`}>
      <div className="audit-detail-head">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          The change, before and after
        </h2>
        <Link to={linkTo(undefined)} className="button">
          Close
        </Link>
      </div>
      {body()}
    </section>
  );
}
