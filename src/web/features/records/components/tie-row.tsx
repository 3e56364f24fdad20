/**
 * One tie in the ties table: its values, or — after Edit — inputs in the same cells, with a row
 * under it for the description, the challenges it helped with, its evidence, and Save.
 */
import { memo, useId, useState } from 'react';
import { words } from '../../../lib/format';
import type { Tie, Versioned, Vocabulary } from '../api';
import { tieDraft, tieFromDraft, type NetworkType, type TieDraft, type TieStatus } from '../drafts';
import { useRowEditor } from '../editing';
import { EvidencePicker } from './evidence-picker';
import { FieldProblems, fieldAria, WriteProblems } from './field-problems';
import { RowNotice } from './row-notice';

export const TIE_COLUMNS = 11;
const SCALE = ['1', '2', '3', '4', '5'];
/** The fields the editor shows: a problem at any other pointer goes in the list above Save. */
const SHOWN = ['/networkType', '/subtype', '/strength', '/trust', '/status', '/since', '/lastContact', '/description', '/helpedWith', '/evidence'];

export interface Option {
  id: string;
  label: string;
}

/** Memoized: a row renders again only when its record (or what names it) changes, not on every keystroke in the filter. */
export const TieRow = memo(function TieRow({
  workspace,
  firmId,
  current,
  fromName,
  toName,
  vocabulary,
  challenges,
  onDelete,
}: {
  workspace: string;
  firmId: string;
  current: Versioned<Tie>;
  fromName: string;
  toName: string;
  vocabulary: Vocabulary;
  challenges: readonly Option[];
  onDelete: (current: Versioned<Tie>, label: string) => Promise<string | undefined>;
}) {
  const tie = current.record;
  const label = `${fromName} → ${toName}`;
  const editor = useRowEditor(workspace, firmId, 'ties', current, label);
  const [draft, setDraft] = useState<TieDraft>(() => tieDraft(tie));
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [deleting, setDeleting] = useState(false);
  const id = useId();
  const set = <K extends keyof TieDraft>(key: K, value: TieDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const typeLabel = (t: NetworkType) => vocabulary.networkTypes.find((n) => n.value === t)?.label ?? t;
  const statusLabel = (s: TieStatus) => vocabulary.tieStatuses.find((n) => n.value === s)?.label ?? s;
  const problems = editor.problems;

  if (!editor.editing)
    return (
      <>
        <tr data-record={tie.id}>
          <th scope="row">{fromName}</th>
          <td>{toName}</td>
          <td>{typeLabel(tie.networkType)}</td>
          <td>{tie.subtype === undefined ? <span className="quiet">—</span> : words(tie.subtype)}</td>
          <td>{tie.strength ?? <span className="quiet">—</span>}</td>
          <td>{tie.trust ?? <span className="quiet">—</span>}</td>
          <td>{statusLabel(tie.status)}</td>
          <td>{tie.since ?? <span className="quiet">—</span>}</td>
          <td>{tie.lastContact ?? <span className="quiet">—</span>}</td>
          <td>{tie.evidence?.length ?? 0}</td>
          <td className="row-actions">
            <button
              type="button"
              aria-label={`Edit ${label}`}
              onClick={() => {
                setDraft(tieDraft(tie));
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
        <RowNotice columns={TIE_COLUMNS} notice={notice} onDismiss={() => setNotice(undefined)} />
      </>
    );

  const suggestions = vocabulary.networkTypes.find((n) => n.value === draft.networkType)?.suggestedSubtypes ?? [];
  const select = (key: 'strength' | 'trust', name: string) => (
    <td>
      <label className="visually-hidden" htmlFor={`${id}-${key}`}>
        {name} of {label}
      </label>
      <select id={`${id}-${key}`} value={draft[key]} onChange={(e) => set(key, e.target.value)} {...fieldAria(`${id}-${key}`, problems, `/${key}`)}>
        <option value="">—</option>
        {SCALE.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
      <FieldProblems id={`${id}-${key}`} problems={problems} pointer={`/${key}`} />
    </td>
  );
  const date = (key: 'since' | 'lastContact', name: string) => (
    <td>
      <label className="visually-hidden" htmlFor={`${id}-${key}`}>
        {name} of {label} (YYYY, YYYY-MM or YYYY-MM-DD)
      </label>
      <input
        id={`${id}-${key}`}
        className="date-input"
        value={draft[key]}
        placeholder="YYYY-MM-DD"
        onChange={(e) => set(key, e.target.value)}
        {...fieldAria(`${id}-${key}`, problems, `/${key}`)}
      />
      <FieldProblems id={`${id}-${key}`} problems={problems} pointer={`/${key}`} />
    </td>
  );

  return (
    <>
      <tr className="editing" data-record={tie.id}>
        <th scope="row">{fromName}</th>
        <td>{toName}</td>
        <td>
          <label className="visually-hidden" htmlFor={`${id}-type`}>
            Network type of {label}
          </label>
          <select id={`${id}-type`} value={draft.networkType} onChange={(e) => set('networkType', e.target.value as NetworkType)}>
            {vocabulary.networkTypes.map((n) => (
              <option key={n.value} value={n.value}>
                {n.label}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-type`} problems={problems} pointer="/networkType" />
        </td>
        <td>
          <label className="visually-hidden" htmlFor={`${id}-subtype`}>
            Subtype of {label}
          </label>
          <input
            id={`${id}-subtype`}
            className="short-input"
            list={`${id}-subtypes`}
            value={draft.subtype}
            onChange={(e) => set('subtype', e.target.value)}
            {...fieldAria(`${id}-subtype`, problems, '/subtype')}
          />
          <datalist id={`${id}-subtypes`}>
            {suggestions.map((s) => (
              <option key={s.value} value={s.value} label={s.label} />
            ))}
          </datalist>
          <FieldProblems id={`${id}-subtype`} problems={problems} pointer="/subtype" />
        </td>
        {select('strength', 'Strength')}
        {select('trust', 'Trust')}
        <td>
          <label className="visually-hidden" htmlFor={`${id}-status`}>
            Status of {label}
          </label>
          <select id={`${id}-status`} value={draft.status} onChange={(e) => set('status', e.target.value as TieStatus)}>
            {vocabulary.tieStatuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </td>
        {date('since', 'Since')}
        {date('lastContact', 'Last contact')}
        <td>{draft.evidence.length}</td>
        <td>
          <span className="quiet">Editing</span>
        </td>
      </tr>
      <tr className="edit-detail">
        <td colSpan={TIE_COLUMNS}>
          <div className="edit-detail-inner">
            <div className="edit-detail-grid">
              <div>
                <label htmlFor={`${id}-description`}>Description of {label}</label>
                <textarea
                  id={`${id}-description`}
                  rows={3}
                  value={draft.description}
                  onChange={(e) => set('description', e.target.value)}
                  {...fieldAria(`${id}-description`, problems, '/description')}
                />
                <FieldProblems id={`${id}-description`} problems={problems} pointer="/description" />
                <fieldset className="checks">
                  <legend>Challenges {label} helped with</legend>
                  {challenges.map((c) => (
                    <label key={c.id}>
                      <input
                        type="checkbox"
                        checked={draft.challenges.includes(c.id)}
                        onChange={(e) => set('challenges', e.target.checked ? [...draft.challenges, c.id] : draft.challenges.filter((x) => x !== c.id))}
                      />{' '}
                      {c.label}
                    </label>
                  ))}
                  <FieldProblems id={`${id}-helped`} problems={problems} pointer="/helpedWith" />
                </fieldset>
              </div>
              <div>
                <EvidencePicker workspace={workspace} firmId={firmId} label={label} evidence={draft.evidence} onChange={(e) => set('evidence', e)} />
                <FieldProblems id={`${id}-evidence`} problems={problems} pointer="/evidence" />
              </div>
            </div>
            <WriteProblems failure={editor.failure} shown={SHOWN} onReload={editor.reload} onOverwrite={editor.overwrite} />
            <div className="edit-buttons">
              <button type="button" className="primary" disabled={editor.pending} onClick={() => editor.submit(tieFromDraft(tie, draft))}>
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
});
