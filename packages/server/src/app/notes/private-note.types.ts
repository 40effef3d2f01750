/** A private note as services return it. */

/** Text visible to its author alone. */
export interface PrivateNote {
  readonly id: string;
  readonly authorId: string;
  /** Whom it is about: the author, or someone they mentor. */
  readonly personId: string;
  readonly body: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A note and the version the next edit must quote. */
export interface PrivateNoteResult {
  readonly note: PrivateNote;
  readonly version: number;
}
