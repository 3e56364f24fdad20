/**
 * Response schemas of the thesis tables route (`tables/{n}?format=json`): one named component per
 * table shape, so the OpenAPI document (and the client generated from it) types each table instead
 * of an untyped record. They describe what core/report/case-tables.ts#caseTableData (Tables 2–6)
 * and services/analysis-service.ts#thesisTable (Tables 7–10) return; the type checks at the end keep
 * the two from drifting apart, and the route tests parse real responses with them.
 */
import { z } from 'zod';
import { challengeLevelSchema, NETWORK_TYPES, sourceKindSchema, utilizationLevelSchema, type NetworkType } from '../../core/model/index.js';
import type { CaseTableData } from '../../core/report/case-tables.js';
import type { ChallengeTable, UtilizationTable } from '../../core/analysis/index.js';
import type { Same } from '../schema-check.js';

/** A table keyed by firm id; a firm the table has nothing for may be left out. */
const byFirm = <T extends z.ZodType>(part: T) => z.record(z.string().describe('Firm id'), part);

export const interviewRowSchema = z
  .object({
    id: z.string(),
    interviewee: z.string().describe('The interviewee’s role, else the source’s title'),
    participantId: z.string().optional(),
    mode: z.string().optional(),
    date: z.string().optional().describe('The source’s own date, for an interview recorded without sessions'),
    sessions: z.array(
      z
        .object({ date: z.string().describe('YYYY, YYYY-MM or YYYY-MM-DD'), durationMinutes: z.number().int().optional() })
        .strict()
        .meta({ id: 'InterviewSession' }),
    ),
  })
  .strict()
  .meta({ id: 'InterviewRow', description: 'One interview source: who was interviewed, how, and its sessions' });

export const firmInterviewsSchema = z
  .object({
    mainBusiness: z.string().optional().describe('The source’s words (a fact of topic main_business), else the product type, else the sector'),
    interviews: z.array(interviewRowSchema),
  })
  .strict()
  .meta({ id: 'FirmInterviews', description: 'Table 2 for one firm' });

export const secondarySourceRowSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: sourceKindSchema,
    author: z.string().optional(),
    publisher: z.string().optional(),
    date: z.string().optional(),
    url: z.string().optional(),
  })
  .strict()
  .meta({ id: 'SecondarySourceRow' });

export const firmSecondarySourcesSchema = z
  .object({
    sources: z.array(secondarySourceRowSchema),
    reportedIn: z
      .array(z.object({ id: z.string(), title: z.string() }).strict())
      .describe('Sources that report the case’s interviews: the study they are known through, not one of its sources'),
  })
  .strict()
  .meta({ id: 'FirmSecondarySources', description: 'Table 3 for one firm: its sources other than interviews' });

export const activityRowSchema = z
  .object({
    id: z.string(),
    activity: z.string(),
    step: z.string(),
    countries: z.array(z.string()),
    regions: z.array(z.string()),
    role: z.string().optional(),
    partners: z.array(z.string()).describe('Names of the actors who carry the activity'),
  })
  .strict()
  .meta({ id: 'ActivityRow', description: 'Table 4: one value-chain activity' });

export const keyPersonRowSchema = z
  .object({
    id: z.string(),
    role: z.string(),
    name: z.string().optional(),
    participantId: z.string().optional(),
    education: z.string().optional(),
    experience: z.string().optional(),
    internationalNetworking: z.string().optional(),
  })
  .strict()
  .meta({ id: 'KeyPersonRow', description: 'Tables 5 and 6: one key person' });

export const interviewsTableSchema = byFirm(firmInterviewsSchema).meta({ id: 'InterviewsTable', description: 'Table 2: interviews, by firm id' });
export const secondarySourcesTableSchema = byFirm(firmSecondarySourcesSchema).meta({
  id: 'SecondarySourcesTable',
  description: 'Table 3: secondary sources, by firm id',
});
export const activitiesTableSchema = byFirm(z.array(activityRowSchema)).meta({
  id: 'ActivitiesTable',
  description: 'Table 4: value-chain activities, by firm id',
});
export const keyPeopleTableSchema = byFirm(z.array(keyPersonRowSchema)).meta({ id: 'KeyPeopleTable', description: 'Tables 5 and 6: key people, by firm id' });
export const textRowsTableSchema = byFirm(z.record(z.string().describe('Row label'), z.string())).meta({
  id: 'TextRowsTable',
  description: 'Tables 7 (profile) and 8 (network types): row label → text, by firm id; rows with nothing recorded are left out',
});
export const challengesTableSchema = byFirm(z.record(z.string().describe('Challenge category'), challengeLevelSchema)).meta({
  id: 'ChallengesTable',
  description: 'Table 9: challenge category → level, by firm id',
});
const utilizationRowSchema = z
  .object(
    Object.fromEntries(NETWORK_TYPES.map((t) => [t, utilizationLevelSchema.optional()])) as Record<NetworkType, z.ZodOptional<typeof utilizationLevelSchema>>,
  )
  .strict();
export const utilizationTableSchema = byFirm(z.record(z.string().describe('Challenge category'), utilizationRowSchema)).meta({
  id: 'UtilizationTable',
  description: 'Table 10: challenge category → network type → recorded level, by firm id',
});

export const thesisTableSchema = z
  .union([
    interviewsTableSchema,
    secondarySourcesTableSchema,
    activitiesTableSchema,
    keyPeopleTableSchema,
    textRowsTableSchema,
    challengesTableSchema,
    utilizationTableSchema,
  ])
  .meta({ id: 'ThesisTable', description: 'One of the thesis tables as data keyed by firm id; which one depends on n' });

/** The schema of each table number's JSON body. */
export const THESIS_TABLE_SCHEMAS = {
  2: interviewsTableSchema,
  3: secondarySourcesTableSchema,
  4: activitiesTableSchema,
  5: keyPeopleTableSchema,
  6: keyPeopleTableSchema,
  7: textRowsTableSchema,
  8: textRowsTableSchema,
  9: challengesTableSchema,
  10: utilizationTableSchema,
} as const;

// What core returns must fit these schemas: a field added to a table type with no place here, or
// typed differently, stops the build.
const fits: [
  Same<CaseTableData[2], typeof interviewsTableSchema>,
  Same<CaseTableData[3], typeof secondarySourcesTableSchema>,
  Same<CaseTableData[4], typeof activitiesTableSchema>,
  Same<CaseTableData[5], typeof keyPeopleTableSchema>,
  Same<CaseTableData[6], typeof keyPeopleTableSchema>,
  Same<ChallengeTable, typeof challengesTableSchema>,
  Same<UtilizationTable, typeof utilizationTableSchema>,
] = [true, true, true, true, true, true, true];
void fits;
