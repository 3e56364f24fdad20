/** A foreign market — a country or a bloc/region — and the firm's presence there. */
import { z } from 'zod';
import { compareDates, countryCodeSchema, evidenceSchema, partialDateSchema, recordBase, refSchema, textSchema } from './primitives.js';
import { entryModeSchema, marketStatusSchema, mitigationStatusSchema, originMeasureSchema } from './vocabulary.js';

const ENDED: readonly string[] = ['past', 'exited', 'failed'];

export const marketSchema = z
  .object({
    ...recordBase,
    country: countryCodeSchema.optional(),
    region: textSchema.optional().describe('Bloc or region code, e.g. "EU", "EAEU", "Central Asia"'),
    status: marketStatusSchema.describe(
      'serving: the firm serves it now; past: served it before, not now; exited: withdrew; failed: tried and did not get in; target: planned; exploring: looking into it',
    ),
    entryModes: z.array(entryModeSchema).optional().describe('How the firm serves or entered the market; several when it combines them'),
    intermediaries: z.array(refSchema).optional().describe('Actors through which the firm serves the market: a distributor, an agent, a trading house'),
    servedBy: refSchema
      .optional()
      .describe("A company of the firm's own group (an actor with groupRelation) that serves this market rather than the firm itself"),
    startedOn: partialDateSchema.optional(),
    endedOn: partialDateSchema.optional(),
    failureReason: textSchema.optional().describe('For failed, exited or past markets: why the firm did not get in or left'),
    prerequisites: z.array(textSchema).optional().describe('What the firm needs before it can enter: a registration, a certificate, a partner'),
    originMitigation: z
      .array(
        z
          .object({
            measure: originMeasureSchema,
            status: mitigationStatusSchema,
            note: textSchema.optional().describe('What was done or is planned: the certificate, the partner, the campaign'),
            due: partialDateSchema.optional(),
            evidence: evidenceSchema,
          })
          .strict(),
      )
      .optional()
      .describe('Country-of-origin checklist for this market (thesis §5.2): where each measure stands'),
    description: z.string().optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if ((m.country === undefined) === (m.region === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'expected exactly one of "country" or "region"' });
    }
    if (m.startedOn !== undefined && m.endedOn !== undefined && compareDates(m.endedOn, m.startedOn) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['endedOn'],
        message: `expected a date on or after startedOn ${m.startedOn}, got ${m.endedOn}: a market cannot end before it starts`,
      });
    }
    if (m.endedOn !== undefined && !ENDED.includes(m.status)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endedOn'],
        message: `an end date goes with status past, exited or failed, not "${m.status}"; set the status, or leave endedOn out`,
      });
    }
    const measures = (m.originMitigation ?? []).map((x) => x.measure);
    measures.forEach((measure, i) => {
      if (measures.indexOf(measure) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['originMitigation', i, 'measure'],
          message: `"${measure}" is on this market's checklist already; keep one entry per measure`,
        });
      }
    });
    if (m.failureReason !== undefined && !ENDED.includes(m.status)) {
      ctx.addIssue({ code: 'custom', path: ['failureReason'], message: `failureReason goes with status failed, exited or past, not "${m.status}"` });
    }
  });
export type Market = z.infer<typeof marketSchema>;
