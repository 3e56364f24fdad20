/**
 * The analysis parts of a report on one firm: its utilization heatmap with the recorded levels
 * beside the suggested ones and how far the two agree, then its gaps and blind spots. Each returns
 * blocks; sentences are written from the data.
 */
import { agreementMeaning, SUGGESTED_UTILIZATION_MEANING } from '../analysis/explain.js';
import { NETWORK_TYPES } from '../model/index.js';
import {
  NETWORK_TYPE_LABELS,
  NETWORK_TYPE_SHORT,
  cell,
  challengeCell,
  challengeLabelOf,
  utilizationCell,
  type BuildContext,
  type ReportFirm,
} from './context.js';
import { allNotes } from './footnotes.js';
import { heatmapRows } from './heatmap-cells.js';
import { count, joinList, joinNames, kappa, lowerFirst, numberWord, NumberWord, paragraph, percent } from './prose.js';
import type { Block, Cell, ChartBlock, TableBlock } from './types.js';

/** The challenges a firm's utilization is shown for: every one rated or with recorded cells, in table order. */
function utilizationRows(firm: ReportFirm): string[] {
  return [...new Set([...Object.keys(firm.analysis.suggestedUtilization), ...Object.keys(firm.analysis.utilization)])];
}

/** Heatmap, recorded-vs-suggested table and agreement for one firm. */
export function utilizationParts(ctx: BuildContext, firm: ReportFirm, index: number): Block[] {
  const a = firm.analysis;
  const challenges = utilizationRows(firm);
  if (challenges.length === 0) return [paragraph(`${firm.name} has no challenges rated and no utilization recorded yet, so there is no matrix to show.`)];
  const heatRows = heatmapRows(ctx, firm, challenges);
  const chart: ChartBlock = {
    kind: 'chart',
    id: `chart-heatmap-${index}`,
    caption: `Utilization heatmap — ${firm.name}`,
    chart: { type: 'utilization-heatmap', firm: firm.name, rows: heatRows },
    notes: allNotes(...heatRows.flatMap((r) => r.cells.map((c) => c.notes))),
  };
  // Built after the heatmap and shown after it, so notes are numbered in reading order.
  const rows: Cell[][] = challenges.map((challenge) => [
    cell(challengeLabelOf(firm, challenge)),
    ...NETWORK_TYPES.map((t) => {
      const recorded = a.utilization[challenge]?.[t];
      const suggestedCell = a.suggestedUtilization[challenge]?.[t];
      const suggested = suggestedCell?.level;
      const notes = allNotes(
        recorded === undefined ? [] : ctx.notes.cite(firm.id, recorded.evidence),
        ctx.notes.citeRecords(firm.id, suggestedCell?.ties ?? []),
      );
      const sub = suggested === undefined ? undefined : recorded !== undefined && suggested === recorded.level ? 'suggested: same' : `suggested: ${suggested}`;
      return utilizationCell(recorded?.level, notes, sub);
    }),
  ]);
  const table: TableBlock = {
    kind: 'table',
    id: `table-utilization-${index}`,
    caption: `Recorded and suggested utilization — ${firm.name}`,
    columns: [{ label: 'Challenge' }, ...NETWORK_TYPES.map((t) => ({ label: NETWORK_TYPE_LABELS[t], short: NETWORK_TYPE_SHORT[t] }))],
    rows,
    differs: [],
    note: `The level the analyst recorded, with the level the firm’s ties suggest under it; “—” where nothing was recorded. ${SUGGESTED_UTILIZATION_MEANING}`,
  };

  return [chart, table, paragraph(agreementSentence(firm))];
}

function agreementSentence(firm: ReportFirm): string {
  const ag = firm.analysis.agreement;
  if (ag.n === 0) return `The analyst has recorded no utilization levels for ${firm.name}, so the levels its ties suggest stand alone; gaps use them.`;
  const equal = ag.cells.filter((c) => c.distance === 0).length;
  const far = ag.cells.filter((c) => c.distance >= 2).length;
  const kw =
    ag.weightedKappa === undefined ? 'the weighted kappa cannot be computed (one side uses a single level only)' : `weighted kappa ${kappa(ag.weightedKappa)}`;
  return (
    `Of the ${count(ag.n, 'cell')} the analyst recorded for ${firm.name}, ${numberWord(equal)} (${percent(ag.percentAgreement ?? 0)}) equal the level its ties suggest; ${kw}.` +
    (far > 0 ? ` In ${count(far, 'cell')} the two are two or more steps apart.` : '') +
    ` ${agreementMeaning(ag)}`
  );
}

