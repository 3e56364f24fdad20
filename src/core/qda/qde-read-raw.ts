/**
 * A REFI-QDA project as the streaming reader keeps it (qde-read-handler.ts) for the resolver
 * (qde-read-resolve.ts): users, text sources with their selections and codings, and notes, with
 * GUIDs, positions and references as the file writes them, unchecked, and the line each starts on.
 */

/** The text of a source or note read from the file it names, or why it could not be. */
export type TextLoading = { text: string } | { reason: string };

export interface RawCoding {
  guid: string | undefined;
  codeRef: string | undefined;
  user: string | undefined;
  line: number;
}

export interface RawSelection {
  guid: string;
  name: string | undefined;
  start: string | undefined;
  end: string | undefined;
  user: string | undefined;
  description: string | undefined;
  noteRefs: string[];
  codings: RawCoding[];
  line: number;
}

export interface RawSource {
  guid: string;
  name: string | undefined;
  description: string | undefined;
  content: string | undefined;
  path: string | undefined;
  richTextPath: string | undefined;
  selections: RawSelection[];
  /** Codings of the source as a whole, outside any selection. */
  wholeCodings: RawCoding[];
  line: number;
}

export interface RawNote {
  guid: string;
  name: string | undefined;
  content: string | undefined;
  path: string | undefined;
  line: number;
}

export interface RawUser {
  guid: string;
  name: string;
  line: number;
}
