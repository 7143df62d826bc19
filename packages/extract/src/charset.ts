import type { DecodedPage } from "./types.ts";

type Source = DecodedPage["encodingSource"];

/**
 * Decodes raw page bytes the way a browser would: byte-order mark, then the Content-Type charset, then a
 * WHATWG prescan of `<meta>` in the first 1024 bytes, then a statistical guess. A declared single-byte
 * charset is overruled when the bytes are valid UTF-8 with multi-byte sequences (a common server default lie).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedPage {
  const bom = sniffBom(bytes);
  if (bom !== undefined) return decoded(bytes.subarray(bom.skip), bom.encoding, "bom");
  const header = contentType !== undefined ? canonical(charsetFromContent(contentType)) : undefined;
  if (header !== undefined) return declared(bytes, header, "header");
  const meta = prescanMeta(bytes);
  if (meta !== undefined) return declared(bytes, meta, "meta");
  return sniff(bytes);
}

function decoded(bytes: Uint8Array, encoding: string, source: Source): DecodedPage {
  return { html: decode(bytes, encoding), encoding, encodingSource: source };
}

// WHATWG windows-1252 bytes 0x80-0x9F; Node 20's decoder treats them as Latin-1 control characters
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function declared(bytes: Uint8Array, encoding: string, source: Source): DecodedPage {
  if (encoding !== "utf-8" && SINGLE_BYTE.test(encoding)) {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== undefined && hasMultiByte(bytes)) return { html: utf8, encoding: "utf-8", encodingSource: "sniffed" };
  }
  return decoded(bytes, encoding, source);
}

const SINGLE_BYTE = /^(windows-12\d\d|iso-8859-\d+|koi8|ibm866|macintosh|x-mac)/;

function sniffBom(b: Uint8Array): { encoding: string; skip: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  return undefined;
}

/** Maps a label to its WHATWG encoding name, or undefined when the label is unknown. */
function canonical(label: string | undefined): string | undefined {
  if (label === undefined || label.length === 0) return undefined;
  const l = label.trim().toLowerCase();
  if (l === "x-user-defined") return "windows-1252";
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return undefined;
  }
}

/** WHATWG "extract a character encoding from a meta element" over a content/Content-Type value. */
function charsetFromContent(value: string): string | undefined {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(value);
  return m === null ? undefined : (m[1] ?? m[2] ?? m[3]);
}

const META_TAG = /<!--[\s\S]*?(?:-->|$)|<meta[\s/]([^>]*)>?/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;

/** The WHATWG prescan, simplified: the first `<meta charset>` or `http-equiv=content-type` in 1024 bytes. */
function prescanMeta(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 1024));
  for (const m of head.matchAll(META_TAG)) {
    const attrs = m[1];
    if (attrs === undefined) continue;
    let charset: string | undefined;
    let httpEquiv = false;
    let content: string | undefined;
    for (const a of attrs.matchAll(ATTRIBUTE)) {
      const name = (a[1] ?? "").toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? "";
      if (name === "charset" && charset === undefined) charset = value;
      else if (name === "http-equiv") httpEquiv = value.trim().toLowerCase() === "content-type";
      else if (name === "content" && content === undefined) content = value;
    }
    const label = charset ?? (httpEquiv && content !== undefined ? charsetFromContent(content) : undefined);
    let enc = canonical(label);
    // a page cannot declare UTF-16 in ASCII-compatible bytes; WHATWG reads that as UTF-8
    if (enc === "utf-16le" || enc === "utf-16be") enc = "utf-8";
    if (enc !== undefined) return enc;
  }
  return undefined;
}

/** Bytes as the characters U+0000-U+00FF (not WHATWG's "latin1", which is windows-1252). */
function latin1(b: Uint8Array): string {
  // Node's latin1 decoder: spreading the bytes into String.fromCharCode cost about 1% of a page's extraction
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // a page cut off inside a multi-byte character is still UTF-8
    let end = bytes.length;
    while (end > 0 && bytes.length - end < 4 && (bytes[end - 1] ?? 0) >= 0x80) end--;
    if (end === bytes.length || end === 0) return undefined;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end));
    } catch {
      return undefined;
    }
  }
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0xc2 && b <= 0xf4) return true;
  return false;
}

/** No declaration: valid UTF-8 wins; otherwise runs of high bytes (whole words) mean windows-1251, else windows-1252. */
function sniff(bytes: Uint8Array): DecodedPage {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { html: utf8, encoding: "utf-8", encodingSource: NON_ASCII.test(utf8) ? "sniffed" : "default" };
  let high = 0;
  let runs = 0;
  let prevHigh = false;
  for (const b of bytes) {
    const isHigh = b >= 0x80;
    if (isHigh) {
      high++;
      if (prevHigh) runs++;
    }
    prevHigh = isHigh;
  }
  // Cyrillic words are runs of high bytes; Western text has single accented letters inside ASCII words
  const enc = runs / high > 0.5 ? "windows-1251" : "windows-1252";
  return decoded(bytes, enc, "sniffed");
}

const NON_ASCII = /[\u0080-\uffff]/;
