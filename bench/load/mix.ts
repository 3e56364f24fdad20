// What each simulated user of the load benchmark does, and what came back. Every connection is one
// logged-in user (a session cookie; X-CSRF-Token on writes, as the web app sends them) repeating a
// cycle of ten requests: eight reads and two writes. The writes are made so that each one the
// server acknowledged can be found in the database afterwards: a POST of a tie with an id no other
// request uses, and a PUT of the user's own actor with the version it has just read.
import type { Client, Request } from 'autocannon';
import { ownActorId, WORKSPACE, WRITE_FIRM } from './setup.js';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export const READ_KINDS = ['session', 'firm list', 'ties', 'actors', 'analysis', 'own actor'] as const;
export const WRITE_KINDS = ['add tie', 'replace actor'] as const;
export type Kind = (typeof READ_KINDS)[number] | (typeof WRITE_KINDS)[number];

/** The cycle in words, for BENCHMARKS.md (A and B are two of the sample firms, different per user). */
export const MIX_IN_WORDS = [
  '`GET /api/session`',
  '`GET …/firms` (the firm cards)',
  '`GET …/firms/A/ties`',
  '`GET …/firms/A/actors`',
  '`GET …/firms/A/analysis`',
  '`POST …/firms/load-writes/ties` (a new tie with an id of its own)',
  '`GET …/firms/B/ties`',
  '`GET …/firms/B/analysis`',
  "`GET …/firms/load-writes/actors/own-N` (the user's own actor: its version)",
  '`PUT …/firms/load-writes/actors/own-N` with that version',
];

/** An acknowledged PUT of one user's own actor. */
interface Replaced {
  acknowledged: number;
  lastName: string;
}

/** Latencies and statuses by kind of request, and every write the server acknowledged. */
export class LoadRecorder {
  readonly latencies = new Map<Kind, number[]>();
  readonly statuses = new Map<Kind, Map<number, number>>();
  /** Ties sent, and those answered 201. */
  readonly sentTies = new Set<string>();
  readonly createdTies = new Set<string>();
  /** Per own actor: PUTs sent, and those answered 200 with the name of the last one. */
  readonly sentPuts = new Map<string, number>();
  readonly replaced = new Map<string, Replaced>();
  /** Bodies of unexpected answers, a few per kind, to say why they failed. */
  readonly samples = new Map<string, string>();
  private readonly lastKind = new Map<Client, Kind>();
  private nextClient = 0;

  constructor(
    private readonly sessions: readonly Session[],
    private readonly sampleFirms: readonly string[],
  ) {}

  /** autocannon's setupClient: gives the next connection its user's session and cycle. */
  readonly setupClient = (client: Client): void => {
    const index = this.nextClient++;
    const session = this.sessions[index % this.sessions.length]!;
    client.setRequests(this.cycle(client, index, session));
  };

  /** autocannon's 'response' event, which follows the request's onResponse on the same connection. */
  readonly onResponse = (client: Client, status: number, _bytes: number, ms: number): void => {
    const kind = this.lastKind.get(client);
    if (kind === undefined) return;
    let list = this.latencies.get(kind);
    if (list === undefined) this.latencies.set(kind, (list = []));
    list.push(ms);
    let counts = this.statuses.get(kind);
    if (counts === undefined) this.statuses.set(kind, (counts = new Map()));
    counts.set(status, (counts.get(status) ?? 0) + 1);
  };

