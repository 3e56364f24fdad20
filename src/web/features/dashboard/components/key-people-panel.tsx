/**
 * The firm's key people (thesis Tables 5 and 6): who they are, which network types their ties make
 * up, each tie they carry, and the organizations they belong to.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { NETWORK_COLOURS, NETWORK_EDGES, NETWORK_NAMES } from '../../../../core/report/palette';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { words } from '../../../lib/format';
import { useActors, useKeyPeople, useTies } from '../api';
import { keyPeopleView, type CarriedTie, type KeyPersonView } from '../key-people';

const SWATCH = { display: 'inline-block', width: '0.75em', height: '0.75em', borderRadius: '50%', border: '1.5px solid', marginRight: '0.35em' };
const PLAIN_LIST = { listStyle: 'none', padding: 0, margin: 0 };

function TieLine({ tie }: { tie: CarriedTie }) {
  return (
    <li>
      <span style={{ ...SWATCH, background: NETWORK_COLOURS[tie.networkType], borderColor: NETWORK_EDGES[tie.networkType] }} aria-hidden="true" />
      <strong>{NETWORK_NAMES[tie.networkType]}</strong>
      {tie.subtype === undefined ? null : `, ${words(tie.subtype)}`}: {tie.other}
      {tie.status === 'active' ? null : <span className="quiet"> ({tie.status})</span>}
    </li>
  );
}

function PersonCard({ person }: { person: KeyPersonView }) {
  const networks = person.networks.map((n) => `${NETWORK_NAMES[n.networkType]} (${n.ties})`).join(', ');
  return (
    <li className="panel">
      <h3>
        {person.role}
        {person.name === undefined ? null : ` — ${person.name}`}
      </h3>
      {person.about.length === 0 ? null : <p className="quiet">{person.about.join(', ')}</p>}
      <dl className="facts">
        <div>
          <dt>Networks</dt>
          <dd>{networks === '' ? 'no ties recorded' : networks}</dd>
        </div>
        <div>
          <dt>Member of</dt>
          <dd>{person.memberOf.length === 0 ? '—' : person.memberOf.join(', ')}</dd>
        </div>
      </dl>
      {person.ties.length === 0 ? null : (
        <>
          <p className="quiet">Ties they carry</p>
          <ul style={PLAIN_LIST} aria-label={`Ties of ${person.role}`}>
            {person.ties.map((t) => (
              <TieLine key={t.id} tie={t} />
            ))}
          </ul>
        </>
      )}
      {person.internationalNetworking === undefined ? null : (
        <p className="why">
          <span className="tag">International networking</span> {person.internationalNetworking}
        </p>
      )}
    </li>
  );
}

export function KeyPeoplePanel({ workspace, firmId, firmName }: { workspace: string; firmId: string; firmName: string }) {
  const people = useKeyPeople(workspace, firmId);
  const ties = useTies(workspace, firmId);
  const actors = useActors(workspace, firmId);
  const view = useMemo(
    () =>
      people.data === undefined || ties.data === undefined || actors.data === undefined
        ? undefined
        : keyPeopleView(
            { id: firmId, name: firmName },
            people.data.map((p) => p.record),
            ties.data.map((t) => t.record),
            actors.data.map((a) => a.record),
          ),
    [firmId, firmName, people.data, ties.data, actors.data],
  );
  const failed = [people, ties, actors].find((q) => q.isError);
  const base = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}`;
  return (
    <section className="panel" aria-labelledby="key-people-heading">
      <h2 id="key-people-heading">Key people</h2>
      {failed !== undefined ? (
        <ErrorState error={failed.error} retry={() => void Promise.all([people.refetch(), ties.refetch(), actors.refetch()])} />
      ) : view === undefined ? (
        <Loading what="the key people" />
      ) : view.length === 0 ? (
        <Empty title="No key people recorded yet.">
          <p>
            Key people (thesis Tables 5 and 6) come with the firm’s case file and are listed under <Link to={`${base}/sources`}>Sources and evidence</Link>; the
            ties they carry are added under <Link to={`${base}/records`}>Records</Link>.
          </p>
        </Empty>
      ) : (
        <ul className="panel-row" style={PLAIN_LIST}>
          {view.map((p) => (
            <PersonCard key={p.id} person={p} />
          ))}
        </ul>
      )}
    </section>
  );
}
