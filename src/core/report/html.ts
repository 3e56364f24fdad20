/**
 * A report as ONE self-contained HTML file: inline CSS (with print rules for A4), inline SVG charts,
 * evidence notes with back-links, no scripts and nothing that loads from elsewhere — a
 * Content-Security-Policy meta tag forbids it as well. All case text is escaped: it is user input.
 */
import { escapeHtml as esc } from './escape.js';
import { noteRanges } from './footnotes.js';
import { reportCss } from './html-style.js';
import { chartSvg } from './svg.js';
import { triangulationMarks, triangulationWords } from './triangulation-marks.js';
import type { ActionsBlock, Block, Cell, ChartBlock, FindingBlock, ListBlock, RecommendationsBlock, ReportDocument, Section, TableBlock } from './types.js';

/** What the browser may load for the page: nothing but its own inline styles and data: images. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

class Renderer {
  private readonly referenced = new Set<number>();
  private charts = 0;

  /** Superscript note links, ranges shortened ("3–5"); the first use of each note gets the id its back-link points to. */
  notes(notes: readonly number[]): string {
    if (notes.length === 0) return '';
    const anchors: string[] = [];
    const link = (n: number) => {
      const first = !this.referenced.has(n);
      this.referenced.add(n);
      return `<a href="#fn-${n}"${first ? ` id="fnref-${n}"` : ''}>${n}</a>`;
    };
    const parts = noteRanges(notes).map(({ from, to }) => {
      if (from === to) return link(from);
      const start = link(from);
      // Notes inside a range get an anchor of their own, so their back-links land here.
      for (let n = from + 1; n < to; n++) {
        if (!this.referenced.has(n)) {
          this.referenced.add(n);
          anchors.push(`<span id="fnref-${n}"></span>`);
        }
      }
      return `${start}–${link(to)}`;
    });
    return `<sup class="fn">${parts.join(', ')}${anchors.join('')}</sup>`;
  }

  cell(c: Cell, tag: 'td' | 'th', extraClass = ''): string {
    const level =
      c.level === undefined ? '' : `<span class="chip ${c.level.scale === 'challenge' ? 'c' : 'u'}-${slugLevel(c.level.value)}" aria-hidden="true"></span>`;
    const classes = [extraClass, c.level === undefined ? '' : 'level'].filter((x) => x !== '').join(' ');
    const scope = tag === 'th' ? ' scope="row"' : '';
    const sub = c.sub === undefined ? '' : `<span class="sub">${esc(c.sub)}</span>`;
    // The chip and the level's word stay on one line; the note numbers may wrap after them.
    const text = c.level === undefined ? esc(c.text) : `<span class="lv">${level}${esc(c.text)}</span>${c.notes.length > 0 ? '<wbr>' : ''}`;
    return `<${tag}${scope}${classes === '' ? '' : ` class="${classes}"`}>${text}${this.notes(c.notes)}${triangulationHtml(c)}${sub}</${tag}>`;
  }

  table(t: TableBlock): string {
    const groups = t.columns.some((c) => c.group !== undefined);
    let head = '';
    if (groups) {
      const spans: { label: string; span: number }[] = [];
      for (const c of t.columns) {
        const last = spans[spans.length - 1];
        if (last !== undefined && c.group !== undefined && last.label === c.group) last.span++;
        else spans.push({ label: c.group ?? '', span: 1 });
      }
      head += `<tr class="groups">${spans.map((s) => `<th scope="col"${s.span > 1 ? ` colspan="${s.span}"` : ''}>${esc(s.label)}</th>`).join('')}</tr>`;
    }
    const dense = t.columns.length > 6;
    const headText = (text: string) => (dense ? softHyphens(esc(text)) : esc(text));
    head += `<tr>${t.columns.map((c) => `<th scope="col"${c.short === undefined ? '' : ` title="${esc(c.label)}"`}>${headText(c.short ?? c.label)}</th>`).join('')}</tr>`;
    // Marks are worth their ink only where some rows agree; when every row differs, the text says so.
    const marked = t.differs.length > 0 && t.differs.length < t.rows.length ? t.differs : [];
    const body = t.rows
      .map((row, i) => {
        const differs = marked.includes(i);
        const cells = row.map((c, j) => this.cell(c, j === 0 ? 'th' : 'td', j === 0 && differs ? 'differs' : '')).join('');
        return `<tr${differs ? ' class="differs"' : ''}>${cells}</tr>`;
      })
      .join('');
    const caption = captionHtml(t.caption);
    const notes = [
      t.note === undefined ? undefined : esc(t.note),
      marked.length > 0 ? '<span class="ne">≠</span> marks the rows where the firms differ.' : undefined,
    ].filter((x) => x !== undefined);
    return (
      `<figure class="table-block" id="${esc(t.id)}"><figcaption>${caption}</figcaption>` +
      `<div class="table-wrap"><table class="data cols-${t.columns.length}${dense ? ' dense' : ''}"><thead>${head}</thead><tbody>${body}</tbody></table></div>` +
      notes.map((n) => `<p class="table-note">${n}</p>`).join('') +
      '</figure>'
    );
  }

  chart(c: ChartBlock): string {
    this.charts++;
    const title = `Chart ${this.charts}. ${c.caption}`;
    return (
      `<figure class="chart-block" id="${esc(c.id)}"><figcaption><span class="label">Chart ${this.charts}.</span> ${esc(c.caption)}${this.notes(c.notes)}</figcaption>` +
      `${chartSvg(c.chart, { id: `${c.id}-svg`, title })}</figure>`
    );
  }

  list(l: ListBlock): string {
    const items = l.items.map((item, i) => {
      const id = l.ids?.[i];
      return `<li${id === undefined ? '' : ` id="${esc(id)}"`}>${esc(item)}</li>`;
    });
    return `<ul class="${l.ids === undefined ? 'plain' : 'works'}">${items.join('')}</ul>`;
  }

  recommendations(b: RecommendationsBlock, level: number): string {
    const h = `h${Math.min(level, 6)}`;
    return b.groups
      .map((group) => {
        const items = group.items
          .map((item) => {
            const cited = item.citations.map((c) => `<a href="#${esc(c.workId)}">${esc(c.work)}</a> <span class="where">(${esc(c.where)})</span>`).join('; ');
            return (
              `<li class="rec"><p class="rec-title">${esc(item.title)}</p><p class="rationale">${esc(item.rationale)}</p>` +
              `<ul class="actions">${item.actions.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>` +
              (item.tiesUsed.length > 0 ? `<p class="why"><span class="tag">Your ties it uses</span> ${esc(item.tiesUsed.join('; '))}.</p>` : '') +
              (item.wordedFor === undefined ? '' : `<p class="why"><span class="tag">Worded for</span> ${esc(item.wordedFor)}.</p>`) +
              item.examples
                .map((e) => `<p class="example"><span class="tag">Example</span> <span class="where">${esc(e.label)}:</span> ${esc(e.text)}</p>`)
                .join('') +
              (item.because.length > 0 ? `<p class="why"><span class="tag">Why here</span> ${esc(item.because.join('; '))}.</p>` : '') +
              `<p class="cited"><span class="tag">Cited</span> ${cited}.</p></li>`
            );
          })
          .join('');
        const institutions =
          group.institutions.length === 0
            ? ''
            : `<p class="why"><span class="tag">Institutions that could help</span></p><ul class="institutions">${group.institutions.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
        return `<div class="rec-group"><${h} class="gap-heading">${esc(group.heading)}${this.notes(group.notes)}</${h}><ol class="recs">${items}</ol>${institutions}</div>`;
      })
      .join('');
  }

  actions(b: ActionsBlock): string {
    const items = b.items.map((item) => `<li><p class="step">${esc(item.text)}</p><p class="why"><span class="tag">Why</span> ${esc(item.why)}</p></li>`);
    return `<div class="plan"><p class="lead-in">${esc(b.title)}</p><ol class="plan-steps">${items.join('')}</ol></div>`;
  }

  finding(b: FindingBlock): string {
    const quotes = b.quotes.map(
      (q) =>
        `<blockquote><p><span class="lead">${esc(q.lead)}:</span> ${q.passages.map((p) => `<q>${esc(p.quote)}</q>${this.notes(p.notes)}`).join(' … ')}</p></blockquote>`,
    );
    return `<div class="finding"><p><strong class="run-in">${esc(b.title)}.</strong> ${esc(b.text)}</p>${quotes.join('')}</div>`;
  }

  block(b: Block, level: number): string {
    switch (b.kind) {
      case 'actions':
        return this.actions(b);
      case 'finding':
        return this.finding(b);
      case 'paragraph':
        return `<p>${esc(b.text)}</p>`;
      case 'list':
        return this.list(b);
      case 'table':
        return this.table(b);
      case 'chart':
        return this.chart(b);
      case 'recommendations':
        return this.recommendations(b, level + 1);
    }
  }

  section(s: Section, number: string, level: number): string {
    const h = `h${Math.min(level, 6)}`;
    const inner = [
      `<${h}><span class="num">${esc(number)}</span> ${esc(s.heading)}</${h}>`,
      ...s.blocks.map((b) => this.block(b, level)),
      ...s.subsections.map((sub, i) => this.section(sub, `${number}.${i + 1}`, level + 1)),
    ];
    return `<section id="${esc(s.id)}" class="level-${level}">${inner.join('')}</section>`;
  }

  footnotes(doc: ReportDocument, number: string): string {
    const items = doc.footnotes.map((f) => {
      const back = this.referenced.has(f.number)
        ? ` <a class="backref" href="#fnref-${f.number}" aria-label="Back to the first use of note ${f.number}">↩</a>`
        : '';
      const text = f.where === undefined ? esc(f.quote) : `<span class="where">${esc(f.where)}:</span> <q>${esc(f.quote)}</q>`;
      return `<li id="fn-${f.number}" value="${f.number}">${text}${back}</li>`;
    });
    const sources =
      doc.sources.length === 0
        ? ''
        : `<p class="sources-title">The notes quote these sources:</p><ul class="sources">${doc.sources
            .map(
              (s) =>
                `<li id="${esc(s.id)}">${esc(s.text)}${s.workId === undefined ? '' : ` <a href="#${esc(s.workId)}">See the entry.</a>`} <span class="where">(${s.notes.length === 1 ? 'one note' : `${s.notes.length} notes`})</span></li>`,
            )
            .join('')}</ul>`;
    const body = items.length === 0 ? '<p>No evidence segments are cited.</p>' : `${sources}<ol class="footnotes">${items.join('')}</ol>`;
    return `<section id="notes" class="level-2 notes"><h2><span class="num">${number}</span> Evidence notes</h2>${body}</section>`;
  }
}

/** The ◆ marks of a finding's kinds of source, read out as words ("2 kinds of source: interview, document"). */
function triangulationHtml(c: Cell): string {
  if (c.triangulation === undefined || c.triangulation.count === 0) return '';
  const words = esc(triangulationWords(c.triangulation));
  return ` <span class="tri" role="img" aria-label="${words}" title="${words}">${triangulationMarks(c.triangulation)}</span>`;
}

/** Long words in the head of a narrow table may break: a soft hyphen after their seventh letter ("Institu-tional"). */
function softHyphens(escaped: string): string {
  return escaped.replace(/\b([A-Za-z]{7})([A-Za-z]{5,})\b/g, '$1&shy;$2');
}

function slugLevel(level: string): string {
  return level.toLowerCase().replace(/\s+/g, '-');
}

/** "Table 9. Internationalization challenges" → the number set apart; other captions as they are. */
function captionHtml(caption: string): string {
  const m = /^(Table \d+\.)\s+(.*)$/.exec(caption);
  return m === null ? esc(caption) : `<span class="label">${esc(m[1] ?? '')}</span> ${esc(m[2] ?? '')}`;
}

/** The whole report as one HTML document. */
export function renderHtml(doc: ReportDocument): string {
  const r = new Renderer();
  const sections = doc.sections.map((s, i) => r.section(s, String(i + 1), 2)).join('');
  const notesNumber = String(doc.sections.length + 1);
  const notes = r.footnotes(doc, notesNumber);
  const toc = [...doc.sections.map((s, i) => ({ id: s.id, n: String(i + 1), heading: s.heading })), { id: 'notes', n: notesNumber, heading: 'Evidence notes' }]
    .map((e) => `<li><a href="#${esc(e.id)}"><span class="num">${esc(e.n)}</span> ${esc(e.heading)}</a></li>`)
    .join('');
  const footer = `Foothold · ${doc.title}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Foothold">',
    `<title>${esc(`${doc.title} — ${doc.subtitle}`)}</title>`,
    `<style>${reportCss(footer)}</style>`,
    '</head>',
    '<body>',
    `<main class="report ${doc.kind}">`,
    '<header class="cover">',
    `<p class="eyebrow">Foothold · ${doc.kind === 'cross-case' ? 'Cross-case report' : 'Firm report'}</p>`,
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="lede">${esc(doc.subtitle)}</p>`,
    '<dl class="meta">',
    `<div><dt>${doc.firms.length === 1 ? 'Firm' : 'Firms'}</dt><dd>${esc(doc.firms.map((f) => f.name).join(' · '))}</dd></div>`,
    `<div><dt>Generated</dt><dd>${esc(doc.generatedOn)}</dd></div>`,
    `<div><dt>Evidence notes</dt><dd>${doc.footnotes.length}</dd></div>`,
    '</dl>',
    '</header>',
    `<nav class="toc" aria-label="Contents"><p class="toc-title">Contents</p><ol>${toc}</ol></nav>`,
    sections,
    notes,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
