/**
 * Per-workspace retention settings (migration 0010): how long imported contacts are kept. What a
 * purge removes is core/privacy's business; this file only keeps the setting. Every call runs on the
 * executor the CaseStore hands it, so inside `store.transaction` it joins that transaction.
 */
import type { Kysely } from 'kysely';
import { NotFoundError } from '../shared/errors.js';
import type { Database } from './db-schema.js';

/** A workspace's retention settings. */
export interface RetentionSettings {
  /** Days an imported contact is kept after its last import; null: kept until removed by hand. */
  contactsDays: number | null;
  /** When they were last set (ISO 8601). */
  updatedAt: string;
}

/** Retention settings, one row per workspace, exposed as CaseStore.retention. */
export interface RetentionSettingsStore {
  /** Undefined when none were ever set. */
  get(workspaceId: string): Promise<RetentionSettings | undefined>;
  /** NotFoundError when there is no such workspace. */
  set(workspaceId: string, settings: Pick<RetentionSettings, 'contactsDays'>, now: string): Promise<void>;
}

export function createRetentionSettingsStore(db: () => Kysely<Database>): RetentionSettingsStore {
  return {
    async get(workspaceId) {
      const row = await db().selectFrom('retention_settings').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
      return row === undefined ? undefined : { contactsDays: row.contacts_days === null ? null : Number(row.contacts_days), updatedAt: row.updated_at };
    },

    async set(workspaceId, settings, now) {
      const workspace = await db().selectFrom('workspaces').select('id').where('id', '=', workspaceId).executeTakeFirst();
      if (workspace === undefined) throw new NotFoundError('workspace', workspaceId);
      await db()
        .insertInto('retention_settings')
        .values({ workspace_id: workspaceId, contacts_days: settings.contactsDays, updated_at: now })
        .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ contacts_days: settings.contactsDays, updated_at: now }))
        .execute();
    },
  };
}
