/**
 * Shapes of the person routes (GDPR access and erasure over HTTP): what services/privacy-service.ts
 * returns for an export and an erasure, and what an erasure request may say. Named components, so
 * the OpenAPI document (and the client generated from it) types every part; the type checks at the
 * end keep them and the service from drifting apart, and the route tests parse real responses with them.
 */
import { z } from 'zod';
import { COLLECTION_NAMES } from '../../core/case-file/index.js';
import { actorKindSchema, actorSchema, idSchema, tieSchema } from '../../core/model/index.js';
import type { ErasureResult, PersonExport } from '../../services/privacy-service.js';
import type { Same } from '../schema-check.js';
import { workspaceParam } from '../common.js';

/** Most other spellings one request may give, and the longest: a name, an e-mail or a profile address. */
export const MAX_ALSO_NAMED = 20;
const MAX_ALSO_NAMED_LENGTH = 200;

const alsoNamedItem = z
  .string()
  .max(MAX_ALSO_NAMED_LENGTH, `expected at most ${MAX_ALSO_NAMED_LENGTH} characters: one name, e-mail or profile address`)
  .refine((text) => text.trim() !== '', 'expected a name, an e-mail or a profile address, not blank text');
const alsoNamedList = z
  .array(alsoNamedItem)
  .max(MAX_ALSO_NAMED, `expected at most ${MAX_ALSO_NAMED} other spellings`)
  .describe(
    'Other spellings of the name (another script, a former name), e-mail or profile addresses, matched as whole names; the same as `--also-named` of `foothold person`',
  );

export const personParams = workspaceParam.extend({ actorId: idSchema.describe('Id of the actor (a person), e.g. "act-aibek"; the same id in every firm') });

export const personExportQuery = z.object({ alsoNamed: alsoNamedList.optional().meta({ param: { style: 'form', explode: true } }) });

export const erasureRequestSchema = z
  .object({
    alsoNamed: alsoNamedList.optional(),
    confirm: z.boolean().optional().describe('true to erase; left out (or false), the answer is the plan and nothing is written'),
  })
  .strict()
  .meta({ id: 'ErasureRequest' });

const mention = { start: z.number().int().describe('First code point'), end: z.number().int().describe('Code point after the last'), text: z.string() };
const mentionSchema = z.object(mention).strict().meta({ id: 'PersonMention', description: 'Where a name of the person is in a text, in code points' });

const lookalikeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: actorKindSchema,
    sameAs: z.array(z.enum(['name', 'email', 'phone', 'address'])).describe('What they share with the person'),
  })
  .strict()
  .meta({ id: 'PersonLookalike', description: 'Another actor of the firm that may be the same person under another id: listed, never erased' });

const auditItemSchema = z
  .object({
    changeId: z.string(),
    at: z.string().describe('When, ISO 8601'),
    actor: z.string().describe('Who made the change'),
    userId: z.string().nullable(),
    firmId: z.string(),
    collection: z.string().describe('A collection name, "firm" for the firm record, or "case" for a whole case'),
    recordId: z.string(),
    kind: z.enum(['insert', 'update', 'delete']),
    before: z.unknown().describe('The record before, null for an insert'),
    after: z.unknown().describe('The record after, null for a delete'),
    versionAfter: z.number().int().nullable(),
  })
  .strict()
  .meta({ id: 'PersonAuditItem', description: 'An audit-log item that holds the person’s record or names them, with its change' });

export const personExportFirmSchema = z
  .object({
    firmId: z.string(),
    firmName: z.string(),
    foundBy: z.enum(['id', 'name']).describe('"id": the firm has an actor with the id; "name": only names or addresses of the person were found there'),
    actor: actorSchema.optional().describe('The actor record; absent where only names were found'),
    ties: z.array(tieSchema).describe('Ties to and from the actor'),
    referrers: z
      .array(
        z
          .object({
            collection: z.enum(['firm', ...COLLECTION_NAMES]),
            id: z.string(),
            fields: z.array(z.string()).describe('JSON pointers inside the record'),
            record: z.unknown(),
          })
          .strict(),
      )
      .describe('Records that name the actor or one of its ties'),
    quotes: z
      .array(
        z
          .object({
            segment: z.string(),
            source: z.string(),
            quote: z.string(),
            span: z.object({ transcript: z.string(), start: z.number().int(), end: z.number().int() }).strict().optional(),
            mentions: z.array(mentionSchema),
          })
          .strict(),
      )
      .describe('Coded quotes that name the person'),
    transcripts: z
      .array(
        z
          .object({
            transcript: z.string(),
            source: z.string(),
            mentions: z.array(z.object({ ...mention, context: z.string().describe('The text around the mention') }).strict()),
          })
          .strict(),
      )
      .describe('Transcript passages that name the person'),
    texts: z
      .array(z.object({ pointer: z.string(), text: z.string() }).strict())
      .describe('Other free text, addresses or file names of the case that name them'),
    lookalikes: z.array(lookalikeSchema),
    audit: z.array(auditItemSchema).describe("Every audit item of the firm that holds the person's record or names them"),
  })
  .strict()
  .meta({ id: 'PersonExportFirm', description: "One firm's part of a person export" });

export const personExportSchema = z
  .object({
    workspace: z.string(),
    actorId: z.string(),
    names: z.array(z.string()).describe("The names looked for: the actor's in each firm that has it, then the other spellings given"),
    firms: z.array(personExportFirmSchema),
  })
  .strict()
  .meta({ id: 'PersonExport', description: 'Everything the workspace holds about one person (GDPR Art. 15): what `foothold person export` prints' });

const recordIdSchema = z
  .object({ collection: z.enum(COLLECTION_NAMES), id: z.string() })
  .strict()
  .meta({ id: 'ErasedRecordId' });

export const erasureFirmSchema = z
  .object({
    firmId: z.string(),
    firmName: z.string(),
    name: z.string().describe("The actor's name there, before the erasure"),
    removed: z.array(recordIdSchema).describe('The actor and its ties'),
    changed: z.array(recordIdSchema).describe('Records kept but changed: a reference left out, a name masked, an address dropped'),
    masked: z.number().int().describe('Occurrences of a name masked in the case'),
    addressesDropped: z.number().int(),
    sharedParts: z
      .array(z.string())
      .describe('Parts of the name left unmasked because someone else in the case has them too: give them in alsoNamed to mask them'),
    lookalikes: z.array(lookalikeSchema).describe('Other actors that may be the same person: not erased'),
    auditItems: z.number().int().describe('Audit items rewritten (in a plan: that would be)'),
  })
  .strict()
  .meta({ id: 'ErasureFirm', description: "One firm's part of an erasure" });

export const erasureResultSchema = z
  .object({
    dryRun: z.boolean().describe('true: the plan only, nothing was written; false: erased'),
    workspace: z.string(),
    actorId: z.string(),
    firms: z.array(erasureFirmSchema),
  })
  .strict()
  .meta({ id: 'ErasureResult', description: 'What an erasure did, or would do, firm by firm: what `foothold person erase --json` prints' });

// What the service returns must fit these schemas: a field added to a service type with no place
// here, or typed differently, stops the build.
const fits: [Same<PersonExport, typeof personExportSchema>, Same<ErasureResult, typeof erasureResultSchema>] = [true, true];
void fits;
