/**
 * The two faces of a row of a records table: shown (its values, Edit and Delete, and why a delete
 * was refused), and editing (inputs in the same cells, then a row under it with the record's
 * further fields, its evidence, the server's problems and Save).
 */
import type { ReactNode } from 'react';
import { useRowRights, type RowControls } from '../editing';
import { EvidencePicker } from './evidence-picker';
import { FieldProblems, WriteProblems } from './field-problems';
import { TextField } from './fields';
import { RowNotice } from './row-notice';

/** The values of a row: `children` are its cells before the actions, which are those the user's role allows. */
export function ShownRow({ editor, columns, children }: { editor: RowControls; columns: number; children: ReactNode }) {
  const rights = useRowRights(editor.workspace);
  return (
    <>
      <tr data-record={editor.recordId}>
        {children}
        {rights.any ? (
          <td className="row-actions">
            {rights.edit ? (
              <button type="button" aria-label={`Edit ${editor.label}`} onClick={editor.open}>
                Edit
              </button>
            ) : null}{' '}
            {rights.remove ? (
              <button type="button" aria-label={`Delete ${editor.label}`} disabled={editor.deleting} onClick={editor.remove}>
                Delete
              </button>
            ) : null}
          </td>
        ) : null}
      </tr>
      <RowNotice columns={columns} notice={editor.notice} onDismiss={editor.dismiss} />
    </>
  );
}

/**
 * A row in its editor: `children` are its cells before the evidence count; `detail`, when given,
 * stands beside the evidence picker in the row under it.
 */
export function EditingRows({
  editor,
  columns,
  shown,
  detail,
  children,
}: {
  editor: RowControls;
  columns: number;
  /** The pointers the editor's fields show problems at: the problems at any other go in the list above Save. */
  shown: readonly string[];
  detail?: ReactNode;
  children: ReactNode;
}) {
  const evidence = (
    <>
      <EvidencePicker workspace={editor.workspace} firmId={editor.firmId} label={editor.label} evidence={editor.evidence} onChange={editor.setEvidence} />
      <FieldProblems id={`${editor.id}-evidence`} problems={editor.problems} pointer="/evidence" />
    </>
  );
  return (
    <>
      <tr className="editing" data-record={editor.recordId}>
        {children}
        <td>{editor.evidence.length}</td>
        <td>
          <span className="quiet">Editing</span>
        </td>
      </tr>
      <tr className="edit-detail">
        <td colSpan={columns}>
          <div className="edit-detail-inner">
            {detail === undefined ? (
              evidence
            ) : (
              <div className="edit-detail-grid">
                <div>{detail}</div>
                <div>{evidence}</div>
              </div>
            )}
            <WriteProblems failure={editor.failure} shown={shown} onReload={editor.reload} onOverwrite={editor.overwrite} />
            <div className="edit-buttons">
              <button type="button" className="primary" disabled={editor.pending} onClick={editor.save}>
                Save
              </button>{' '}
              <button type="button" onClick={editor.cancel}>
                Cancel
              </button>
            </div>
          </div>
        </td>
      </tr>
    </>
  );
}

/** The record's description in its editor: in the row under it, or (hideLabel) in a cell of its own. */
export function DescriptionField({
  editor,
  value,
  onChange,
  hideLabel,
}: {
  editor: RowControls;
  value: string;
  onChange: (description: string) => void;
  hideLabel?: boolean;
}) {
  return (
    <TextField
      id={`${editor.id}-description`}
      label={`Description of ${editor.label}`}
      hideLabel={hideLabel}
      rows={3}
      value={value}
      onChange={onChange}
      problems={editor.problems}
      pointer="/description"
    />
  );
}
