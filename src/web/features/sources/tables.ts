/**
 * Thesis Tables 2–5 as the API's `tables/{n}?format=json` gives them for one firm. The OpenAPI
 * contract types that body as `unknown` (its shape depends on n), so this module spells out each
 * table's shape as the route's description gives it and checks the body against it, field by field:
 * a body of another shape fails loudly here rather than half-rendering.
 */

export interface InterviewSession {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  durationMinutes?: number;
}

/** Table 2: one interview source. */
export interface Interview {
  id: string;
  interviewee: string;
  participantId?: string;
  mode?: string;
  /** The source's own date, for an interview recorded without sessions. */
  date?: string;
  sessions: InterviewSession[];
}

export interface FirmInterviews {
  mainBusiness?: string;
  interviews: Interview[];
}

/** Table 3: one source that is not an interview. */
export interface SecondarySource {
  id: string;
  title: string;
  kind: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export interface FirmSecondarySources {
  sources: SecondarySource[];
  /** The study the interviews are known through (not one of the sources). */
  reportedIn: { id: string; title: string }[];
}

/** Table 4: one value-chain activity. */
export interface Activity {
  id: string;
  activity: string;
  step: string;
  countries: string[];
  regions: string[];
  role?: string;
  partners: string[];
}

/** Tables 5 and 6: one key person. */
export interface KeyPersonRow {
  id: string;
  role: string;
  name?: string;
  participantId?: string;
  education?: string;
  experience?: string;
  internationalNetworking?: string;
}

export class TableShapeError extends Error {
  constructor(table: number, where: string, expected: string) {
    super(`Table ${table} came back in a shape this view does not know: ${where} is not ${expected}.`);
    this.name = 'TableShapeError';
  }
}

type Fields = Record<string, unknown>;

/** Readers for one table's body: each names the table and the place in its error. */
function readers(table: number) {
  const fail = (where: string, expected: string): never => {
    throw new TableShapeError(table, where, expected);
  };
  const object = (value: unknown, where: string): Fields =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : fail(where, 'an object');
  const array = (value: unknown, where: string): unknown[] => (Array.isArray(value) ? value : fail(where, 'a list'));
  const text = (value: unknown, where: string): string => (typeof value === 'string' ? value : fail(where, 'a text'));
  const optionalText = (value: unknown, where: string): string | undefined => (value === undefined ? undefined : text(value, where));
  const optionalNumber = (value: unknown, where: string): number | undefined =>
    value === undefined ? undefined : typeof value === 'number' ? value : fail(where, 'a number');
  const texts = (value: unknown, where: string): string[] => array(value, where).map((v, i) => text(v, `${where}[${i}]`));
  return { object, array, text, optionalText, optionalNumber, texts };
}

/** `{ key: value }` when the value is there, `{}` when not: optional fields stay left out (exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The firm's part of a table body keyed by firm id; a firm the table does not mention has nothing recorded. */
function firmPart(body: unknown, firmId: string, table: number): unknown {
  return readers(table).object(body, 'the body')[firmId];
}

export function interviewsOf(body: unknown, firmId: string): FirmInterviews {
  const r = readers(2);
  const part = firmPart(body, firmId, 2);
  if (part === undefined) return { interviews: [] };
  const firm = r.object(part, firmId);
  return {
    ...optional('mainBusiness', r.optionalText(firm['mainBusiness'], 'mainBusiness')),
    interviews: r.array(firm['interviews'], 'interviews').map((item, i) => {
      const where = `interviews[${i}]`;
      const row = r.object(item, where);
      return {
        id: r.text(row['id'], `${where}.id`),
        interviewee: r.text(row['interviewee'], `${where}.interviewee`),
        ...optional('participantId', r.optionalText(row['participantId'], `${where}.participantId`)),
        ...optional('mode', r.optionalText(row['mode'], `${where}.mode`)),
        ...optional('date', r.optionalText(row['date'], `${where}.date`)),
        sessions: r.array(row['sessions'] ?? [], `${where}.sessions`).map((s, k) => {
          const session = r.object(s, `${where}.sessions[${k}]`);
          return {
            date: r.text(session['date'], `${where}.sessions[${k}].date`),
            ...optional('durationMinutes', r.optionalNumber(session['durationMinutes'], `${where}.sessions[${k}].durationMinutes`)),
          };
        }),
      };
    }),
  };
}

export function secondarySourcesOf(body: unknown, firmId: string): FirmSecondarySources {
  const r = readers(3);
  const part = firmPart(body, firmId, 3);
  if (part === undefined) return { sources: [], reportedIn: [] };
  const firm = r.object(part, firmId);
  return {
    sources: r.array(firm['sources'], 'sources').map((item, i) => {
      const where = `sources[${i}]`;
      const row = r.object(item, where);
      return {
        id: r.text(row['id'], `${where}.id`),
        title: r.text(row['title'], `${where}.title`),
        kind: r.text(row['kind'], `${where}.kind`),
        ...optional('author', r.optionalText(row['author'], `${where}.author`)),
        ...optional('publisher', r.optionalText(row['publisher'], `${where}.publisher`)),
        ...optional('date', r.optionalText(row['date'], `${where}.date`)),
        ...optional('url', r.optionalText(row['url'], `${where}.url`)),
      };
    }),
    reportedIn: r.array(firm['reportedIn'] ?? [], 'reportedIn').map((item, i) => {
      const row = r.object(item, `reportedIn[${i}]`);
      return { id: r.text(row['id'], `reportedIn[${i}].id`), title: r.text(row['title'], `reportedIn[${i}].title`) };
    }),
  };
}

export function activitiesOf(body: unknown, firmId: string): Activity[] {
  const r = readers(4);
  const part = firmPart(body, firmId, 4);
  if (part === undefined) return [];
  return r.array(part, firmId).map((item, i) => {
    const where = `[${i}]`;
    const row = r.object(item, where);
    return {
      id: r.text(row['id'], `${where}.id`),
      activity: r.text(row['activity'], `${where}.activity`),
      step: r.text(row['step'], `${where}.step`),
      countries: r.texts(row['countries'] ?? [], `${where}.countries`),
      regions: r.texts(row['regions'] ?? [], `${where}.regions`),
      ...optional('role', r.optionalText(row['role'], `${where}.role`)),
      partners: r.texts(row['partners'] ?? [], `${where}.partners`),
    };
  });
}

export function keyPeopleOf(body: unknown, firmId: string): KeyPersonRow[] {
  const r = readers(5);
  const part = firmPart(body, firmId, 5);
  if (part === undefined) return [];
  return r.array(part, firmId).map((item, i) => {
    const where = `[${i}]`;
    const row = r.object(item, where);
    const field = (name: string) => r.optionalText(row[name], `${where}.${name}`);
    return {
      id: r.text(row['id'], `${where}.id`),
      role: r.text(row['role'], `${where}.role`),
      ...optional('name', field('name')),
      ...optional('participantId', field('participantId')),
      ...optional('education', field('education')),
      ...optional('experience', field('experience')),
      ...optional('internationalNetworking', field('internationalNetworking')),
    };
  });
}
