/** Loads the hand-kept reference data under data/ (each file names its source and date). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { knowledgeBaseSchema, type KnowledgeBase } from '../core/analysis/index.js';
import type { EconomyClass } from '../core/model/index.js';
import { incomeGroupReference } from './market-reference.js';
import { readReferenceFile } from './reference-file.js';

const dataDir = new URL('../../data/', import.meta.url);

let economyClasses: ReadonlyMap<string, EconomyClass> | undefined;

/**
 * Economy class per ISO country: IMF advanced economies are developed; World Bank low and
 * lower-middle income economies are developing; all others (upper-middle and high income outside
 * the IMF's list, and countries the Bank does not classify) are emerging.
 */
export function economyClassReference(): ReadonlyMap<string, EconomyClass> {
  if (economyClasses === undefined) {
    const file = JSON.parse(readFileSync(new URL('reference/economy-classes.json', dataDir), 'utf8')) as { developed: string[] };
    const developed = new Set(file.developed);
    const { groups } = incomeGroupReference();
    const developing = new Set([...groups.low, ...groups.lower_middle]);
    const map = new Map<string, EconomyClass>();
    for (const code of Object.keys(countries.getAlpha2Codes()))
      map.set(code, developed.has(code) ? 'developed' : developing.has(code) ? 'developing' : 'emerging');
    economyClasses = map;
  }
  return economyClasses;
}

let englishRegistered = false;

/** The English short name of an ISO alpha-2 country ("MN" → "Mongolia"); the code when unknown. */
export function countryName(code: string): string {
  if (!englishRegistered) {
    countries.registerLocale(createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as countries.LocaleData);
    englishRegistered = true;
  }
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}

let knowledgeBase: KnowledgeBase | undefined;

/** The recommendations knowledge base, data/knowledge/rules.json, checked against its schema. */
export function knowledgeBaseData(): KnowledgeBase {
  if (knowledgeBase === undefined) {
    knowledgeBase = readReferenceFile('knowledge/rules.json', knowledgeBaseSchema);
  }
  return knowledgeBase;
}
