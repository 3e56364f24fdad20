/**
 * Thesis Tables 2–6 for any firm, from its case file alone: the interviews (Table 2), the secondary
 * sources (Table 3), the value-chain activities (Table 4) and the key people (Tables 5 and 6, which
 * the thesis gives for one firm each). Each table is computed once as data, caseTableData (what
 * `foothold table N --format json` and the API return), and caseTableView lays that data out as the
 * grid the Markdown and CSV forms print, in the thesis's layout.
 */
import type { CaseFile } from '../case-file/index.js';
import type { Source } from '../model/index.js';
import { statedFact } from '../analysis/stated-facts.js';
import { TABLE_TITLES, type CaseTableNumber, type TableView } from './table-views.js';

export interface InterviewSession {
  date: string;
  durationMinutes?: number;
}

/** One interview source: who was interviewed (their role, else the source's title), how, and its sessions. */
export interface InterviewRow {
  id: string;
  interviewee: string;
  participantId?: string;
  mode?: string;
  /** The source's own date, for an interview recorded without sessions. */
  date?: string;
  sessions: InterviewSession[];
}

/** Table 2 for one firm. `mainBusiness` is the source's words (a fact of topic main_business), else the product type, else the sector. */
export interface FirmInterviews {
  mainBusiness?: string;
  interviews: InterviewRow[];
}

