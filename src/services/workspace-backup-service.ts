/**
 * A backup of one workspace for its owner (issue 13): every firm's case file, as `foothold export`
 * writes it, in one .zip with a manifest.json. Unlike `foothold backup` (services/backup-service.ts),
 * which copies every table of the store — every workspace, the accounts, the audit log — this holds
 * only the workspace's cases, so it may be handed to someone who owns that workspace and nothing
 * else. Each case file imports back with `foothold import` or POST /cases.
 */
import { COLLECTION_NAMES, type CaseFile, type CollectionName } from '../core/case-file/index.js';
import { writeZip } from '../core/qda/qdpx-zip.js';
import { NotFoundError } from '../shared/errors.js';
import { VERSION } from '../shared/version.js';
import type { CaseStore } from '../store/types.js';
import { caseFileText } from './case-files.js';

export const WORKSPACE_BACKUP_FORMAT = 'foothold.workspace-backup/1';
export const MANIFEST_FILE = 'manifest.json';

export interface WorkspaceBackupManifest {
  format: typeof WORKSPACE_BACKUP_FORMAT;
  workspace: string;
  /** The Foothold version that wrote it. */
  foothold: string;
  /** When, ISO 8601. */
  createdAt: string;
  /** In the order the store lists them. */
  firms: { id: string; file: string; records: Record<CollectionName, number> }[];
}

export interface WorkspaceBackup {
  /** A file name that is safe in a Content-Disposition header and on any file system. */
  fileName: string;
  manifest: WorkspaceBackupManifest;
  bytes: Uint8Array;
}

/** Where a firm's case file lies inside the archive. */
export function caseEntryName(firmId: string): string {
  return `cases/${firmId}.json`;
}

/** "foothold-vaasa-study-2026-12-02.zip": only lower-case letters, digits, ".", "_" and "-". */
export function workspaceBackupFileName(workspaceId: string, now: Date): string {
  const stem = workspaceId
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
  return `foothold-${stem === '' ? 'workspace' : stem}-${now.toISOString().slice(0, 10)}.zip`;
}

function recordCounts(c: CaseFile): Record<CollectionName, number> {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, c[name].length])) as Record<CollectionName, number>;
}

/**
 * Reads every case of the workspace and puts them in a zip archive with a manifest. Each case is
 * read in one statement, so each file is a whole case as it was at one moment; a firm deleted while
 * the backup is read is left out.
 *
 * @throws NotFoundError when there is no such workspace.
 */
export async function backupWorkspace(store: CaseStore, workspaceId: string, now: Date): Promise<WorkspaceBackup> {
  if (!(await store.listWorkspaces()).some((w) => w.id === workspaceId)) throw new NotFoundError('workspace', workspaceId);
  const encoder = new TextEncoder();
  const entries = new Map<string, Uint8Array>();
  const firms: WorkspaceBackupManifest['firms'] = [];
  for (const firm of await store.listFirms(workspaceId)) {
    const caseFile = await store.getCase(workspaceId, firm.id);
    if (caseFile === undefined) continue;
    const file = caseEntryName(firm.id);
    entries.set(file, encoder.encode(caseFileText(caseFile)));
    firms.push({ id: firm.id, file, records: recordCounts(caseFile) });
  }
  const manifest: WorkspaceBackupManifest = {
    format: WORKSPACE_BACKUP_FORMAT,
    workspace: workspaceId,
    foothold: VERSION,
    createdAt: now.toISOString(),
    firms,
  };
  // The manifest first, so that it is the first thing a listing of the archive shows.
  const archive = new Map([[MANIFEST_FILE, encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`)], ...entries]);
  return { fileName: workspaceBackupFileName(workspaceId, now), manifest, bytes: writeZip(archive) };
}
