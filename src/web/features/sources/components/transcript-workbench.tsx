/**
 * Where a transcript is coded: the codebook (folded), "Select precisely", the text with its margin,
 * the source's segments that have no place in this text, and the coding panel — opened by a mouse
 * selection (without taking the focus, so the selection can still be adjusted), by a turn's button
 * or by the precise textarea (taking the focus, and giving it back when the panel closes).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useToasts } from '../../../components/toast';
import { ApiError, isStale } from '../../../lib/api';
import { useCan } from '../../../lib/session';
import { listKey, type CodebookEntry, type Segment, type Transcript, type Versioned } from '../api';
import { useDeleteSegment, useRestoreSegment } from '../coding-api';
import { codeColours, codeNames } from '../codebook-view';
import { assignLanes } from '../highlight-layers';
import { trimmedSpan, type Span } from '../selection-span';
import { codePointTable, transcriptBlocks, type TextBlock } from '../transcript-blocks';
import { highlightsOf, quoteStart, segmentsByBlock } from '../transcript-view';
import { CodebookSection } from './codebook-section';
import { CodingPanel, type PanelTarget } from './coding-panel';
import { PreciseSelect } from './precise-select';
import { SegmentMargin } from './segment-margin';
import { TranscriptText } from './transcript-text';

interface OpenPanel {
  target: PanelTarget;
  takeFocus: boolean;
  /** Where the focus goes back to when the panel closes. */
  returnTo: HTMLElement | undefined;
  /** A new key starts the panel afresh; a mouse selection moved while coding keeps the codes chosen. */
  key: number;
}

interface WorkbenchProps {
  workspace: string;
  firmId: string;
  transcript: Transcript;
  segments: readonly Versioned<Segment>[];
  codebook: readonly CodebookEntry[];
  /** Ids of the case's other records known here (sources, transcripts), which a new segment's id must not take. */
  otherIds: readonly string[];
}

