/**
 * One source's transcript, to read and code: its text turn by turn with the coded passages
 * highlighted and listed in the margin, the codebook, and the coding panel (transcript-workbench.tsx).
 */
import { Link, useParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { capitalize, words } from '../../../lib/format';
import { useTitle } from '../../../lib/use-title';
import { useCodebook, useFirmRecord, useSegments, useSources, useTranscripts } from '../api';
import { TranscriptWorkbench } from './transcript-workbench';
import './sources.css';

export default function TranscriptPage() {
  const { workspace = 'default', firmId = '', sourceId = '' } = useParams();
  const firm = useFirmRecord(workspace, firmId);
  const sources = useSources(workspace, firmId);
  const transcripts = useTranscripts(workspace, firmId);
  const segments = useSegments(workspace, firmId);
  const codebook = useCodebook(workspace, firmId);
  const firmName = firm.data?.record.name ?? firmId;
  const source = sources.data?.find((s) => s.record.id === sourceId)?.record;
  const transcript = transcripts.data?.find((t) => t.record.source === sourceId)?.record;
  const title = source?.title ?? sourceId;
  useTitle(`${title} — transcript — ${firmName}`);
  const sourcesPath = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}/sources`;

  const queries = [sources, transcripts, segments, codebook];
  const failed = queries.find((q) => q.isError);
  let body;
  if (failed !== undefined) body = <ErrorState error={failed.error} retry={() => void Promise.all(queries.filter((q) => q.isError).map((q) => q.refetch()))} />;
  else if (queries.some((q) => q.isPending)) body = <Loading what="the transcript" />;
  else if (source === undefined) body = <Empty title={`${firmName} has no source “${sourceId}”.`} />;
  else if (transcript === undefined)
    body = (
      <Empty title="This source has no transcript yet.">
        <p>
          Add one on the <Link to={sourcesPath}>sources and evidence</Link> view.
        </p>
      </Empty>
    );
  else
    body = (
      <>
        <p className="lead">
          {capitalize(words(source.kind))}
          {transcript.fileName === undefined ? '' : `, from ${transcript.fileName}`}
          {transcript.turns === undefined || transcript.turns.length === 0 ? '' : ` · ${transcript.turns.length} turns`}. Select a passage with the mouse to
          code it, use a turn’s “Code this turn” button, or “Select precisely” to select with the keyboard.
        </p>
        <TranscriptWorkbench
          workspace={workspace}
          firmId={firmId}
          transcript={transcript}
          segments={segments.data ?? []}
          codebook={codebook.data ?? []}
          otherIds={[...(sources.data ?? []).map((s) => s.record.id), ...(transcripts.data ?? []).map((t) => t.record.id)]}
        />
      </>
    );

  return (
    <article className="sources-page transcript-page">
      <p className="back-link">
        <Link to={sourcesPath}>Sources and evidence of {firmName}</Link>
      </p>
      <h1>{title}: transcript</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={firmName} />
      {body}
    </article>
  );
}
