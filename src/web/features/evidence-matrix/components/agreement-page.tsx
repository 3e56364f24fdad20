/**
 * Two coders on one transcript: pick a source that has a transcript and the two coders whose
 * segments are in it (kept in the address as `source=S&coders=A,B`), then read Cohen's kappa per
 * code and pooled, and the units they disagree on side by side. Loaded only when first opened.
 */
import { useId, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { useTitle } from '../../../lib/use-title';
import { useAgreement, useFirm, useSegments, useSources, useTranscripts } from '../api';
import { chosenCoders, codersOf, transcribedSources, type Coder, type TranscribedSource } from '../agreement-view';
import { AgreementResult } from './agreement-result';
import './evidence-matrix.css';

function CoderSelect({ label, value, coders, onChange }: { label: string; value: string; coders: readonly Coder[]; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose a coder</option>
        {coders.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name} ({c.segments} {c.segments === 1 ? 'segment' : 'segments'})
          </option>
        ))}
      </select>
    </div>
  );
}

function Comparison({ workspace, firmId, source, sourcesPath }: { workspace: string; firmId: string; source: TranscribedSource; sourcesPath: string }) {
  const [params, setParams] = useSearchParams();
  const segments = useSegments(workspace, firmId);
  const coders = useMemo(
    () =>
      codersOf(
        (segments.data ?? []).map((s) => s.record),
        source.transcript,
      ),
    [segments.data, source.transcript],
  );
  const param = params.get('coders');
  const pair = chosenCoders(param, coders);
  const agreement = useAgreement(workspace, firmId, source.id, pair);
  if (segments.isPending) return <Loading what="the coders" />;
  if (segments.isError) return <ErrorState error={segments.error} retry={() => void segments.refetch()} />;
  if (coders.length < 2)
    return (
      <Empty title={coders.length === 0 ? 'No segment of this transcript names its coder.' : `Only ${coders[0]?.name ?? ''} has coded this transcript.`}>
        <p>
          Agreement needs two coders’ segments on the same transcript: code it on the <Link to={sourcesPath}>sources and evidence</Link> view under a second
          coder’s name, or import a project both coded.
        </p>
      </Empty>
    );
  const [pickA, pickB] = pair ?? [...(param ?? '').split(','), '', ''];
  const pick = (a: string, b: string) => {
    const next = new URLSearchParams(params);
    next.set('coders', `${a},${b}`);
    setParams(next, { replace: true });
  };
  return (
    <>
      <div className="agreement-coders">
        <CoderSelect label="Coder A" value={pickA ?? ''} coders={coders} onChange={(v) => pick(v, pickB ?? '')} />
        <CoderSelect label="Coder B" value={pickB ?? ''} coders={coders} onChange={(v) => pick(pickA ?? '', v)} />
      </div>
      {pair === undefined ? (
        <p>Choose two different coders.</p>
      ) : agreement.isPending ? (
        <Loading what="the agreement" />
      ) : agreement.isError ? (
        <ErrorState error={agreement.error} retry={() => void agreement.refetch()} />
      ) : (
        <AgreementResult agreement={agreement.data} sourceTitle={source.title} />
      )}
    </>
  );
}

export default function AgreementPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const id = useId();
  const firm = useFirm(workspace, firmId);
  const sources = useSources(workspace, firmId);
  const transcripts = useTranscripts(workspace, firmId);
  const name = firm.data?.record.name ?? firmId;
  useTitle(`Agreement between coders — ${name}`);
  const sourcesPath = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}/sources`;
  const choices = useMemo(
    () =>
      transcribedSources(
        (sources.data ?? []).map((s) => s.record),
        (transcripts.data ?? []).map((t) => t.record),
      ),
    [sources.data, transcripts.data],
  );
  const sourceId = params.get('source') ?? '';
  const source = choices.find((s) => s.id === sourceId);

  let body;
  if (sources.isPending || transcripts.isPending) body = <Loading what="the sources with a transcript" />;
  else if (sources.isError || transcripts.isError)
    body = (
      <ErrorState
        error={sources.error ?? transcripts.error}
        retry={() => {
          void sources.refetch();
          void transcripts.refetch();
        }}
      />
    );
  else if (choices.length === 0)
    body = (
      <Empty title="No source has a transcript yet.">
        <p>
          Import a transcript for an interview or a document on the <Link to={sourcesPath}>sources and evidence</Link> view; once two coders have coded it,
          their agreement shows here.
        </p>
      </Empty>
    );
  else
    body = (
      <>
        <div className="agreement-source">
          <label htmlFor={`${id}-source`}>Source with a transcript</label>
          <select
            id={`${id}-source`}
            value={source?.id ?? ''}
            onChange={(e) => setParams(e.target.value === '' ? {} : { source: e.target.value }, { replace: true })}
          >
            <option value="">Choose a source</option>
            {choices.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        {source === undefined ? (
          <p>{sourceId === '' ? 'Choose the source both coders coded.' : `${sourceId} is not a source of ${name} with a transcript.`}</p>
        ) : (
          <Comparison key={source.id} workspace={workspace} firmId={firmId} source={source} sourcesPath={sourcesPath} />
        )}
      </>
    );

  return (
    <article className="evidence-matrix-page">
      <h1>{name}: agreement between two coders</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">
        When two analysts code the same transcript, how far do they agree? Each speaker turn (or paragraph) counts once per code: both applied it, one did, or
        neither.
      </p>
      {body}
    </article>
  );
}
