/**
 * The transcript turn by turn: who speaks, the text with its coded passages highlighted (each piece
 * an element carrying the code point it starts at, so a mouse selection maps back to the stored
 * text exactly), a "Code this turn" button for the keyboard, and the turn's segments in the margin.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import type { Segment, Versioned } from '../api';
import { selectedSpan } from '../dom-selection';
import { layerStyle, piecesOf, type Layer } from '../highlight-layers';
import type { Span } from '../selection-span';
import { sliceWith, type TextBlock } from '../transcript-blocks';
import { blockLabel } from '../transcript-view';
import { SegmentMargin, type MarginActions } from './segment-margin';

/** How long a selection must rest before the panel follows it, so that dragging does not re-render on every move. */
const SETTLE_MS = 120;

interface TextProps {
  text: string;
  table: Uint32Array;
  blocks: readonly TextBlock[];
  highlights: readonly Layer[];
  byBlock: readonly (readonly Versioned<Segment>[])[];
  names: ReadonlyMap<string, string>;
  colours: ReadonlyMap<string, string>;
  actions: MarginActions;
  /** Text was selected with the mouse (or any other way the document's selection changes). */
  onSelect: (span: Span) => void;
  /** Opens the coding panel on a turn; undefined when the user's role may not code (no "Code this turn" button). */
  onCodeTurn: ((block: TextBlock, from: HTMLElement) => void) | undefined;
}

/** "turn 3 (IA1)", for the names of a turn's button and margin. */
function turnName(block: TextBlock, index: number): string {
  const label = blockLabel(block);
  return `${block.kind === 'turn' ? 'turn' : 'paragraph'} ${index + 1}${label === '' ? '' : ` (${label})`}`;
}

const BlockText = memo(function BlockText({
  text,
  table,
  block,
  highlights,
}: {
  text: string;
  table: Uint32Array;
  block: TextBlock;
  highlights: readonly Layer[];
}) {
  const pieces = piecesOf(block, highlights);
  return (
    <p className="turn-text">
      {pieces.map((p) => {
        const words = sliceWith(text, table, p.start, p.end);
        const style = layerStyle(p.layers);
        return style === undefined ? (
          <span key={p.start} data-start={p.start}>
            {words}
          </span>
        ) : (
          <mark key={p.start} data-start={p.start} style={style}>
            {words}
          </mark>
        );
      })}
    </p>
  );
});

export function TranscriptText({ text, table, blocks, highlights, byBlock, names, colours, actions, onSelect, onCodeTurn }: TextProps) {
  const root = useRef<HTMLOListElement>(null);
  const latest = useRef(onSelect);
  useEffect(() => {
    latest.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const element = root.current;
        const span = element === null ? undefined : selectedSpan(element, text);
        if (span !== undefined) latest.current(span);
      }, SETTLE_MS);
    };
    document.addEventListener('selectionchange', follow);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', follow);
    };
  }, [text]);

  // Each block is given only the highlights over it: cutting a turn into pieces then looks at a few segments, not all.
  const perBlock = useMemo(() => blocks.map((b) => highlights.filter((h) => h.start < b.end && h.end > b.start)), [blocks, highlights]);

  return (
    <ol className="transcript" ref={root} aria-label="Transcript, turn by turn">
      {blocks.map((block, i) => {
        const name = turnName(block, i);
        const label = blockLabel(block);
        return (
          <li key={block.start} className={`turn turn-${block.kind}`}>
            <p className="turn-who">{label === '' ? <span className="visually-hidden">{name}</span> : label}</p>
            <BlockText text={text} table={table} block={block} highlights={perBlock[i] ?? []} />
            <div className="turn-margin">
              {onCodeTurn === undefined ? null : (
                <button type="button" className="code-turn" onClick={(e) => onCodeTurn(block, e.currentTarget)}>
                  Code this {block.kind === 'turn' ? 'turn' : 'paragraph'}
                  <span className="visually-hidden"> ({name})</span>
                </button>
              )}
              <SegmentMargin segments={byBlock[i] ?? []} label={name} names={names} colours={colours} actions={actions} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
