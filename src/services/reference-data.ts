/** Loads the hand-kept reference data under data/ (each file names its source and date). */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import type { EconomyClass } from '../core/model/index.js';

const dataDir = new URL('../../data/', import.meta.url);

let economyClasses: ReadonlyMap<string, EconomyClass> | undefined;

/** Economy class per ISO country: IMF advanced economies are developed, all others emerging. */
export function economyClassReference(): ReadonlyMap<string, EconomyClass> {
  if (economyClasses === undefined) {
    const file = JSON.parse(readFileSync(new URL('reference/economy-classes.json', dataDir), 'utf8')) as { developed: string[] };
    const developed = new Set(file.developed);
    const map = new Map<string, EconomyClass>();
    for (const code of Object.keys(countries.getAlpha2Codes())) map.set(code, developed.has(code) ? 'developed' : 'emerging');
    economyClasses = map;
  }
  return economyClasses;
}
