/**
 * One levelled record in its table — a recorded utilization cell (thesis Table 10: challenge ×
 * network type → level) or a challenge rating (Table 9: challenge, per market or not → level): its
 * values, or — after Edit — its level, basis and description as inputs, with a row under it for
 * its evidence and Save.
 */
import { memo, useId, useState } from 'react';
import type { RecordOf, Versioned } from '../api';
import { fromLevelDraft, keysOf, LEVEL_BASES, levelDraft, type LevelBasis, type LevelDraft } from '../drafts';
import { useRowEditor } from '../editing';
import { EvidencePicker } from './evidence-picker';
import { FieldProblems, fieldAria, WriteProblems } from './field-problems';
import { RowNotice } from './row-notice';

export const LEVEL_COLUMNS = 7;
const SHOWN = ['/level', '/basis', '/description', '/evidence'];

export type LevelCollection = 'utilization' | 'challenge-ratings';
type Level<C extends LevelCollection> = RecordOf[C]['level'];

interface LevelRowProps<C extends LevelCollection> {
  workspace: string;
  firmId: string;
  collection: C;
  current: Versioned<RecordOf[C]>;
  /** The first two cells: the challenge, then the network type or the market. */
  heading: string;
  second: string;
  /** What toasts and labels call the record; "<heading> × <second>" when not given. */
  label?: string;
  levels: readonly { value: Level<C>; label: string }[];
  onDelete: (current: Versioned<RecordOf[C]>, label: string) => Promise<string | undefined>;
}

function LevelRowOf<C extends LevelCollection>({ workspace, firmId, collection, current, heading, second, label: given, levels, onDelete }: LevelRowProps<C>) {
  const record = current.record;
  const label = given ?? `${heading} × ${second}`;
  const editor = useRowEditor(workspace, firmId, collection, current, label);
  const [draft, setDraft] = useState<LevelDraft<Level<C>>>(() => levelDraft(record));
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [deleting, setDeleting] = useState(false);
  const id = useId();
  const change = (part: Partial<LevelDraft<Level<C>>>) => setDraft((d) => ({ ...d, ...part }));
  const problems = editor.problems;

  if (!editor.editing)
    return (
      <>
        <tr data-record={record.id}>
          <th scope="row">{heading}</th>
          <td>{second}</td>
          <td>
            <span className="level">{levels.find((l) => l.value === record.level)?.label ?? record.level}</span>
          </td>
          <td>{record.basis === undefined ? <span className="quiet">—</span> : LEVEL_BASES[record.basis]}</td>
          <td>{record.description ?? <span className="quiet">—</span>}</td>
          <td>{record.evidence?.length ?? 0}</td>
          <td className="row-actions">
            <button
              type="button"
              aria-label={`Edit ${label}`}
              onClick={() => {
                setDraft(levelDraft(record));
                setNotice(undefined);
                editor.open();
              }}
            >
              Edit
            </button>{' '}
            <button
              type="button"
              aria-label={`Delete ${label}`}
              disabled={deleting}
              onClick={() => {
                setDeleting(true);
                setNotice(undefined);
                void onDelete(current, label).then((refusal) => {
                  setDeleting(false);
                  setNotice(refusal);
                });
              }}
            >
              Delete
            </button>
          </td>
        </tr>
        <RowNotice columns={LEVEL_COLUMNS} notice={notice} onDismiss={() => setNotice(undefined)} />
      </>
    );

  return (
    <>
      <tr className="editing" data-record={record.id}>
        <th scope="row">{heading}</th>
        <td>{second}</td>
        <td>
          <label className="visually-hidden" htmlFor={`${id}-level`}>
            Level of {label}
          </label>
          <select
            id={`${id}-level`}
            value={draft.level}
            onChange={(e) => change({ level: e.target.value as Level<C> })}
            {...fieldAria(`${id}-level`, problems, '/level')}
          >
            {levels.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-level`} problems={problems} pointer="/level" />
        </td>
        <td>
          <label className="visually-hidden" htmlFor={`${id}-basis`}>
            Basis of {label}
          </label>
          <select id={`${id}-basis`} value={draft.basis} onChange={(e) => change({ basis: e.target.value as LevelBasis | '' })}>
            <option value="">Not said</option>
            {keysOf(LEVEL_BASES).map((b) => (
              <option key={b} value={b}>
                {LEVEL_BASES[b]}
              </option>
            ))}
          </select>
        </td>
        <td>
          <label className="visually-hidden" htmlFor={`${id}-description`}>
            Description of {label}
          </label>
          <textarea
            id={`${id}-description`}
            rows={3}
            value={draft.description}
            onChange={(e) => change({ description: e.target.value })}
            {...fieldAria(`${id}-description`, problems, '/description')}
          />
          <FieldProblems id={`${id}-description`} problems={problems} pointer="/description" />
        </td>
        <td>{draft.evidence.length}</td>
        <td>
          <span className="quiet">Editing</span>
        </td>
      </tr>
      <tr className="edit-detail">
        <td colSpan={LEVEL_COLUMNS}>
          <div className="edit-detail-inner">
            <EvidencePicker workspace={workspace} firmId={firmId} label={label} evidence={draft.evidence} onChange={(e) => change({ evidence: e })} />
            <FieldProblems id={`${id}-evidence`} problems={problems} pointer="/evidence" />
            <WriteProblems failure={editor.failure} shown={SHOWN} onReload={editor.reload} onOverwrite={editor.overwrite} />
            <div className="edit-buttons">
              <button type="button" className="primary" disabled={editor.pending} onClick={() => editor.submit(fromLevelDraft(record, draft))}>
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

/** Memoized: a row renders again only when its record changes. */
export const LevelRow = memo(LevelRowOf) as typeof LevelRowOf;
