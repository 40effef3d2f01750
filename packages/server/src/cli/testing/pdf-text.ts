/**
 * The text of a PDF, for tests: what `pdftotext` would show, without poppler. It reads the PDFs
 * Chromium prints (Skia): objects in plain text, content streams and ToUnicode maps deflated,
 * fonts Type0/Identity-H (two-byte codes) or Type3 (one-byte codes), each glyph shown with Tj.
 * Each text object (BT … ET) becomes one line. Not a general PDF reader: enough to prove that the
 * words are really in the file, as a reader would copy them.
 */
import { inflateSync } from "node:zlib";

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | null;
}

/** Every `N 0 obj … endobj` of the file, streams deflated. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.search(/\bstream\r?\n/);
    let stream: Buffer | null = null;
    let dict = body;
    if (streamAt >= 0) {
      dict = body.slice(0, streamAt);
      const dataStart = start + streamAt + (body.slice(streamAt, streamAt + 8).startsWith("stream\r\n") ? 8 : 7);
      const dataEnd = text.lastIndexOf("endstream", end);
      const raw = pdf.subarray(dataStart, dataEnd);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw, { finishFlush: 2 }) : raw;
    }
    objects.set(Number(match[1]), { dict, stream });
    header.lastIndex = end;
  }
  return objects;
}

/** A ToUnicode CMap: character code → text. */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => {
    let out = "";
    for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of (block[1] ?? "").matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) {
      map.set(Number.parseInt(code ?? "0", 16), utf16(text ?? ""));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, first] of (block[1] ?? "").matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const low = Number.parseInt(from ?? "0", 16);
      const high = Number.parseInt(to ?? "0", 16);
      const base = utf16(first ?? "");
      for (let code = low; code <= high; code++) {
        map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (code - low)));
      }
    }
  }
  return map;
}

interface Font {
  readonly bytesPerCode: 1 | 2;
  readonly toUnicode: Map<number, string>;
}

/** The fonts a page's resources name (`/F4 4 0 R`), each with its code width and ToUnicode map. */
function pageFonts(pageDict: string, objects: Map<number, PdfObject>): Map<string, Font> {
  const fonts = new Map<string, Font>();
  let fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(pageDict)?.[1];
  if (fontDict === undefined) {
    const ref = /\/Font\s+(\d+) 0 R/.exec(pageDict)?.[1];
    fontDict = ref ? objects.get(Number(ref))?.dict : undefined;
  }
  for (const [, name, ref] of (fontDict ?? "").matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(ref));
    if (!font) continue;
    const unicodeRef = /\/ToUnicode\s+(\d+) 0 R/.exec(font.dict)?.[1];
    const cmap = unicodeRef ? objects.get(Number(unicodeRef))?.stream?.toString("latin1") : undefined;
    fonts.set(name ?? "", {
      bytesPerCode: /\/Subtype\s*\/Type0/.test(font.dict) ? 2 : 1,
      toUnicode: cmap ? parseToUnicode(cmap) : new Map(),
    });
  }
  return fonts;
}

/** Decodes the bytes of a PDF string operand: `<hex>` or `(literal)`. */
function operandBytes(operand: string): number[] {
  if (operand.startsWith("<")) {
    const hex = operand.slice(1, -1).replace(/\s+/g, "");
    const bytes: number[] = [];
    for (let i = 0; i < hex.length; i += 2) bytes.push(Number.parseInt(hex.slice(i, i + 2).padEnd(2, "0"), 16));
    return bytes;
  }
  const body = operand.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(body.charCodeAt(i));
      continue;
    }
    const next = body[++i] ?? "";
    const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0];
    if (octal) {
      bytes.push(Number.parseInt(octal, 8));
      i += octal.length - 1;
    } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return bytes;
}

function decode(bytes: readonly number[], font: Font | undefined): string {
  if (!font) return "";
  let out = "";
  for (let i = 0; i + font.bytesPerCode <= bytes.length; i += font.bytesPerCode) {
    const code = font.bytesPerCode === 2 ? ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0) : (bytes[i] ?? 0);
    out += font.toUnicode.get(code) ?? "";
  }
  return out;
}

/** The text of one content stream: a line per text object. */
function contentText(content: string, fonts: Map<string, Font>): string {
  const lines: string[] = [];
  let line = "";
  let font: Font | undefined;
  const token =
    /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*(?:Tj|'|")|\[((?:<[^>]*>|\((?:\\.|[^\\)])*\)|[^\]])*)\]\s*TJ|\bET\b/g;
  for (const match of content.matchAll(token)) {
    if (match[1] !== undefined) font = fonts.get(match[1]);
    else if (match[2] !== undefined) line += decode(operandBytes(match[2]), font);
    else if (match[3] !== undefined) {
      for (const part of match[3].matchAll(/<[^>]*>|\((?:\\.|[^\\)])*\)|(-?[\d.]+)/g)) {
        // A large negative adjustment between strings is a gap a reader sees as a space.
        if (part[1] !== undefined) line += Number(part[1]) < -200 ? " " : "";
        else line += decode(operandBytes(part[0]), font);
      }
    } else {
      if (line.trim()) lines.push(line);
      line = "";
    }
  }
  if (line.trim()) lines.push(line);
  return lines.join("\n");
}

/** The text of every page of `pdf`, pages separated by a form feed (as pdftotext does). */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const pages: string[] = [];
  for (const object of objects.values()) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(object.dict)) continue;
    const fonts = pageFonts(object.dict, objects);
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(object.dict);
    const refs = contents?.[1] ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((m) => m[1]) : [contents?.[2]];
    const text = refs
      .map((ref) => objects.get(Number(ref))?.stream?.toString("latin1") ?? "")
      .map((content) => contentText(content, fonts))
      .join("\n");
    pages.push(text);
  }
  return pages.join("\n\f");
}

/** The number of pages in `pdf`. */
export function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString("latin1").matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
}
