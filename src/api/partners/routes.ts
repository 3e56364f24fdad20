/**
 * The work on a partner search: add candidates and criteria, score, note, move a candidate between
 * stages (logged with its reason), close or reopen, and read its board and the suggestions from the
 * firm's network. Listing, reading, creating, replacing and deleting whole searches are the record
 * routes of the collection (…/partner-searches, …/partner-searches/{id}); these routes sit beside
 * them and take the version the caller read the same way, in the body (409 stale_version).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from 'zod';
import {
  addCandidate,
  addCriteria,
  moveCandidate,
  noteCandidate,
  scoreCandidate,
  searchBoard,
  searchSuggestions,
  setStatus,
} from '../../services/partner-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, jsonContent, param, readBodyAs } from '../common.js';
import { endpoint } from '../route.js';
import {
  addCandidateBody,
  boardSchema,
  candidateParams,
  changedSearchSchema,
  criteriaBody,
  moveBody,
  noteBody,
  scoresBody,
  searchParams,
  statusBody,
  suggestionsSchema,
} from './schema.js';

const BASE = '/api/workspaces/{workspace}/firms/{firmId}/partner-searches/{searchId}';
const tags = ['partner-searches'];

const bodyOf = <S extends z.ZodType>(c: Context, deps: AppDeps, schema: S): Promise<z.output<S>> => readBodyAs(c, deps.limits.record, schema);

const body = (schema: z.ZodType, description: string) => ({ body: { content: { 'application/json': { schema } }, required: true, description } });

export function registerPartnerRoutes(app: OpenAPIHono, appDeps: AppDeps): void {
  /** The store, workspace, firm and search a request is about: the first arguments of every service call. */
  const where = (c: Context) => [appDeps.store, param(c, 'workspace'), param(c, 'firmId'), param(c, 'searchId')] as const;
  const changed = { 200: jsonContent(changedSearchSchema, 'The search as stored, with its new version'), ...errorResponses };

  endpoint(
    app,
    {
      method: 'post',
      path: `${BASE}/candidates`,
      tags,
      summary: 'Add a candidate to a partner search',
      description:
        'An actor of the case (`actor`, its name is taken) or a name not in the network yet (`name`), optionally with who recommended it (`referredBy`). It joins the long list; its id is the actor’s id or one made from the name (`candidateId` in the answer).',
      request: { params: searchParams, ...body(addCandidateBody, 'The candidate, and the version of the search you read') },
      responses: { 201: jsonContent(changedSearchSchema, 'Added'), ...errorResponses },
    },
    async (c) => {
      const { version, ...given } = await bodyOf(c, appDeps, addCandidateBody);
      const saved = await addCandidate(...where(c), given, version);
      return c.json(saved, 201);
    },
  );

  endpoint(
    app,
    {
      method: 'post',
      path: `${BASE}/criteria`,
      tags,
      summary: 'Add criteria to a partner search',
      description: 'Each with a weight 1–5 and an id made from its name; a criterion whose name the search has already gets the new weight.',
      request: { params: searchParams, ...body(criteriaBody, 'The criteria, and the version of the search you read') },
      responses: changed,
    },
    async (c) => {
      const { version, criteria } = await bodyOf(c, appDeps, criteriaBody);
      return c.json(await addCriteria(...where(c), criteria, version), 200);
    },
  );

  endpoint(
    app,
    {
      method: 'post',
      path: `${BASE}/candidates/{candidateId}/scores`,
      tags,
      summary: 'Add scores of a candidate against the search’s criteria',
      description:
        'Scores 0–5, criteria named by id or name; a criterion not given keeps its score, null takes one back. Unknown criteria are named with the valid ones.',
      request: { params: candidateParams, ...body(scoresBody, 'The scores, and the version of the search you read') },
      responses: changed,
    },
    async (c) => {
      const { version, scores } = await bodyOf(c, appDeps, scoresBody);
      return c.json(await scoreCandidate(...where(c), param(c, 'candidateId'), scores, version), 200);
    },
  );

  endpoint(
    app,
    {
      method: 'post',
      path: `${BASE}/candidates/{candidateId}/moves`,
      tags,
      summary: 'Add a move of a candidate to another stage, with its reason',
      description: 'Moves the candidate and appends the decision (today, from, to, reason) to the search’s log. Dropping a candidate needs a reason.',
      request: { params: candidateParams, ...body(moveBody, 'The stage, the reason, and the version of the search you read') },
      responses: changed,
    },
    async (c) => {
      const { version, to, reason } = await bodyOf(c, appDeps, moveBody);
      return c.json(await moveCandidate(...where(c), param(c, 'candidateId'), to, reason, appDeps.now(), version), 200);
    },
  );

  endpoint(
    app,
    {
      method: 'post',
      path: `${BASE}/candidates/{candidateId}/notes`,
      tags,
      summary: 'Add a note on a candidate',
      description: 'Dated today. Allowed on a closed search too.',
      request: { params: candidateParams, ...body(noteBody, 'The note, and the version of the search you read') },
      responses: changed,
    },
    async (c) => {
      const { version, text } = await bodyOf(c, appDeps, noteBody);
      return c.json(await noteCandidate(...where(c), param(c, 'candidateId'), text, appDeps.now(), version), 200);
    },
  );

  endpoint(
    app,
    {
      method: 'post',
      path: `${BASE}/status`,
      tags,
      summary: 'Replace the status of a partner search: close or reopen it',
      description: 'A closed search takes notes, but no new candidates, criteria, scores or moves.',
      request: { params: searchParams, ...body(statusBody, 'open or closed, and the version of the search you read') },
      responses: changed,
    },
    async (c) => {
      const { version, status } = await bodyOf(c, appDeps, statusBody);
      return c.json(await setStatus(...where(c), status, version), 200);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: `${BASE}/board`,
      tags,
      summary: 'Show the board of a partner search',
      description:
        'One column per stage (long list, contacted, referred, audit, negotiation, contract, dropped), candidates ranked by weighted score within each: Σ weight × score / Σ weight × 5 over the criteria scored so far, with the missing criteria listed (never counted as 0) and the coverage they leave. With the decision log, newest first, and the version of the search read.',
      request: { params: searchParams },
      responses: { 200: jsonContent(boardSchema, 'The board'), ...errorResponses },
    },
    async (c) => c.json(await searchBoard(...where(c)), 200),
  );

  endpoint(
    app,
    {
      method: 'get',
      path: `${BASE}/suggestions`,
      tags,
      summary: 'List actors within two hops of the firm that could join a partner search',
      description:
        'Actors the firm or its key people know, or reach through one contact, that match the search’s organization type, market (the actor’s countries, or a tie to it naming the market) and role (the actor’s roles, or a tie’s subtype) — whichever of these the search sets — and are not candidates yet. Each with who holds the first tie, the introducer in the middle, the ties’ strengths and weights as of today, strongest path first.',
      request: { params: searchParams },
      responses: { 200: jsonContent(suggestionsSchema, 'The suggestions'), ...errorResponses },
    },
    async (c) => c.json(await searchSuggestions(...where(c), appDeps.now()), 200),
  );
}
