/**
 * A report document (a firm's or a cross-case one) rendered in the page: the same sections, tables,
 * charts, recommendations and numbered evidence notes as the downloadable report.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { ChartView } from './chart-view';
import { HeatmapDetail } from './heatmap-detail';
import type { HeatmapChoice } from './heatmap';
import { NotePrefix, NoteRefs } from './notes';
import { TableView } from './table-view';
import type { Block, Footnote, ReportDocument, Section } from './types';

function BlockView({
  block,
  level,
  selected,
  onSelect,
  detail,
}: {
  block: Block;
  level: number;
  selected: { chartId: string; choice: HeatmapChoice } | undefined;
  onSelect: (chartId: string, choice: HeatmapChoice) => void;
  detail: (chartId: string) => ReactNode;
}) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i} id={block.ids?.[i]}>
              {item}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <TableView table={block} />;
    case 'chart':
      return (
        <>
          <ChartView
            block={block}
            events={{ selectedCell: selected?.chartId === block.id ? selected.choice : undefined, onCellSelect: (choice) => onSelect(block.id, choice) }}
          />
          {detail(block.id)}
        </>
      );
    case 'actions':
      return (
        <div className="plan">
          <p className="lead-in">{block.title}</p>
          <ol className="plan-steps">
            {block.items.map((item, i) => (
              <li key={i}>
                <p className="step">{item.text}</p>
                <p className="why">
                  <span className="tag">Why</span> {item.why}
                </p>
              </li>
            ))}
          </ol>
        </div>
      );
    case 'finding':
      return (
        <div className="finding">
          <p>
            <strong>{block.title}.</strong> {block.text}
          </p>
          {block.quotes.map((q, i) => (
            <blockquote key={i}>
              <p>
                <span className="quiet">{q.lead}:</span>{' '}
                {q.passages.map((p, j) => (
                  <span key={j}>
                    {j > 0 ? ' … ' : null}
                    <q>{p.quote}</q>
                    <NoteRefs notes={p.notes} />
                  </span>
                ))}
              </p>
            </blockquote>
          ))}
        </div>
      );
    case 'recommendations': {
      const H = `h${Math.min(level + 1, 6)}` as 'h3';
      return (
        <>
          {block.groups.map((group, g) => (
            <div className="rec-group" key={g}>
              <H>
                {group.heading}
                <NoteRefs notes={group.notes} />
              </H>
              <ol className="recs">
                {group.items.map((item, i) => (
                  <li key={i} className="rec">
                    <p className="rec-title">{item.title}</p>
                    <p>{item.rationale}</p>
                    <ul>
                      {item.actions.map((a, k) => (
                        <li key={k}>{a}</li>
                      ))}
                    </ul>
                    {item.tiesUsed.length > 0 ? (
                      <p className="why">
                        <span className="tag">Your ties it uses</span> {item.tiesUsed.join('; ')}.
                      </p>
                    ) : null}
                    {item.because.length > 0 ? (
                      <p className="why">
                        <span className="tag">Why here</span> {item.because.join('; ')}.
                      </p>
                    ) : null}
                    <p className="why">
                      <span className="tag">Cited</span>{' '}
                      {item.citations.map((c, k) => (
                        <span key={k}>
                          {k > 0 ? '; ' : null}
                          {c.work} <span className="quiet">({c.where})</span>
                        </span>
                      ))}
                      .
                    </p>
                  </li>
                ))}
              </ol>
              {group.institutions.length > 0 ? (
                <>
                  <p className="why">
                    <span className="tag">Institutions that could help</span>
                  </p>
                  <ul className="institutions">
                    {group.institutions.map((text, k) => (
                      <li key={k}>{text}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ))}
        </>
      );
    }
  }
}

/** The heading level a section gets: sections under the page's h1 start at h2. */
function SectionView({ section, level, ...rest }: { section: Section; level: number } & Omit<Parameters<typeof BlockView>[0], 'block' | 'level'>) {
  const H = `h${Math.min(level, 6)}` as 'h2';
  return (
    <section id={section.id} aria-labelledby={`${section.id}-heading`} className={`doc-section level-${level}`}>
      <H id={`${section.id}-heading`}>{section.heading}</H>
      {section.blocks.map((b, i) => (
        <BlockView key={i} block={b} level={level} {...rest} />
      ))}
      {section.subsections.map((s) => (
        <SectionView key={s.id} section={s} level={level + 1} {...rest} />
      ))}
    </section>
  );
}

export function Footnotes({ doc, prefix }: { doc: ReportDocument; prefix: string }) {
  if (doc.footnotes.length === 0) return null;
  return (
    <section className="doc-section level-2 footnotes" aria-labelledby={`${prefix}-notes-heading`}>
      <h2 id={`${prefix}-notes-heading`}>Evidence notes</h2>
      <ol>
        {doc.footnotes.map((f) => (
          <li key={f.number} id={`${prefix}-fn-${f.number}`} value={f.number}>
            {f.where === undefined ? null : <span className="quiet">{f.where}: </span>}
            <q>{f.quote}</q>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function useFootnoteIndex(doc: ReportDocument | undefined): ReadonlyMap<number, Footnote> {
  return useMemo(() => new Map((doc?.footnotes ?? []).map((f) => [f.number, f])), [doc]);
}

/** Blocks outside any section (the action plan on the dashboard), with their notes pointing into `prefix`'s notes. */
export function Blocks({ blocks, prefix }: { blocks: readonly Block[]; prefix: string }) {
  return (
    <NotePrefix.Provider value={prefix}>
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} level={2} selected={undefined} onSelect={() => {}} detail={() => null} />
      ))}
    </NotePrefix.Provider>
  );
}

/** The document's sections (those `only` names, in that order, or all), leaving out blocks of the `omit` kinds. */
export function DocumentView({
  doc,
  prefix,
  only,
  omit = [],
}: {
  doc: ReportDocument;
  prefix: string;
  only?: readonly string[];
  omit?: readonly Block['kind'][];
}) {
  const [selected, setSelected] = useState<{ chartId: string; choice: HeatmapChoice } | undefined>(undefined);
  const footnotes = useFootnoteIndex(doc);
  const strip = (s: Section): Section => ({ ...s, blocks: s.blocks.filter((b) => !omit.includes(b.kind)), subsections: s.subsections.map(strip) });
  const chosen = only === undefined ? doc.sections : only.flatMap((id) => doc.sections.filter((s) => s.id === id));
  const sections = chosen.map(strip);
  const detail = (chartId: string) =>
    selected?.chartId === chartId ? <HeatmapDetail choice={selected.choice} footnotes={footnotes} onClose={() => setSelected(undefined)} /> : null;
  return (
    <NotePrefix.Provider value={prefix}>
      {sections.map((s) => (
        <SectionView key={s.id} section={s} level={2} selected={selected} onSelect={(chartId, choice) => setSelected({ chartId, choice })} detail={detail} />
      ))}
    </NotePrefix.Provider>
  );
}
