/** Escaping for text that came from case data (user input) on its way into HTML, SVG or Markdown. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or XML content and attribute values (double- or single-quoted). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Text for Markdown outside tables: backslash-escapes the characters that would start emphasis,
 * links, HTML, code or (at the start of a line) headings, quotes and lists. Table cells get their
 * pipes and line breaks escaped by markdownTable.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // "_" inside a word (a file name such as 003_7a90….txt) starts no emphasis in GitHub Markdown.
      .replace(/[\\`*[\]<>~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|&(?=#?\w+;)/g, (ch) => `\\${ch}`)
      .replace(/^(\s*)([#>+=-]|\d+[.)])/gm, (_, space: string, mark: string) => `${space}${mark.replace(/([#>+=\-.)])/, '\\$1')}`)
  );
}
