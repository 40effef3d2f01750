/**
 * A mistake the user can fix (a bad file, a bad flag): printed as one message without a stack trace.
 * `exitCode` follows the CLI convention: 1 failure, 2 usage.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = "UsageError";
  }
}
