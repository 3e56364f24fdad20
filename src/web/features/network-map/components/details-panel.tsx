/**
 * What is known about the selected tie or node: for a tie, its type, strength, trust, status, dates,
 * markets, the challenges it helps with and its evidence (with the quotes); for an actor, key person
 * or the firm, who or what it is and its ties, each a button that selects it.
 */
import type { ReactNode } from 'react';
import { NETWORK_COLOURS, NETWORK_EDGES, NETWORK_NAMES } from '../../../../core/report/palette';
import { capitalize, countryName, words } from '../../../lib/format';
import { useSegments, type Tie } from '../api';
import { labelOf, type MapNode, type MapView, type NetworkModel, type Selection } from '../network-model';

/** A node's ties listed in its panel; the table has them all. */
const TIES_LISTED = 30;

const places = (codes: readonly string[] | undefined) =>
  codes === undefined || codes.length === 0 ? undefined : codes.map((c) => `${countryName(c)} (${c})`).join(', ');
const listed = (items: readonly string[] | undefined) =>
  items === undefined || items.length === 0 ? undefined : items.map((i) => capitalize(words(i))).join(', ');

function evidenceOf(node: MapNode): readonly string[] | undefined {
  if (node.kind === 'actor') return node.actor.evidence;
  if (node.kind === 'key-person') return node.keyPerson.evidence;
  return node.evidence;
}

