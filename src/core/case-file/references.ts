/**
 * Checks what a schema cannot: ids unique within the file, every reference pointing at a record
 * of the right kind, and no two records claiming the same cell of a table.
 */
import type { Problem } from '../../shared/errors.js';
import { BUILTIN_CHALLENGE_CATEGORIES } from '../model/vocabulary.js';
import { COLLECTION_NAMES, RECORD_NOUN, type CaseFile, type CollectionName } from './schema.js';

type Kind = 'firm' | CollectionName;

export function checkReferences(c: CaseFile): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, { kind: Kind; pointer: string }>();
  const add = (id: string, kind: Kind, pointer: string) => {
    const seen = owner.get(id);
    if (seen === undefined) owner.set(id, { kind, pointer });
    else problems.push({ pointer: `${pointer}/id`, message: `duplicate id "${id}": already used at ${seen.pointer}` });
  };
  add(c.firm.id, 'firm', '/firm');
  for (const name of COLLECTION_NAMES) c[name].forEach((r, i) => add(r.id, name, `/${name}/${i}`));

  const kindName = (kind: Kind): string => {
    const noun = kind === 'firm' ? 'firm' : RECORD_NOUN[kind];
    return kind === 'firm' ? 'the firm' : `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
  };
  const expect = (id: string | undefined, kinds: Kind[], pointer: string) => {
    if (id === undefined) return;
    const found = owner.get(id);
    const wanted = kinds.map((k) => kindName(k)).join(' or ');
    if (found === undefined) problems.push({ pointer, message: `"${id}" does not exist in this file; expected the id of ${wanted}` });
    else if (!kinds.includes(found.kind)) {
      problems.push({ pointer, message: `"${id}" is ${kindName(found.kind)} (${found.pointer}); expected the id of ${wanted}` });
    }
  };
  const evidence = (ids: string[] | undefined, pointer: string) => ids?.forEach((id, i) => expect(id, ['segments'], `${pointer}/${i}`));

  const categories = new Set<string>([...BUILTIN_CHALLENGE_CATEGORIES, ...c.challengeCategories.map((x) => x.id)]);
  const category = (id: string, pointer: string) => {
    if (!categories.has(id)) {
      problems.push({
        pointer,
        message: `unknown challenge category "${id}"; expected one of ${BUILTIN_CHALLENGE_CATEGORIES.join('|')} or the id of an entry in /challengeCategories`,
      });
    }
  };

  evidence(c.firm.evidence, '/firm/evidence');
  evidence(c.firm.pathway?.evidence, '/firm/pathway/evidence');
  for (const name of COLLECTION_NAMES) c[name].forEach((r, i) => evidence(r.evidence, `/${name}/${i}/evidence`));

  c.ties.forEach((t, i) => {
    const p = `/ties/${i}`;
    expect(t.from, ['firm', 'keyPeople', 'actors'], `${p}/from`);
    expect(t.to, ['actors', 'keyPeople'], `${p}/to`);
    expect(t.origin?.referredByTie, ['ties'], `${p}/origin/referredByTie`);
    if (t.origin?.referredByTie === t.id) problems.push({ pointer: `${p}/origin/referredByTie`, message: 'a tie cannot be referred by itself' });
    t.helpedWith?.challenges.forEach((ch, j) => category(ch, `${p}/helpedWith/challenges/${j}`));
  });
  c.activities.forEach((a, i) => {
    a.actors?.forEach((id, j) => expect(id, ['actors'], `/activities/${i}/actors/${j}`));
    a.ties?.forEach((id, j) => expect(id, ['ties'], `/activities/${i}/ties/${j}`));
  });

  const ratingCells = new Map<string, number>();
  c.challengeRatings.forEach((r, i) => {
    category(r.category, `/challengeRatings/${i}/category`);
    expect(r.market, ['markets'], `/challengeRatings/${i}/market`);
    const key = `${r.category}|${r.market ?? ''}`;
    const earlier = ratingCells.get(key);
    if (earlier !== undefined) {
      problems.push({
        pointer: `/challengeRatings/${i}`,
        message: `"${r.category}"${r.market ? ` in market "${r.market}"` : ''} is rated already at /challengeRatings/${earlier}`,
      });
    } else ratingCells.set(key, i);
  });
  const utilizationCells = new Map<string, number>();
  c.utilization.forEach((u, i) => {
    category(u.challenge, `/utilization/${i}/challenge`);
    const key = `${u.challenge}|${u.networkType}`;
    const earlier = utilizationCells.get(key);
    if (earlier !== undefined) {
      problems.push({ pointer: `/utilization/${i}`, message: `the cell "${u.challenge}" × "${u.networkType}" is recorded already at /utilization/${earlier}` });
    } else utilizationCells.set(key, i);
  });
  c.benefits.forEach((b, i) => expect(b.tie, ['ties'], `/benefits/${i}/tie`));
  c.digitalPresence.forEach((d, i) => expect(d.actor, ['actors'], `/digitalPresence/${i}/actor`));
  c.sources.forEach((s, i) => expect(s.participant, ['keyPeople'], `/sources/${i}/participant`));
  c.segments.forEach((s, i) => expect(s.source, ['sources'], `/segments/${i}/source`));
  c.competenceAssessments.forEach((a, i) => expect(a.respondent, ['keyPeople'], `/competenceAssessments/${i}/respondent`));
  return problems;
}
