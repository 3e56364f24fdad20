/** The country-of-origin checklist of a firm in a report: one row per market, one column per measure. */
import { ORIGIN_MEASURE_LABELS } from '../analysis/origin-checklist.js';
import { ORIGIN_MEASURES, type MitigationStatus } from '../model/index.js';
import { cell, type BuildContext, type ReportFirm } from './context.js';
import { count, paragraph } from './prose.js';
import type { Block } from './types.js';

const STATUS_WORDS: Record<MitigationStatus, string> = { to_do: 'To do', in_progress: 'In progress', done: 'Done', not_needed: 'Not needed' };

/** A firm's checklists as one table, or nothing when no market calls for one. */
export function originChecklistParts(ctx: BuildContext, firm: ReportFirm, index: number): Block[] {
  const lists = firm.analysis.originChecklists;
  if (lists.length === 0) return [];
  return [
    paragraph(
      `Buyers may trust ${firm.name} less for where it comes from: the country-of-origin effect. The thesis (§5.2, pp. 83–84) proposes four measures against it — branding, certification, third-party validation of the product, and partnerships with internationally reputable brands. Below, where each stands in ${count(lists.length, 'market')} where the firm expects the effect or keeps a checklist; open measures are steps of the action plan.`,
    ),
    {
      kind: 'table',
      id: `table-origin-${index}`,
      caption: `Country-of-origin checklist — ${firm.name}`,
      columns: [{ label: 'Market' }, ...ORIGIN_MEASURES.map((m) => ({ label: ORIGIN_MEASURE_LABELS[m] })), { label: 'Settled' }],
      rows: lists.map((list) => [
        cell(list.place, [], list.level === undefined ? {} : { sub: `rated ${list.level}` }),
        ...list.items.map((item) =>
          cell(STATUS_WORDS[item.status], ctx.notes.cite(firm.id, item.evidence), {
            ...(item.note === undefined && item.due === undefined
              ? {}
              : { sub: [item.note, item.due === undefined ? undefined : `due ${item.due}`].filter((x) => x !== undefined).join('; ') }),
          }),
        ),
        cell(`${list.settled} of ${list.items.length}`),
      ]),
      differs: [],
      note: '“To do” includes measures the market’s checklist does not list yet. Settled: done or not needed.',
    },
  ];
}
