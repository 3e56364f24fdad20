/**
 * A token just made, shown this once: its value in a read-only field with Copy, how to use it, and a
 * warning that Foothold keeps only its hash. Focus moves here, so that nobody misses it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { usageExample } from '../tokens-view';
import type { NewApiToken } from '../api';

export function NewToken({ token, onDone }: { token: NewApiToken; onDone: () => void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | undefined>(undefined);
  useEffect(() => heading.current?.focus(), []);

  const copy = () => {
    field.current?.select();
    window.navigator.clipboard.writeText(token.token).then(
      () => setCopied('Copied to the clipboard.'),
      () => setCopied('The browser did not let the page copy: the token is selected, copy it with Ctrl+C (⌘C on a Mac).'),
    );
  };

  return (
    <section className="panel new-token" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Your new token “{token.name}”
      </h2>
      <p className="token-warning">
        <strong>Copy it now: it will not be shown again.</strong> Foothold keeps only a hash of it. If it is lost, revoke it and add another.
      </p>
      <div className="token-value">
        <label htmlFor={`${id}-value`}>Token</label>
        <input id={`${id}-value`} ref={field} readOnly value={token.token} spellCheck={false} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p role="status" className="quiet">
        {copied}
      </p>
      <p>Send it with each request, for example:</p>
      <pre tabIndex={0} aria-label="How to use the token">
        <code>{usageExample(window.location.origin, token.token)}</code>
      </pre>
      <button type="button" onClick={onDone}>
        Done: I have copied it
      </button>
    </section>
  );
}
