/**
 * A firm's brokers: how the firm itself is connected (its ego figures in plain words), the key
 * people and actors who lie between it and others, who bridges it to each of its markets and by
 * which path, and how diverse its ties are. Loaded only when first opened.
 */
import { Link, useParams } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { FirmNav } from '../../../components/firm-nav';
import { useTitle } from '../../../lib/use-title';
import { useBrokerage, useFirm, type Brokerage } from '../api';
import { egoFigures } from '../brokerage-view';
import { BrokersTable } from './brokers-table';
import { DiversityPanel } from './diversity-panel';
import { MarketReachPanel } from './market-reach-panel';
import './network-insights.css';

function EgoPanel({ firmName, firm }: { firmName: string; firm: Brokerage['firm'] }) {
  return (
    <section className="panel" aria-labelledby="ego-heading">
      <h2 id="ego-heading">How {firmName} is connected</h2>
      <dl className="ego-figures">
        {egoFigures(firmName, firm).map((f) => (
          <div key={f.term}>
            <dt>{f.term}</dt>
            <dd className="ego-value">{f.value}</dd>
            <dd className="ego-meaning">{f.meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function BrokerageView({ workspace, firmId, firmName, brokerage }: { workspace: string; firmId: string; firmName: string; brokerage: Brokerage }) {
  const records = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}/records`;
  if (brokerage.brokers.length === 0) {
    return (
      <Empty title="No key people or actors recorded yet.">
        <p>
          Brokers are the people and organizations that link the firm to others. Add the firm’s key people and the people and organizations they know in{' '}
          <Link to={records}>the firm’s records</Link>, or import a case file or contacts that have them.
        </p>
      </Empty>
    );
  }
  return (
    <>
      <EgoPanel firmName={firmName} firm={brokerage.firm} />
      <BrokersTable firmName={firmName} brokers={brokerage.brokers} />
      <MarketReachPanel firmId={firmId} firmName={firmName} brokerage={brokerage} records={records} />
      <DiversityPanel firmName={firmName} diversity={brokerage.diversity} />
    </>
  );
}

export default function BrokersPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const firm = useFirm(workspace, firmId);
  const brokerage = useBrokerage(workspace, firmId);
  const name = firm.data?.record.name ?? firmId;
  useTitle(`Brokers — ${name}`);
  const failed = firm.isError ? firm : brokerage.isError ? brokerage : undefined;
  return (
    <article className="insights-page">
      <h1>{name}</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">Who links {name} to others and to its markets, and how much the firm depends on a few contacts.</p>
      {failed !== undefined ? (
        <ErrorState error={failed.error} retry={() => void failed.refetch()} />
      ) : firm.data === undefined || brokerage.data === undefined ? (
        <Loading what="the brokers" />
      ) : (
        <BrokerageView workspace={workspace} firmId={firmId} firmName={name} brokerage={brokerage.data} />
      )}
    </article>
  );
}
