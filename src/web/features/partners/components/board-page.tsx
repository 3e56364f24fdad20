/**
 * One partner search: its board (a column per stage, candidates ranked by weighted score as the
 * server computes it), the chosen candidate's scores, notes and decisions, adding candidates by
 * hand or from the network's suggestions, the criteria, the decision log, and closing or reopening
 * the search. Every change is made on the version shown; a stale one reloads the board and says
 * so. Loaded only when first opened.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { ErrorState, Loading } from '../../../components/states';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useBoard, useFirm, type Board, type SearchPath } from '../api';
import { AddCandidateForm } from './add-candidate-form';
import { BoardColumns } from './board-columns';
import { BoardWritesContext, type BoardWrites, type CardTarget } from './board-writes';
import { CandidatePanel } from './candidate-panel';
import { CriteriaForm } from './criteria-form';
import { DecisionLog } from './decision-log';
import { SearchHeader } from './search-header';
import { SuggestionsPanel } from './suggestions-panel';
import './partners.css';

function StaleMessage({ onDismiss }: { onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="conflict stale" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>Not saved: this search was changed since you opened it.</strong> Someone else, or this search open in another tab, changed it first. The board
        has been reloaded with what is stored now: check it, then make your change again.
      </p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

function BoardView({ board, path, firmName, selected }: { board: Board; path: SearchPath; firmName: string; selected: string | undefined }) {
  const [announcement, setAnnouncement] = useState('');
  const [stale, setStale] = useState(false);
  const [focusTarget, setFocusTarget] = useState<CardTarget | undefined>(undefined);
  const canWrite = useCan('write', path.workspace);
  const writes: BoardWrites = useMemo(
    () => ({
      path,
      version: board.version,
      open: board.search.status === 'open',
      canWrite,
      announce: (text) => {
        setStale(false);
        setAnnouncement(text);
      },
      stale: () => setStale(true),
      focusCard: setFocusTarget,
    }),
    [path, board.version, board.search.status, canWrite],
  );
  const candidates = board.columns.flatMap((c) => c.candidates);
  const chosen = candidates.find((c) => c.id === selected);
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  const focused = useCallback(() => setFocusTarget(undefined), []);
  return (
    <BoardWritesContext.Provider value={writes}>
      <SearchHeader board={board} />
      <p className="board-status" role="status" aria-live="polite">
        {announcement}
      </p>
      {stale ? <StaleMessage onDismiss={() => setStale(false)} /> : null}
      {chosen === undefined ? null : <CandidatePanel key={chosen.id} candidate={chosen} board={board} />}
      <BoardColumns board={board} selected={chosen?.id} focusTarget={focusTarget} onFocused={focused} />
      {writes.open && canWrite ? <AddCandidateForm board={board} firmName={firmName} /> : null}
      {writes.open && canWrite ? <SuggestionsPanel firmName={firmName} /> : null}
      <CriteriaForm key={JSON.stringify(board.search.criteria)} criteria={board.search.criteria} />
      <DecisionLog decisions={board.decisions} names={names} />
    </BoardWritesContext.Provider>
  );
}

export default function BoardPage() {
  const { workspace = 'default', firmId = '', searchId = '' } = useParams();
  const [params] = useSearchParams();
  const path = useMemo(() => ({ workspace, firmId, searchId }), [workspace, firmId, searchId]);
  const firm = useFirm(workspace, firmId);
  const board = useBoard(path);
  const name = firm.data?.record.name ?? firmId;
  useTitle(`${board.data?.search.title ?? searchId} — Partner search — ${name}`);
  const list = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}/partners`;
  const failed = firm.isError ? firm : board.isError ? board : undefined;
  return (
    <article className="partners-page">
      <h1>{name}</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p>
        <Link to={list}>All partner searches of {name}</Link>
      </p>
      {failed !== undefined ? (
        <ErrorState error={failed.error} retry={() => void failed.refetch()} />
      ) : firm.data === undefined || board.data === undefined ? (
        <Loading what="the partner search" />
      ) : (
        <BoardView board={board.data} path={path} firmName={name} selected={params.get('candidate') ?? undefined} />
      )}
    </article>
  );
}
