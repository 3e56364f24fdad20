/**
 * One firm's framework matrix: challenges × network types as a heatmap, then its codes with the
 * segments and kinds of source behind each; every cell opens the quotes behind it. Loaded only
 * when first opened.
 */
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useTitle } from '../../../lib/use-title';
import { useFirm, useFrameworkMatrix } from '../api';
import { anythingCoded, codeNamer, heatmapView, quoteIndex, type FrameworkMatrix, type QuoteChoice } from '../matrix-view';
import { ChallengeHeatmap } from './challenge-heatmap';
import { CodesSection } from './codes-section';
import { QuotesDialog } from './quotes-dialog';
import './evidence-matrix.css';

function Matrix({ matrix, firmId, name, firmPath }: { matrix: FrameworkMatrix; firmId: string; name: string; firmPath: string }) {
  const [choice, setChoice] = useState<QuoteChoice | undefined>(undefined);
  const index = useMemo(() => quoteIndex(matrix), [matrix]);
  const codeName = useMemo(() => codeNamer(matrix), [matrix]);
  const heatmap = useMemo(() => heatmapView(matrix, firmId), [matrix, firmId]);
  const hasCells = heatmap !== undefined && heatmap.rows.some((r) => r.cells.some((c) => c !== undefined));
  return (
    <>
      <section aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading">Challenges × network types</h2>
        <p className="quiet">
          Each cell: the utilization level recorded, how many quotes stand behind it, and how many kinds of source (interviews, documents, websites …) they come
          from. A finding backed by more than one kind of source is triangulated. Choose a cell to read its quotes.
        </p>
        {heatmap !== undefined && hasCells ? (
          <ChallengeHeatmap view={heatmap} caption={`Challenges × network types of ${name}`} onOpen={setChoice} />
        ) : (
          <Empty title="No utilization recorded or coded yet.">
            <p>
              Record how each network type helped with each challenge on the <Link to={`${firmPath}/records`}>records</Link> view, or code quotes with a
              challenge and a network type.
            </p>
          </Empty>
        )}
      </section>
      <section aria-labelledby="codes-heading">
        <h2 id="codes-heading">Codes</h2>
        {anythingCoded(matrix, firmId) ? (
          <>
            <p className="quiet">
              The codebook as a tree. A code counts the segments coded with it or with a code under it; choose a count to read the quotes.
            </p>
            <CodesSection matrix={matrix} caption={`Codes of ${name}`} onOpen={setChoice} />
          </>
        ) : (
          <Empty title="Nothing is coded yet.">
            <p>
              On the <Link to={`${firmPath}/sources`}>sources and evidence</Link> view, import a transcript for a source, select a passage and give it codes:
              network types, challenges, benefits or codes of your own. Coded passages then show here, each with the quotes behind it. A REFI-QDA project from
              another tool can be brought in on the <Link to={`${firmPath}/exchange`}>exchange</Link> view.
            </p>
          </Empty>
        )}
      </section>
      <QuotesDialog choice={choice} index={index} codeName={codeName} onClose={() => setChoice(undefined)} />
    </>
  );
}

export default function MatrixPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const firm = useFirm(workspace, firmId);
  const matrix = useFrameworkMatrix(workspace, [firmId]);
  const name = firm.data?.record.name ?? firmId;
  useTitle(`Framework matrix — ${name}`);
  const ws = encodeURIComponent(workspace);
  const firmPath = `/w/${ws}/firms/${encodeURIComponent(firmId)}`;
  return (
    <article className="evidence-matrix-page">
      <h1>{name}: framework matrix</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">
        What the coded evidence says, cell by cell, with the quotes behind each. To set {name} beside other firms, open the{' '}
        <Link to={`/w/${ws}/matrix?firms=${encodeURIComponent(firmId)}`}>matrix of several firms</Link>.
      </p>
      {matrix.isPending ? (
        <Loading what="the framework matrix" />
      ) : matrix.isError ? (
        <ErrorState error={matrix.error} retry={() => void matrix.refetch()} />
      ) : (
        <Matrix matrix={matrix.data} firmId={firmId} name={name} firmPath={firmPath} />
      )}
    </article>
  );
}
