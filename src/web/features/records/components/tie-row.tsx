/**
 * One tie in the ties table: its values, or — after Edit — inputs in the same cells, with a row
 * under it for the description, the challenges it helped with, its evidence, and Save.
 */
import { memo } from 'react';
import { words } from '../../../lib/format';
import type { Tie, Versioned, Vocabulary } from '../api';
import { tieDraft, tieFromDraft, type NetworkType, type TieStatus } from '../drafts';
import { useRowEditor } from '../editing';
import { EndSelect, endGroups, startGroups, type Endpoints } from './end-select';
import { CheckList, choicesOfOptions, SelectField, TextField, type Option } from './fields';
import { NetworkTypeSelect, ScaleSelect, TieStatusSelect } from './record-selects';
import { DescriptionField, EditingRows, ShownRow } from './row-frame';

export const TIE_COLUMNS = 11;
/** The fields the editor shows: a problem at any other pointer goes in the list above Save. */
const SHOWN = [
  '/from',
  '/to',
  '/origin/kind',
  '/origin/description',
  '/markets',
  '/networkType',
  '/subtype',
  '/strength',
  '/trust',
  '/status',
  '/since',
  '/lastContact',
  '/description',
  '/helpedWith/challenges',
  '/helpedWith/benefits',
  '/evidence',
];

const none = <span className="quiet">—</span>;

/** Memoized: a row renders again only when its record (or what names it) changes, not on every keystroke in the filter. */
export const TieRow = memo(function TieRow({
  workspace,
  firmId,
  current,
  fromName,
  toName,
  vocabulary,
  challenges,
  endpoints,
  onDelete,
}: {
  workspace: string;
  firmId: string;
  current: Versioned<Tie>;
  fromName: string;
  toName: string;
  vocabulary: Vocabulary;
  challenges: readonly Option[];
  endpoints: Endpoints;
  onDelete: (current: Versioned<Tie>, label: string) => Promise<string | undefined>;
}) {
  const tie = current.record;
  const label = `${fromName} → ${toName}`;
  const editor = useRowEditor({ workspace, firmId, collection: 'ties', current, label, draftOf: tieDraft, recordOf: tieFromDraft, onDelete });
  const { id, draft, change, problems } = editor;
  const typeLabel = (t: NetworkType) => vocabulary.networkTypes.find((n) => n.value === t)?.label ?? t;
  const statusLabel = (s: TieStatus) => vocabulary.tieStatuses.find((n) => n.value === s)?.label ?? s;

  if (!editor.editing)
    return (
      <ShownRow editor={editor} columns={TIE_COLUMNS}>
        <th scope="row">{fromName}</th>
        <td>{toName}</td>
        <td>{typeLabel(tie.networkType)}</td>
        <td>{tie.subtype === undefined ? none : words(tie.subtype)}</td>
        <td>{tie.strength ?? none}</td>
        <td>{tie.trust ?? none}</td>
        <td>{statusLabel(tie.status)}</td>
        <td>{tie.since ?? none}</td>
        <td>{tie.lastContact ?? none}</td>
        <td>{tie.evidence?.length ?? 0}</td>
      </ShownRow>
    );

  const suggestions = vocabulary.networkTypes.find((n) => n.value === draft.networkType)?.suggestedSubtypes ?? [];
  const field = (key: string, name: string) => ({ id: `${id}-${key}`, label: `${name} of ${label}`, hideLabel: true, problems, pointer: `/${key}` });
  const detailField = (key: string, name: string, pointer: string) => ({ id: `${id}-${key}`, label: name, problems, pointer });
  const scale = (key: 'strength' | 'trust', name: string) => (
    <td>
      <ScaleSelect {...field(key, name)} value={draft[key]} onChange={(value) => change({ [key]: value })} />
    </td>
  );
  const date = (key: 'since' | 'lastContact', name: string) => (
    <td>
      <TextField
        {...field(key, name)}
        label={`${name} of ${label} (YYYY, YYYY-MM or YYYY-MM-DD)`}
        className="date-input"
        placeholder="YYYY-MM-DD"
        value={draft[key]}
        onChange={(value) => change({ [key]: value })}
      />
    </td>
  );
  const detail = (
    <>
      <DescriptionField editor={editor} value={draft.description} onChange={(description) => change({ description })} />
      <CheckList
        id={`${id}-helped`}
        legend={`Challenges ${label} helped with`}
        choices={choicesOfOptions(challenges)}
        checked={draft.challenges}
        onChange={(challenges) => change({ challenges })}
        problems={problems}
        pointer="/helpedWith/challenges"
      />
      <CheckList
        id={`${id}-benefits`}
        legend={`Benefits of ${label}`}
        choices={vocabulary.benefits}
        checked={draft.benefits}
        onChange={(benefits) => change({ benefits })}
        problems={problems}
        pointer="/helpedWith/benefits"
      />
      <div className="form-grid">
        <div>
          <SelectField
            {...detailField('origin', `Origin of ${label}`, '/origin/kind')}
            choices={vocabulary.tieOrigins}
            empty="Not said"
            value={draft.origin}
            onChange={(origin) => change({ origin })}
          />
        </div>
        <div>
          <TextField
            {...detailField('origin-description', `How ${label} began`, '/origin/description')}
            value={draft.originDescription}
            onChange={(originDescription) => change({ originDescription })}
          />
        </div>
        <div>
          <TextField
            {...detailField('markets', `Markets ${label} reaches (ISO codes such as DE, MN)`, '/markets')}
            value={draft.markets}
            onChange={(markets) => change({ markets })}
          />
        </div>
      </div>
    </>
  );

  return (
    <EditingRows editor={editor} columns={TIE_COLUMNS} shown={SHOWN} detail={detail}>
      <th scope="row">
        <EndSelect {...field('from', 'From')} groups={startGroups(endpoints)} value={draft.from} onChange={(from) => change({ from })} />
      </th>
      <td>
        <EndSelect {...field('to', 'To')} groups={endGroups(endpoints)} value={draft.to} onChange={(to) => change({ to })} />
      </td>
      <td>
        <NetworkTypeSelect
          {...field('networkType', 'Network type')}
          id={`${id}-type`}
          networkTypes={vocabulary.networkTypes}
          value={draft.networkType}
          onChange={(networkType) => change({ networkType })}
        />
      </td>
      <td>
        <TextField
          {...field('subtype', 'Subtype')}
          className="short-input"
          list={`${id}-subtypes`}
          value={draft.subtype}
          onChange={(subtype) => change({ subtype })}
        >
          <datalist id={`${id}-subtypes`}>
            {suggestions.map((s) => (
              <option key={s.value} value={s.value} label={s.label} />
            ))}
          </datalist>
        </TextField>
      </td>
      {scale('strength', 'Strength')}
      {scale('trust', 'Trust')}
      <td>
        <TieStatusSelect {...field('status', 'Status')} statuses={vocabulary.tieStatuses} value={draft.status} onChange={(status) => change({ status })} />
      </td>
      {date('since', 'Since')}
      {date('lastContact', 'Last contact')}
    </EditingRows>
  );
});
