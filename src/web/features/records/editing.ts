/**
 * The editing behaviour all three tables share: a row's inline editor (save with the version read,
 * "changed by someone else" with reload or overwrite, the server's problems), and delete with Undo
 * (the toast's Undo posts the deleted record again, same id and content).
 */
import { useCallback, useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useToasts } from '../../components/toast';
import { ApiError, isStale, type ApiProblem } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';
import { useCan } from '../../lib/session';
import { useCreateRecord, useDeleteRecord, useSaveRecord, type Collection, type RecordOf, type Versioned } from './api';
import { writeFailure, type WriteFailure } from './problems';

/** What the user's role lets them do to a records table: edit and add rows (write), delete them; `any` when a row has an action at all. */
export function useRowRights(workspace: string): { edit: boolean; remove: boolean; any: boolean } {
  const edit = useCan('write', workspace);
  const remove = useCan('delete', workspace);
  return { edit, remove, any: edit || remove };
}

/** What the row frames (ShownRow, EditingRows) need of a row's editor, whatever kind of record it edits. */
export interface RowControls {
  /** The base of the ids of the row's fields. */
  id: string;
  workspace: string;
  firmId: string;
  recordId: string;
  /** What toasts and labels call the record: "Company A → Bio-Europe". */
  label: string;
  editing: boolean;
  failure: WriteFailure | undefined;
  problems: readonly ApiProblem[];
  pending: boolean;
  open: () => void;
  cancel: () => void;
  save: () => void;
  /** After a stale refusal: drop the edit and show what is stored now. */
  reload: () => void;
  /** After a stale refusal: save the same record over the version stored now. */
  overwrite: () => void;
  evidence: readonly string[];
  setEvidence: (evidence: string[]) => void;
  deleting: boolean;
  remove: () => void;
  /** Why the last delete was refused, if it was. */
  notice: string | undefined;
  dismiss: () => void;
}

export interface RowEditor<D> extends RowControls {
  draft: D;
  change: (part: Partial<D>) => void;
}

interface RowEditorOptions<C extends Collection, D> {
  workspace: string;
  firmId: string;
  collection: C;
  current: Versioned<RecordOf[C]>;
  label: string;
  /** The draft an Edit starts from, and the record a Save sends. */
  draftOf: (record: RecordOf[C]) => D;
  recordOf: (record: RecordOf[C], draft: D) => RecordOf[C];
  onDelete: (current: Versioned<RecordOf[C]>, label: string) => Promise<string | undefined>;
}

/** A row's inline editor: its draft, Save with the version read, the stale-version choice, and Delete with its refusal. */
export function useRowEditor<C extends Collection, D extends { evidence: string[] }>(options: RowEditorOptions<C, D>): RowEditor<D> {
  const { workspace, firmId, collection, current, label, draftOf, recordOf, onDelete } = options;
  const save = useSaveRecord(workspace, firmId, collection);
  const client = useQueryClient();
  const toasts = useToasts();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<D>(() => draftOf(current.record));
  const [failure, setFailure] = useState<WriteFailure | undefined>(undefined);
  const [lastSent, setLastSent] = useState<RecordOf[C] | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [deleting, setDeleting] = useState(false);

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
    id,
    workspace,
    firmId,
    recordId: current.record.id,
    label,
    editing,
    draft,
    change: (part) => setDraft((d) => ({ ...d, ...part })),
    failure,
    problems: failure?.problems ?? [],
    pending: save.isPending,
    open: () => {
      setDraft(draftOf(current.record));
      setNotice(undefined);
      setFailure(undefined);
      setEditing(true);
    },
    cancel: () => {
      setFailure(undefined);
      setEditing(false);
    },
    save: () => submit(recordOf(current.record, draft)),
    reload: () => {
      setFailure(undefined);
      setEditing(false);
      void client.invalidateQueries({ queryKey: firmKey(workspace, firmId) });
    },
    overwrite: () => {
      if (lastSent !== undefined) submit(lastSent, true);
    },
    evidence: draft.evidence,
    setEvidence: (evidence) => setDraft((d) => ({ ...d, evidence })),
    deleting,
    remove: () => {
      setDeleting(true);
      setNotice(undefined);
      void onDelete(current, label).then((refusal) => {
        setDeleting(false);
        setNotice(refusal);
      });
    },
    notice,
    dismiss: () => setNotice(undefined),
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
