/**
 * The editing behaviour all three tables share: a row's inline editor (save with the version read,
 * "changed by someone else" with reload or overwrite, the server's problems), and delete with Undo
 * (the toast's Undo posts the deleted record again, same id and content).
 */
import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useToasts } from '../../components/toast';
import { ApiError, isStale } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';
import { useCreateRecord, useDeleteRecord, useSaveRecord, type Collection, type RecordOf, type Versioned } from './api';
import { writeFailure, type WriteFailure } from './problems';

export function useRowEditor<C extends Collection>(workspace: string, firmId: string, collection: C, current: Versioned<RecordOf[C]>, label: string) {
  const save = useSaveRecord(workspace, firmId, collection);
  const client = useQueryClient();
  const toasts = useToasts();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<WriteFailure | undefined>(undefined);
  const [lastSent, setLastSent] = useState<RecordOf[C] | undefined>(undefined);

  const submit = (record: RecordOf[C], overwrite = false) => {
    setFailure(undefined);
    setLastSent(record);
    save.mutate(
      { version: current.version, record, overwrite },
      {
        onSuccess: () => {
          setEditing(false);
          toasts.show(`Saved ${label}.`);
        },
        onError: (err) => setFailure(writeFailure(err)),
      },
    );
  };

  return {
    editing,
    failure,
    pending: save.isPending,
    problems: failure?.problems ?? [],
    open: () => {
      setFailure(undefined);
      setEditing(true);
    },
    cancel: () => {
      setFailure(undefined);
      setEditing(false);
    },
    submit,
    /** After a stale refusal: drop the edit and show what is stored now. */
    reload: () => {
      setFailure(undefined);
      setEditing(false);
      void client.invalidateQueries({ queryKey: firmKey(workspace, firmId) });
    },
    /** After a stale refusal: save the same record over the version stored now. */
    overwrite: () => {
      if (lastSent !== undefined) submit(lastSent, true);
    },
  };
}

/**
 * Deletes a row; on success a toast "Deleted <label>." whose Undo puts the record back. Resolves to
 * the refusal to show in the row (the server's message naming what still refers to it), if any.
 * The row goes away on success, so the table that stays (the caller of this hook) owns the Undo.
 */
export function useDeleteWithUndo<C extends Collection>(workspace: string, firmId: string, collection: C) {
  const { mutateAsync: remove } = useDeleteRecord(workspace, firmId, collection);
  const { mutateAsync: restore } = useCreateRecord(workspace, firmId, collection);
  const toasts = useToasts();
  // Stable across renders, so that the memoized rows it is given do not all render again on each keystroke in a filter.
  return useCallback(
    async (current: Versioned<RecordOf[C]>, label: string): Promise<string | undefined> => {
      try {
        await remove(current);
      } catch (err) {
        if (isStale(err)) return `${label} was changed by someone else since you opened it: reload to see it before deleting.`;
        return err instanceof ApiError ? err.message : String(err);
      }
      toasts.show(`Deleted ${label}.`, {
        label: 'Undo',
        run: () =>
          void restore(current.record).then(
            () => toasts.show(`Restored ${label}.`),
            (err: unknown) => toasts.show(`${label} could not be restored: ${err instanceof Error ? err.message : String(err)}`),
          ),
      });
      return undefined;
    },
    [remove, restore, toasts],
  );
}
