/**
 * Selecting a passage with the keyboard alone: the transcript's text in a textarea that refuses
 * every edit, where the caret moves with the arrow keys and Shift+arrows select; its selection
 * (UTF-16 units) becomes code points, trimmed, and "Code selection" opens the same panel the mouse
 * does. Not `readonly`: Chromium moves no caret in a read-only textarea, so the arrow keys would
 * select nothing; edits are cancelled before they happen instead, and the value stays controlled.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { textareaSpan, type Span } from '../selection-span';

export function PreciseSelect({ text, onCode }: { text: string; onCode: (span: Span, from: HTMLElement) => void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [span, setSpan] = useState<Span | undefined>(undefined);
  const id = useId();
  useEffect(() => {
    const element = area.current;
    if (element === null) return;
    const refuse = (e: Event) => e.preventDefault();
    element.addEventListener('beforeinput', refuse);
    return () => element.removeEventListener('beforeinput', refuse);
  }, []);
  const read = () => {
    const t = area.current;
    if (t !== null) setSpan(textareaSpan(text, t.selectionStart, t.selectionEnd));
  };
  return (
    <section className="precise-select" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Select precisely</h2>
      <p id={`${id}-hint`} className="quiet">
        The text cannot be changed here. Move through it with the arrow keys, select with Shift and the arrow keys (add Ctrl to go word by word), then press Tab
        to reach Code selection.
      </p>
      <label htmlFor={`${id}-text`}>Transcript text</label>
      <textarea
        id={`${id}-text`}
        ref={area}
        aria-readonly="true"
        rows={12}
        value={text}
        // Whatever an edit the browser could not cancel (an IME's composition) changed, React puts the text back.
        onChange={() => undefined}
        aria-describedby={`${id}-hint`}
        onSelect={read}
        onKeyUp={read}
        onMouseUp={read}
      />
      <p className="quiet" aria-live="polite">
        {span === undefined ? 'Nothing selected yet.' : `Selected characters ${span.start + 1}–${span.end} (${span.end - span.start}).`}
      </p>
      <button type="button" disabled={span === undefined} onClick={(e) => span !== undefined && onCode(span, e.currentTarget)}>
        Code selection
      </button>
    </section>
  );
}
