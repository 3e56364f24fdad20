/**
 * Step 7: what the intake saved, the way on to the dashboard, and right here the firm's first
 * steps (the report's action plan), its gaps and its network competence (when it answered the
 * optional step 6), from the report document the dashboard shows too.
 */
import { Link } from 'react-router';
import { Blocks, DocumentView } from '../../../components/report-document/document-view';
import type { Block, ReportDocument } from '../../../components/report-document/types';
import { ErrorState, Loading } from '../../../components/states';
import {
  useIntakeReport,
  type VersionedCompetence,
  type VersionedFirm,
  type VersionedMarket,
  type VersionedRating,
  type VersionedTie,
  type Vocabulary,
} from '../api';
import { dashboardPath, intakePath } from '../paths';
import { StepNav } from './field';

type Actions = Extract<Block, { kind: 'actions' }>;

function actionPlan(doc: ReportDocument): Actions[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is Actions => b.kind === 'actions'));
}

function count(n: number, one: string, many: string): string {
  return `${n === 0 ? 'No' : n} ${n === 1 ? one : many}`;
}

/** How much of the optional competence step the latest assessment answered. */
function competenceLine(assessments: readonly VersionedCompetence[], statements: number): string {
  const latest = assessments.at(-1);
  if (latest === undefined) return 'No answers to the network competence statements (they are optional)';
  const answered = Object.keys(latest.record.answers).length;
  return `${answered} of the ${statements} network competence statements answered`;
}

export function ResultStep({
  workspace,
  vocabulary,
  firm,
  markets,
  ratings,
  ties,
  competence,
  back,
}: {
  workspace: string;
  vocabulary: Vocabulary;
  firm: VersionedFirm;
  markets: readonly VersionedMarket[];
  ratings: readonly VersionedRating[];
  ties: readonly VersionedTie[];
  competence: readonly VersionedCompetence[];
  back: string;
}) {
  const firmId = firm.record.id;
  const report = useIntakeReport(workspace, firmId);
  const fromFirm = ties.filter((t) => t.record.from === firmId);
  const helping = fromFirm.filter((t) => (t.record.helpedWith?.challenges ?? []).length > 0).length;
  const prefix = `intake-${firmId}`;
  return (
    <div className="intake-form">
      <section className="panel" aria-labelledby="saved-heading">
        <h2 id="saved-heading">What was saved</h2>
        <ul>
          <li>The profile of {firm.record.name}</li>
          <li>{count(markets.length, 'market', 'markets')}</li>
          <li>{count(ratings.length, 'challenge rating', 'challenge ratings')}</li>
          <li>{count(fromFirm.length, 'person or organization the firm knows', 'people and organizations the firm knows')}</li>
          <li>{helping === 0 ? 'None of them' : `${helping} of them`} marked as having helped with a challenge</li>
          <li>{competenceLine(competence, vocabulary.competence.items.length)}</li>
        </ul>
        <p>
          <Link to={dashboardPath(workspace, firmId)} className="button primary">
            See your gaps and action plan
          </Link>
        </p>
        <p className="quiet">Everything can be changed later on the dashboard, or by going through these steps again.</p>
      </section>
      {report.isPending ? (
        <Loading what="your gaps and first steps" />
      ) : report.isError ? (
        <ErrorState error={report.error} retry={() => void report.refetch()} />
      ) : (
        <>
          <section className="panel plan-panel" aria-labelledby="first-steps-heading">
            <h2 id="first-steps-heading">First steps</h2>
            {actionPlan(report.data).length === 0 ? (
              <p>No steps yet: no challenge was rated as standing much in the firm’s way, or as not known.</p>
            ) : (
              <Blocks blocks={actionPlan(report.data)} prefix={prefix} />
            )}
          </section>
          <DocumentView doc={report.data} prefix={prefix} only={['gaps', 'competence']} />
        </>
      )}
      <p>
        <Link to={intakePath(workspace)}>Start the intake of another firm</Link>
      </p>
      <StepNav back={back} />
    </div>
  );
}
