/**
 * A firm's sources and evidence: the samples as thesis Tables 2–6 give them (interviews, documents,
 * key people, value-chain activities), the sources' texts (open a transcript, or add one), the
 * codebook, then every coded segment with its quote and location, grouped by source.
 */
import { useParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { useTitle } from '../../../lib/use-title';
import { useFirmRecord } from '../api';
import { ActivitiesTable, InterviewsTable, KeyPeopleTable, SecondarySourcesTable } from './case-tables';
import { CodebookSection } from './codebook-section';
import { SegmentsSection } from './segments-section';
import { SourceTextsSection } from './source-texts-section';
import './sources.css';

export function SourcesPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const firm = useFirmRecord(workspace, firmId);
  const name = firm.data?.record.name ?? firmId;
  useTitle(`Sources and evidence of ${name}`);
  return (
    <article className="sources-page">
      <h1>{name}: sources and evidence</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">Who was interviewed and when, the documents read, the people behind the firm, and every coded quote the analysis cites.</p>
      <InterviewsTable workspace={workspace} firmId={firmId} />
      <SecondarySourcesTable workspace={workspace} firmId={firmId} />
      <KeyPeopleTable workspace={workspace} firmId={firmId} />
      <ActivitiesTable workspace={workspace} firmId={firmId} />
      <SourceTextsSection workspace={workspace} firmId={firmId} />
      <CodebookSection workspace={workspace} firmId={firmId} />
      <SegmentsSection workspace={workspace} firmId={firmId} />
    </article>
  );
}
