/**
 * Thesis Tables 2–5 for one firm, in the types the OpenAPI contract gives the tables route
 * (`tables/{n}?format=json`): InterviewsTable, SecondarySourcesTable, ActivitiesTable and
 * KeyPeopleTable, each keyed by firm id. A firm the table does not mention has nothing recorded.
 */
import type { Schemas } from '../../lib/api';

/** One firm's part of each table this view shows, by table number. */
export interface CaseTableParts {
  2: Schemas['FirmInterviews'];
  3: Schemas['FirmSecondarySources'];
  4: Schemas['ActivityRow'][];
  5: Schemas['KeyPersonRow'][];
}
export type CaseTableNumber = keyof CaseTableParts;

/** What a table holds for a firm it does not mention: a fresh value each time, so no two firms share one. */
const NOTHING_RECORDED: { [N in CaseTableNumber]: () => CaseTableParts[N] } = {
  2: () => ({ interviews: [] }),
  3: () => ({ sources: [], reportedIn: [] }),
  4: () => [],
  5: () => [],
};

/** The firm's part of Table n, from the route's body. */
export function firmPart<N extends CaseTableNumber>(n: N, body: Schemas['ThesisTable'], firmId: string): CaseTableParts[N] {
  // The contract types the body as any of the tables (ThesisTable); n decides which one, as the
  // route's description says, so this is where the body is taken as Table n's shape.
  const byFirm = body as Partial<Record<string, CaseTableParts[N]>>;
  return byFirm[firmId] ?? NOTHING_RECORDED[n]();
}
