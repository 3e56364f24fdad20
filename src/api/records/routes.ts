/**
 * Create, read, update and delete for every collection of a case (actors, ties, markets,
 * challenge ratings, utilization cells, benefits, sources, segments …), one set of routes each.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { CASE_COLLECTIONS, COLLECTION_NAMES, RECORD_NOUN, type CollectionName } from '../../core/case-file/index.js';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from '../../services/record-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmParams, jsonContent, param, readJsonBody, recordParams, versionedBody, versionQuery, versionQuerySchema } from '../common.js';
import { endpoint } from '../route.js';
import { withArticle } from '../../shared/words.js';

/** URL segment of each collection: kebab-case of its name in the case file. */
export const COLLECTION_SLUGS: Record<CollectionName, string> = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, name.replace(/[A-Z]/g, (ch) => '-' + ch.toLowerCase())]),
) as Record<CollectionName, string>;

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "ties", "key people", "activities": the plural of a record noun, changing its last word. */
export function pluralOf(noun: string): string {
  if (/person$/.test(noun)) return noun.replace(/person$/, 'people');
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, 'ies');
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function registerCollection(app: OpenAPIHono, deps: AppDeps, collection: CollectionName): void {
  const slug = COLLECTION_SLUGS[collection];
  const noun = RECORD_NOUN[collection];
  const base = `/api/workspaces/{workspace}/firms/{firmId}/${slug}`;
  const recordSchema = CASE_COLLECTIONS[collection];
  const versioned = z.object({ version: z.number().int(), record: recordSchema }).meta({ id: `Versioned${pascal(collection)}` });
  const tags = [slug];

  endpoint(
    app,
    {
      method: 'get',
      path: base,
      tags,
      summary: `List the firm's ${pluralOf(noun)}`,
      request: { params: firmParams },
      responses: { 200: jsonContent(z.array(versioned), 'In stored order'), ...errorResponses },
    },
    async (c) => c.json(await listRecords(deps.store, param(c, 'workspace'), param(c, 'firmId'), collection)),
  );
  endpoint(
    app,
    {
      method: 'post',
      path: base,
      tags,
      summary: `Add ${withArticle(noun)}`,
      description: 'The record is checked against the schema and against the rest of the case (references must exist; ids are unique within the case).',
      request: { params: firmParams, body: { content: { 'application/json': { schema: recordSchema } }, required: true } },
      responses: { 201: jsonContent(versioned, 'Created, version 1'), ...errorResponses },
    },
    async (c) => c.json(await createRecord(deps.store, param(c, 'workspace'), param(c, 'firmId'), collection, await readJsonBody(c, deps.limits.record)), 201),
  );
  endpoint(
    app,
    {
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: `Read ${withArticle(noun)}`,
      request: { params: recordParams },
      responses: { 200: jsonContent(versioned, 'The record and its version'), ...errorResponses },
    },
    async (c) => c.json(await getRecord(deps.store, param(c, 'workspace'), param(c, 'firmId'), collection, param(c, 'id'))),
  );
  endpoint(
    app,
    {
      method: 'put',
      path: `${base}/{id}`,
      tags,
      summary: `Replace ${withArticle(noun)}`,
      description: 'Send `{ "version": <the version you read>, "record": {…} }`; 409 `stale_version` when it changed since.',
      request: { params: recordParams, body: { content: { 'application/json': { schema: versioned } }, required: true } },
      responses: { 200: jsonContent(versioned, 'The record as stored'), ...errorResponses },
    },
    async (c) => {
      const { version, record } = versionedBody(await readJsonBody(c, deps.limits.record));
      return c.json(await updateRecord(deps.store, param(c, 'workspace'), param(c, 'firmId'), collection, param(c, 'id'), record, version));
    },
  );
  endpoint(
    app,
    {
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: `Delete ${withArticle(noun)}`,
      description: 'Refused with 409 while other records refer to it. `?version=` makes the delete conditional.',
      request: { params: recordParams, query: versionQuerySchema },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    },
    async (c) => {
      await deleteRecord(deps.store, param(c, 'workspace'), param(c, 'firmId'), collection, param(c, 'id'), versionQuery(c));
      return c.body(null, 204);
    },
  );
}

export function registerRecordRoutes(app: OpenAPIHono, deps: AppDeps): void {
  for (const collection of COLLECTION_NAMES) registerCollection(app, deps, collection);
}
