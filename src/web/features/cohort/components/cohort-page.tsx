/**
 * `/w/:workspace/cohort`: an advisor's portfolio at once — the challenges its firms leave unmet, the
 * gaps they share, the institutions they need most, the firms not yet rated and the change between
 * dated snapshots, all from the cohort view model the server computes (core/cohort).
 */
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { categoryLabels } from '../cohort-view';
import { useCohort } from '../api';
import { CohortTrendSection } from './cohort-trend';
import { InstitutionsTable, NotRatedFirms } from './institutions-table';
import { SharedGaps } from './shared-gaps';
import { UnmetChallenges } from './unmet-challenges';
import './cohort.css';

export default function CohortPage() {
  const { workspace = 'default' } = useParams();
  useTitle('Cohort');
  const cohort = useCohort(workspace);
  const canWrite = useCan('write', workspace);
  const names = useMemo(() => new Map(cohort.data?.firms.map((f) => [f.firmId, f.name])), [cohort.data]);
  const ws = encodeURIComponent(workspace);

  const body = () => {
    if (cohort.isPending) return <Loading what="the cohort" />;
    if (cohort.isError) return <ErrorState error={cohort.error} retry={() => void cohort.refetch()} />;
    const c = cohort.data;
    if (c.counts.firms === 0)
      return (
        <Empty title="No firms in this workspace yet.">
          <p>
            The cohort brings together the firms of a workspace. {canWrite ? <Link to={`/w/${ws}/intake`}>Start the guided intake</Link> : null}
            {canWrite ? ' for a firm, or import case files from the firms view.' : 'Firms are added by those whose role lets them change the workspace.'}
          </p>
        </Empty>
      );
    return (
      <>
        <p className="cohort-counts">
          <strong>
            {c.counts.firms} firm{c.counts.firms === 1 ? '' : 's'}
          </strong>
          : {c.counts.rated} rated, {c.counts.notYetRated} not yet rated. Figures as of {c.asOf}
          {c.trend.comparedWith === null ? '.' : `; changes are counted from the snapshot of ${c.trend.comparedWith}.`}
        </p>
        <UnmetChallenges workspace={workspace} cohort={c} names={names} />
        <SharedGaps workspace={workspace} gaps={c.sharedGaps} names={names} />
        <InstitutionsTable workspace={workspace} cohort={c} names={names} label={categoryLabels(c)} />
        <NotRatedFirms workspace={workspace} cohort={c} names={names} />
        <CohortTrendSection workspace={workspace} cohort={c} />
      </>
    );
  };

  return (
    <section className="cohort-page">
      <h1>Cohort</h1>
      <p className="lead">The firms of the workspace “{workspace}” together: where they struggle alike, and what would help several at once.</p>
      {body()}
    </section>
  );
}
