/**
 * Import a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA or QualCoder into the firm: what
 * kind of source its texts are, the file, then what came in and what was skipped, and why.
 */
import { useId, useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/states';
import { useQdpxImport } from '../api';
import { importSummary, SOURCE_KIND_PLURALS, type SourceKind } from '../exchange-view';

export function QdpxImportForm({ workspace, firmId, firmName }: { workspace: string; firmId: string; firmName: string }) {
  const id = useId();
  const run = useQdpxImport(workspace, firmId);
  const [file, setFile] = useState<File | undefined>(undefined);
  const [kind, setKind] = useState<SourceKind>('document');
  const [missing, setMissing] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file === undefined) {
      setMissing(true);
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    run.mutate({ file, kind });
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import a REFI-QDA project</h2>
      <p className="quiet">
        Codes with their hierarchy, colours and descriptions, the text sources and their coded passages come into {firmName}, all of it or nothing. PDF,
        picture, audio and video sources are left out and listed.
      </p>
      <form className="exchange-form" onSubmit={submit} noValidate>
        <div>
          <label htmlFor={`${id}-kind`}>The project’s texts are</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
            {(Object.keys(SOURCE_KIND_PLURALS) as SourceKind[]).map((k) => (
              <option key={k} value={k}>
                {SOURCE_KIND_PLURALS[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-file`}>Project file (.qdpx)</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".qdpx,application/zip"
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-missing` : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setMissing(false);
              run.reset();
            }}
          />
          {missing ? (
            <p id={`${id}-missing`} className="field-error">
              Choose a .qdpx file first.
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="primary" disabled={run.isPending}>
            {run.isPending ? 'Importing…' : 'Import the project'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {run.isSuccess ? (
          <div className="import-result" role="status">
            <p>
              <strong>{importSummary(run.data)}</strong>
            </p>
            {run.data.skipped.length === 0 ? (
              <p className="quiet">Nothing was skipped.</p>
            ) : (
              <>
                <p>Left out:</p>
                <ul aria-label="Skipped">
                  {run.data.skipped.map((s, i) => (
                    <li key={i}>
                      {s.what}: {s.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : null}
      </div>
      {run.isError ? <ErrorState error={run.error} /> : null}
    </section>
  );
}
