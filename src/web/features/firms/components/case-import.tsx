/**
 * Import a case file by dropping it or choosing it: the server checks it as `foothold import` does
 * and nothing is written unless all of it is valid; each problem is listed with its field.
 */
import { useId, useState, type DragEvent } from 'react';
import { ApiError, problemLines } from '../../../lib/api';
import { useToasts } from '../../../components/toast';
import { useImportCase } from '../api';

/** Larger files are refused before sending; the server's own limit (50 MB by default) still applies. */
const MAX_BYTES = 50 * 1024 * 1024;

export function CaseImport({ workspace }: { workspace: string }) {
  const inputId = useId();
  const importCase = useImportCase(workspace);
  const toasts = useToasts();
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState<{ name: string; text: string } | undefined>(undefined);
  const [failure, setFailure] = useState<{ name: string; message: string; lines: string[]; exists: boolean } | undefined>(undefined);

  const send = (name: string, text: string, replace: boolean) => {
    setFailure(undefined);
    importCase.mutate(
      { text, replace },
      {
        onSuccess: (result) => {
          setPending(undefined);
          const firm = result.imported[0];
          toasts.show(firm === undefined ? `Imported ${name}.` : `${firm.replaced ? 'Replaced' : 'Imported'} ${firm.firmId} from ${name}.`);
        },
        onError: (err) => {
          const exists = err instanceof ApiError && err.status === 409;
          setPending(exists ? { name, text } : undefined);
          setFailure({ name, message: err.message, lines: err instanceof ApiError ? problemLines(err, name) : [], exists });
        },
      },
    );
  };

  const read = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_BYTES) {
      setFailure({
        name: file.name,
        message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; case files up to 50 MB are accepted.`,
        lines: [],
        exists: false,
      });
      return;
    }
    send(file.name, await file.text(), false);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };

  return (
    <section className="case-import" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Import a case file</h2>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop a Foothold case file (.json) here, or</p>
        <label htmlFor={inputId} className="button">
          Choose a case file
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            void read(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {importCase.isPending ? (
          <p role="status" aria-live="polite">
            Checking and importing…
          </p>
        ) : null}
      </div>
      {failure === undefined ? null : (
        <div className="import-errors" role="alert">
          <p>
            <strong>{failure.name} was not imported.</strong> {failure.message}
            {failure.lines.length === 0 ? '' : ' Nothing was written.'}
          </p>
          {failure.lines.length === 0 ? null : (
            <ul aria-label={`Problems in ${failure.name}`}>
              {failure.lines.map((line, i) => (
                <li key={i}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          )}
          {failure.exists && pending !== undefined ? (
            <button type="button" onClick={() => send(pending.name, pending.text, true)}>
              Replace the firm with {pending.name}
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}
