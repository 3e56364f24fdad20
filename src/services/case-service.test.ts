import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFileSchema } from '../core/case-file/index.js';
import { sampleCaseInput } from '../core/case-file/test-case.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { minimalCase, parsedCase, richCase } from '../test-support/cases.js';
import { dumpTables } from '../test-support/stores.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { exportCase, importCases, listFirms, showFirm } from './case-service.js';

let store: CaseStore;
beforeEach(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
});
afterEach(() => store.close());

describe('importCases', () => {
  it('imports several cases in one go, creating the workspace, and exports them as they were', async () => {
    const result = await importCases(
      store,
      'study',
      [
        { origin: 'a.json', caseFile: richCase('a') },
        { origin: 'b.json', caseFile: minimalCase('b') },
      ],
      { replace: false },
    );
    expect(result).toEqual({
      workspaceId: 'study',
      imported: [
        { firmId: 'a', origin: 'a.json', replaced: false },
        { firmId: 'b', origin: 'b.json', replaced: false },
      ],
    });
    expect(await store.listWorkspaces()).toEqual([{ id: 'study', name: 'study', kind: 'research' }]);
    expect(await exportCase(store, 'study', 'a')).toStrictEqual(richCase('a'));
    expect(await exportCase(store, 'study', 'b')).toStrictEqual(minimalCase('b'));
  });

  it('refuses the same firm twice in one import, naming both files, and writes nothing', async () => {
    const attempt = importCases(
      store,
      'study',
      [
        { origin: 'first.json', caseFile: minimalCase('same') },
        { origin: 'other.json', caseFile: minimalCase('other') },
        { origin: 'second.json', caseFile: minimalCase('same', 'Same again') },
      ],
      { replace: true },
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      problems: [{ file: 'second.json', pointer: '/firm/id', message: 'firm "same" is also in first.json; import one of them' }],
    });
    expect(await store.listWorkspaces()).toEqual([]);
  });

  it('checks the references of every case again, naming the file, and writes nothing', async () => {
    const broken = caseFileSchema.parse(sampleCaseInput('broken'));
    broken.ties[0]!.to = 'nobody';
    await expect(
      importCases(
        store,
        'study',
        [
          { origin: 'fine.json', caseFile: minimalCase('fine') },
          { origin: 'broken.json', caseFile: broken },
        ],
        { replace: false },
      ),
    ).rejects.toMatchObject({ problems: [{ file: 'broken.json', pointer: '/ties/0/to' }] });
    expect(await listFirms(store, 'study')).toEqual([]);
  });

  it('refuses a firm that exists unless asked to replace it, and then says it replaced it', async () => {
    await importCases(store, 'study', [{ origin: 'a.json', caseFile: richCase('a') }], { replace: false });
    const before = await dumpTables(store);
    const again = importCases(
      store,
      'study',
      [
        { origin: 'new.json', caseFile: minimalCase('new') },
        { origin: 'a2.json', caseFile: minimalCase('a', 'A again') },
      ],
      { replace: false },
    );
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toThrow('a2.json: firm "a" already exists in workspace "study"');
    await expect(again).rejects.toMatchObject({ hint: { option: 'replace', effect: 'to overwrite it' } });
    expect(await dumpTables(store)).toEqual(before);

    const replaced = await importCases(store, 'study', [{ origin: 'a2.json', caseFile: minimalCase('a', 'A again') }], { replace: true });
    expect(replaced.imported).toEqual([{ firmId: 'a', origin: 'a2.json', replaced: true }]);
    expect((await exportCase(store, 'study', 'a')).firm.name).toBe('A again');
  });
});

describe('exportCase, listFirms and showFirm', () => {
  it('say which firm is missing', async () => {
    await expect(exportCase(store, 'study', 'ghost')).rejects.toThrow(new NotFoundError('firm', 'ghost'));
    await expect(showFirm(store, 'study', 'ghost', new Date())).rejects.toThrow(new NotFoundError('firm', 'ghost'));
    expect(await listFirms(store, 'nowhere')).toEqual([]);
  });

  it('show a firm with its derived values, markets without empty fields, and counts of every collection', async () => {
    const c = parsedCase({
      format: 'foothold.case/2',
      firm: { id: 'f', name: 'F', countryOfOrigin: 'LK', foundedYear: 2010, firstInternationalYear: 2012, employees: { value: 42, qualifier: 'exact' } },
      markets: [
        { id: 'm1', country: 'IT', status: 'serving', entryModes: ['direct_sales'], startedOn: '2013' },
        { id: 'm2', region: 'EU', status: 'target' },
      ],
      facts: [{ id: 'x', topic: 'other', text: 'x' }],
    });
    await importCases(store, 'study', [{ origin: 'f.json', caseFile: c }], { replace: false });
    const view = await showFirm(store, 'study', 'f', new Date('2025-06-01T00:00:00Z'));
    expect(view.firm).toStrictEqual(c.firm);
    expect(view.derived.sizeClass).toBe('small');
    expect(view.derived.yearsActive).toBe(15);
    expect(view.derived.economyClass.value).toBe('developing');
    expect(view.derived.pathway.yearsToFirstInternational).toBe(2);
    expect(view.markets).toStrictEqual([
      { id: 'm1', place: 'Italy', country: 'IT', status: 'serving', entryModes: ['direct_sales'], startedOn: '2013' },
      { id: 'm2', place: 'EU', region: 'EU', status: 'target' },
    ]);
    expect(view.counts).toMatchObject({ markets: 2, facts: 1, ties: 0, actors: 0 });
    expect(Object.keys(view.counts)).toHaveLength(17);
    expect(await listFirms(store, 'study')).toMatchObject([{ id: 'f', name: 'F', countryOfOrigin: 'LK', version: 1 }]);
  });

  it('show the name of the group company that serves a market, and none for the others', async () => {
    await importCases(store, 'study', [{ origin: 'rich.json', caseFile: richCase() }], { replace: false });
    const view = await showFirm(store, 'study', 'gobi-pharma', new Date('2025-06-01T00:00:00Z'));
    // The subsidiary is the second actor, so a lookup that took the first or any other would show another name.
    expect(view.markets.map((m) => [m.id, m.servedByName])).toEqual([
      ['mkt-lk', undefined],
      ['mkt-eaeu', 'Gobi Pharma Kazakhstan'],
      ['mkt-ru', undefined],
    ]);
    expect(view.markets.find((m) => m.id === 'mkt-eaeu')).toMatchObject({ place: 'EAEU', servedBy: 'act-kz-subsidiary' });
  });
});