/** Gaps and blind spots of one firm. */
export function gapParts(ctx: BuildContext, firm: ReportFirm, index: number): Block[] {
  const a = firm.analysis;
  const blocks: Block[] = [];
  const highOrMedium = a.challenges.filter((r) => r.market === undefined && (r.level === 'High' || r.level === 'Medium'));
  if (a.gaps.length === 0) {
    blocks.push(
      paragraph(
        highOrMedium.length === 0
          ? `${firm.name} has no gaps: it rates no challenge High or Medium.`
          : `${firm.name} has no gaps: every network type is used at a Moderate or High level against each challenge it rates High or Medium.`,
      ),
    );
  } else {
    const worst = a.gaps.filter((g) => g.severity === 4);
    const coo = a.gaps.filter((g) => g.countryOfOriginFlag).length;
    blocks.push(
      paragraph(
        `${firm.name} has ${count(a.gaps.length, 'gap')}: challenges it rates High or Medium met by a network type that is not used or used little.` +
          (worst.length > 0
            ? ` ${NumberWord(worst.length)} ${worst.length === 1 ? 'is' : 'are'} of the worst kind, a High challenge met by a network type not used at all.`
            : '') +
          (coo > 0 ? ` ${NumberWord(coo)} concern${coo === 1 ? 's' : ''} the country-of-origin effect of a firm from an emerging or developing economy.` : ''),
      ),
    );
    const rows = a.gaps.map((g) => [
      cell(challengeLabelOf(firm, g.challenge), [], g.countryOfOriginFlag ? { sub: 'firm from an emerging or developing economy' } : {}),
      challengeCell(g.challengeLevel, []),
      cell(NETWORK_TYPE_LABELS[g.networkType]),
      utilizationCell(g.utilization, ctx.notes.cite(firm.id, g.evidence), g.utilizationBasis === 'suggested' ? 'suggested (not recorded)' : 'recorded'),
      cell(String(g.severity)),
    ]);
    blocks.push({
      kind: 'table',
      id: `table-gaps-${index}`,
      caption: `Gaps — ${firm.name}`,
      columns: ['Challenge', 'Level', 'Network type', 'Utilization', 'Severity'].map((label) => ({ label })),
      rows,
      differs: [],
      note: 'Severity: 2 for a High challenge or 1 for Medium, times 2 for a network type not used or 1 for Low use; worst first.',
    });
  }
  if (a.blindSpots.length === 0) {
    blocks.push(paragraph(`${firm.name} has no blind spots: no challenge is rated Unknown.`));
  } else {
    blocks.push(
      paragraph(
        `${firm.name} has ${count(a.blindSpots.length, 'blind spot')}: ${joinList(a.blindSpots.map((b) => lowerFirst(b.label)))} ${a.blindSpots.length === 1 ? 'is' : 'are'} rated Unknown. For each, what to find out and whom in its network to ask: its strongest live ties of the network types that could tell.`,
      ),
    );
    blocks.push({
      kind: 'table',
      id: `table-blind-spots-${index}`,
      caption: `Blind spots — ${firm.name}`,
      columns: ['Challenge', 'Level', 'What to find out', 'Whom to ask'].map((label) => ({ label })),
      rows: a.blindSpots.map((b) => [
        cell(b.label),
        challengeCell('Unknown', ctx.notes.cite(firm.id, b.evidence)),
        cell(`${b.findOut.charAt(0).toUpperCase()}${b.findOut.slice(1)}`),
        cell(
          b.ask.length === 0
            ? `No live tie yet of the types that could tell (${joinList(b.networkTypesThatCouldTell.map((t) => lowerFirst(NETWORK_TYPE_SHORT[t])))}): ask people who know the market`
            : joinNames(b.ask.map((t) => t.actorName)),
          [],
          { sub: `${joinList(b.networkTypesThatCouldTell.map((t) => lowerFirst(NETWORK_TYPE_SHORT[t])))} ties could tell` },
        ),
      ]),
      differs: [],
    });
  }
  return blocks;
}
