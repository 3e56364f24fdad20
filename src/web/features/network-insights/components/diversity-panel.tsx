/** How diverse the firm's ties are: counts by network type, country and sector, each with Blau's index. */
import { NETWORK_NAMES } from '../../../../core/report/palette';
import { capitalize, countryName } from '../../../lib/format';
import type { Brokerage } from '../api';
import { countRows } from '../brokerage-view';

type Diversity = Brokerage['diversity'];

const networkName = (type: string) => (NETWORK_NAMES as Record<string, string | undefined>)[type] ?? capitalize(type);

function CountTable({
  id,
  title,
  blau,
  head,
  noun,
  counts,
  name,
}: {
  id: string;
  title: string;
  blau: number;
  head: string;
  noun: string;
  counts: Readonly<Record<string, number>>;
  name: (key: string) => string;
}) {
  const rows = countRows(counts);
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="diversity-table">
        <caption id={id}>
          {title}: Blau’s index {blau.toFixed(2)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="number">
              {noun}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={2}>None recorded</td>
            </tr>
          ) : (
            rows.map(([key, n]) => (
              <tr key={key}>
                <th scope="row">{name(key)}</th>
                <td className="number">{n}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

export function DiversityPanel({ firmName, diversity }: { firmName: string; diversity: Diversity }) {
  return (
    <section className="panel" aria-labelledby="diversity-heading">
      <h2 id="diversity-heading">Diversity of the firm’s ties</h2>
      <p className="quiet">
        The live ties of {firmName} and its key people by network type, and the people and organizations they reach by country and by sector. Blau’s index runs
        from 0, when all are of one kind, towards 1, the more evenly they spread over many kinds.
      </p>
      <div className="diversity-tables">
        <CountTable
          id="diversity-types"
          title="By network type"
          blau={diversity.blau.networkTypes}
          head="Network type"
          noun="Ties"
          counts={diversity.networkTypes}
          name={networkName}
        />
        <CountTable
          id="diversity-countries"
          title="By country"
          blau={diversity.blau.countries}
          head="Country"
          noun="Contacts"
          counts={diversity.countries}
          name={(code) => `${countryName(code)} (${code})`}
        />
        <CountTable
          id="diversity-sectors"
          title="By sector"
          blau={diversity.blau.sectors}
          head="Sector"
          noun="Contacts"
          counts={diversity.sectors}
          name={(sector) => capitalize(sector)}
        />
      </div>
    </section>
  );
}
