// The README's "Reference data" table says what the files hold: it must name every bloc, the number
// of countries of the institutions directory, and each file's recording day.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocReference, incomeGroupReference, institutionReference } from '../src/services/market-reference.js';
import { REPO_ROOT } from '../src/test-support/samples.js';

const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
const section = readme.slice(readme.indexOf('## Reference data'), readme.indexOf('## Configuration'));

describe('README: reference data', () => {
  it('names every bloc of data/reference/blocs.json, with the day it was recorded', () => {
    const blocs = blocReference();
    const row = section.split('\n').find((l) => l.startsWith('| trade blocs')) ?? '';
    for (const b of blocs.blocs) expect(row.toLowerCase(), b.code).toMatch(new RegExp(`\\b${b.code.toLowerCase()}\\b`));
    expect(row).toContain(`recorded ${blocs.recordedOn}`);
  });

  it('gives the institutions directory’s number of countries and the income groups’ fiscal year, with their days', () => {
    const institutions = institutionReference();
    const countries = new Set(institutions.institutions.map((i) => i.country)).size;
    const row = section.split('\n').find((l) => l.startsWith('| institutions')) ?? '';
    expect(row).toContain(`of ${countries} countries`);
    expect(row).toContain(`recorded ${institutions.recordedOn}`);
    const income = incomeGroupReference();
    const incomeRow = section.split('\n').find((l) => l.startsWith('| income groups')) ?? '';
    expect(incomeRow).toContain(income.fiscalYear);
    expect(incomeRow).toContain(`recorded ${income.recordedOn}`);
  });
});
