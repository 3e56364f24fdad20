/**
 * The report's closing sections: how its figures and findings are computed (decision record 0004
 * in short, with the thresholds taken from the code that applies them) and the works cited.
 */
import { DEFAULT_TIE_STRENGTH, SUGGESTION_THRESHOLDS } from '../analysis/index.js';
import { paragraph } from './prose.js';
import type { Section, WorkCited } from './types.js';

export function methodSection(): Section {
  const { Low, Moderate, High } = SUGGESTION_THRESHOLDS;
  const range = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);
  return {
    id: 'method',
    heading: 'Method',
    subsections: [],
    blocks: [
      paragraph(
        'Tables 7 to 10 follow the layout of the comparison chapter of the thesis (§4.4): background, the network types in use, challenge levels (High, Medium, Low or Unknown) and how much each network type helps against each challenge (Not used, Low, Moderate or High) as the analyst recorded it. Where a case states a value in its source’s words, the table shows those words; otherwise it shows a value derived from the case’s structured fields (for network types: the number of ties and whom they reach), or “—” when there is none.',
      ),
      paragraph(
        `Suggested utilization levels come from the firm’s own ties (from the firm or one of its key people) of a network type that are tagged as helping with the challenge and have not ended. Their strengths, from 1 to 5, are added up, a tie without a recorded strength counting as ${DEFAULT_TIE_STRENGTH}. A total of 0 is Not used, ${range(Low, Moderate - 1)} is Low, ${range(Moderate, High - 1)} is Moderate and ${High} or more is High: one tie of unknown strength is Low use, two are Moderate, and High takes three ordinary ties or two strong ones.`,
      ),
      paragraph(
        'For every cell the analyst recorded, the recorded and suggested levels are compared. Percent agreement counts the cells where they are equal; the weighted kappa (Cohen’s, with linear weights over Not used < Low < Moderate < High) discounts the agreement expected by chance, and is not given when no cell was recorded or when both sides use a single level only.',
      ),
      paragraph(
        'A gap is a challenge rated High or Medium met by a network type that is not used or used little (Low). The recorded level decides; where the analyst recorded nothing for the cell, the suggested level stands in. Severity is 2 for a High challenge or 1 for Medium, times 2 for Not used or 1 for Low, and the worst gaps come first. A blind spot is a challenge rated Unknown.',
      ),
      paragraph(
        'The findings are written from the same data. A firm relies on a network type when the type helps at a Moderate or High level against at least half as many of its challenges as the type it uses most (the recorded levels of Table 10; the levels its ties suggest where none are recorded), and, by its ties, when it has at least half as many ties of the type as of its most numerous type. Where the case holds the source’s own words on a finding — a statement of its main network types, the evidence for its pathway or for its country-of-origin rating, or segments the analyst coded with that topic — the finding quotes them: first a passage that names the firm, else the recorded statement.',
      ),
      paragraph(
        'The action plan ranks every step of the recommendations and every question a blind spot raises: a worse gap ranks higher, a step that starts from a tie the firm already has gains a step of severity, a rule written for firms like this one gains a little, and at most two of the first five steps come from one gap. A blind spot ranks as a Medium gap.',
      ),
      paragraph(
        'Benefits are counted from benefit records, under their own network type or else their tie’s, and from ties tagged with a benefit, except a tie that a benefit record of the same benefit already cites. Recommendations come from Foothold’s knowledge base: rules keyed by challenge and network type, some also by the firm’s economy, sector, pathway or size, written in Foothold’s own words and citing only works that the seed studies cite, or official sources with their address and the day they were read.',
      ),
      paragraph(
        'Superscript numbers point to the evidence notes at the end of the report. Each note says where its quote is and quotes one evidence segment of a case; the sources themselves are described once, at the head of the notes (a seed study under Works cited). A segment is numbered where the report first uses it and keeps its number wherever it is cited again; a chart cites the notes of the cells it draws.',
      ),
    ],
  };
}

export function worksCitedSection(works: readonly WorkCited[]): Section {
  return {
    id: 'works-cited',
    heading: 'Works cited',
    subsections: [],
    blocks:
      works.length === 0
        ? [paragraph('No works are cited: the report has no recommendations and quotes no seed study.')]
        : [
            paragraph(
              'The seed studies, the works they cite that the recommendations rest on, and the official sources read for them, alphabetically. A work is given in full as the seed study’s reference list gives it, with where the study cites it; a work that no reference list gives is shown by its in-text citation, with the reason.',
            ),
            { kind: 'list', items: works.map((w) => w.text), ids: works.map((w) => w.id) },
          ],
  };
}
