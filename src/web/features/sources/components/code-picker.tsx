/**
 * Choosing a segment's codes: the codebook as a tree of checkboxes under its group headings, a
 * search that narrows it (keeping the codes above a match), and a line saying what is chosen.
 */
import { useId, useMemo, useState } from 'react';
import type { CodebookEntry } from '../api';
import { codeNames, pickerSections } from '../codebook-view';

export function CodeSwatch({ color }: { color: string | undefined }) {
  return color === undefined ? null : <span className="code-swatch" style={{ backgroundColor: color }} aria-hidden="true" />;
}

export function CodePicker({
  codebook,
  chosen,
  onChange,
}: {
  codebook: readonly CodebookEntry[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const id = useId();
  const sections = useMemo(() => pickerSections(codebook, query), [codebook, query]);
  const names = useMemo(() => codeNames(codebook), [codebook]);
  const toggle = (code: string, on: boolean) => onChange(on ? [...chosen.filter((c) => c !== code), code] : chosen.filter((c) => c !== code));

  return (
    <fieldset className="code-picker">
      <legend>Codes</legend>
      <label htmlFor={`${id}-search`}>Find a code</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        placeholder="Words of a code’s name"
        onChange={(e) => setQuery(e.target.value)}
        // Enter here narrows the list; it must not save the segment.
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <p className="quiet" aria-live="polite">
        {chosen.length === 0 ? 'No code chosen yet.' : `Chosen: ${chosen.map((c) => names.get(c) ?? c).join('; ')}.`}
      </p>
      <div className="code-picker-list">
        {sections.length === 0 ? <p>No code matches “{query}”.</p> : null}
        {sections.map((section) => (
          <fieldset key={section.key}>
            <legend>{section.title}</legend>
            <ul className="plain-list">
              {section.options.map((option) => (
                <li key={option.id} style={{ paddingLeft: `${option.depth * 1.25}rem` }}>
                  {option.codable ? (
                    <label>
                      <input type="checkbox" checked={chosen.includes(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} />{' '}
                      <CodeSwatch color={option.color} />
                      {option.name}
                    </label>
                  ) : (
                    <span className="picker-heading">{option.name}</span>
                  )}
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
