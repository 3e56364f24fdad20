/** What importing a file would do, from its dry run: the counts, the lines left out, the rows to review, a sample of the changes. */
import { useId } from 'react';
import { actionText, FORMAT_NAMES, importSummary, toImport, type ContactImport } from '../contacts-view';

/** Rows of the file shown in the preview's sample. */
const SAMPLE_SIZE = 20;

export function ImportPreview({ fileName, preview, busy, onImport }: { fileName: string; preview: ContactImport; busy: boolean; onImport: () => void }) {
  const id = useId();
  const count = toImport(preview);
  const changing = (preview.contacts ?? []).filter((c) => c.action !== 'unchanged');
  const sample = changing.slice(0, SAMPLE_SIZE);
  const people = preview.created + preview.updated + preview.unchanged;
  return (
    <section className="panel import-preview" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Preview of {fileName}</h3>
      <p aria-live="polite">
        Read as {FORMAT_NAMES[preview.format]}: {importSummary(preview)}. Nothing is written yet.
      </p>
      <dl className="facts" aria-label={`What importing ${fileName} would do`}>
        <div>
          <dt>New</dt>
          <dd>{preview.created.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{preview.updated.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd>{preview.unchanged.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Lines skipped</dt>
          <dd>{preview.skipped.length.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>To review</dt>
          <dd>{preview.review.length.toLocaleString('en')}</dd>
        </div>
      </dl>

      {preview.skipped.length === 0 ? null : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-skipped`} tabIndex={0}>
          <table>
            <caption id={`${id}-skipped`}>Lines of {fileName} left out, and why</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {preview.skipped.map((s) => (
                <tr key={`${s.line}-${s.reason}`}>
                  <th scope="row">{s.line}</th>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {preview.review.length === 0 ? null : (
        <>
          <h4 id={`${id}-review`}>To review: these rows are not imported</h4>
          <p className="quiet">Each may or may not be someone already recorded. Record or merge them by hand, then import the file again.</p>
          <ul aria-labelledby={`${id}-review`} className="review-list">
            {preview.review.map((r) => (
              <li key={r.line}>
                Line {r.line}: <strong>{r.name}</strong> — {r.why}. Recorded:{' '}
                {r.candidates.map((c) => `${c.name}${c.organization === undefined ? '' : ` (${c.organization})`}`).join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}

      {sample.length === 0 ? null : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-sample`} tabIndex={0}>
          <table>
            <caption id={`${id}-sample`}>
              {sample.length === changing.length
                ? `The ${changing.length === 1 ? 'contact' : `${changing.length} contacts`} to add or update`
                : `The first ${sample.length} of ${changing.length.toLocaleString('en')} contacts to add or update`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Name</th>
                <th scope="col">Organization</th>
                <th scope="col">Position</th>
                <th scope="col">What happens</th>
              </tr>
            </thead>
            <tbody>
              {sample.map((c) => (
                <tr key={c.line}>
                  <td>{c.line}</td>
                  <th scope="row">{c.name}</th>
                  <td>{c.organization ?? ''}</td>
                  <td>{c.position ?? ''}</td>
                  <td>{actionText(c.action, c.changes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {count === 0 ? (
        <p>
          <strong>Nothing to import:</strong>{' '}
          {people === 0
            ? `${fileName} holds nobody who can be imported.`
            : `${people === 1 ? 'the 1 contact' : `all ${people.toLocaleString('en')} contacts`} of ${fileName} ${people === 1 ? 'is' : 'are'} already recorded as the file has ${people === 1 ? 'it' : 'them'}.`}
        </p>
      ) : (
        <p>
          <button type="button" className="primary" disabled={busy} onClick={onImport}>
            Import {count.toLocaleString('en')} {count === 1 ? 'contact' : 'contacts'}
          </button>
        </p>
      )}
    </section>
  );
}
