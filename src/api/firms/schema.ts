/**
 * Response schemas of the firm routes: the firm cards of the Firms view and the firm overview. They
 * describe what services/firm-cards.ts and services/case-service.ts#showFirm return, so the OpenAPI
 * document (and the client generated from it) names and types them; the type checks at the end keep
 * the two from drifting apart, and the route tests parse real responses with them.
 */
import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../../core/case-file/index.js';
import {
  countryCodeSchema,
  economyClassSchema,
  entryModeSchema,
  firmSchema,
  idSchema,
  marketStatusSchema,
  partialDateSchema,
  pathwaySchema,
  refSchema,
} from '../../core/model/index.js';
import type { FirmOverview } from '../../services/case-service.js';
import type { FirmCard } from '../../services/firm-cards.js';
import type { Same } from '../schema-check.js';

const sizeClassSchema = z.enum(['micro', 'small', 'medium', 'large']).describe('EU SME size class by headcount: micro < 10, small < 50, medium < 250');
const placeSchema = z.string().describe("The country's English name, or the region as recorded");

export const firmCardMarketSchema = z
  .object({
    id: idSchema,
    place: placeSchema,
    country: countryCodeSchema.optional(),
    region: z.string().optional().describe('Bloc or region, when the market is not one country'),
    status: marketStatusSchema,
  })
  .strict()
  .meta({ id: 'FirmCardMarket' });

export const worstChallengeSchema = z
  .object({
    category: z.string().describe('A built-in challenge category or one the case defines'),
    label: z.string().describe('The category in words, as the reports name it'),
    level: z.enum(['High', 'Medium', 'Low']).describe('Unknown never counts as the worst'),
    market: refSchema.optional().describe('Id of the market when the rating is for one market only'),
    marketPlace: placeSchema.optional().describe("That market's country name or region"),
  })
  .strict()
  .meta({
    id: 'WorstChallenge',
    description:
      'The highest-rated challenge (High > Medium > Low); equal levels go to the category first in the table order, then firm-wide before per-market. Absent when no challenge is rated, or all are Unknown',
  });

export const firmCardSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    countryOfOrigin: countryCodeSchema,
    version: z.number().int().describe('Version of the firm record, for updates'),
    updatedAt: z.string().describe('When the case last changed (ISO 8601)'),
    countryName: z.string().describe('English name of the country of origin'),
    sizeClass: sizeClassSchema.optional().describe('Absent when the headcount is not recorded or cannot decide the class'),
    pathway: pathwaySchema.optional().describe('The internationalization pathway as recorded on the firm'),
    markets: z.array(firmCardMarketSchema).describe('In the order the case lists them'),
    worstChallenge: worstChallengeSchema.optional(),
    counts: z.object({ actors: z.number().int(), ties: z.number().int() }).strict(),
  })
  .strict()
  .meta({ id: 'FirmCard', description: 'A firm as the Firms view shows it' });

const economyClassReadingSchema = z
  .object({
    value: economyClassSchema.optional().describe('Absent when neither an override nor the reference data decide it'),
    basis: z.enum(['override', 'reference', 'unknown']),
    reason: z.string().optional().describe('The reason given for an override'),
  })
  .strict()
  .meta({ id: 'EconomyClassReading' });

const pathwayIndicatorsSchema = z
  .object({
    yearsToFirstInternational: z.number().int().optional().describe('Years from founding to the first international step, when both years are known'),
    marketsServing: z.number().int().describe('Foreign markets the firm serves now itself, not through a group company'),
    marketsServedByGroup: z.number().int().describe("Foreign markets a company of the firm's own group serves now"),
    marketsEntered: z.number().int().describe('Foreign markets the firm has been in, now or before (serving, past, exited)'),
    marketsActiveOrPlanned: z.number().int().describe('Foreign markets it serves now or plans or explores'),
    stated: z
      .object({ value: pathwaySchema, evidence: z.array(refSchema) })
      .strict()
      .optional()
      .describe('The pathway the analyst recorded, and the segments cited for it'),
  })
  .strict()
  .meta({ id: 'PathwayIndicators' });

export const firmOverviewMarketSchema = z
  .object({
    id: idSchema,
    place: placeSchema,
    country: countryCodeSchema.optional(),
    region: z.string().optional(),
    status: marketStatusSchema,
    entryModes: z.array(entryModeSchema).optional(),
    servedBy: refSchema.optional().describe('The group company (an actor) that serves the market rather than the firm itself'),
    servedByName: z.string().optional().describe('That group company’s name'),
    startedOn: partialDateSchema.optional(),
    endedOn: partialDateSchema.optional(),
  })
  .strict()
  .meta({ id: 'FirmOverviewMarket' });

const count = z.number().int();
const recordCountsSchema = z
  .object(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, count])) as Record<CollectionName, typeof count>)
  .strict()
  .meta({ id: 'RecordCounts', description: 'How many records the case has in each collection' });

export const firmOverviewSchema = z
  .object({
    firm: firmSchema,
    derived: z
      .object({
        economyClass: economyClassReadingSchema,
        sizeClass: sizeClassSchema.optional().describe('Absent when the headcount is not recorded or cannot decide the class'),
        yearsActive: z.number().int().optional().describe('Whole years since founding, when the founding year is known'),
        pathway: pathwayIndicatorsSchema,
      })
      .strict(),
    markets: z.array(firmOverviewMarketSchema),
    counts: recordCountsSchema,
  })
  .strict()
  .meta({ id: 'FirmOverview', description: 'A firm with its derived values, markets and record counts: what `foothold show` prints' });

// What the services return must fit these schemas: a field added to a service type with no place
// here, or typed differently, stops the build. (The route tests parse real responses with the
// strict schemas, which also catches a field here that the services never send.)
const cardFits: Same<FirmCard, typeof firmCardSchema> = true;
const overviewFits: Same<FirmOverview, typeof firmOverviewSchema> = true;
void [cardFits, overviewFits];
