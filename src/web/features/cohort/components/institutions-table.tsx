/** The institutions the firms' recommendations name, most firms first, and the firms not yet rated with why. */
import { Empty } from '../../../components/states';
import { countryName } from '../../../lib/format';
import { changeText, NOT_RATED_TEXT, type Cohort } from '../cohort-view';
import { FirmLink, type FirmNames } from './firm-link';

interface Props {
  workspace: string;
  cohort: Cohort;
  names: FirmNames;
  label: (category: string) => string;
}

export function InstitutionsTable({ workspace, cohort, names, label }: Props) {
  const since = cohort.trend.comparedWith;
  return (
    <section className="panel" aria-labelledby="institutions-heading">
      <h2 id="institutions-heading">Institutions most needed</h2>
      {cohort.institutions.length === 0 ? (
        <Empty title="No institution is advised to any firm yet.">
          <p>Institutions are advised against gaps in institutional ties, from the directory of the firms’ countries and markets.</p>
        </Empty>
      ) : (
        <div className="table-scroll" role="region" aria-label="Institutions most needed" tabIndex={0}>
          <table>
            <caption>Institutions advised to the firms, most firms first</caption>
            <thead>
              <tr>
                <th scope="col">Institution</th>
                <th scope="col">Based in</th>
                <th scope="col">Firms, and their markets</th>
                <th scope="col">Advised against</th>
                {since === null ? null : <th scope="col">Change since {since}</th>}
              </tr>
            </thead>
            <tbody>
              {cohort.institutions.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    {i.url === undefined ? i.name : <a href={i.url}>{i.name}</a>}
                    {i.abbreviation === undefined ? null : <span className="quiet"> ({i.abbreviation})</span>}
                  </th>
                  <td>{countryName(i.country)}</td>
                  <td>
                    <ul className="firm-list">
                      {i.firms.map((f) => (
                        <li key={f.firmId}>
                          <FirmLink workspace={workspace} firmId={f.firmId} names={names} />
                          {f.markets.length === 0 ? null : <span className="quiet"> in {f.markets.map(countryName).join(', ')}</span>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{i.challenges.map(label).join('; ')}</td>
                  {since === null ? null : <td>{changeText(i.change)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function NotRatedFirms({ workspace, cohort, names }: Omit<Props, 'label'>) {
  const waiting = cohort.firms.filter((f) => f.status === 'not_yet_rated');
  return (
    <section className="panel" aria-labelledby="not-rated-heading">
      <h2 id="not-rated-heading">Firms not yet rated</h2>
      {waiting.length === 0 ? (
        <p>Every firm has at least one challenge rated for the firm as a whole.</p>
      ) : (
        <>
          <p className="quiet">They count among the firms but add nothing to the challenges and gaps above until a challenge is rated.</p>
          <ul className="not-rated">
            {waiting.map((f) => (
              <li key={f.firmId}>
                <FirmLink workspace={workspace} firmId={f.firmId} names={names} />:{' '}
                {f.notRatedReason === undefined ? 'not rated yet' : NOT_RATED_TEXT[f.notRatedReason]}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
