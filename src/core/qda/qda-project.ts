/**
 * A qualitative-analysis project as REFI-QDA exchanges it (.qdpx, .qdc), in neutral shapes that
 * neither the XML nor Foothold's own store dictates: the readers fill them, the writers take them,
 * and services map them to and from Foothold's sources, codes and segments.
 *
 * GUIDs are lower-case without braces. Positions (`start`, `end`) count Unicode code points, as
 * REFI-QDA does, from 0; `end` is exclusive, so a selection covers `sliceCodePoints(text, start, end)`.
 */

export interface QdaUser {
  guid: string;
  name: string;
}

export interface QdaCode {
  guid: string;
  name: string;
  /** "#rrggbb" or "#rgb", as the file wrote it. */
  color?: string;
  description?: string;
  /** False for a code that only groups others (REFI's isCodable). */
  codable: boolean;
  children: QdaCode[];
}

export interface QdaCoding {
  codeGuid: string;
  userGuid?: string;
}

export interface QdaSelection {
  guid: string;
  name?: string;
  start: number;
  end: number;
  userGuid?: string;
  description?: string;
  /** The texts of the notes (memos) attached to the selection. */
  notes: string[];
  codings: QdaCoding[];
}

export interface QdaTextSource {
  guid: string;
  name: string;
  description?: string;
  text: string;
  selections: QdaSelection[];
}

export interface QdaNote {
  guid: string;
  name?: string;
  text: string;
}

export interface QdaProject {
  name: string;
  origin?: string;
  users: QdaUser[];
  codes: QdaCode[];
  sources: QdaTextSource[];
  /** Notes not attached to any selection: memos on the project as a whole. */
  notes: QdaNote[];
}

/** Something of the file that was not imported, and why, in words a researcher understands. */
export interface QdaSkipped {
  what: string;
  reason: string;
}

export interface QdaReading {
  project: QdaProject;
  skipped: QdaSkipped[];
}
