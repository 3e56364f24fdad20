/**
 * The case's codebook as a tree with the segments counted under each code. Built-in codes are
 * read-only; own codes can be added, edited and deleted (records of /codes, sent with the version
 * read); a free code — one that segments apply but no codebook has — is marked so, and can join
 * the codebook under the very id its segments use.
 */
import { useMemo, useState } from 'react';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useToasts } from '../../../components/toast';
import { ApiError, isStale } from '../../../lib/api';
import { useCan } from '../../../lib/session';
import { useCodebook, useCodes, type Code, type Versioned } from '../api';
import { useCreateCode, useDeleteCode, useSaveCode } from '../codebook-api';
import { codebookCounts, codeTree, type CodeNode } from '../codebook-view';
import { canBecomeOwnCode } from '../record-ids';
import { CodeForm } from './code-form';
import { CodeSwatch } from './code-picker';

const STALE = 'Someone else changed this code since it was loaded; it has been reloaded. Try again if it is still needed.';

function messageOf(err: unknown): string {
  if (isStale(err)) return STALE;
  return err instanceof ApiError ? err.message : String(err);
}

interface RowActions {
  editing: string | undefined;
  edit: (id: string | undefined) => void;
  versionOf: (id: string) => Versioned<Code> | undefined;
  save: (current: Versioned<Code>, record: Omit<Code, 'id'>) => void;
  remove: (current: Versioned<Code>) => void;
  adopt: (id: string) => void;
  pending: boolean;
  failure: string | undefined;
  codebook: Parameters<typeof CodeForm>[0]['codebook'];
  /** What the user's role allows: edit and add codes (write), delete them. */
  canWrite: boolean;
  canDelete: boolean;
}

function uses(node: CodeNode): string {
  const self = `${node.entry.uses} ${node.entry.uses === 1 ? 'segment' : 'segments'}`;
  if (!node.entry.codable) return `${node.total} under it`;
  return node.total > node.entry.uses ? `${self}, ${node.total} with the codes under it` : self;
}

function CodeRow({ node, actions }: { node: CodeNode; actions: RowActions }) {
  const { entry } = node;
  const current = entry.origin === 'own' ? actions.versionOf(entry.id) : undefined;
  return (
    <li>
      <div className="code-row">
        <CodeSwatch color={entry.color} />
        <span className="code-name">{entry.name}</span> <code className="quiet">{entry.id}</code> <span className="quiet">({uses(node)})</span>
        {entry.origin === 'own' ? <span className="origin-tag">own code</span> : null}
        {entry.origin === 'free' ? <span className="origin-tag origin-free">not in the codebook</span> : null}
        {current === undefined || !(actions.canWrite || actions.canDelete) ? null : (
          <span className="code-actions">
            {actions.canWrite ? (
              <button
                type="button"
                onClick={() => actions.edit(actions.editing === entry.id ? undefined : entry.id)}
                aria-expanded={actions.editing === entry.id}
              >
                Edit<span className="visually-hidden"> {entry.name}</span>
              </button>
            ) : null}
            {actions.canDelete ? (
              <button type="button" onClick={() => actions.remove(current)} disabled={actions.pending}>
                Delete<span className="visually-hidden"> {entry.name}</span>
              </button>
            ) : null}
          </span>
        )}
        {actions.canWrite && entry.origin === 'free' && canBecomeOwnCode(entry.id) ? (
          <button type="button" onClick={() => actions.adopt(entry.id)} disabled={actions.pending}>
            Add to codebook<span className="visually-hidden"> {entry.name}</span>
          </button>
        ) : null}
      </div>
      {entry.description === undefined ? null : <p className="quiet code-description">{entry.description}</p>}
      {current !== undefined && actions.editing === entry.id ? (
        <CodeForm
          codebook={actions.codebook}
          initial={current.record}
          pending={actions.pending}
          failure={actions.failure}
          onSubmit={(record) => actions.save(current, record)}
          onCancel={() => actions.edit(undefined)}
        />
      ) : null}
      {node.children.length === 0 ? null : (
        <ul>
          {node.children.map((child) => (
            <CodeRow key={child.entry.id} node={child} actions={actions} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function CodebookPanel({ workspace, firmId }: { workspace: string; firmId: string }) {
  const codebook = useCodebook(workspace, firmId);
  const codes = useCodes(workspace, firmId);
  const create = useCreateCode(workspace, firmId);
  const save = useSaveCode(workspace, firmId);
  const remove = useDeleteCode(workspace, firmId);
  const toasts = useToasts();
  const canWrite = useCan('write', workspace);
  const canDelete = useCan('delete', workspace);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const tree = useMemo(() => codeTree(codebook.data ?? []), [codebook.data]);
  const versions = useMemo(() => new Map((codes.data ?? []).map((c) => [c.record.id, c])), [codes.data]);
  const taken = useMemo(() => new Set([...(codebook.data ?? []).map((e) => e.id), ...versions.keys()]), [codebook.data, versions]);

  if (codebook.isPending || codes.isPending) return <Loading what="the codebook" />;
  if (codebook.isError || codes.isError)
    return (
      <ErrorState
        error={codebook.error ?? codes.error}
        retry={() => {
          void codebook.refetch();
          void codes.refetch();
        }}
      />
    );

  const done = (text: string) => () => {
    setFailure(undefined);
    setAdding(false);
    setEditing(undefined);
    toasts.show(text);
  };
  const failed = (err: unknown) => setFailure(messageOf(err));
  const counts = codebookCounts(codebook.data);
  const actions: RowActions = {
    editing,
    edit: (id) => {
      setFailure(undefined);
      setEditing(id);
    },
    versionOf: (id) => versions.get(id),
    save: (current, record) =>
      save.mutate(
        { version: current.version, record: { ...record, id: current.record.id } },
        { onSuccess: done(`Saved code ${record.name}.`), onError: failed },
      ),
    remove: (current) => remove.mutate(current, { onSuccess: done(`Deleted code ${current.record.name}.`), onError: failed }),
    adopt: (id) => create.mutate({ code: { name: id }, taken, id }, { onSuccess: done(`Added ${id} to the codebook.`), onError: failed }),
    pending: create.isPending || save.isPending || remove.isPending,
    failure,
    codebook: codebook.data,
    canWrite,
    canDelete,
  };

  return (
    <div className="codebook-panel">
      <p className="quiet">
        {counts.builtin} built-in codes, {counts.own} own {counts.own === 1 ? 'code' : 'codes'}
        {counts.free === 0 ? '' : `, ${counts.free} not in the codebook`}. Built-in codes are Foothold’s and cannot be changed.
      </p>
      {failure !== undefined && editing === undefined && !adding ? (
        <p className="write-error" role="alert">
          {failure}
        </p>
      ) : null}
      {adding ? (
        <CodeForm
          codebook={codebook.data}
          pending={create.isPending}
          failure={failure}
          onSubmit={(code) => create.mutate({ code, taken }, { onSuccess: done(`Added code ${code.name}.`), onError: failed })}
          onCancel={() => {
            setFailure(undefined);
            setAdding(false);
          }}
        />
      ) : canWrite ? (
        <button
          type="button"
          onClick={() => {
            setFailure(undefined);
            setEditing(undefined);
            setAdding(true);
          }}
        >
          Add a code
        </button>
      ) : null}
      {tree.length === 0 ? (
        <Empty title="The codebook is empty." />
      ) : (
        <ul className="codebook-tree" aria-label="Codebook">
          {tree.map((node) => (
            <CodeRow key={node.entry.id} node={node} actions={actions} />
          ))}
        </ul>
      )}
    </div>
  );
}
