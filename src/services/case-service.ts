/** Use cases on whole cases: import (all or nothing), export, list and show firms. */
import { checkReferences, COLLECTION_NAMES, type CaseFile, type CollectionName } from '../core/case-file/index.js';
import {
  economyClassOf,
  pathwayIndicators,
  sizeClass,
  yearsActive,
  type EconomyClassReading,
  type Firm,
  type Market,
  type PathwayIndicators,
  type SizeClass,
} from '../core/model/index.js';
import { ConflictError, NotFoundError, ValidationError, type Problem } from '../shared/errors.js';
import type { CaseStore, FirmSummary } from '../store/types.js';
import { countryName, economyClassReference } from './reference-data.js';

export interface ImportItem {
  /** Where the case came from, for messages: a file name or "request body". */
  origin: string;
  caseFile: CaseFile;
}

export interface ImportResult {
  workspaceId: string;
  imported: { firmId: string; origin: string; replaced: boolean }[];
}

/**
 * Imports validated cases into a workspace in one transaction. Refuses, writing nothing, when two
 * items carry the same firm, or a firm exists already and `replace` is false.
 */
export async function importCases(store: CaseStore, workspaceId: string, items: ImportItem[], options: { replace: boolean }): Promise<ImportResult> {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const item of items) {
    const refProblems = checkReferences(item.caseFile);
    problems.push(...refProblems.map((p) => ({ ...p, file: item.origin })));
    const earlier = seen.get(item.caseFile.firm.id);
    if (earlier !== undefined) {
      problems.push({ file: item.origin, pointer: '/firm/id', message: `firm "${item.caseFile.firm.id}" is also in ${earlier}; import one of them` });
    }
    seen.set(item.caseFile.firm.id, item.origin);
  }
  if (problems.length > 0) throw new ValidationError(problems);

  return store.transaction(async (tx) => {
    await tx.ensureWorkspace({ id: workspaceId, name: workspaceId, kind: 'research' });
    const imported: ImportResult['imported'] = [];
    for (const item of items) {
      const firmId = item.caseFile.firm.id;
      const exists = await tx.firmExists(workspaceId, firmId);
      if (exists && !options.replace) {
        throw new ConflictError(`${item.origin}: firm "${firmId}" already exists in workspace "${workspaceId}"`, '/firm/id', {
          option: 'replace',
          effect: 'to overwrite it',
        });
      }
      await tx.putCase(workspaceId, item.caseFile, { replace: options.replace });
      imported.push({ firmId, origin: item.origin, replaced: exists });
    }
    return { workspaceId, imported };
  });
}

/** The case of one firm as a case file; NotFoundError when the workspace has no such firm. */
export async function exportCase(store: CaseStore, workspaceId: string, firmId: string): Promise<CaseFile> {
  const caseFile = await store.getCase(workspaceId, firmId);
  if (caseFile === undefined) throw new NotFoundError('firm', firmId);
  return caseFile;
}

export async function listFirms(store: CaseStore, workspaceId: string): Promise<FirmSummary[]> {
  return store.listFirms(workspaceId);
}

export interface FirmOverview {
  firm: Firm;
  derived: {
    economyClass: EconomyClassReading;
    sizeClass: SizeClass | undefined;
    yearsActive: number | undefined;
    pathway: PathwayIndicators;
  };
  markets: (Pick<Market, 'id' | 'country' | 'region' | 'status' | 'entryModes' | 'servedBy' | 'startedOn' | 'endedOn'> & {
    /** The country's name, or the region as recorded. */
    place: string;
    /** The name of the group company that serves it, when one does. */
    servedByName?: string;
  })[];
  counts: Record<CollectionName, number>;
}

/** Where a market is, in words: the country's name, or the region as recorded. */
export function marketPlace(market: Pick<Market, 'country' | 'region'>): string {
  return market.country === undefined ? (market.region ?? '') : countryName(market.country);
}

/** A firm with its derived values, markets and record counts: what `foothold show` prints. */
export async function showFirm(store: CaseStore, workspaceId: string, firmId: string, now: Date): Promise<FirmOverview> {
  const c = await exportCase(store, workspaceId, firmId);
  const counts = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, c[name].length])) as Record<CollectionName, number>;
  return {
    firm: c.firm,
    derived: {
      economyClass: economyClassOf(c.firm, economyClassReference()),
      sizeClass: sizeClass(c.firm.employees),
      yearsActive: yearsActive(c.firm, now.getUTCFullYear()),
      pathway: pathwayIndicators(c.firm, c.markets),
    },
    markets: c.markets.map(({ id, country, region, status, entryModes, servedBy, startedOn, endedOn }) => {
      const place = marketPlace({ country, region });
      const servedByName = servedBy === undefined ? undefined : c.actors.find((a) => a.id === servedBy)?.name;
      const fields = { id, place, country, region, status, entryModes, servedBy, servedByName, startedOn, endedOn };
      return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as FirmOverview['markets'][number];
    }),
    counts,
  };
}
