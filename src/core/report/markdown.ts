/**
 * A report as GitHub-flavoured Markdown: numbered headings, pipe tables (through markdownTable),
 * evidence notes as footnotes `[^n]` defined at the end, a ◆ per kind of source after a finding's
 * value (the legend under its table says so), and charts as a caption line that points
 * to the HTML or PDF report (the tables beside them hold the same data). All case text is escaped.
 */
import { escapeMarkdown as md } from './escape.js';
import { markdownTable } from './table-views.js';
import { triangulationMarks } from './triangulation-marks.js';
import type { ActionsBlock, Block, Cell, FindingBlock, RecommendationsBlock, ReportDocument, Section, TableBlock } from './types.js';

/** One line of Markdown: line breaks in case text would end a heading, list item or footnote. */
const line = (text: string) => md(text.replace(/\s*\n\s*/g, ' '));

class Renderer {
  private readonly cited = new Set<number>();
  private charts = 0;

  refs(notes: readonly number[]): string {
    for (const n of notes) this.cited.add(n);
    return notes.map((n) => `[^${n}]`).join('');
  }

  cell(c: Cell): string {
    // The marks follow the notes, apart from the text, which stays as the thesis writes it.
    const marks = c.triangulation === undefined || c.triangulation.count === 0 ? '' : ` ${triangulationMarks(c.triangulation)}`;
    const main = `${md(c.text)}${this.refs(c.notes)}${marks}`;
    return c.sub === undefined ? main : `${main}\n${md(c.sub)}`;
  }

  table(t: TableBlock): string {
    const header = t.columns.map((c) => md(c.group === undefined ? c.label : `${c.group}: ${c.label}`));
    const body = markdownTable({ header, rows: t.rows.map((r) => r.map((c) => this.cell(c))) });
    return [`**${line(t.caption)}**`, body, ...(t.note === undefined ? [] : [`*${line(t.note)}*`])].join('\n\n');
  }

  recommendations(block: RecommendationsBlock, level: number): string {
    const hashes = '#'.repeat(Math.min(level, 6));
    return block.groups
      .map((group) => {
        const heading = `${hashes} ${line(group.heading)}${this.refs(group.notes)}`;
        const items = group.items.map((item, i) => {
          const cited = item.citations.map((c) => `${md(c.work)} (${line(c.where)})`).join('; ');
          return [
            `${i + 1}. **${line(item.title)}.** ${line(item.rationale)}`,
            '',
            item.actions.map((a) => `   - ${line(a)}`).join('\n'),
            '',
            ...(item.tiesUsed.length > 0 ? [`   *Your ties it uses:* ${line(item.tiesUsed.join('; '))}.`, ''] : []),
            ...(item.wordedFor === undefined ? [] : [`   *Worded for:* ${line(item.wordedFor)}.`, '']),
            ...item.examples.flatMap((e) => [`   *${line(e.label)}:* ${line(e.text)}`, '']),
            ...(item.because.length > 0 ? [`   *Why here:* ${line(item.because.join('; '))}.`, ''] : []),
            `   *Cited:* ${cited}.`,
          ].join('\n');
        });
        const institutions =
          group.institutions.length === 0 ? [] : [['*Institutions that could help:*', '', ...group.institutions.map((i) => `- ${line(i)}`)].join('\n')];
        return [heading, ...items, ...institutions].join('\n\n');
      })
      .join('\n\n');
  }

  actions(b: ActionsBlock): string {
    const items = b.items.map((item, i) => `${i + 1}. ${line(item.text)}\n   *Why:* ${line(item.why)}`);
    return [`**${line(b.title)}**`, items.join('\n')].join('\n\n');
  }

  finding(b: FindingBlock): string {
    const quotes = b.quotes.map((q) => `> ${line(q.lead)}: ${q.passages.map((p) => `“${line(p.quote)}”${this.refs(p.notes)}`).join(' … ')}`);
    return [`**${line(b.title)}.** ${line(b.text)}`, ...quotes].join('\n\n');
  }

  block(b: Block, level: number): string {
    switch (b.kind) {
      case 'actions':
        return this.actions(b);
      case 'finding':
        return this.finding(b);
      case 'paragraph':
        return md(b.text);
      case 'list':
        return b.items.map((item) => `- ${line(item)}`).join('\n');
      case 'table':
        return this.table(b);
      case 'chart': {
        this.charts++;
        // The tables beside a chart cite its evidence already; only notes the chart is first to use are given.
        const fresh = b.notes.filter((n) => !this.cited.has(n));
        return `*Chart ${this.charts}. ${line(b.caption)}: drawn in the HTML and PDF versions of this report.*${this.refs(fresh)}`;
      }
      case 'recommendations':
        return this.recommendations(b, level + 1);
    }
  }

  section(s: Section, number: string, level: number): string {
    const parts = [`${'#'.repeat(Math.min(level, 6))} ${number} ${line(s.heading)}`, ...s.blocks.map((b) => this.block(b, level))];
    s.subsections.forEach((sub, i) => parts.push(this.section(sub, `${number.replace(/\.$/, '')}.${i + 1}`, level + 1)));
    return parts.join('\n\n');
  }
}

/** The whole report as Markdown. */
export function renderMarkdown(doc: ReportDocument): string {
  const r = new Renderer();
  const parts = [
    `# ${line(doc.title)}`,
    `*${line(doc.subtitle)} · generated on ${line(doc.generatedOn)} by Foothold*`,
    ...doc.sections.map((s, i) => r.section(s, `${i + 1}.`, 2)),
    `## ${doc.sections.length + 1}. Evidence notes`,
    ...(doc.sources.length === 0
      ? []
      : [
          'The notes quote these sources:',
          doc.sources.map((s) => `- ${line(s.text)} (${s.notes.length === 1 ? 'one note' : `${s.notes.length} notes`})`).join('\n'),
        ]),
    doc.footnotes.length === 0
      ? 'No evidence segments are cited.'
      : doc.footnotes.map((f) => `[^${f.number}]: ${f.where === undefined ? line(f.quote) : `${line(f.where)}: “${line(f.quote)}”`}`).join('\n'),
  ];
  return parts.join('\n\n') + '\n';
}
