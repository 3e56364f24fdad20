/**
 * What the .qde and .qdc writers refuse before writing a byte, so that every file Foothold writes
 * is valid against the REFI-QDA schemas and means what the project says: GUIDs of the right shape
 * and used once, colours the schema accepts, selections inside their text, codings of codes the
 * codebook has, and embedded texts XML can carry unchanged. Each problem points into the neutral
 * project (`/sources/0/selections/2/end`) and says what would be right.
 */
import type { Problem } from '../../shared/errors.js';
import { codePointLength } from '../evidence/code-points.js';
import { normaliseGuid } from './qda-guid.js';
import type { QdaCode, QdaProject, QdaTextSource } from './qda-project.js';
import { firstNonXmlCharacter } from './qde-xml-text.js';

/** The schemas' RGBType. */
export const RGB_COLOR = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;
/** xsd:dateTime: date, "T", time with optional fraction, optional zone. */
const DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
/** Stop listing problems after this many: one bad project should not print a million lines. */
const MAX_PROBLEMS = 50;

/** Collects problems and the GUIDs seen so far (the same GUID on two things would make references ambiguous). */
class Checker {
  readonly problems: Problem[] = [];
  private readonly seen = new Map<string, string>();

  add(pointer: string, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ pointer, message });
  }

  /** Checks a GUID's shape and, when `declares`, that nothing else declared it; gives its normal form. */
  guid(value: string, pointer: string, declares = true): string | undefined {
    const guid = normaliseGuid(value);
    if (guid === undefined) {
      this.add(pointer, `"${value}" is not a GUID; expected 32 hexadecimal digits as 8-4-4-4-12, such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301`);
      return undefined;
    }
    if (declares) {
      const earlier = this.seen.get(guid);
      if (earlier !== undefined) this.add(pointer, `GUID ${guid} is already used at ${earlier}; every user, code, source, selection and note needs its own`);
      else this.seen.set(guid, pointer);
    }
    return guid;
  }

  codes(codes: readonly QdaCode[], pointer: string, known: Set<string>): void {
    codes.forEach((code, i) => {
      const at = `${pointer}/${i}`;
      const guid = this.guid(code.guid, `${at}/guid`);
      if (guid !== undefined) known.add(guid);
      if (code.color !== undefined && !RGB_COLOR.test(code.color)) {
        this.add(`${at}/color`, `"${code.color}" is not a colour REFI-QDA accepts; expected "#rrggbb" or "#rgb" in hexadecimal`);
      }
      this.codes(code.children, `${at}/children`, known);
    });
  }
}

/** Why a project cannot be written as a valid .qde (empty when it can). */
export function projectProblems(project: QdaProject, now: string, embedded: (source: QdaTextSource) => boolean): Problem[] {
  const check = new Checker();
  if (!DATE_TIME.test(now)) check.add('', `the time of writing "${now}" is not an ISO 8601 date and time such as 2025-03-18T09:30:00Z`);
  project.users.forEach((user, i) => check.guid(user.guid, `/users/${i}/guid`));
  const codeGuids = new Set<string>();
  check.codes(project.codes, '/codes', codeGuids);
  project.sources.forEach((source, i) => {
    const at = `/sources/${i}`;
    check.guid(source.guid, `${at}/guid`);
    if (embedded(source)) {
      const bad = firstNonXmlCharacter(source.text);
      if (bad !== undefined) {
        check.add(
          `${at}/text`,
          `the text has ${bad.character} at position ${bad.position}, which XML 1.0 cannot carry; embedded in the .qde it would be lost and shift every selection after it: store the text as a file beside the .qde instead`,
        );
      }
    }
    const length = codePointLength(source.text);
    source.selections.forEach((selection, j) => {
      const sat = `${at}/selections/${j}`;
      check.guid(selection.guid, `${sat}/guid`);
      if (selection.userGuid !== undefined) check.guid(selection.userGuid, `${sat}/userGuid`, false);
      const { start, end } = selection;
      if (!Number.isSafeInteger(start) || start < 0) check.add(`${sat}/start`, `start ${start} is not a position in the text; expected a whole number from 0`);
      else if (!Number.isSafeInteger(end) || end < start || end > length) {
        check.add(`${sat}/end`, `end ${end} is not a position from the start (${start}) to the end of the text (${length} characters)`);
      }
      selection.codings.forEach((coding, k) => {
        const cat = `${sat}/codings/${k}`;
        const code = check.guid(coding.codeGuid, `${cat}/codeGuid`, false);
        if (code !== undefined && !codeGuids.has(code))
          check.add(`${cat}/codeGuid`, `code ${code} is not in the codebook; expected the GUID of one of its codes`);
        if (coding.userGuid !== undefined) check.guid(coding.userGuid, `${cat}/userGuid`, false);
      });
    });
  });
  project.notes.forEach((note, i) => check.guid(note.guid, `/notes/${i}/guid`));
  return check.problems;
}

/** Why a list of codes cannot be written as a valid .qdc (empty when it can). */
export function codebookProblems(codes: readonly QdaCode[]): Problem[] {
  const check = new Checker();
  if (codes.length === 0) check.add('/codes', 'a codebook needs at least one code (the schema requires one <Code> in <Codes>)');
  check.codes(codes, '/codes', new Set());
  return check.problems;
}
