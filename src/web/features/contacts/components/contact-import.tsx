/**
 * Import contacts: choose a file and who holds the ties; a dry run shows what the import would do;
 * "Import N contacts" then runs it with a progress bar, and says what it did. Nothing is written
 * until then, and nothing at all when the file or the import fails.
 */
import { useId, useState } from 'react';
import { NETWORK_NAMES } from '../../../../core/report/palette';
import { ApiError } from '../../../lib/api';
import { useKeyPeople, usePreviewImport, useRunImport, type ImportSettings } from '../api';
import { FORMAT_NAMES, importSummary, progressPercent, stageText, type ContactImport as ImportResult } from '../contacts-view';
import type { ImportProgress } from '../import-stream';
import { ImportPreview } from './import-preview';

/** Larger files are refused before sending, as the server would refuse them (50 MB). */
const MAX_BYTES = 50 * 1024 * 1024;

type NetworkType = NonNullable<ImportSettings['as']>;
type Format = ImportResult['format'];

export function ContactImport({ workspace, firmId, firmName }: { workspace: string; firmId: string; firmName: string }) {
  const id = useId();
  const keyPeople = useKeyPeople(workspace, firmId);
  const preview = usePreviewImport(workspace, firmId);
  const run = useRunImport(workspace, firmId);
  const [file, setFile] = useState<File | undefined>(undefined);
  const [settings, setSettings] = useState<ImportSettings>({ as: 'business' });
  const [progress, setProgress] = useState<ImportProgress | undefined>(undefined);
  const [refused, setRefused] = useState<string | undefined>(undefined);

  const showPreview = (chosen: File, next: ImportSettings) => {
    run.reset();
    setProgress(undefined);
    if (chosen.size > MAX_BYTES) {
      preview.reset();
      setRefused(`${chosen.name} is ${(chosen.size / 1024 / 1024).toFixed(1)} MB; contact files up to 50 MB are accepted.`);
      return;
    }
    setRefused(undefined);
    preview.mutate({ file: chosen, settings: next, onProgress: setProgress });
  };
  const change = (next: ImportSettings) => {
    setSettings(next);
    if (file !== undefined) showPreview(file, next);
  };
  const startImport = () => {
    if (file === undefined) return;
    setProgress(undefined);
    run.mutate({ file, settings, onProgress: setProgress }, { onSuccess: () => preview.reset() });
  };

  const people = (keyPeople.data ?? []).map((p) => ({ id: p.record.id, label: p.record.name ?? p.record.role }));
  const failure = refused ?? (preview.isError ? preview.error : run.isError ? run.error : undefined);
  return (
    <section className="contact-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import contacts</h2>
      <div className="import-options">
        <p>
          <label htmlFor={`${id}-file`}>Contact file (.csv or .vcf)</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.vcf,text/csv,text/vcard"
            disabled={run.isPending}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              // Cleared, so that choosing the same file again (a newer export) reads it again.
              e.target.value = '';
              if (chosen === undefined) return;
              setFile(chosen);
              showPreview(chosen, settings);
            }}
          />
        </p>
        <p>
          <label htmlFor={`${id}-holder`}>Held by</label>
          <select
            id={`${id}-holder`}
            value={settings.person ?? ''}
            disabled={run.isPending}
            onChange={(e) => change({ ...withoutKey(settings, 'person'), ...(e.target.value === '' ? {} : { person: e.target.value }) })}
          >
            <option value="">{firmName} (the firm)</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor={`${id}-type`}>Network type of the new ties</label>
          <select
            id={`${id}-type`}
            value={settings.as ?? 'business'}
            disabled={run.isPending}
            onChange={(e) => change({ ...settings, as: e.target.value as NetworkType })}
          >
            {(Object.keys(NETWORK_NAMES) as NetworkType[]).map((type) => (
              <option key={type} value={type}>
                {NETWORK_NAMES[type]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor={`${id}-format`}>Kind of file</label>
          <select
            id={`${id}-format`}
            value={settings.format ?? ''}
            disabled={run.isPending}
            onChange={(e) => change({ ...withoutKey(settings, 'format'), ...(e.target.value === '' ? {} : { format: e.target.value as Format }) })}
          >
            <option value="">Tell from the content</option>
            {(Object.keys(FORMAT_NAMES) as Format[]).map((format) => (
              <option key={format} value={format}>
                {FORMAT_NAMES[format]}
              </option>
            ))}
          </select>
        </p>
      </div>
      <p className="quiet">
        Business is the usual type: a LinkedIn connection or an address-book entry is most often a professional acquaintance. Nothing is written until you
        choose Import after the preview.
      </p>

      {preview.isPending && file !== undefined ? <ImportBar kind="preview" fileName={file.name} progress={progress} /> : null}
      {run.isPending && file !== undefined ? <ImportBar kind="import" fileName={file.name} progress={progress} /> : null}
      {failure === undefined || file === undefined ? null : <ImportFailure fileName={file.name} error={failure} />}
      {preview.data !== undefined && file !== undefined && !run.isSuccess ? (
        <ImportPreview fileName={file.name} preview={preview.data} busy={run.isPending} onImport={startImport} />
      ) : null}
      <div aria-live="polite">{run.data === undefined || file === undefined ? null : <ImportDone fileName={file.name} result={run.data} />}</div>
    </section>
  );
}

function withoutKey<K extends keyof ImportSettings>(settings: ImportSettings, key: K): Omit<ImportSettings, K> {
  const { [key]: _dropped, ...rest } = settings;
  return rest;
}

/** The progress bar of a preview or an import, with the stage in words. */
function ImportBar({ kind, fileName, progress }: { kind: 'preview' | 'import'; fileName: string; progress: ImportProgress | undefined }) {
  const id = useId();
  const label = kind === 'preview' ? `Preparing the preview of ${fileName}` : `Importing ${fileName}`;
  return (
    <div className="import-progress" role="status">
      <p id={`${id}-label`}>
        <strong>{label}</strong>
        {progress === undefined ? '…' : `: ${stageText(progress.stage, progress.done, progress.total, fileName)}…`}
      </p>
      {/* Without a value until the first line comes: the browser shows a bar that is busy, not empty. */}
      {progress === undefined ? (
        <progress aria-labelledby={`${id}-label`} max={100} />
      ) : (
        <progress aria-labelledby={`${id}-label`} max={100} value={progressPercent(kind, progress.stage, progress.done, progress.total)} />
      )}
    </div>
  );
}

function ImportFailure({ fileName, error }: { fileName: string; error: unknown }) {
  const problems = error instanceof ApiError ? error.problems : [];
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="import-errors" role="alert">
      <p>
        <strong>{fileName} was not imported.</strong> {problems.length === 0 ? `${message} ` : ''}Nothing was written.
      </p>
      {problems.length === 0 ? null : (
        <ul aria-label={`Problems in ${fileName}`}>
          {problems.map((p, i) => (
            <li key={i}>
              <code>{`${p.file ?? fileName}: ${p.pointer === '' ? '' : `${p.pointer}: `}${p.message}`}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ImportDone({ fileName, result }: { fileName: string; result: ImportResult }) {
  const skipped = result.skipped.length;
  const review = result.review.length;
  return (
    <div className="import-done" role="status">
      <p>
        <strong>Imported {fileName}</strong> ({FORMAT_NAMES[result.format]}): {importSummary(result)}.
      </p>
      {skipped + review === 0 ? null : (
        <p>
          {skipped === 0 ? '' : `${skipped} ${skipped === 1 ? 'line was' : 'lines were'} skipped, as the preview listed. `}
          {review === 0 ? '' : `${review} ${review === 1 ? 'row was' : 'rows were'} left for you to review: record or merge them by hand, then import again.`}
        </p>
      )}
    </div>
  );
}