export interface SecondarySourceRow {
  id: string;
  title: string;
  kind: Source['kind'];
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

/** Table 3 for one firm: its sources other than interviews, and the study its interviews are known through. */
export interface FirmSecondarySources {
  sources: SecondarySourceRow[];
  /** Sources that report the case's interviews (an interview's evidence quotes them): the study itself, not one of its sources. */
  reportedIn: { id: string; title: string }[];
}

export interface ActivityRow {
  id: string;
  activity: string;
  step: string;
  countries: string[];
  regions: string[];
  role?: string;
  /** Names of the actors who carry the activity. */
  partners: string[];
}

export interface KeyPersonRow {
  id: string;
  role: string;
  name?: string;
  participantId?: string;
  education?: string;
  experience?: string;
  internationalNetworking?: string;
}

export interface CaseTableData {
  2: Record<string, FirmInterviews>;
  3: Record<string, FirmSecondarySources>;
  4: Record<string, ActivityRow[]>;
  5: Record<string, KeyPersonRow[]>;
  6: Record<string, KeyPersonRow[]>;
}

/** T with its possibly-undefined fields made optional and never undefined (exactOptionalPropertyTypes). */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** The fields of `from` that are set: a record without `"x": undefined` entries, for JSON and for equality. */
function defined<T extends object>(from: T): Defined<T> {
  return Object.fromEntries(Object.entries(from).filter(([, v]) => v !== undefined)) as Defined<T>;
}

function interviewsOf(c: CaseFile): FirmInterviews {
  const interviews = c.sources
    .filter((s) => s.kind === 'interview')
    .map((s): InterviewRow => {
      const person = c.keyPeople.find((p) => p.id === s.participant);
      const participantId = s.participantId ?? person?.participantId;
      return defined({
        id: s.id,
        interviewee: s.participantRole ?? person?.role ?? s.title,
        participantId,
        mode: s.mode,
        date: s.date,
        sessions: (s.sessions ?? []).map((x) => defined({ date: x.date, durationMinutes: x.durationMinutes })),
      });
    });
  return defined({ mainBusiness: statedFact(c, 'main_business')?.text ?? c.firm.productType ?? c.firm.sector, interviews });
}

function secondarySourcesOf(c: CaseFile): FirmSecondarySources {
  const sourceOfSegment = new Map(c.segments.map((s) => [s.id, s.source]));
  const reporting = new Set(
    c.sources.filter((s) => s.kind === 'interview').flatMap((s) => (s.evidence ?? []).flatMap((seg) => sourceOfSegment.get(seg) ?? [])),
  );
  const others = c.sources.filter((s) => s.kind !== 'interview');
  return {
    sources: others
      .filter((s) => !reporting.has(s.id))
      .map((s) => defined({ id: s.id, title: s.title, kind: s.kind, author: s.author, publisher: s.publisher, date: s.date, url: s.url })),
    reportedIn: others.filter((s) => reporting.has(s.id)).map((s) => ({ id: s.id, title: s.title })),
  };
}

function activitiesOf(c: CaseFile): ActivityRow[] {
  const actorName = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.activities.map((a) =>
    defined({
      id: a.id,
      activity: a.label,
      step: a.step,
      countries: [...(a.countries ?? [])],
      regions: [...(a.regions ?? [])],
      role: a.role,
      partners: (a.actors ?? []).map(actorName),
    }),
  );
}

function keyPeopleOf(c: CaseFile): KeyPersonRow[] {
  return c.keyPeople.map((p) =>
    defined({
      id: p.id,
      role: p.role,
      name: p.name,
      participantId: p.participantId,
      education: p.education,
      experience: p.experience,
      internationalNetworking: p.internationalNetworking,
    }),
  );
}

const byFirm = <T>(cases: readonly CaseFile[], of: (c: CaseFile) => T): Record<string, T> => Object.fromEntries(cases.map((c) => [c.firm.id, of(c)]));

/** Tables 2–6 as data, firm by firm (keyed by firm id, in the order given). */
export function caseTableData<N extends CaseTableNumber>(n: N, cases: readonly CaseFile[]): CaseTableData[N];
export function caseTableData(n: CaseTableNumber, cases: readonly CaseFile[]): CaseTableData[CaseTableNumber] {
  switch (n) {
    case 2:
      return byFirm(cases, interviewsOf);
    case 3:
      return byFirm(cases, secondarySourcesOf);
    case 4:
      return byFirm(cases, activitiesOf);
    case 5:
    case 6:
      return byFirm(cases, keyPeopleOf);
  }
}

const lines = (items: readonly string[]) => (items.length === 0 ? '—' : items.join('\n'));
/** "2025-03-24 – 33 min"; the date alone when no duration was recorded. */
const sessionText = (s: InterviewSession) => (s.durationMinutes === undefined ? s.date : `${s.date} – ${s.durationMinutes} min`);
const differing = (rows: readonly string[][]) => rows.flatMap((r, i) => (new Set(r.slice(1)).size > 1 ? [i] : []));

interface Grid {
  header: string[];
  rows: string[][];
  rowKeys: string[];
  differs: number[];
  notes: string[];
}

/** Table 2: aspects as rows, firms as columns; the sessions of several interviewees are each marked with who was interviewed. */
function interviewsGrid(cases: readonly CaseFile[]): Grid {
  const data = caseTableData(2, cases);
  const of = (c: CaseFile) => data[c.firm.id] ?? { interviews: [] };
  const who = (i: InterviewRow) => (i.participantId === undefined ? i.interviewee : `${i.interviewee} (${i.participantId})`);
  const when = (c: CaseFile) => {
    const { interviews } = of(c);
    return interviews.flatMap((i) => {
      const times = i.sessions.length > 0 ? i.sessions.map(sessionText) : [i.date ?? 'not recorded'];
      return interviews.length > 1 ? times.map((t) => `${i.participantId ?? i.interviewee}: ${t}`) : times;
    });
  };
  const rows = [
    ['Company main business', ...cases.map((c) => of(c).mainBusiness ?? '—')],
    ['Interviewee', ...cases.map((c) => lines(of(c).interviews.map(who)))],
    ['Interview date and duration', ...cases.map((c) => lines(when(c)))],
  ];
  return {
    header: ['Category', ...cases.map((c) => c.firm.name)],
    rows,
    rowKeys: ['main_business', 'interviewees', 'sessions'],
    differs: cases.length > 1 ? differing(rows) : [],
    notes: cases.filter((c) => of(c).interviews.length === 0).map((c) => `${c.firm.name}: no interviews recorded.`),
  };
}

/** Table 3: one row of source titles, firms as columns. */
function secondarySourcesGrid(cases: readonly CaseFile[]): Grid {
  const data = caseTableData(3, cases);
  const of = (c: CaseFile) => data[c.firm.id] ?? { sources: [], reportedIn: [] };
  const rows = [['Types of secondary sources', ...cases.map((c) => lines(of(c).sources.map((s) => s.title)))]];
  const notes = cases.flatMap((c) => [
    ...of(c).reportedIn.map((s) => `${c.firm.name}: its interviews are reported in “${s.title}”; that study is not listed as one of its secondary sources.`),
    ...(of(c).sources.length === 0 ? [`${c.firm.name}: no secondary sources recorded.`] : []),
  ]);
  return {
    header: ['Category', ...cases.map((c) => c.firm.name)],
    rows,
    rowKeys: ['secondary_sources'],
    differs: cases.length > 1 ? differing(rows) : [],
    notes,
  };
}

/** Tables 4–6: a row per record; with several firms, a first column says whose it is. */
function recordsGrid<R extends { id: string }>(
  cases: readonly CaseFile[],
  columns: string[],
  rowsOf: Record<string, R[]>,
  cells: (r: R) => string[],
  none: string,
): Grid {
  const several = cases.length > 1;
  const entries = cases.flatMap((c) => (rowsOf[c.firm.id] ?? []).map((r) => ({ c, r })));
  return {
    header: several ? ['Firm', ...columns] : columns,
    rows: entries.map(({ c, r }) => (several ? [c.firm.name, ...cells(r)] : cells(r))),
    rowKeys: entries.map(({ c, r }) => `${c.firm.id}/${r.id}`),
    differs: [],
    notes: cases.filter((c) => (rowsOf[c.firm.id] ?? []).length === 0).map((c) => `${c.firm.name}: no ${none} recorded.`),
  };
}

/**
 * One of Tables 2–6 over the firms given, as a grid in the thesis's layout. Table 5 and 6 are the
 * same table (the thesis has one for each firm); so are the firms: any case gives its own rows.
 */
export function caseTableView(n: CaseTableNumber, cases: readonly CaseFile[], options: { countryName: (code: string) => string }): TableView {
  const or = (text: string | undefined) => (text === undefined || text.trim() === '' ? '—' : text);
  let grid: Grid;
  switch (n) {
    case 2:
      grid = interviewsGrid(cases);
      break;
    case 3:
      grid = secondarySourcesGrid(cases);
      break;
    case 4:
      grid = recordsGrid(
        cases,
        ['Activities', 'Country', 'Role'],
        caseTableData(4, cases),
        (a) => [a.activity, or([...a.countries.map(options.countryName), ...a.regions].join(', ')), or(a.role)],
        'activities',
      );
      break;
    case 5:
    case 6:
      grid = recordsGrid(
        cases,
        ['Position', 'Degree', 'Experience', 'International networking'],
        caseTableData(n, cases),
        (p) => [p.name === undefined ? p.role : `${p.role} (${p.name})`, or(p.education), or(p.experience), or(p.internationalNetworking)],
        'key people',
      );
      break;
  }
  return { number: n, title: TABLE_TITLES[n], ...grid };
}
