/** A tiny reader for untrusted JSON: each accessor checks a type and names the field when it is wrong. */

/** Thrown with a message that names the field, e.g. `person.self.progress must be a number`. */
export class DiagramInputError extends Error {
  /** The dotted path of the offending field. */
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field} ${message}`);
    this.name = "DiagramInputError";
    this.field = field;
  }
}

/** Reads `value` at `path`. */
export class Reader {
  constructor(
    readonly value: unknown,
    readonly path: string,
  ) {}

  /** The value at `key` (a missing key reads as undefined). */
  at(key: string | number): Reader {
    const v = this.value;
    const child = v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[key] : undefined;
    const path = typeof key === "number" ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key;
    return new Reader(child, path);
  }

  /** Whether the value is absent (undefined or null). */
  missing(): boolean {
    return this.value === undefined || this.value === null;
  }

  /** An object, else an error. */
  object(): Record<string, unknown> {
    if (this.value === null || typeof this.value !== "object" || Array.isArray(this.value))
      this.fail("must be an object");
    return this.value as Record<string, unknown>;
  }

  /** A string, else an error. */
  string(): string {
    if (typeof this.value !== "string") this.fail("must be a string");
    return this.value as string;
  }

  /** A finite number, else an error. */
  number(): number {
    if (typeof this.value !== "number" || !Number.isFinite(this.value)) this.fail("must be a number");
    return this.value as number;
  }

  /** One of `options`, else an error listing them. */
  oneOf<T extends string>(options: readonly T[]): T {
    const s = this.string();
    if (!options.includes(s as T)) this.fail(`must be one of ${options.join(", ")}`);
    return s as T;
  }

  /** Each element read by `each`. */
  array<T>(each: (r: Reader) => T): T[] {
    if (!Array.isArray(this.value)) this.fail("must be an array");
    return (this.value as unknown[]).map((_, i) => each(this.at(i)));
  }

  /** Raises an error for this field. */
  fail(message: string): never {
    throw new DiagramInputError(this.path || "input", message);
  }
}
