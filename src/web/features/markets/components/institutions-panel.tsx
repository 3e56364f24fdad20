/**
 * The institutions of the market the user chose, from the reference directory: what kind of body
 * each is, whom it helps and with which challenges, its programmes, and the page it was recorded
 * from with the day.
 */
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useInstitutions, type Institution } from '../api';
import { audienceText, challengeName, KIND_LABELS } from '../markets-view';

function InstitutionItem({ institution: i, countryName }: { institution: Institution; countryName: string }) {
  const headingId = `markets-institution-${i.id}`;
  return (
    <li className="markets-institution">
      <h3 id={headingId}>
        {i.name}
        {i.abbreviation === undefined ? null : ` (${i.abbreviation})`}
      </h3>
      <p className="quiet">
        {KIND_LABELS[i.kind]} · {audienceText(i.audience, countryName)}
      </p>
      <p>{i.description}</p>
      <p>
        <strong>Helps with:</strong> {i.helps.map(challengeName).join(', ')}
      </p>
      {i.programmes.length === 0 ? null : (
        <>
          <p className="markets-detail-heading">Programmes</p>
          <ul>
            {i.programmes.map((p) => (
              <li key={p.name}>
                <strong>{p.name}</strong>: {p.description}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="quiet">
        Source:{' '}
        {'url' in i.source ? (
          <a href={i.source.url} rel="noreferrer">
            {i.source.title ?? i.source.publisher ?? i.source.url}
          </a>
        ) : (
          // A body a seed study describes without naming it: the study is the source, and there is no home page.
          `${i.source.seed}, ${i.source.location}`
        )}
        , as of {i.asOf}.
      </p>
    </li>
  );
}

function Institutions({ country, countryName }: { country: string; countryName: string }) {
  const institutions = useInstitutions(country);
  if (institutions.isError) return <ErrorState error={institutions.error} retry={() => void institutions.refetch()} />;
  if (institutions.data === undefined) return <Loading what={`the institutions in ${countryName}`} />;
  const list = institutions.data.institutions;
  if (list.length === 0) {
    return (
      <Empty title={`No institutions are recorded for ${countryName} yet.`}>
        <p>
          The directory names bodies in some countries only. Look at <code>foothold institutions</code> for the countries it covers, or at the bodies of a bloc{' '}
          {countryName} belongs to.
        </p>
      </Empty>
    );
  }
  return (
    <>
      <p className="quiet">
        {list.length === 1 ? '1 institution' : `${list.length} institutions`} based in {countryName}, from the directory recorded on{' '}
        {institutions.data.recordedOn}. Names and programmes change: check on the body’s own site before relying on an entry.
      </p>
      <ul className="markets-institutions">
        {list.map((i) => (
          <InstitutionItem key={i.id} institution={i} countryName={countryName} />
        ))}
      </ul>
    </>
  );
}

/** The panel; before a market is chosen it says how to choose one. */
export function InstitutionsPanel({ chosen }: { chosen: { country: string; name: string } | undefined }) {
  return (
    <section className="panel" id="markets-institutions" aria-labelledby="markets-institutions-heading">
      <h2 id="markets-institutions-heading">{chosen === undefined ? 'Institutions in a market' : `Institutions in ${chosen.name}`}</h2>
      {chosen === undefined ? (
        <p>Choose a country’s name in the table, or its shape on the map, to see the bodies there that help firms abroad.</p>
      ) : (
        <Institutions key={chosen.country} country={chosen.country} countryName={chosen.name} />
      )}
    </section>
  );
}
