// The load benchmark's database: a fresh PostgreSQL schema with the sample cases imported through
// the services, a firm the clients write into (one actor of its own per client, for the PUTs), and
// the accounts (one per client), made with addUser as `foothold user add` makes them. Afterwards,
// what the database holds is read back here to count the writes that landed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { validateCaseValue } from '../../src/core/case-file/index.js';
import { addUser } from '../../src/services/account-service.js';
import { checkCaseFile } from '../../src/services/case-files.js';
import { importCases } from '../../src/services/case-service.js';
import { dropSchema as dropSchemaSafely, openStore } from '../../src/store/open.js';

export const WORKSPACE = 'load';
export const WRITE_FIRM = 'load-writes';
export const ownActorId = (client: number) => `own-${client}`;
export const userEmail = (client: number) => `user-${String(client).padStart(3, '0')}@load.example`;

export interface Prepared {
  sampleFirms: string[];
}

/** Imports examples/cases/*.json and the write firm, and adds `clients` accounts to the workspace. */
export async function prepareDatabase(connectionString: string, schema: string, root: string, clients: number, password: string): Promise<Prepared> {
  const store = await openStore({ kind: 'postgres', connectionString, schema });
  try {
    const dir = join(root, 'examples/cases');
    const items = [];
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const check = await checkCaseFile(join(dir, name));
      if (!check.ok) throw new Error(`${name} is not a valid case file`);
      items.push({ origin: name, caseFile: check.caseFile });
    }
    const writeFirm = validateCaseValue({
      format: 'foothold.case/2',
      firm: { id: WRITE_FIRM, name: 'Load-test writes', countryOfOrigin: 'FI' },
      actors: Array.from({ length: clients }, (_, i) => ({ id: ownActorId(i), name: `Own actor ${i}`, kind: 'person' })),
    });
    if (!writeFirm.ok) throw new Error('the write firm is not a valid case');
    await importCases(store, WORKSPACE, [...items, { origin: 'load', caseFile: writeFirm.caseFile }], { replace: false });
    // argon2id runs on libuv's four threads: four accounts at a time keep them busy.
    for (let start = 0; start < clients; start += 4) {
      await Promise.all(
        Array.from({ length: Math.min(4, clients - start) }, (_, k) =>
          addUser(store, { email: userEmail(start + k), password, workspace: WORKSPACE, role: start + k === 0 ? 'owner' : 'analyst' }, new Date()),
        ),
      );
    }
    return { sampleFirms: items.map((i) => i.caseFile.firm.id) };
  } finally {
    await store.close();
  }
}

export interface Stored {
  /** Ids of the ties of the write firm (the clients' POSTs). */
  tieIds: Set<string>;
  /** Each client's own actor as stored: its version and name. */
  ownActors: Map<string, { version: number; name: string }>;
  /** Audit items of the write firm by collection: every landed write has one. */
  auditItems: { ties: number; actors: number };
}

/** Reads the write firm's rows straight from the tables (not through the app being measured). */
export async function readStored(connectionString: string, schema: string): Promise<Stored> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`set search_path to "${schema}"`);
    const ties = await client.query<{ id: string }>('select id from ties where workspace_id = $1 and firm_id = $2', [WORKSPACE, WRITE_FIRM]);
    const actors = await client.query<{ id: string; version: number; name: string }>(
      'select id, version, record::json->>$3 as name from actors where workspace_id = $1 and firm_id = $2',
      [WORKSPACE, WRITE_FIRM, 'name'],
    );
    const audit = await client.query<{ collection: string; n: string }>(
      // The import's own items (the clients' actors) are left out: a change made by no logged-in user.
      `select i.collection, count(*) as n from audit_items i join audit_changes c on c.id = i.change_id
        where i.workspace_id = $1 and i.firm_id = $2 and c.user_id is not null group by i.collection`,
      [WORKSPACE, WRITE_FIRM],
    );
    const auditCount = (collection: string) => Number(audit.rows.find((r) => r.collection === collection)?.n ?? 0);
    return {
      tieIds: new Set(ties.rows.map((r) => r.id)),
      ownActors: new Map(actors.rows.map((r) => [r.id, { version: Number(r.version), name: r.name }])),
      auditItems: { ties: auditCount('ties'), actors: auditCount('actors') },
    };
  } finally {
    await client.end();
  }
}

/** Process ids of the PostgreSQL backends serving connections named `applicationName`. */
export async function backendPids(connectionString: string, applicationName: string): Promise<number[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const rows = await client.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1', [applicationName]);
    return rows.rows.map((r) => Number(r.pid));
  } finally {
    await client.end();
  }
}

/** Drops the schema and everything in it. */
export async function dropSchema(connectionString: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await dropSchemaSafely(client, schema);
  } finally {
    await client.end();
  }
}

/** "PostgreSQL 15.20" from the server itself. */
export async function postgresVersion(connectionString: string): Promise<string> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return `PostgreSQL ${(await client.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?'}`;
  } finally {
    await client.end();
  }
}
