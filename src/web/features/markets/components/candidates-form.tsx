/** The countries to rank, as ISO codes the user types ("KZ, KG, CN"); empty ranks every country. */
import { useState, type FormEvent } from 'react';
import { candidatesText, parseCandidates } from '../markets-address';

export function CandidatesForm({ candidates, onSubmit }: { candidates: readonly string[]; onSubmit: (codes: string[]) => void }) {
  const [text, setText] = useState(candidatesText(candidates));
  const [invalid, setInvalid] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseCandidates(text);
    setInvalid(parsed.invalid);
    if (parsed.invalid.length > 0) return;
    setText(candidatesText(parsed.codes));
    onSubmit(parsed.codes);
  };
  const describedBy = invalid.length === 0 ? 'markets-candidates-hint' : 'markets-candidates-hint markets-candidates-error';
  return (
    <form className="markets-candidates" onSubmit={submit}>
      <label htmlFor="markets-candidates">Countries to rank</label>
      <div className="markets-candidates-row">
        <input
          id="markets-candidates"
          type="text"
          value={text}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid.length > 0}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="primary">
          Rank
        </button>
      </div>
      <p id="markets-candidates-hint" className="quiet">
        Two-letter ISO codes separated by commas, such as KZ, KG, CN. Leave it empty to rank every country.
      </p>
      {invalid.length === 0 ? null : (
        <p id="markets-candidates-error" className="field-error" role="alert">
          {invalid.length === 1 ? `“${invalid[0]}” is not` : `${invalid.map((x) => `“${x}”`).join(', ')} are not`} a country code; use two-letter ISO codes such
          as KZ.
        </p>
      )}
    </form>
  );
}
