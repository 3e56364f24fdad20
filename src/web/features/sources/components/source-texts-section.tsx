/**
 * Every source of the firm with its text: "Open transcript" where the source has one, "Add
 * transcript" (a file upload) where it has none.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { capitalize, words } from '../../../lib/format';
import { useCan } from '../../../lib/session';
import { useSources, useTranscripts } from '../api';
import { transcriptPath } from '../transcript-view';
import { TranscriptUpload } from './transcript-upload';

export function SourceTextsSection({ workspace, firmId }: { workspace: string; firmId: string }) {
  const sources = useSources(workspace, firmId);
  const transcripts = useTranscripts(workspace, firmId);
  const canAdd = useCan('write', workspace);
  const texts = useMemo(() => new Map((transcripts.data ?? []).map((t) => [t.record.source, t.record])), [transcripts.data]);

  let body;
  if (sources.isPending || transcripts.isPending) body = <Loading what="the sources’ texts" />;
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
  else if (sources.data.length === 0) body = <Empty title="No sources recorded yet." />;
  else
    body = (
      <div className="table-scroll" role="region" aria-label="Sources and their texts" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Kind</th>
              <th scope="col">Text</th>
            </tr>
          </thead>
          <tbody>
            {sources.data.map(({ record: source }) => {
              const text = texts.get(source.id);
              return (
                <tr key={source.id}>
                  <th scope="row">{source.title}</th>
                  <td>{capitalize(words(source.kind))}</td>
                  <td>
                    {text === undefined ? (
                      canAdd ? (
                        <TranscriptUpload workspace={workspace} firmId={firmId} source={source} />
                      ) : (
                        <span className="quiet">No text stored</span>
                      )
                    ) : (
                      <>
                        <Link to={transcriptPath(workspace, firmId, source.id)}>
                          Open transcript<span className="visually-hidden"> of {source.title}</span>
                        </Link>{' '}
                        <span className="quiet">
                          {text.fileName ?? text.format}
                          {text.turns === undefined || text.turns.length === 0 ? '' : `, ${text.turns.length} turns`}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );

  return (
    <section className="panel" aria-labelledby="source-texts-heading">
      <h2 id="source-texts-heading">Transcripts and texts</h2>
      <p className="quiet">The full text of a source, stored once: open it to code passages, or add a transcript file to a source that has none.</p>
      {body}
    </section>
  );
}
