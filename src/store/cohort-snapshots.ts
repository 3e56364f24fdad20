/**
 * Dated snapshots of a workspace's cohort figures (migration 0009), for the cohort dashboard's change
 * over time. One row per workspace and day; what the figures are is core/cohort's business, this file
 * only keeps them. Every call runs on the executor the CaseStore hands it, so inside
 * `store.transaction` it joins that transaction.
 */
import type { Kysely } from 'kysely';
import type { CohortFigures } from '../core/cohort/types.js';
import { NotFoundError } from '../shared/errors.js';
import type { Database } from './db-schema.js';
import { storableJson } from './storable.js';
import type { CohortSnapshotRow, CohortSnapshotStore } from './types.js';

export function createCohortSnapshotStore(db: () => Kysely<Database>): CohortSnapshotStore {
  return {
    async put(workspaceId, date, figures, now) {
      const workspace = await db().selectFrom('workspaces').select('id').where('id', '=', workspaceId).executeTakeFirst();
      if (workspace === undefined) throw new NotFoundError('workspace', workspaceId);
      const earlier = await db()
        .selectFrom('cohort_snapshots')
        .select('taken_on')
        .where('workspace_id', '=', workspaceId)
        .where('taken_on', '=', date)
        .executeTakeFirst();
      const json = storableJson(figures, '');
      await db()
        .insertInto('cohort_snapshots')
        .values({ workspace_id: workspaceId, taken_on: date, figures: json, taken_at: now })
        .onConflict((oc) => oc.columns(['workspace_id', 'taken_on']).doUpdateSet({ figures: json, taken_at: now }))
        .execute();
      return earlier !== undefined;
    },

    async list(workspaceId) {
      const rows = await db().selectFrom('cohort_snapshots').selectAll().where('workspace_id', '=', workspaceId).orderBy('taken_on').execute();
      return rows.map((r): CohortSnapshotRow => ({
        date: r.taken_on,
        // Trust boundary: written by put from CohortFigures.
        figures: JSON.parse(r.figures) as CohortFigures,
        takenAt: r.taken_at,
      }));
    },
  };
}
