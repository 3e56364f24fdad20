/**
 * Builds the code tree as a reader meets it, element by element: the same in a project's
 * <CodeBook> and in a .qdc. Lenient where files differ (a missing isCodable means codable, an
 * unreadable colour is dropped), strict where the tree would lie: a code without a usable GUID, or
 * with one an earlier code has, is left out with its sub-codes, and the reason is listed.
 */
import type { XmlStartTag } from '../../shared/safe-xml.js';
import { normaliseGuid } from './qda-guid.js';
import type { QdaCode } from './qda-project.js';
import { label, type SkippedList } from './qda-skipped.js';
import { RGB_COLOR } from './qde-write-check.js';

export class CodeTreeBuilder {
  readonly roots: QdaCode[] = [];
  /** GUIDs of the codes imported: codings may refer to these only. */
  readonly guids = new Set<string>();
  /** The open codes, innermost last; undefined for one left out (its sub-codes are left out with it). */
  private readonly open: (QdaCode | undefined)[] = [];
  private readonly names: string[] = [];

  constructor(private readonly skipped: SkippedList) {}

  /** A <Code> starts; `nested` when inside another <Code>. */
  openCode(tag: XmlStartTag, nested: boolean): void {
    const rawGuid = tag.attributes.get('guid') ?? '';
    const name = tag.attributes.get('name') ?? '';
    const what = `code ${label(name, rawGuid)} (line ${tag.line})`;
    const parent = nested ? this.open.at(-1) : undefined;
    this.names.push(name);
    if (nested && parent === undefined) {
      this.skipped.add(what, `its parent code ${label(this.names.at(-2), undefined)} was not imported`);
      this.open.push(undefined);
      return;
    }
    const guid = normaliseGuid(rawGuid);
    if (guid === undefined || this.guids.has(guid)) {
      this.skipped.add(
        what,
        guid === undefined
          ? `its guid "${rawGuid}" is not a GUID, so no coding could refer to it`
          : `its GUID ${guid} is the same as an earlier code's, so codings of it would be ambiguous`,
      );
      this.open.push(undefined);
      return;
    }
    const code: QdaCode = { guid, name, codable: readBoolean(tag.attributes.get('isCodable')) ?? true, children: [] };
    const color = tag.attributes.get('color')?.trim();
    if (color !== undefined && color !== '') {
      if (RGB_COLOR.test(color)) code.color = color;
      else this.skipped.add(`the colour of ${what}`, `"${color}" is not a colour in "#rrggbb" form`);
    }
    this.guids.add(guid);
    (parent === undefined ? this.roots : parent.children).push(code);
    this.open.push(code);
  }

  /** The text of the innermost open code's <Description>. */
  describe(text: string): void {
    const code = this.open.at(-1);
    if (code !== undefined) code.description = text;
  }

  closeCode(): void {
    this.open.pop();
    this.names.pop();
  }
}

/** xsd:boolean: "true", "false", "1", "0" (whitespace collapsed); undefined for anything else. */
export function readBoolean(value: string | undefined): boolean | undefined {
  switch (value?.trim()) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
    default:
      return undefined;
  }
}
