/** A private note as services return it: the store's record, unchanged. */
import type { PrivateNoteRecord } from "../../store/repositories/private-note.repository.js";

/** Text visible to its author alone. */
export type PrivateNote = PrivateNoteRecord;

/** A note and the version the next edit must quote. */
export interface PrivateNoteResult {
  readonly note: PrivateNote;
  readonly version: number;
}
