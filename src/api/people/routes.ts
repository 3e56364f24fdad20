/**
 * One person's data across a workspace over HTTP (GDPR Art. 15 and 17): the export and the
 * erasure of `foothold person export|erase`, through the same service (services/privacy-service.ts).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { erasePerson, exportPerson } from '../../services/privacy-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, jsonContent, param, readBodyAs } from '../common.js';
import { endpoint } from '../route.js';
import { erasureRequestSchema, erasureResultSchema, personExportQuery, personExportSchema, personParams } from './schema.js';

const PERSON = '/api/workspaces/{workspace}/people/{actorId}';
const tags = ['people'];
/** What a person's data must not be kept in: a browser's or a proxy's cache. */
const NO_STORE = { 'cache-control': 'no-store' };

const idsNote =
  'Ids are per firm: the person is the actor with this id in each firm of the workspace that has one. Other firms are searched by the names, e-mail, telephone and profile addresses found there.';

export function registerPeopleRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: PERSON,
      action: 'export',
      tags,
      summary: 'Export everything the workspace holds about one person',
      description: `${idsNote} Per firm: the actor, its ties, the records naming it, quotes, transcript passages and other texts naming the person, other actors that may be them, and every audit-log item that holds their record or names them. The same JSON as \`foothold person export\`. 404 when no firm has an actor with the id.`,
      request: { params: personParams, query: personExportQuery },
      responses: { 200: jsonContent(personExportSchema, 'What the workspace holds about the person'), ...errorResponses },
    },
    async (c) => {
      const result = await exportPerson(deps.store, param(c, 'workspace'), param(c, 'actorId'), { aliases: c.req.queries('alsoNamed') ?? [] });
      return c.json(result, 200, NO_STORE);
    },
  );

  endpoint(
    app,
    {
      method: 'post',
      path: `${PERSON}/erasure`,
      action: 'erase_person',
      tags,
      summary: 'Start an erasure of one person from every firm that has the actor, or show its plan',
      description: `Without \`"confirm": true\` the answer is the plan and nothing is written, like \`foothold person erase\` without \`--yes\`: read it (the records removed and changed, the name parts left unmasked because others share them, other actors that may be the same person), then send the same body with \`"confirm": true\` to erase. ${idsNote} Only where the id matches is the person erased: erase the other ids one by one. The actor and its ties are removed; every occurrence of the name in quotes, transcripts and notes becomes "▇" of the same length; audit-log items keep who changed what and when, with the person's records as { "id", "erased": true } and names masked. One transaction: when any case would break a rule afterwards, 422 and nothing is erased. The erasure is itself a change in the audit log.`,
      request: {
        params: personParams,
        body: { content: { 'application/json': { schema: erasureRequestSchema } }, required: true },
      },
      responses: { 200: jsonContent(erasureResultSchema, 'The plan (dryRun true), or what was erased (dryRun false)'), ...errorResponses },
    },
    async (c) => {
      const body = await readBodyAs(c, deps.limits.record, erasureRequestSchema);
      const result = await erasePerson(deps.store, param(c, 'workspace'), param(c, 'actorId'), {
        aliases: body.alsoNamed ?? [],
        dryRun: body.confirm !== true,
      });
      return c.json(result, 200, NO_STORE);
    },
  );
}
