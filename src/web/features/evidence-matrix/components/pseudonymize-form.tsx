/**
 * A pseudonymized copy of the firm's case: the firm's pseudonym and any more names to replace, then
 * what was replaced, the capitalised words left to review, and the copy to save as a case file.
 * Nothing is stored on the server.
 */
import { useId, useState, type FormEvent } from 'react';
import { ErrorState, Loading } from '../../../components/states';
import { useAnonymized, type PseudonymRequest } from '../api';
import { caseFileName, parseReplacements, replaceParams, whereText, type AnonymizedCase } from '../exchange-view';

/** How many remaining words are listed before "Show all". */
const FIRST_WORDS = 40;

/** Saves the copy as a JSON file through a Blob link: the server has already sent it, so nothing is asked again. */
function saveCaseFile(result: AnonymizedCase): void {
  const blob = new Blob([`${JSON.stringify(result.caseFile, null, 2)}\n`], { type: 'application/json' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = caseFileName(result.caseFile.firm.name);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

function Result({ result }: { result: AnonymizedCase }) {
  const [allWords, setAllWords] = useState(false);
  const remaining = allWords ? result.remaining : result.remaining.slice(0, FIRST_WORDS);
  return (
    <div className="pseudonym-result">
      <p>
        <button type="button" className="primary" onClick={() => saveCaseFile(result)}>
          Download pseudonymized case
        </button>{' '}
        <span className="quiet">{caseFileName(result.caseFile.firm.name)}, a case file Foothold and its CLI import</span>
      </p>
      <div className="table-scroll" role="region" aria-label="Pseudonyms" tabIndex={0}>
        <table>
          <caption>Replaced everywhere</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Pseudonym</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {result.pseudonyms.map((p) => (
              <tr key={`${p.kind}:${p.original}`}>
                <th scope="row">{p.original}</th>
                <td>{p.pseudonym}</td>
                <td>{p.kind}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.remaining.length === 0 ? (
        <p>No capitalised word is left to review.</p>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-label="Capitalised words left" tabIndex={0}>
            <table>
              <caption>
                Capitalised words left, to review: a name among them could still identify someone ({result.remaining.length} words, most frequent first)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Word</th>
                  <th scope="col" className="number">
                    Times
                  </th>
                  <th scope="col">Where, for instance</th>
                </tr>
              </thead>
              <tbody>
                {remaining.map((w) => (
                  <tr key={w.word}>
                    <th scope="row">{w.word}</th>
                    <td className="number">{w.count}</td>
                    <td>
                      <code>{whereText(w.where)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.remaining.length > FIRST_WORDS ? (
            <button type="button" onClick={() => setAllWords(!allWords)}>
              {allWords ? `Show the first ${FIRST_WORDS} words` : `Show all ${result.remaining.length} words`}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}

export function PseudonymizeForm({ workspace, firmId }: { workspace: string; firmId: string }) {
  const id = useId();
  const [firmName, setFirmName] = useState('');
  const [extra, setExtra] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [request, setRequest] = useState<PseudonymRequest | undefined>(undefined);
  const result = useAnonymized(workspace, firmId, request);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseReplacements(extra);
    setProblems(parsed.problems);
    if (parsed.problems.length > 0) {
      document.getElementById(`${id}-extra`)?.focus();
      return;
    }
    setRequest({ firmName: firmName.trim(), replace: replaceParams(parsed.replacements) });
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Pseudonymized case</h2>
      <p className="quiet">
        A copy of the case to share: the firm, its key people and the people among its actors are replaced consistently in every field, quote and transcript,
        and people’s contact details are left out.
      </p>
      <form className="exchange-form pseudonym-form" onSubmit={submit} noValidate>
        <div>
          <label htmlFor={`${id}-firm`}>Pseudonym of the firm</label>
          <input
            id={`${id}-firm`}
            type="text"
            value={firmName}
            maxLength={120}
            aria-describedby={`${id}-firm-hint`}
            onChange={(e) => setFirmName(e.target.value)}
          />
          <p id={`${id}-firm-hint`} className="quiet">
            Left empty: Company X, or the pseudonym the firm already goes by.
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-extra`}>More names to replace, one a line as NAME = PSEUDONYM</label>
          <textarea
            id={`${id}-extra`}
            rows={3}
            value={extra}
            placeholder="Ulaanbaatar = City U"
            aria-invalid={problems.length > 0 ? true : undefined}
            aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
            onChange={(e) => setExtra(e.target.value)}
          />
          {problems.length === 0 ? null : (
            <ul id={`${id}-problems`} className="field-error">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <button type="submit">Make the pseudonymized copy</button>
        </div>
      </form>
      {request === undefined ? null : result.isPending ? (
        <Loading what="the pseudonymized copy" />
      ) : result.isError ? (
        <ErrorState error={result.error} retry={() => void result.refetch()} />
      ) : (
        <Result result={result.data} />
      )}
    </section>
  );
}
