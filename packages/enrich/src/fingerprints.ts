import { createHash } from "node:crypto";
import type { Doc } from "./text/document.ts";
import type { Fingerprints } from "./types.ts";

const SHINGLE = 3;

/** The analysed text, case-folded, punctuation dropped, whitespace collapsed. */
export function normalisedText(doc: Doc): string {
  const words: string[] = [];
  for (const s of doc.sentences) for (const t of s.tokens) if (/^[\p{L}\p{N}]/u.test(t.text)) words.push(t.text.normalize("NFKC").toLowerCase());
  return words.join(" ");
}

// Two independent 32-bit FNV-1a hashes make one 64-bit shingle hash without BigInt in the loop.
function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** 64-bit SimHash over word 3-shingles, as 16 hex digits. */
export function simhash(words: readonly string[]): string {
  const counts = new Int32Array(64);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const shingle = words.slice(i, i + SHINGLE).join(" ");
    const hi = fnv(shingle, 0x811c9dc5);
    const lo = fnv(shingle, 0x050c5d1f);
    for (let b = 0; b < 32; b++) {
      counts[b] = (counts[b] ?? 0) + ((hi >>> b) & 1 ? 1 : -1);
      counts[b + 32] = (counts[b + 32] ?? 0) + ((lo >>> b) & 1 ? 1 : -1);
    }
  }
  let value = 0n;
  for (let b = 63; b >= 0; b--) value = (value << 1n) | ((counts[b] ?? 0) > 0 ? 1n : 0n);
  return value.toString(16).padStart(16, "0");
}

/** SHA-256 of the normalised text and its SimHash. */
export function fingerprints(doc: Doc): Fingerprints {
  const text = normalisedText(doc);
  return {
    contentHash: createHash("sha256").update(text).digest("hex"),
    simhash: simhash(text ? text.split(" ") : []),
  };
}
