/**
 * Finds the first syntax error in a JSON text, with its offset and a plain reason. JSON.parse says
 * neither reliably (its messages differ between Node versions and sometimes carry no position), and a
 * YAML parser accepts things JSON forbids, such as trailing commas and single quotes.
 */

/** Where a JSON text first breaks the JSON grammar, and why. */
export interface JsonSyntaxError {
  /** 0-based offset in the text. */
  readonly offset: number;
  readonly reason: string;
}

/** Real documents nest a handful of levels; the cap keeps a hostile text from exhausting the stack. */
const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z0-9_$]+/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** The first JSON syntax error in `text`, or undefined when it is valid JSON (or blank). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let pos = 0;

  const fail = (offset: number, reason: string): never => {
    throw new Stop(offset, reason);
  };

  const skipWhitespace = () => {
    while (pos < text.length && " \t\n\r".includes(text[pos]!)) pos++;
  };

  // Names what stands at `at`, so a reason can say "found `tru`" rather than "found `t`".
  const found = (at: number): string => {
    if (at >= text.length) return "the end of the document";
    const ch = text[at]!;
    if (ch === "'") return "`'` (JSON text needs double quotes)";
    if (ch === "/") return "`/` (JSON has no comments)";
    WORD.lastIndex = at;
    const word = WORD.exec(text)?.[0];
    return `\`${word ?? ch}\``;
  };

  const readString = () => {
    const start = pos;
    pos++;
    for (;;) {
      if (pos >= text.length) fail(start, 'this text in quotes is never closed; add the missing `"`');
      const ch = text[pos]!;
      if (ch === '"') {
        pos++;
        return;
      }
      if (ch === "\\") {
        const escaped = text[pos + 1];
        if (escaped === "u") {
          HEX4.lastIndex = pos + 2;
          if (!HEX4.test(text)) fail(pos, "`\\u` must be followed by four hex digits");
          pos += 6;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
          pos += 2;
        } else {
          fail(pos, `\`\\${escaped ?? ""}\` is not a JSON escape; write \`\\\\\` for a backslash`);
        }
        continue;
      }
      if (ch === "\n" || ch === "\r") fail(start, "text in quotes cannot span lines; write `\\n` for a line break");
      if (ch < " ") fail(pos, "control characters must be escaped in JSON text");
      pos++;
    }
  };

  const readValue = (depth: number) => {
    skipWhitespace();
    if (depth > MAX_DEPTH) fail(pos, `nesting is deeper than ${MAX_DEPTH} levels`);
    const ch = text[pos];
    if (ch === "{") return readObject(depth);
    if (ch === "[") return readArray(depth);
    if (ch === '"') return readString();
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) {
      NUMBER.lastIndex = pos;
      const match = NUMBER.exec(text);
      if (!match) fail(pos, `${found(pos)} is not a valid JSON number`);
      if (/^-?0\d/.test(text.slice(pos, pos + 3))) fail(pos, "JSON numbers cannot start with 0");
      pos += match![0].length;
      return;
    }
    for (const literal of ["true", "false", "null"]) {
      WORD.lastIndex = pos;
      if (WORD.exec(text)?.[0] === literal) {
        pos += literal.length;
        return;
      }
    }
    fail(pos, `expected a value (text in double quotes, a number, true, false, null, {…} or […]), found ${found(pos)}`);
  };

  const readObject = (depth: number) => {
    const open = pos;
    pos++;
    skipWhitespace();
    if (text[pos] === "}") {
      pos++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (pos >= text.length) fail(open, "this `{` is never closed; add the missing `}`");
      if (text[pos] === "}") fail(pos, "a comma before `}` is not allowed in JSON; remove the trailing comma");
      if (text[pos] !== '"') fail(pos, `expected a field name in double quotes, found ${found(pos)}`);
      readString();
      skipWhitespace();
      if (text[pos] !== ":") fail(pos, `expected \`:\` after the field name, found ${found(pos)}`);
      pos++;
      readValue(depth + 1);
      skipWhitespace();
      if (pos >= text.length) fail(open, "this `{` is never closed; add the missing `}`");
      if (text[pos] === "}") {
        pos++;
        return;
      }
      if (text[pos] !== ",") fail(pos, `expected \`,\` or \`}\` after a field's value, found ${found(pos)}`);
      pos++;
    }
  };

  const readArray = (depth: number) => {
    const open = pos;
    pos++;
    skipWhitespace();
    if (text[pos] === "]") {
      pos++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (pos >= text.length) fail(open, "this `[` is never closed; add the missing `]`");
      if (text[pos] === "]") fail(pos, "a comma before `]` is not allowed in JSON; remove the trailing comma");
      readValue(depth + 1);
      skipWhitespace();
      if (pos >= text.length) fail(open, "this `[` is never closed; add the missing `]`");
      if (text[pos] === "]") {
        pos++;
        return;
      }
      if (text[pos] !== ",") fail(pos, `expected \`,\` or \`]\` after a list item, found ${found(pos)}`);
      pos++;
    }
  };

  try {
    skipWhitespace();
    if (pos >= text.length) return undefined;
    readValue(0);
    skipWhitespace();
    if (pos < text.length) fail(pos, `unexpected ${found(pos)} after the end of the JSON document`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}