  private cycle(client: Client, index: number, session: Session): Request[] {
    const firm = (k: number) => `/api/workspaces/${WORKSPACE}/firms/${this.sampleFirms[(index + k) % this.sampleFirms.length]!}`;
    const writeFirm = `/api/workspaces/${WORKSPACE}/firms/${WRITE_FIRM}`;
    const own = ownActorId(index);
    const read = { cookie: session.cookie };
    const write = { ...read, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
    const state = { posted: 0, version: 1, pendingTie: '', pendingName: '' };
    const seen =
      (kind: Kind, ok: number, then?: (body: string) => void) =>
      (status: number, body: string): void => {
        this.lastKind.set(client, kind);
        if (status === ok) then?.(body);
        else if (!this.samples.has(`${kind} ${status}`)) this.samples.set(`${kind} ${status}`, body.slice(0, 300));
      };
    const get = (kind: Kind, path: string, then?: (body: string) => void): Request => ({
      method: 'GET',
      path,
      headers: read,
      onResponse: seen(kind, 200, then),
    });
    const cycle: Request[] = [
      get('session', '/api/session'),
      get('firm list', `/api/workspaces/${WORKSPACE}/firms`),
      get('ties', `${firm(0)}/ties`),
      get('actors', `${firm(0)}/actors`),
      get('analysis', `${firm(0)}/analysis`),
      {
        method: 'POST',
        path: `${writeFirm}/ties`,
        headers: write,
        setupRequest: (request) => {
          state.pendingTie = `new-${index}-${++state.posted}`;
          this.sentTies.add(state.pendingTie);
          return { ...request, body: JSON.stringify({ id: state.pendingTie, from: WRITE_FIRM, to: own, networkType: 'business', strength: 3 }) };
        },
        onResponse: seen('add tie', 201, () => this.createdTies.add(state.pendingTie)),
      },
      get('ties', `${firm(1)}/ties`),
      get('analysis', `${firm(1)}/analysis`),
      get('own actor', `${writeFirm}/actors/${own}`, (body) => {
        state.version = (JSON.parse(body) as { version: number }).version;
      }),
      {
        method: 'PUT',
        path: `${writeFirm}/actors/${own}`,
        headers: write,
        setupRequest: (request) => {
          this.sentPuts.set(own, (this.sentPuts.get(own) ?? 0) + 1);
          state.pendingName = `Own actor ${index}, edit ${this.sentPuts.get(own)}`;
          return { ...request, body: JSON.stringify({ version: state.version, record: { id: own, name: state.pendingName, kind: 'person' } }) };
        },
        onResponse: seen('replace actor', 200, () => {
          const before = this.replaced.get(own);
          this.replaced.set(own, { acknowledged: (before?.acknowledged ?? 0) + 1, lastName: state.pendingName });
        }),
      },
    ];
    // Users do not all start at the same step: each starts one step further on, so the run does not
    // begin (and, when short, end) with everyone asking for the same thing at once. The GET of the
    // own actor still comes right before its PUT (a user starting at the PUT knows version 1).
    const start = index % cycle.length;
    return [...cycle.slice(start), ...cycle.slice(0, start)];
  }
}

/** The q-quantile of a list (nearest rank), NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Before measuring, each process answers every read of the cycle `times` times, one after another:
 * the code is compiled and the analyses cached, as on a server that has been running. (The first
 * analysis of a firm is measured by `npm run bench`, "Analysis of an unchanged firm".)
 */
export async function warmUp(appUrls: readonly string[], session: Session, sampleFirms: readonly string[], times: number): Promise<void> {
  const firm = (id: string) => `/api/workspaces/${WORKSPACE}/firms/${id}`;
  const paths = [
    '/api/session',
    `/api/workspaces/${WORKSPACE}/firms`,
    ...sampleFirms.flatMap((id) => [`${firm(id)}/ties`, `${firm(id)}/actors`, `${firm(id)}/analysis`]),
    `${firm(WRITE_FIRM)}/actors/${ownActorId(0)}`,
  ];
  for (const base of appUrls) {
    for (let i = 0; i < times; i++) {
      for (const path of paths) {
        const res = await fetch(`${base}${path}`, { headers: { cookie: session.cookie } });
        if (res.status !== 200) throw new Error(`warming up: GET ${path} answered ${res.status}`);
        await res.arrayBuffer();
      }
    }
  }
}