function Facts({ rows }: { rows: [string, ReactNode | undefined][] }) {
  return (
    <dl className="detail-facts">
      {rows
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function Evidence({ workspace, firmId, ids }: { workspace: string; firmId: string; ids: readonly string[] }) {
  const segments = useSegments(workspace, firmId, ids.length > 0);
  if (ids.length === 0) return null;
  return (
    <>
      <h3>Evidence</h3>
      <ul className="detail-evidence">
        {ids.map((id) => {
          const segment = segments.data?.get(id);
          return (
            <li key={id}>
              <code>{id}</code>
              {segment === undefined ? null : (
                <>
                  {' '}
                  <q>{segment.quote}</q> <span className="quiet">— {segment.location}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {segments.isError ? <p className="quiet">The quotes could not be loaded; the ids above name the segments.</p> : null}
    </>
  );
}

function TieDetails({ model, tie, onSelect }: { model: NetworkModel; tie: Tie; onSelect: (s: Selection) => void }) {
  const end = (id: string) =>
    model.nodes.has(id) ? (
      <button type="button" className="link-button" onClick={() => onSelect({ kind: 'node', id })}>
        {labelOf(model, id)}
      </button>
    ) : (
      <span>
        {id} <span className="quiet">(not in the case)</span>
      </span>
    );
  const origin = tie.origin === undefined ? undefined : [capitalize(words(tie.origin.kind)), tie.origin.description].filter((x) => x !== undefined).join(': ');
  return (
    <>
      <Facts
        rows={[
          ['From', end(tie.from)],
          ['To', end(tie.to)],
          [
            'Network type',
            <>
              <span
                className="swatch swatch-circle"
                style={{ background: NETWORK_COLOURS[tie.networkType], borderColor: NETWORK_EDGES[tie.networkType] }}
                aria-hidden="true"
              />
              {NETWORK_NAMES[tie.networkType]}
            </>,
          ],
          ['Subtype', tie.subtype === undefined ? undefined : words(tie.subtype)],
          ['Strength', tie.strength === undefined ? undefined : `${tie.strength} of 5`],
          ['Trust', tie.trust === undefined ? undefined : `${tie.trust} of 5`],
          ['Status', capitalize(tie.status)],
          ['Since', tie.since],
          ['Last contact', tie.lastContact],
          ['Markets', places(tie.markets)],
          ['Regions', tie.regions?.join(', ')],
          ['How it came about', origin],
          ['Helps with', listed(tie.helpedWith?.challenges)],
          ['Benefits', listed(tie.helpedWith?.benefits)],
        ]}
      />
      {tie.description === undefined ? null : <p>{tie.description}</p>}
    </>
  );
}

function NodeFacts({ node }: { node: MapNode }) {
  if (node.kind === 'firm')
    return (
      <Facts
        rows={[
          ['Kind', 'The firm'],
          ['Country', places([node.country])],
        ]}
      />
    );
  if (node.kind === 'key-person') {
    const p = node.keyPerson;
    return (
      <Facts
        rows={[
          ['Kind', 'Key person'],
          ['Role', p.role],
          ['Name', p.name],
          ['Interview id', p.participantId],
          ['Education', p.education],
          ['Experience', p.experience],
          ['International networking', p.internationalNetworking],
        ]}
      />
    );
  }
  const a = node.actor;
  const type = a.organizationType ?? a.platformType;
  return (
    <>
      <Facts
        rows={[
          ['Kind', `${capitalize(a.kind)}${type === undefined ? '' : ` — ${words(type)}`}`],
          ['Country', places(a.countries) ?? 'None recorded'],
          ['Regions', a.regions?.join(', ')],
          ['Sector', a.sector],
          ['Roles', listed(a.roles)],
          ['Part of the firm’s group', a.groupRelation === undefined ? undefined : capitalize(a.groupRelation)],
          [
            'Strongest tie',
            node.networkType === undefined ? 'No ties' : `${NETWORK_NAMES[node.networkType]}${node.strength > 0 ? `, strength ${node.strength} of 5` : ''}`,
          ],
        ]}
      />
      {a.description === undefined ? null : <p>{a.description}</p>}
    </>
  );
}

function NodeTies({ model, id, onSelect }: { model: NetworkModel; id: string; onSelect: (s: Selection) => void }) {
  const ties = model.tiesOf.get(id) ?? [];
  if (ties.length === 0) return <p className="quiet">No ties recorded.</p>;
  return (
    <>
      <h3>Ties ({ties.length.toLocaleString('en')})</h3>
      <ul className="detail-ties">
        {ties.slice(0, TIES_LISTED).map((tie) => (
          <li key={tie.id}>
            <button type="button" className="link-button" onClick={() => onSelect({ kind: 'tie', id: tie.id })}>
              {tie.from === id ? `→ ${labelOf(model, tie.to)}` : `← ${labelOf(model, tie.from)}`}
            </button>{' '}
            <span className="quiet">{NETWORK_NAMES[tie.networkType].toLowerCase()}</span>
          </li>
        ))}
      </ul>
      {ties.length > TIES_LISTED ? (
        <p className="quiet">The first {TIES_LISTED} are listed; filter the map to this actor’s country or type to see the others in the table.</p>
      ) : null}
    </>
  );
}

export function DetailsPanel({
  workspace,
  firmId,
  model,
  view,
  selection,
  onSelect,
  onClose,
}: {
  workspace: string;
  firmId: string;
  model: NetworkModel;
  view: MapView;
  selection: Selection | undefined;
  onSelect: (s: Selection) => void;
  onClose: () => void;
}) {
  const tie = selection?.kind === 'tie' ? model.ties.find((t) => t.id === selection.id) : undefined;
  const node = selection?.kind === 'node' ? model.nodes.get(selection.id) : undefined;
  const title = tie !== undefined ? `${labelOf(model, tie.from)} → ${labelOf(model, tie.to)}` : node !== undefined ? node.label : undefined;
  const hidden = tie !== undefined ? !view.tieIds.has(tie.id) : node !== undefined && !view.nodeIds.has(node.id);
  return (
    <aside className="map-details" aria-labelledby="details-heading">
      {title === undefined ? (
        <>
          <h2 id="details-heading">Details</h2>
          <p className="quiet">
            {selection === undefined
              ? 'Choose a node or a line on the map, or a tie in the table, to see what is known about it.'
              : `Nothing in this firm has the id “${selection.id}”.`}
          </p>
        </>
      ) : (
        <>
          <div className="detail-head">
            <h2 id="details-heading">
              <span className="tag">{tie !== undefined ? 'Tie' : node?.kind === 'actor' ? 'Actor' : node?.kind === 'key-person' ? 'Key person' : 'Firm'}</span>{' '}
              {title}
            </h2>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
          {hidden ? <p className="quiet">Hidden on the map by the current filters.</p> : null}
          {tie !== undefined ? <TieDetails model={model} tie={tie} onSelect={onSelect} /> : null}
          {node !== undefined ? <NodeFacts node={node} /> : null}
          <Evidence workspace={workspace} firmId={firmId} ids={(tie !== undefined ? tie.evidence : node === undefined ? undefined : evidenceOf(node)) ?? []} />
          {node !== undefined ? <NodeTies model={model} id={node.id} onSelect={onSelect} /> : null}
        </>
      )}
    </aside>
  );
}
