/**
 * How the board's forms write: each change is sent with the version of the board on screen; what
 * it did is announced in the board's live region; a stale version (someone changed the search in
 * between) shows the board's own message while the board reloads; any other refusal stays with the
 * form that made it.
 */
import { createContext, useContext, useState } from 'react';
import { isStale } from '../../../lib/api';
import { useRefreshFirm, useSearchChange, type Changed, type SearchPath, type Stage } from '../api';
import { refusalLines } from './form-bits';

export interface BoardWrites {
  path: SearchPath;
  /** The version of the board on screen: every change is made on it. */
  version: number;
  /** A closed search takes notes, but no new candidates, criteria, scores or moves. */
  open: boolean;
  /** The user's role may change the workspace: without it the board is read only, and shows no form. */
  canWrite: boolean;
  /** Says what a change did, in the board's live region. */
  announce: (text: string) => void;
  /** Shows the stale-version message (the board reloads by itself). */
  stale: () => void;
  /** Puts the focus on a candidate's card once the board shows it in `stage` (after a move, another column). */
  focusCard: (target: CardTarget) => void;
}

/** A card to focus: the candidate, in the column it is to be found in. */
export interface CardTarget {
  candidateId: string;
  stage: Stage;
}

export const BoardWritesContext = createContext<BoardWrites | undefined>(undefined);

export function useBoardWrites(): BoardWrites {
  const writes = useContext(BoardWritesContext);
  if (writes === undefined) throw new Error('useBoardWrites is used outside the board');
  return writes;
}

/**
 * One form's writes: `run` sends a change made on the board's version; `refusal` is what the form
 * shows when it was refused. What a change did is said once the board shows it (the form may be
 * gone by then: a moved card is in another column, so the board says it).
 */
export function useWrite() {
  const writes = useBoardWrites();
  const change = useSearchChange(writes.path);
  const refresh = useRefreshFirm(writes.path.workspace, writes.path.firmId);
  const [refusal, setRefusal] = useState<string[] | undefined>(undefined);
  const run = (send: (path: SearchPath, version: number) => Promise<Changed>, done: (changed: Changed) => string, after?: (changed: Changed) => void) => {
    setRefusal(undefined);
    change.mutate((path) => send(path, writes.version), {
      onSuccess: async (changed) => {
        await refresh();
        writes.announce(done(changed));
        after?.(changed);
      },
      onError: async (err) => {
        if (!isStale(err)) {
          setRefusal(refusalLines(err));
          return;
        }
        await refresh();
        writes.stale();
      },
    });
  };
  return { run, pending: change.isPending, refusal, setRefusal, writes };
}
