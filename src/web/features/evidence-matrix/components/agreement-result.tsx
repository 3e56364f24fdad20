/** Two coders' agreement on one transcript: the pooled figures, a row per code, and the units they disagree on side by side. */
import { useId } from 'react';
import { agreementRows, disagreementUnits, kappaText, percentText, unitCount, unitsText, type DisagreementUnit, type SourceAgreement } from '../agreement-view';

function Applied({ yes }: { yes: boolean }) {
  return <td className={yes ? 'applied' : 'not-applied'}>{yes ? 'applied' : 'not applied'}</td>;
}

function Unit({ unit, coders }: { unit: DisagreementUnit; coders: readonly [string, string] }) {
  const id = useId();
  return (
    <section className="disagreement" aria-labelledby={id}>
      <h4 id={id}>{unit.label}</h4>
      <blockquote>
        <p>{unit.text}</p>
      </blockquote>
      <table className="disagreement-codes">
        <caption className="visually-hidden">Codes of {unit.label.toLowerCase()}, coder by coder</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">{coders[0]}</th>
            <th scope="col">{coders[1]}</th>
          </tr>
        </thead>
        <tbody>
          {unit.codes.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.name}</th>
              <Applied yes={c.byA} />
              <Applied yes={c.byB} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function AgreementResult({ agreement, sourceTitle }: { agreement: SourceAgreement; sourceTitle: string }) {
  const [a, b] = agreement.coders;
  const rows = agreementRows(agreement);
  const units = disagreementUnits(agreement);
  return (
    <section aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">
        {a} and {b} on {sourceTitle}
      </h2>
      <p>Cohen’s kappa is how far two coders agree beyond what chance alone would give: 1 = perfect agreement, 0 = chance, below 0 = less than chance.</p>
      <dl className="facts agreement-facts" aria-label="Agreement over every code">
        <div>
          <dt>Pooled kappa</dt>
          <dd>{kappaText(agreement.overall.kappa)}</dd>
        </div>
        <div>
          <dt>Observed agreement</dt>
          <dd>{percentText(agreement.overall.observed)}</dd>
        </div>
        <div>
          <dt>Units compared</dt>
          <dd>{unitsText(agreement.unitKind, unitCount(agreement))}</dd>
        </div>
        <div>
          <dt>Codes compared</dt>
          <dd>{rows.length}</dd>
        </div>
      </dl>
      <p className="quiet">
        A coder applied a code to a {agreement.unitKind === 'turns' ? 'speaker turn' : 'paragraph'} when one of their segments with that code overlaps it.
      </p>
      {rows.length === 0 ? (
        <p>Neither coder has applied a code in this transcript.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Agreement per code" tabIndex={0}>
          <table className="agreement-table">
            <caption className="visually-hidden">Agreement per code</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col" className="number">
                  Kappa
                </th>
                <th scope="col" className="number">
                  Observed
                </th>
                <th scope="col" className="number">
                  Both
                </th>
                <th scope="col" className="number">
                  Only {a}
                </th>
                <th scope="col" className="number">
                  Only {b}
                </th>
                <th scope="col" className="number">
                  Neither
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.name}</th>
                  <td className="number">{r.kappa}</td>
                  <td className="number">{r.observed}</td>
                  <td className="number">{r.both}</td>
                  <td className="number">{r.onlyA}</td>
                  <td className="number">{r.onlyB}</td>
                  <td className="number">{r.neither}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Disagreements</h3>
      {units.length === 0 ? (
        <p>
          {a} and {b} applied the same codes to every {agreement.unitKind === 'turns' ? 'speaker turn' : 'paragraph'}.
        </p>
      ) : (
        units.map((u) => <Unit key={u.unit} unit={u} coders={agreement.coders} />)
      )}
    </section>
  );
}
