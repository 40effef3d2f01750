/** Private notes: visible to their author alone, never to mentors, leads or (by default) admins. */
import type { IsoText } from "./column-types.js";

export interface PrivateNoteTable {
  id: string;
  /** The only person who may ever read it. */
  author_id: string;
  /** Whom it is about: the author, or someone they mentor. */
  person_id: string;
  body: string;
  created_at: IsoText;
  updated_at: IsoText;
  version: number;
}
