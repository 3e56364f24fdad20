/**
 * The guided intake: a first-time user describes a firm in seven short steps, one per screen, and
 * ends on its gaps and first steps. `…/intake` starts a new firm; `…/intake/{firmId}` resumes at
 * the first step whose records are missing; `…/intake/{firmId}/{step}` opens a step.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { ErrorState, Loading } from '../../../components/states';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useActors, useCompetenceAssessments, useFirm, useMarkets, useRatings, useTies, useVocabulary } from '../api';
import { intakePath } from '../paths';
import { finishedSteps, isStepId, nextStep, previousStep, resumeStep, STEPS, stepNumber, type StepId } from '../steps';
import { ChallengesStep } from './challenges-step';
import { CompetenceStep } from './competence-step';
import { HelpedStep } from './helped-step';
import { MarketsStep } from './markets-step';
import { PeopleStep } from './people-step';
import { Progress } from './progress';
import { ProfileStep } from './profile-step';
import { ResultStep } from './result-step';
import './intake.css';

/** The frame of every step: whose intake it is, the progress list and the step's heading, which takes focus when the step changes. */
function Frame({
  workspace,
  firmId,
  firmName,
  step,
  finished,
  children,
}: {
  workspace: string;
  firmId: string | undefined;
  firmName: string | undefined;
  step: StepId | undefined;
  finished: ReadonlySet<StepId>;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const n = step === undefined ? undefined : stepNumber(step);
  const title = step === undefined ? 'Picking up where you left off' : (STEPS[stepNumber(step) - 1]?.title ?? '');
  useTitle(`${n === undefined ? '' : `Step ${n} of ${STEPS.length}: `}${title} — guided intake`);
  useEffect(() => {
    heading.current?.focus();
  }, [step, firmId]);
  return (
    <article className="intake">
      <p className="intake-for">Guided intake {firmName === undefined ? 'of a new firm' : `of ${firmName}`}</p>
      {step === undefined ? null : <Progress workspace={workspace} firmId={firmId} current={step} finished={finished} />}
      <h1 ref={heading} tabIndex={-1} className="step-heading">
        {n === undefined ? null : (
          <span className="step-count">
            Step {n} of {STEPS.length}
            <span className="visually-hidden">:</span>{' '}
          </span>
        )}
        {title}
      </h1>
      {children}
    </article>
  );
}

function NewFirm({ workspace }: { workspace: string }) {
  const vocabulary = useVocabulary();
  return (
    <Frame workspace={workspace} firmId={undefined} firmName={undefined} step="profile" finished={new Set()}>
      {vocabulary.isPending ? (
        <Loading what="the questions" />
      ) : vocabulary.isError ? (
        <ErrorState error={vocabulary.error} retry={() => void vocabulary.refetch()} />
      ) : (
        <ProfileStep workspace={workspace} firm={undefined} vocabulary={vocabulary.data} />
      )}
    </Frame>
  );
}

/** Everything the steps read: loaded once here, so that the progress list and the resume point agree with the steps. */
function useIntakeData(workspace: string, firmId: string) {
  const queries = {
    vocabulary: useVocabulary(),
    firm: useFirm(workspace, firmId),
    markets: useMarkets(workspace, firmId),
    ratings: useRatings(workspace, firmId),
    ties: useTies(workspace, firmId),
    actors: useActors(workspace, firmId),
    competence: useCompetenceAssessments(workspace, firmId),
  };
  const all = Object.values(queries);
  const error = all.find((q) => q.isError)?.error;
  const { vocabulary, firm, markets, ratings, ties, actors, competence } = queries;
  const data =
    vocabulary.data && firm.data && markets.data && ratings.data && ties.data && actors.data && competence.data
      ? {
          vocabulary: vocabulary.data,
          firm: firm.data,
          markets: markets.data,
          ratings: ratings.data,
          ties: ties.data,
          actors: actors.data,
          competence: competence.data,
        }
      : undefined;
  return { data, error, retry: () => all.forEach((q) => void q.refetch()) };
}

function ExistingFirm({ workspace, firmId, step }: { workspace: string; firmId: string; step: StepId | undefined }) {
  const navigate = useNavigate();
  const { data, error, retry } = useIntakeData(workspace, firmId);
  const records = data === undefined ? undefined : { firmId, markets: data.markets, ratings: data.ratings, ties: data.ties, competence: data.competence };
  const finished = records === undefined ? new Set<StepId>() : finishedSteps(records);
  const frame = (body: ReactNode) => (
    <Frame workspace={workspace} firmId={firmId} firmName={data?.firm.record.name} step={step} finished={finished}>
      {body}
    </Frame>
  );
  if (error !== undefined && data === undefined) return frame(<ErrorState error={error} retry={retry} />);
  if (data === undefined || records === undefined) return frame(<Loading what="the firm’s records" />);
  if (step === undefined) return <Navigate to={intakePath(workspace, firmId, resumeStep(records))} replace />;

  const path = (s: StepId) => intakePath(workspace, firmId, s);
  const back = path(previousStep(step) ?? 'profile');
  const onDone = () => navigate(path(nextStep(step)));
  const common = { workspace, firmId, vocabulary: data.vocabulary, back, onDone };
  // Keyed by firm and step, so that each step starts from its own saved records and draft.
  const key = `${firmId}:${step}`;
  switch (step) {
    case 'profile':
      return frame(<ProfileStep key={key} workspace={workspace} firm={data.firm} vocabulary={data.vocabulary} />);
    case 'markets':
      return frame(<MarketsStep key={key} {...common} firm={data.firm} markets={data.markets} />);
    case 'challenges':
      return frame(<ChallengesStep key={key} {...common} ratings={data.ratings} markets={data.markets} />);
    case 'people':
      return frame(<PeopleStep key={key} {...common} ties={data.ties} actors={data.actors} />);
    case 'helped':
      return frame(
        <HelpedStep
          key={key}
          {...common}
          ties={data.ties}
          actors={data.actors}
          ratings={data.ratings}
          peoplePath={path('people')}
          challengesPath={path('challenges')}
        />,
      );
    case 'competence':
      return frame(<CompetenceStep key={key} {...common} assessments={data.competence} />);
    case 'result':
      return frame(
        <ResultStep
          key={key}
          workspace={workspace}
          vocabulary={data.vocabulary}
          firm={data.firm}
          markets={data.markets}
          ratings={data.ratings}
          ties={data.ties}
          competence={data.competence}
          back={back}
        />,
      );
  }
}

/** Every step saves as it goes: a role that may not change the workspace gets no form to fill in. */
function ReadOnly({ workspace }: { workspace: string }) {
  useTitle('Guided intake');
  return (
    <article className="intake">
      <h1>Guided intake</h1>
      <p>
        Your role in this workspace may read its firms but not add or change them, so the guided intake is not open to you.{' '}
        <Link to={`/w/${encodeURIComponent(workspace)}`}>Go to the firms</Link>.
      </p>
    </article>
  );
}

export function IntakePage() {
  const { workspace = 'default', firmId, step } = useParams();
  const canWrite = useCan('write', workspace);
  if (!canWrite) return <ReadOnly workspace={workspace} />;
  if (firmId === undefined) return <NewFirm workspace={workspace} />;
  if (step !== undefined && !isStepId(step)) return <Navigate to={intakePath(workspace, firmId)} replace />;
  return <ExistingFirm workspace={workspace} firmId={firmId} step={step} />;
}
