/**
 * A firm's dashboard: the action plan first, then the profile, markets and key people, challenge
 * ratings (editable, each with the kinds of source behind it), the utilization heatmap (each cell opens the ties and quotes behind it),
 * benefits, digital presence with its chart over time, gaps and recommendations — the firm
 * report's own document around the panels.
 */
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { Blocks, DocumentView, Footnotes } from '../../../components/report-document/document-view';
import { NotePrefix } from '../../../components/report-document/notes';
import type { Block, ReportDocument } from '../../../components/report-document/types';
import { ErrorState, Loading } from '../../../components/states';
import { capitalize, countryName, words } from '../../../lib/format';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useFirmReport, useOverview } from '../api';
import { DigitalPresencePanel } from './digital-presence-panel';
import { KeyPeoplePanel } from './key-people-panel';
import { RatingEditor } from './rating-editor';

type Actions = Extract<Block, { kind: 'actions' }>;

function actionPlan(doc: ReportDocument): Actions[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is Actions => b.kind === 'actions'));
}

/**
 * The report's sections shown after the panels above them, in the report's order, with the digital
 * presence chart after the report's own Table 1; the method stays in the report. The first screen
 * (up to the heatmap) is drawn first; the sections below it a moment later.
 */
const SECTIONS_FIRST = ['summary', 'background', 'challenges', 'utilization'];
const SECTIONS_BEFORE_CHART = ['network-types', 'benefits', 'digital-presence'];
const SECTIONS_AFTER_CHART = ['competence', 'gaps', 'recommendations', 'findings', 'works-cited'];

/**
 * False until the page has painted once with `ready` true: what sits below the first screen (the
 * later sections, their notes) is drawn a moment after the action plan and the heatmap, not with them.
 */
function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [ready, painted]);
  return painted;
}

function Overview({ workspace, firmId }: { workspace: string; firmId: string }) {
  const overview = useOverview(workspace, firmId);
  if (overview.isPending) return <Loading what="the profile" />;
  if (overview.isError) return <ErrorState error={overview.error} retry={() => void overview.refetch()} />;
  const { firm, derived, markets } = overview.data;
  const facts: [string, string][] = [
    ['Country of origin', `${countryName(firm.countryOfOrigin)} (${firm.countryOfOrigin})`],
    [
      'Economy',
      derived.economyClass.value === undefined
        ? '—'
        : `${capitalize(derived.economyClass.value)}${derived.economyClass.basis === 'override' ? ' (set for this firm)' : ''}`,
    ],
    ['Size', derived.sizeClass === undefined ? '—' : capitalize(derived.sizeClass)],
    ['Founded', firm.foundedYear === undefined ? '—' : String(firm.foundedYear)],
    ['Sector', firm.sector ?? '—'],
    ['Pathway', firm.pathway === undefined ? '—' : capitalize(words(firm.pathway.value))],
  ];
  return (
    <>
      <section className="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <dl className="facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="markets-heading">
        <h2 id="markets-heading">Markets</h2>
        {markets.length === 0 ? (
          <p className="quiet">No markets recorded yet.</p>
        ) : (
          <ul className="markets">
            {markets.map((m) => (
              <li key={m.id}>
                <span className={`status status-${m.status}`}>{words(m.status)}</span> {m.place}
                {m.servedByName === undefined ? null : <span className="quiet"> — served by {m.servedByName}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function DashboardPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const report = useFirmReport(workspace, firmId);
  const overview = useOverview(workspace, firmId);
  const name = report.data?.title ?? firmId;
  useTitle(name);
  const markets = new Map((overview.data?.markets ?? []).map((m) => [m.id, m.place]));
  const prefix = `dash-${firmId}`;
  const rest = useAfterFirstPaint(report.data !== undefined);
  const canEdit = useCan('write', workspace);
  return (
    <article className="dashboard">
      <h1>{name}</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      {report.isPending ? (
        <Loading what="the dashboard" />
      ) : report.isError ? (
        <ErrorState error={report.error} retry={() => void report.refetch()} />
      ) : (
        <NotePrefix.Provider value={prefix}>
          <section className="panel plan-panel" aria-labelledby="plan-heading">
            <h2 id="plan-heading">Action plan</h2>
            {actionPlan(report.data).length === 0 ? (
              <p>No steps yet: rate the firm's challenges and record its ties, and the plan appears here.</p>
            ) : (
              <Blocks blocks={actionPlan(report.data)} prefix={prefix} />
            )}
          </section>
          <div className="panel-row">
            <Overview workspace={workspace} firmId={firmId} />
          </div>
          <KeyPeoplePanel workspace={workspace} firmId={firmId} firmName={name} />
          <section className="panel" aria-labelledby="ratings-heading">
            <h2 id="ratings-heading">Challenge ratings</h2>
            <p className="quiet">
              How much each challenge stands in the firm's way.{canEdit ? ' Edit a rating to change it; the analysis below follows.' : ''} Each ◆ after a level
              is one kind of source behind it (interview, document, website …); two or more mean the rating is triangulated.
            </p>
            <RatingEditor workspace={workspace} firmId={firmId} markets={markets} />
          </section>
          <DocumentView doc={report.data} prefix={prefix} only={SECTIONS_FIRST} omit={['actions']} />
          {rest ? (
            <>
              <DocumentView doc={report.data} prefix={prefix} only={SECTIONS_BEFORE_CHART} omit={['actions']} />
              <DigitalPresencePanel workspace={workspace} firmId={firmId} firmName={name} />
              <DocumentView doc={report.data} prefix={prefix} only={SECTIONS_AFTER_CHART} omit={['actions']} />
              <Footnotes doc={report.data} prefix={prefix} />
            </>
          ) : (
            <Loading what="the rest of the dashboard" />
          )}
        </NotePrefix.Provider>
      )}
    </article>
  );
}
