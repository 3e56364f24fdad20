/**
 * Step 6, optional: the network competence self-assessment. The API stores answers by statement id
 * but does not serve the statements' wording, and the web app takes its words from the API only, so
 * the step says it is coming and lets the user go on.
 */
import { StepNav } from './field';

export function CompetenceStep({ back, onDone }: { back: string; onDone: () => void }) {
  return (
    <div className="intake-form">
      <p className="lead">Coming later: a short, optional self-assessment of how well the firm works with its network, in twelve statements.</p>
      <p>There is nothing to fill in here yet. Press Next to see what the firm’s answers show.</p>
      <StepNav back={back} next="Skip for now" onNext={onDone} />
    </div>
  );
}
