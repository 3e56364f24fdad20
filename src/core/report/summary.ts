/**
 * The executive summary that opens a report, on one page: for each firm the action plan's first
 * steps with why each matters, then the key findings in a few sentences; for several firms, how
 * their challenge ratings compare. Everything in it is worked out in full further on.
 */
import { THESIS_CHALLENGE_CATEGORIES, type CrossCaseComparison, type PlanAction } from '../analysis/index.js';
import type { BuildContext, ReportFirm } from './context.js';
import { countryOfOriginPhrase, differenceSentences, originShort, pathwayOf } from './findings.js';
import { count, joinList, lowerFirst, numberWord, paragraph } from './prose.js';
import { relianceHeadline, relianceOf } from './reliance.js';
import { firmWithOrigin, joinAppositives } from './sentences.js';
import type { Block, Section } from './types.js';

function highOrMedium(firm: ReportFirm, categories: readonly string[]): number {
  return firm.analysis.challenges.filter((r) => r.market === undefined && categories.includes(r.category) && (r.level === 'High' || r.level === 'Medium'))
    .length;
}

/** "It rates six of its seven challenges High or Medium." */
function challengesLine(firm: ReportFirm): string {
  const rated = firm.analysis.challenges.filter((r) => r.market === undefined);
  if (rated.length === 0) return 'It has not rated any challenge yet.';
  const n = highOrMedium(
    firm,
    rated.map((r) => r.category),
  );
  const unknown = rated.filter((r) => r.level === 'Unknown').length;
  if (unknown === rated.length)
    return `It has not yet assessed ${rated.length === 1 ? 'its one challenge: it is' : `any of its ${count(rated.length, 'challenge')}: all are`} Unknown.`;
  return `It rates ${n === 0 ? 'none' : numberWord(n)} of its ${count(rated.length, 'challenge')} High or Medium${unknown === 0 ? '' : ` (${numberWord(unknown)} ${unknown === 1 ? 'is' : 'are'} Unknown)`}.`;
}

/** The key findings of one firm in a few sentences. */
function keyFindings(ctx: BuildContext, firm: ReportFirm): string {
  const a = firm.analysis;
  const pathway = pathwayOf(firm);

  return [
    `${relianceHeadline(firm.name, relianceOf(firm))}.`,
    pathway === undefined
      ? `From ${originShort(ctx, firm)}, with no pathway recorded; ${countryOfOriginPhrase(firm)}.`
      : `${pathway.what.charAt(0).toUpperCase()}${pathway.what.slice(1)} from ${originShort(ctx, firm)}${pathway.when === undefined ? '' : `, ${pathway.when}`}; ${countryOfOriginPhrase(firm)}.`,
    challengesLine(firm),
    `The analysis finds ${count(a.gaps.length, 'gap')} and ${count(a.blindSpots.length, 'blind spot')}; the knowledge base offers ${count(a.recommendations.length, 'recommendation')}.`,
  ].join(' ');
}

/**
 * Why a step matters, without the closing list of the ties it starts from when the step names them
 * already ("…; it starts from a tie you already have (LinkedIn)." → "…; it starts from a tie you
 * already have."): the summary has one page.
 */
function shortWhy(action: PlanAction): string {
  const names = action.tiesUsed.map((t) => t.actorName);
  const list = ` (${names.join(', ')}).`;
  return names.length > 0 && action.why.endsWith(list) && names.every((n) => action.text.includes(n)) ? `${action.why.slice(0, -list.length)}.` : action.why;
}

/** The firm's first steps, why each, and where the rest are. */
function firmSummary(ctx: BuildContext, firm: ReportFirm): Block[] {
  const plan = firm.analysis.actionPlan;
  const blocks: Block[] = [];
  if (plan.top.length === 0) {
    blocks.push(paragraph('Nothing to do yet: no gaps or blind spots were found (rate challenges and record ties to get advice).'));
  } else {
    blocks.push({ kind: 'actions', title: 'What to do first', items: plan.top.map((p) => ({ text: p.text, why: shortWhy(p) })) });
    const rest = plan.byChallenge.reduce((n, g) => n + g.actions.length, 0);
    if (rest > 0) {
      const more = count(rest, 'more action');
      blocks.push(
        paragraph(
          `${more.charAt(0).toUpperCase()}${more.slice(1)} for ${count(plan.byChallenge.length, 'challenge')} follow under Recommendations and Gaps and blind spots.`,
        ),
      );
    }
  }
  blocks.push({ kind: 'finding', title: 'Key findings', text: keyFindings(ctx, firm), quotes: [] });
  return blocks;
}

/** How the firms rate the thesis's six challenge categories, side by side. */
function challengeComparison(ctx: BuildContext, cmp: CrossCaseComparison): string {
  const thesisSix = THESIS_CHALLENGE_CATEGORIES as readonly string[];
  const rows = cmp.challenges.filter((r) => thesisSix.includes(r.key));
  if (rows.length === 0) return 'No challenges have been rated yet.';
  const shares = ctx.firms.map((f, i) => {
    const n = highOrMedium(f, thesisSix);
    return `${f.name}${i === 0 ? ' rates' : ''} ${n === 0 ? 'none' : numberWord(n)}${i === 0 ? ' High or Medium' : ''}`;
  });
  const same = rows.filter((r) => !r.differs && r.values[0] !== undefined);
  const differ = rows.filter((r) => r.differs).length;
  const all = ctx.firms.length === 2 ? 'Both firms' : `All ${numberWord(ctx.firms.length)} firms`;
  return (
    `Of the six challenge categories of the thesis, ${joinList(shares)}. ` +
    same.map((r) => `${all} rate ${lowerFirst(r.label)} ${r.values[0] ?? ''}. `).join('') +
    `Their ratings differ on ${differ === rows.length ? `all ${numberWord(differ)}` : `${numberWord(differ)} of the ${numberWord(rows.length)}`} categories rated.`
  );
}

/** The Executive summary section. */
export function summarySection(ctx: BuildContext, cmp: CrossCaseComparison): Section {
  const heading = 'Executive summary';
  if (ctx.firms.length === 1) {
    const firm = ctx.firms[0] as ReportFirm;
    const intro = `This report sets out what the case of ${firmWithOrigin(ctx, firm)}, records and what follows from it. Below, what to do first and the key findings; the rest of the report gives the evidence.`;
    return { id: 'summary', heading, blocks: [paragraph(intro), ...firmSummary(ctx, firm)], subsections: [] };
  }
  const intro = `This report compares ${count(ctx.firms.length, 'firm')}: ${joinAppositives(ctx.firms.map((f) => firmWithOrigin(ctx, f)))}. Below, for each, what to do first and the key findings; the rest of the report gives the evidence.`;
  const [headlines] = differenceSentences(ctx);
  return {
    id: 'summary',
    heading,
    blocks: [paragraph(intro), paragraph(`${headlines ?? ''} ${challengeComparison(ctx, cmp)}`.trim())],
    subsections: ctx.firms.map((firm, i) => ({ id: `summary-${i + 1}`, heading: firm.name, blocks: firmSummary(ctx, firm), subsections: [] })),
  };
}
