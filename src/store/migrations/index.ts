/**
 * Every migration, by name, in one static map. Static imports (rather than reading a folder) make
 * the same list work from tsx, vitest and compiled dist/. Names sort in the order they run.
 * Forward-only: a release never edits or removes an entry, it adds the next one.
 */
import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as competence from './0002-competence-assessments.js';
import * as referenceIndex from './0003-reference-index.js';
import * as caseFormat2 from './0004-case-format-2.js';
import * as partnerSearches from './0005-partner-searches.js';
import * as transcriptsAndCodes from './0006-transcripts-and-codes.js';
import * as accounts from './0007-accounts.js';
import * as auditLog from './0008-audit-log.js';
import * as cohortSnapshots from './0009-cohort-snapshots.js';
import * as retention from './0010-retention.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-competence-assessments': competence,
  '0003-reference-index': referenceIndex,
  '0004-case-format-2': caseFormat2,
  '0005-partner-searches': partnerSearches,
  '0006-transcripts-and-codes': transcriptsAndCodes,
  '0007-accounts': accounts,
  '0008-audit-log': auditLog,
  '0009-cohort-snapshots': cohortSnapshots,
  '0010-retention': retention,
};
