/**
 * The transcript span a DOM selection covers. The view renders the text in pieces, each an element
 * with `data-start` (the code point it starts at) holding nothing but its text; a boundary inside a
 * piece's text counts code points from the piece's start. A boundary elsewhere (between pieces, on
 * a speaker's name, in the margin) moves to the nearest piece inside the selection: the first piece
 * starting at or after it for the start, the last piece ending at or before it for the end.
 */
import { codePointLength } from '../../../core/evidence/code-points';
import { pointInText, trimmedSpan, type Span } from './selection-span';

const PIECE = '[data-start]';

/** The span of the first range of the document's selection inside `root`, trimmed; undefined when it selects no text of it. */
export function selectedSpan(root: HTMLElement, text: string): Span | undefined {
  const selection = root.ownerDocument.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return undefined;
  const start = boundary(root, range.startContainer, range.startOffset, 'start');
  const end = boundary(root, range.endContainer, range.endOffset, 'end');
  if (start === undefined || end === undefined || end <= start) return undefined;
  return trimmedSpan(text, start, end);
}

function boundary(root: HTMLElement, node: Node, offset: number, edge: 'start' | 'end'): number | undefined {
  const piece = node.nodeType === node.TEXT_NODE ? node.parentElement?.closest<HTMLElement>(PIECE) : undefined;
  if (piece !== null && piece !== undefined && root.contains(piece)) {
    // Units of the piece's text before the boundary (a piece holds one text node; more are summed all the same).
    let before = offset;
    for (const child of piece.childNodes) {
      if (child === node) break;
      before += child.textContent?.length ?? 0;
    }
    return startOf(piece) + pointInText(piece.textContent ?? '', before, edge);
  }
  return nearestPiece(root, node, offset, edge);
}

function nearestPiece(root: HTMLElement, node: Node, offset: number, edge: 'start' | 'end'): number | undefined {
  const pieces = [...root.querySelectorAll<HTMLElement>(PIECE)];
  const point = root.ownerDocument.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  // comparePoint: -1 when the point given lies before the collapsed range, 1 after it.
  const after = (p: HTMLElement) => point.comparePoint(p, 0) >= 0;
  const endsBefore = (p: HTMLElement) => point.comparePoint(p, p.childNodes.length) <= 0;
  if (edge === 'start') {
    const first = firstIndex(pieces, after);
    const piece = pieces[first];
    return piece === undefined ? undefined : startOf(piece);
  }
  const last = firstIndex(pieces, (p) => !endsBefore(p)) - 1;
  const piece = pieces[last];
  return piece === undefined ? undefined : startOf(piece) + codePointLength(piece.textContent ?? '');
}

/** The first index whose piece passes the test, the pieces being in document order (the test turns true once and stays so). */
function firstIndex(pieces: readonly HTMLElement[], test: (p: HTMLElement) => boolean): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(pieces[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function startOf(piece: HTMLElement): number {
  return Number(piece.dataset['start'] ?? '0');
}
