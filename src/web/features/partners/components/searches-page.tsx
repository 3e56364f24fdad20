/**
 * A firm's partner searches: each with its title, purpose, market, status and candidates per stage,
 * and the form that opens a new one. With none yet, what a partner search is for. Loaded only when
 * first opened.
 */
import { Link, useParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { countryName, words } from '../../../lib/format';
import { ORGANIZATION_TYPE_NAMES } from '../../../lib/organization-types';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useFirm, useSearches, type SearchRecord } from '../api';
import { candidateCount, stageCounts } from '../partners-view';
import { NewSearchForm } from './new-search-form';
import './partners.css';

function SearchItem({ base, search }: { base: string; search: SearchRecord }) {
  const counts = stageCounts(search);
  return (
    <li className="search-item">
      <h3>
        <Link to={`${base}/${encodeURIComponent(search.id)}`}>{search.title}</Link>{' '}
        <span className={`status status-${search.status}`}>{search.status === 'open' ? 'Open' : 'Closed'}</span>
      </h3>
      {search.purpose === undefined ? null : <p>{search.purpose}</p>}
      <dl className="search-facts">
        {search.market === undefined ? null : (
          <div>
            <dt>Market</dt>
            <dd>{countryName(search.market)}</dd>
          </div>
        )}
        {search.organizationType === undefined ? null : (
          <div>
            <dt>Kind</dt>
            <dd>{ORGANIZATION_TYPE_NAMES[search.organizationType]}</dd>
          </div>
        )}
        {search.role === undefined ? null : (
          <div>
            <dt>Role</dt>
            <dd>{words(search.role)}</dd>
          </div>
        )}
        <div>
          <dt>Opened</dt>
          <dd>
            <time dateTime={search.opened}>{search.opened}</time>
          </dd>
        </div>
      </dl>
      <p className="quiet">{candidateCount(search.candidates.length)}</p>
      {counts.length === 0 ? null : (
        <ul className="stage-counts" aria-label={`Candidates of ${search.title} by stage`}>
          {counts.map((c) => (
            <li key={c.stage} className={`stage-count stage-${c.stage}`}>
              {c.label}: <strong>{c.count}</strong>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function WhatItIsFor({ firmName }: { firmName: string }) {
  return (
    <Empty title="No partner searches yet.">
      <p>
        A partner search follows the route Company A takes to a contract manufacturer, a CRO or a consultant: a long list of about 20 candidates, then
        recommendations from trusted contacts, audits and meetings, and finally a contract. Most candidates are dropped on the way — often for reasons beyond
        the technical, such as a lack of personal engagement or cultural fit.
      </p>
      <p>
        Open a search for the partner {firmName} needs (a distributor, an agent, a supplier, a manufacturer), give it the criteria that matter with a weight
        each, and score the candidates against them. Every move between stages is logged with its reason, and the search suggests people and organizations
        within two introductions of {firmName} that fit.
      </p>
    </Empty>
  );
}

export default function SearchesPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const firm = useFirm(workspace, firmId);
  const searches = useSearches(workspace, firmId);
  const name = firm.data?.record.name ?? firmId;
  const canWrite = useCan('write', workspace);
  useTitle(`Partner searches — ${name}`);
  const base = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}/partners`;
  const failed = firm.isError ? firm : searches.isError ? searches : undefined;
  return (
    <article className="partners-page">
      <h1>{name}</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">
        The partners {name} is looking for: each search with its candidates, their scores against the firm’s criteria, and why each moved on.
      </p>
      {failed !== undefined ? (
        <ErrorState error={failed.error} retry={() => void failed.refetch()} />
      ) : firm.data === undefined || searches.data === undefined ? (
        <Loading what="the partner searches" />
      ) : (
        <>
          {searches.data.length === 0 ? (
            <WhatItIsFor firmName={name} />
          ) : (
            <section aria-labelledby="searches-heading">
              <h2 id="searches-heading">Searches</h2>
              <ul className="search-list">
                {searches.data.map((s) => (
                  <SearchItem key={s.record.id} base={base} search={s.record} />
                ))}
              </ul>
            </section>
          )}
          {canWrite ? <NewSearchForm workspace={workspace} firmId={firmId} base={base} takenIds={new Set(searches.data.map((s) => s.record.id))} /> : null}
        </>
      )}
    </article>
  );
}
