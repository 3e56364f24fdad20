/**
 * `foothold analyze` as plain text: every section of a firm's analysis, the action plan first, in
 * the users' words — labels, never ids — with a sentence beside each computed figure saying what it
 * means. Pure: it renders a FirmAnalysis.
 */
import { agreementMeaning, cellDifference, NETWORK_TYPE_LABELS, SUGGESTED_UTILIZATION_MEANING } from '../analysis/index.js';
import type { CompetenceSummary, FirmAnalysis, PlanAction } from '../analysis/index.js';
import { BENEFITS, NETWORK_TYPES } from '../model/index.js';
import { BENEFIT_LABELS, NETWORK_TYPE_SHORT } from './context.js';
import { joinList, kappa, lowerFirst, percent } from './prose.js';

function planLines(actions: readonly PlanAction[], numbered: boolean): string[] {
  return actions.flatMap((a, i) => [`${numbered ? `${i + 1}.` : '-'} ${a.text}`, `   Why: ${a.why}`]);
}

function section(title: string, lines: readonly string[], empty: string): string[] {
  return ['', `## ${title}`, ...(lines.length === 0 ? [empty] : lines)];
}

/** The lines of the plain-text analysis of one firm. */
export function analysisText(a: FirmAnalysis & { competence?: CompetenceSummary[] }, countryName: (code: string) => string = (c) => c): string[] {
  const label = (category: string) => a.challenges.find((c) => c.category === category)?.label ?? category;
  const out = [`# ${a.profile.name}`];

  out.push(
    ...section(
      'What to do first',
      planLines(a.actionPlan.top, true),
      'Nothing to do yet: no gaps or blind spots were found (rate challenges and record ties to get advice).',
    ),
  );
  if (a.actionPlan.byChallenge.length > 0) {
    out.push('', '## Other actions, by challenge');
    for (const group of a.actionPlan.byChallenge) out.push(`### ${group.label}`, ...planLines(group.actions, false));
  }

  out.push(
    ...section(
      'Profile (thesis Table 7)',
      a.profile.rows
        .filter((r) => r.value !== undefined)
        .map((r) => `- ${r.label}: ${r.value ?? ''}${r.basis === 'derived' ? ' (derived from the records)' : ''}`),
      'Nothing recorded yet.',
    ),
  );

  const types = NETWORK_TYPES.map((t) => a.networkTypes.byType[t]);
  out.push(
    ...section(
      'Network types (thesis Table 8)',
      [
        ...(a.networkTypes.main.statement === undefined ? [] : [`Main network types, as the source says: ${a.networkTypes.main.statement}`]),
        ...types.map((t) => {
          const ties =
            t.ties === 0
              ? 'no ties'
              : `${t.ties} tie${t.ties === 1 ? '' : 's'} (${t.activeTies} active${t.unknownStatusTies > 0 ? `, ${t.unknownStatusTies} of unknown status` : ''})${t.examples.length > 0 ? `: ${joinList(t.examples.slice(0, 4))}${t.examples.length > 4 ? ' …' : ''}` : ''}`;
          return `- ${NETWORK_TYPE_LABELS[t.networkType]}: ${ties}${t.statement === undefined ? '' : ` — the source: “${t.statement}”`}`;
        }),
      ],
      '',
    ),
  );

  out.push(
    ...section(
      'Challenges (thesis Table 9)',
      a.challenges.map(
        (c) =>
          `- ${c.label}${c.marketPlace === undefined ? '' : ` (in ${/^[A-Z]{2}$/.test(c.marketPlace) ? countryName(c.marketPlace) : c.marketPlace})`}: ${c.level}`,
      ),
      'No challenges rated yet.',
    ),
  );

  const suggestedRows = Object.entries(a.suggestedUtilization).flatMap(([category, row]) =>
    NETWORK_TYPES.map((t) => `- ${label(category)} × ${lowerFirst(NETWORK_TYPE_LABELS[t])}: ${cellDifference(a.utilization[category]?.[t]?.level, row[t])}`),
  );
  out.push(...section('Network use against each challenge (thesis Table 10), recorded and suggested', [SUGGESTED_UTILIZATION_MEANING, ...suggestedRows], ''));

  const ag = a.agreement;
  const figures =
    ag.n === 0
      ? 'No cells recorded to compare.'
      : `${ag.n} cells compared; the same level in ${ag.percentAgreement === undefined ? '—' : percent(ag.percentAgreement)}; weighted kappa ${ag.weightedKappa === undefined ? '—' : kappa(ag.weightedKappa)}.`;
  out.push(...section('Recorded against suggested', [figures, agreementMeaning(ag)], ''));

  const benefitLines = BENEFITS.flatMap((b) => {
    const cells = NETWORK_TYPES.filter((t) => a.benefits[b][t].count > 0).map((t) => `${NETWORK_TYPE_SHORT[t].toLowerCase()} ${a.benefits[b][t].count}`);
    return cells.length === 0 ? [] : [`- ${BENEFIT_LABELS[b]}: ${cells.join(', ')}`];
  });
  out.push(...section('Benefits the networks brought (paper Figure 1)', benefitLines, 'No benefits recorded.'));

  const digitalTies = a.networkTypes.byType.digital;
  const presence = a.digitalPresence.map((p) => {
    const last = p.snapshots.at(-1);
    const followers = last?.followers === null || last?.followers === undefined ? 'followers not given' : `${last.followers} followers`;
    const growth = p.growth?.percent === undefined ? '' : `; ${p.growth.percent > 0 ? '+' : ''}${p.growth.percent.toFixed(0)} % since ${p.growth.from}`;
    return `- ${p.platform}: ${followers}${last?.date === undefined ? '' : ` (${last.date})`}${growth}`;
  });
  const noFigures =
    digitalTies.ties > 0
      ? `No figures recorded (followers, posts) for the ${digitalTies.ties} digital tie${digitalTies.ties === 1 ? '' : 's'}: ${joinList(digitalTies.examples)}.`
      : 'No digital presence recorded.';
  out.push(...section('Digital presence (paper Table 1)', presence, noFigures));

  out.push(
    ...section(
      'Gaps: challenges that weigh on the firm and a network type that does little against them',
      a.gaps.map(
        (g) =>
          `- ${g.label} (${g.challengeLevel}) × ${lowerFirst(NETWORK_TYPE_LABELS[g.networkType])}: ${g.utilization === 'Not used' ? 'not used' : 'used little'} (${g.utilizationBasis === 'recorded' ? 'as recorded' : 'as the ties suggest'})${g.countryOfOriginFlag ? ' — the home country works against the firm (country-of-origin effect)' : ''}`,
      ),
      'No gaps.',
    ),
  );

  out.push(
    ...section(
      'Blind spots: challenges nobody has rated yet',
      a.blindSpots.map((b) => `- ${b.label}: find out ${b.findOut}${b.ask.length === 0 ? '.' : `; ask ${joinList(b.ask.map((t) => t.actorName))}.`}`),
      'None.',
    ),
  );

  out.push(
    ...section(
      'Recommendations, worst gap first',
      a.recommendations.flatMap((r) => [
        `- ${r.title} — for ${lowerFirst(r.challengeLabel)} × ${lowerFirst(NETWORK_TYPE_LABELS[r.networkType])}`,
        ...r.actions.map((x) => `    · ${x}`),
        `    Because ${r.because.join('; ')}.`,
        ...r.examples.map((e) => `    Example (${e.location}): ${e.text}`),
        `    Sources: ${r.citations.map((c) => c.work).join('; ')}`,
        ...(r.institutions.length === 0
          ? []
          : [`    Institutions that could help: ${r.institutions.map((i) => `${i.abbreviation ?? i.name} (${i.why})`).join('; ')}`]),
      ]),
      a.gaps.length === 0 ? 'None: the firm has no gaps.' : 'None: the knowledge base has no rule for these gaps yet.',
    ),
  );

  if (a.originChecklists.length > 0) {
    out.push('', '## Country-of-origin checklist (thesis §5.2)');
    for (const list of a.originChecklists) {
      const level = list.level === undefined ? '' : `, rated ${list.level}`;
      out.push(`- ${list.place}${level}: ${list.items.map((i) => `${lowerFirst(i.label)} ${i.status.replace('_', ' ')}`).join(', ')}`);
    }
  }

  const competence = a.competence ?? [];
  if (competence.length > 0) {
    out.push('', '## Network competence (self-assessment)');
    for (const s of competence) {
      const dims = s.dimensions.map((d) => `${lowerFirst(d.label)} ${d.mean === undefined ? '—' : d.mean.toFixed(2)}`);
      out.push(`- ${s.date ?? 'undated'}: ${dims.join(', ')} (1 low – 5 high)`);
    }
  }
  return out;
}
