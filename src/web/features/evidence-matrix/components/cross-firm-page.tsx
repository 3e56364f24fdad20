/**
 * The framework matrix of several firms: choose them (kept in the address as `firms=a,b`), and see
 * their codes side by side, each count opening the quotes behind it. Loaded only when first opened.
 */
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useChosenFirms, useFirmCards } from '../../../lib/firms';
import { useTitle } from '../../../lib/use-title';
import { useFrameworkMatrix } from '../api';
import { codeNamer, quoteIndex, type FrameworkMatrix, type QuoteChoice } from '../matrix-view';
import { CodesSection } from './codes-section';
import { QuotesDialog } from './quotes-dialog';
import './evidence-matrix.css';

function Codes({ matrix }: { matrix: FrameworkMatrix }) {
  const [choice, setChoice] = useState<QuoteChoice | undefined>(undefined);
  const index = useMemo(() => quoteIndex(matrix), [matrix]);
  const codeName = useMemo(() => codeNamer(matrix), [matrix]);
  const names = matrix.firms.map((f) => f.name).join(', ');
  return (
    <section aria-labelledby="cross-codes-heading">
      <h2 id="cross-codes-heading">Codes × firms</h2>
      {matrix.cells.some((c) => c.segments.length > 0) ? (
        <CodesSection matrix={matrix} caption={`Codes of ${names}`} onOpen={setChoice} />
      ) : (
        <Empty title="None of these firms has coded segments yet." />
      )}
      <QuotesDialog choice={choice} index={index} codeName={codeName} onClose={() => setChoice(undefined)} />
    </section>
  );
}

export default function CrossFirmPage() {
  const { workspace = 'default' } = useParams();
  useTitle('Framework matrix of several firms');
  const [chosen, toggle] = useChosenFirms();
  const firms = useFirmCards(workspace);
  const matrix = useFrameworkMatrix(workspace, chosen);
  return (
    <article className="evidence-matrix-page">
      <h1>Framework matrix of several firms</h1>
      <p className="lead">
        The codes of the chosen firms side by side: for each, the segments coded with a code or a code under it, and how many kinds of source they come from.
      </p>
      {firms.isPending ? (
        <Loading what="firms" />
      ) : firms.isError ? (
        <ErrorState error={firms.error} retry={() => void firms.refetch()} />
      ) : firms.data.length === 0 ? (
        <Empty title="No firms in this workspace yet." />
      ) : (
        <fieldset className="firm-picker">
          <legend>Firms in the matrix, in this order</legend>
          {firms.data.map((f) => (
            <label key={f.id}>
              <input type="checkbox" checked={chosen.includes(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} /> {f.name}
            </label>
          ))}
        </fieldset>
      )}
      {chosen.length === 0 ? (
        <p>Choose the firms to set side by side.</p>
      ) : matrix.isPending ? (
        <Loading what="the framework matrix" />
      ) : matrix.isError ? (
        <ErrorState error={matrix.error} retry={() => void matrix.refetch()} />
      ) : (
        <Codes matrix={matrix.data} />
      )}
    </article>
  );
}
