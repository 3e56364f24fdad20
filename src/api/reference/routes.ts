/** The market reference data over HTTP: trade blocs on a day, and the institutions directory. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { blocOnDay, blocsOf } from '../../core/markets/blocs.js';
import { findInstitutions } from '../../core/markets/institutions.js';
import { blocMemberSchema, blocSchema, daySchema, institutionKindSchema, institutionSchema, type InstitutionKind } from '../../core/markets/reference.js';
import { builtinChallengeCategorySchema, countryCodeSchema, type BuiltinChallengeCategory } from '../../core/model/index.js';
import { blocReference, institutionReference } from '../../services/market-reference.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../common.js';
import { endpoint } from '../route.js';

const blocOnDaySchema = blocSchema
  .omit({ members: true, note: true })
  .extend({
    inForce: z.boolean().describe('Whether the bloc was in force on the day'),
    members: z.array(blocMemberSchema).describe('Members on the day'),
    outside: z.array(blocMemberSchema).describe('Countries that had joined by the day but had left or were suspended'),
    note: z.string().optional(),
  })
  .meta({ id: 'BlocOnDay' });

const blocsAnswer = z
  .object({ recordedOn: z.string(), on: z.string(), country: z.string().optional(), blocs: z.array(blocOnDaySchema) })
  .strict()
  .meta({ id: 'Blocs' });

const institutionsAnswer = z
  .object({ recordedOn: z.string(), institutions: z.array(institutionSchema.meta({ id: 'Institution' })) })
  .strict()
  .meta({ id: 'Institutions' });

export function registerReferenceRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/reference/blocs',
      tags: ['reference'],
      summary: 'List the trade blocs and regulatory zones with their members on a day, recognitions and sources',
      description: 'Hand-kept data (data/reference/blocs.json): each bloc with its source and as-of date, each member with the day it joined.',
      request: {
        query: z.object({
          country: countryCodeSchema.optional().describe('Only the blocs this country belongs to on the day'),
          on: daySchema.optional().describe('The day, YYYY-MM-DD; default today'),
        }),
      },
      responses: { 200: { description: 'The blocs', content: { 'application/json': { schema: blocsAnswer } } }, ...errorResponses },
    },
    (c) => {
      const file = blocReference();
      const day = c.req.query('on') ?? deps.now().toISOString().slice(0, 10);
      const country = c.req.query('country');
      const chosen = country === undefined ? file.blocs : blocsOf(file.blocs, country, day);
      return c.json({ recordedOn: file.recordedOn, on: day, ...(country === undefined ? {} : { country }), blocs: chosen.map((b) => blocOnDay(b, day)) }, 200);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/reference/institutions',
      tags: ['reference'],
      summary: 'List the institutions that help firms abroad, by country, challenge and kind',
      description:
        'Trade-promotion bodies, chambers, export credit agencies, regulators … (data/reference/institutions.json), each with the challenge categories it helps with, its programmes, a source and an as-of date.',
      request: {
        query: z.object({
          country: countryCodeSchema.optional().describe('Only bodies based in this country'),
          helps: builtinChallengeCategorySchema.optional().describe('Only bodies that help with this challenge category'),
          kind: institutionKindSchema.optional(),
        }),
      },
      responses: {
        200: { description: 'The institutions, by country and name', content: { 'application/json': { schema: institutionsAnswer } } },
        ...errorResponses,
      },
    },
    (c) => {
      const file = institutionReference();
      const country = c.req.query('country');
      const helps = c.req.query('helps') as BuiltinChallengeCategory | undefined;
      const kind = c.req.query('kind') as InstitutionKind | undefined;
      const institutions = findInstitutions(file.institutions, {
        ...(country === undefined ? {} : { country }),
        ...(helps === undefined ? {} : { helps }),
        ...(kind === undefined ? {} : { kind }),
      });
      return c.json({ recordedOn: file.recordedOn, institutions }, 200);
    },
  );
}
