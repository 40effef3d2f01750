/**
 * The database could not be reached or opened. Its message is one line meant for the operator
 * (what was tried, how often, for how long, and the last reason); the stack is dropped because a
 * user gains nothing from it, and the original error stays available as `cause`.
 */
export class DatabaseUnreachableError extends Error {
  override readonly name = "DatabaseUnreachableError";

  constructor(message: string, options: { readonly cause?: unknown } = {}) {
    super(message, options);
    this.stack = `${this.name}: ${message}`;
  }
}
