/** The database was migrated by a newer Ascent; running older code on it could corrupt it. */
export class SchemaTooNewError extends Error {
  override readonly name = "SchemaTooNewError";

  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(`database schema ${databaseVersion} is newer than this Ascent (${codeVersion}): upgrade Ascent`);
    // One line for the operator; there is nothing to debug in the stack.
    this.stack = `${this.name}: ${this.message}`;
  }
}
