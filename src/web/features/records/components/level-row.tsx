/**
 * One levelled record in its table — a recorded utilization cell (thesis Table 10: challenge ×
 * network type → level) or a challenge rating (Table 9: challenge, per market or not → level): its
 * values, or — after Edit — its level, basis and description as inputs, with a row under it for
 * its evidence and Save.
 */
import { memo } from 'react';
import type { RecordOf, Versioned } from '../api';
import { fromLevelDraft, LEVEL_BASES, levelDraft, type LevelDraft } from '../drafts';
import { useRowEditor } from '../editing';
import { BasisSelect, LevelSelect } from './record-selects';
import { DescriptionField, EditingRows, ShownRow } from './row-frame';

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
  const editor = useRowEditor<C, LevelDraft<Level<C>>>({
    workspace,
    firmId,
    collection,
    current,
    label,
    draftOf: levelDraft,
    recordOf: fromLevelDraft,
    onDelete,
  });
  const { id, draft, change, problems } = editor;

  if (!editor.editing)
    return (
      <ShownRow editor={editor} columns={LEVEL_COLUMNS}>
        <th scope="row">{heading}</th>
        <td>{second}</td>
        <td>
          <span className="level">{levels.find((l) => l.value === record.level)?.label ?? record.level}</span>
        </td>
        <td>{record.basis === undefined ? <span className="quiet">—</span> : LEVEL_BASES[record.basis]}</td>
        <td>{record.description ?? <span className="quiet">—</span>}</td>
        <td>{record.evidence?.length ?? 0}</td>
      </ShownRow>
    );

  return (
    <EditingRows editor={editor} columns={LEVEL_COLUMNS} shown={SHOWN}>
      <th scope="row">{heading}</th>
      <td>{second}</td>
      <td>
        <LevelSelect
          id={`${id}-level`}
          label={`Level of ${label}`}
          hideLabel
          levels={levels}
          value={draft.level}
          onChange={(level) => change({ level })}
          problems={problems}
          pointer="/level"
        />
      </td>
      <td>
        <BasisSelect
          id={`${id}-basis`}
          label={`Basis of ${label}`}
          hideLabel
          value={draft.basis}
          onChange={(basis) => change({ basis })}
          problems={problems}
          pointer="/basis"
        />
      </td>
      <td>
        <DescriptionField editor={editor} hideLabel value={draft.description} onChange={(description) => change({ description })} />
      </td>
    </EditingRows>
  );
}

/** Memoized: a row renders again only when its record changes. */
export const LevelRow = memo(LevelRowOf) as typeof LevelRowOf;