export function TranscriptWorkbench({ workspace, firmId, transcript, segments, codebook, otherIds }: WorkbenchProps) {
  const client = useQueryClient();
  const toasts = useToasts();
  const remove = useDeleteSegment(workspace, firmId);
  const restore = useRestoreSegment(workspace, firmId);
  // A role that may not write reads the text and its segments; nothing opens the coding panel.
  const canCode = useCan('write', workspace);
  const canDelete = useCan('delete', workspace);
  const [panel, setPanel] = useState<OpenPanel | undefined>(undefined);
  const [precise, setPrecise] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [deleting, setDeleting] = useState<string | undefined>(undefined);
  const keys = useRef(0);

  const { text } = transcript;
  const table = useMemo(() => codePointTable(text), [text]);
  const blocks = useMemo(() => transcriptBlocks(text, transcript.turns, table), [text, transcript.turns, table]);
  const names = useMemo(() => codeNames(codebook), [codebook]);
  const colours = useMemo(() => codeColours(codebook), [codebook]);
  const records = useMemo(() => segments.map((s) => s.record), [segments]);
  const highlights = useMemo(() => assignLanes(highlightsOf(records, transcript.id, colours)), [records, transcript.id, colours]);
  const margin = useMemo(() => {
    const versions = new Map(segments.map((s) => [s.record.id, s]));
    const groups = segmentsByBlock(blocks, records, transcript.id, transcript.source);
    const versioned = (list: readonly Segment[]) => list.flatMap((s) => versions.get(s.id) ?? []);
    return { byBlock: groups.byBlock.map(versioned), elsewhere: versioned(groups.elsewhere) };
  }, [segments, records, blocks, transcript.id, transcript.source]);
  const taken = useMemo(() => new Set([...records.map((s) => s.id), ...codebook.map((c) => c.id), ...otherIds]), [records, codebook, otherIds]);

  const open = (target: PanelTarget, from: HTMLElement) => setPanel({ target, takeFocus: true, returnTo: from, key: ++keys.current });
  const onSelect = useCallback(
    (span: Span) => {
      if (!canCode) return;
      setPanel((current) => {
        if (current?.target.kind === 'edit') return current;
        return { target: { kind: 'new', span }, takeFocus: false, returnTo: current?.returnTo, key: current?.key ?? ++keys.current };
      });
    },
    [canCode],
  );
  const close = () => {
    const back = panel?.returnTo;
    setPanel(undefined);
    // A selection left in the text would open the panel again at the next selection change.
    const selection = document.getSelection();
    if (selection !== null && selection.rangeCount > 0 && selection.getRangeAt(0).intersectsNode(document.querySelector('.transcript') ?? document.body))
      selection.removeAllRanges();
    if (back?.isConnected === true) back.focus();
  };
  const stale = (message: string) => {
    setPanel(undefined);
    setNotice(message);
    void client.invalidateQueries({ queryKey: listKey(workspace, firmId, 'segment-list') });
  };

  const actions = {
    deleting,
    canEdit: canCode,
    canDelete,
    onEdit: (segment: Versioned<Segment>, from: HTMLElement) => open({ kind: 'edit', segment }, from),
    onDelete: (current: Versioned<Segment>) => {
      const what = `“${quoteStart(current.record.quote, 40)}”`;
      setDeleting(current.record.id);
      setNotice(undefined);
      remove.mutate(current, {
        onSuccess: () => {
          if (panel?.target.kind === 'edit' && panel.target.segment.record.id === current.record.id) setPanel(undefined);
          toasts.show(`Deleted the segment ${what}.`, {
            label: 'Undo',
            run: () =>
              restore.mutate(current.record, {
                onSuccess: () => toasts.show(`Restored the segment ${what}.`),
                onError: (err) => toasts.show(`The segment ${what} could not be restored: ${err.message}`),
              }),
          });
        },
        onError: (err) => {
          if (isStale(err))
            stale(`Someone else changed the segment ${what} since it was loaded, so it was not deleted. The transcript now shows it as stored.`);
          else setNotice(err instanceof ApiError ? err.message : String(err));
        },
        onSettled: () => setDeleting(undefined),
      });
    },
  };

  const codeTurn = (block: TextBlock, from: HTMLElement) => {
    const span = trimmedSpan(text, block.start, block.end);
    if (span !== undefined) open({ kind: 'new', span }, from);
  };

  return (
    <div className={panel === undefined ? 'transcript-workbench' : 'transcript-workbench with-panel'}>
      <div className="transcript-main">
        <CodebookSection workspace={workspace} firmId={firmId} collapsible />
        {canCode ? (
          <div className="transcript-tools">
            <button type="button" aria-pressed={precise} onClick={() => setPrecise(!precise)}>
              Select precisely
            </button>
          </div>
        ) : null}
        {canCode && precise ? <PreciseSelect text={text} onCode={(span, from) => open({ kind: 'new', span }, from)} /> : null}
        {notice === undefined ? null : (
          <div className="conflict" role="alert">
            <p>{notice}</p>
            <button type="button" onClick={() => setNotice(undefined)}>
              Dismiss
            </button>
          </div>
        )}
        <TranscriptText
          text={text}
          table={table}
          blocks={blocks}
          highlights={highlights}
          byBlock={margin.byBlock}
          names={names}
          colours={colours}
          actions={actions}
          onSelect={onSelect}
          onCodeTurn={canCode ? codeTurn : undefined}
        />
        {margin.elsewhere.length === 0 ? null : (
          <section className="panel" aria-labelledby="elsewhere-heading">
            <h2 id="elsewhere-heading">Other segments from this source</h2>
            <p className="quiet">Quoted from the source with a location, but not placed in this text.</p>
            <SegmentMargin segments={margin.elsewhere} label="this source, outside the text" names={names} colours={colours} actions={actions} />
          </section>
        )}
      </div>
      {panel === undefined ? null : (
        <CodingPanel
          key={panel.key}
          workspace={workspace}
          firmId={firmId}
          transcript={transcript}
          codebook={codebook}
          target={panel.target}
          takenIds={taken}
          takeFocus={panel.takeFocus}
          onClose={close}
          onStale={stale}
        />
      )}
    </div>
  );
}
