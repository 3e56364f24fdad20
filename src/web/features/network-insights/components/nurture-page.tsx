/**
 * Keep in touch: the firm's ties due for contact, most urgent first, with why each is due, a
 * horizon (due now, within 30 or 90 days) kept in the URL, and the same list as calendar
 * reminders to download. Loaded only when first opened.
 */
import { Link, useParams, useSearchParams } from 'react-router';
import { useCan } from '../../../lib/session';
import { NETWORK_NAMES } from '../../../../core/report/palette';
import { DownloadList } from '../../../components/download-list';
import { FirmNav } from '../../../components/firm-nav';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { capitalize } from '../../../lib/format';
import { useTitle } from '../../../lib/use-title';
import { nurtureCalendarUrl, useFirm, useNurture, type NurtureItem } from '../api';
import { dueSummary, HORIZON_LABELS, HORIZONS, horizonOf, monthsText, REASON_LABELS, type Horizon } from '../nurture-view';
import './network-insights.css';

const networkName = (type: string) => (NETWORK_NAMES as Record<string, string | undefined>)[type] ?? capitalize(type);

function DueTable({ firmName, items }: { firmName: string; items: readonly NurtureItem[] }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="nurture-caption" tabIndex={0}>
      <table className="nurture-table">
        <caption id="nurture-caption">Ties of {firmName} due for contact, most urgent first</caption>
        <thead>
          <tr>
            <th scope="col">Contact</th>
            <th scope="col">Held by</th>
            <th scope="col">Network type</th>
            <th scope="col">Reason</th>
            <th scope="col">Due on</th>
            <th scope="col">Since last contact</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.tieId} data-tie={item.tieId}>
              <th scope="row">{item.contactName}</th>
              <td>{item.heldBy}</td>
              <td>{networkName(item.networkType)}</td>
              <td>
                <span className={`reason reason-${item.reason}`}>{REASON_LABELS[item.reason]}</span>
              </td>
              <td>{item.dueOn === undefined ? '—' : <time dateTime={item.dueOn}>{item.dueOn}</time>}</td>
              <td>{monthsText(item.monthsSinceContact)}</td>
              <td>{item.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function NurturePage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const horizon = horizonOf(params.get('within'));
  const firm = useFirm(workspace, firmId);
  const canExport = useCan('export', workspace);
  const due = useNurture(workspace, firmId, horizon);
  const name = firm.data?.record.name ?? firmId;
  useTitle(`Keep in touch — ${name}`);
  const failed = firm.isError ? firm : due.isError ? due : undefined;
  const items = failed === undefined && firm.data !== undefined ? due.data : undefined;
  const records = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}/records`;
  const choose = (next: Horizon) =>
    setParams(
      (p) => {
        if (next === 0) p.delete('within');
        else p.set('within', String(next));
        return p;
      },
      { replace: true },
    );
  return (
    <article className="insights-page">
      <h1>{name}</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">
        A tie loses value when nobody keeps in touch. It is due for contact once it has gone half its life without one: 6 months per point of strength, 15
        months when its strength is not known. Dormant ties are due now; ties with no recorded contact are listed so that someone records one.
      </p>
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Ties due for contact</h2>
        <p>
          <label htmlFor="nurture-within">Show ties</label>{' '}
          <select id="nurture-within" value={horizon} onChange={(e) => choose(horizonOf(e.target.value))}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {HORIZON_LABELS[h]}
              </option>
            ))}
          </select>
        </p>
        {failed !== undefined ? (
          <ErrorState error={failed.error} retry={() => void failed.refetch()} />
        ) : firm.data === undefined || items === undefined ? (
          <Loading what="the ties due for contact" />
        ) : null}
        {/* Always there, so that the count a new horizon brings is announced. */}
        <div aria-live="polite">
          {items === undefined ? null : items.length === 0 ? (
            <Empty title={dueSummary(0, horizon)}>
              <p>
                {horizon === 90
                  ? 'Every tie the firm keeps up has been in touch recently enough.'
                  : 'Choose a longer horizon above to see the ties that fall due soon.'}{' '}
                Ties and their last contact are kept in <Link to={records}>the firm’s records</Link>.
              </p>
            </Empty>
          ) : (
            <p>{dueSummary(items.length, horizon)}</p>
          )}
        </div>
        {items === undefined || items.length === 0 ? null : (
          <>
            <DueTable firmName={name} items={items} />
            {canExport ? (
              <>
                <h3 id="reminders-heading">Reminders for your calendar</h3>
                <DownloadList
                  downloads={[
                    {
                      href: nurtureCalendarUrl(workspace, firmId, horizon),
                      label: 'reminders (.ics)',
                      what: 'one all-day event per tie on the day it falls due (today when it is overdue), for Google Calendar, Outlook or Apple Calendar',
                    },
                  ]}
                />
              </>
            ) : null}
          </>
        )}
      </section>
    </article>
  );
}
