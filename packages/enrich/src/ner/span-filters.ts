// Checks on tagged spans that hold across languages: what a name inside quotation marks is, which lone words
// are adjectives or common nouns rather than names.
import { stem } from "../text/stem.ts";
import type { Token } from "../text/tokenize.ts";

const OPENING = new Set(["«", "„", "“", "\"", "‚"]);
const CLOSING = new Set(["»", "“", "”", "\"", "‘"]);

/**
 * A span that runs into a quoted name is the quoted name: "Петербургский «Зенит»" names Зенит, the adjective
 * before it only describes it. Returns the span's new bounds (unchanged when it holds no opening quote).
 */
export function quotedCore(words: readonly string[], from: number, to: number): { from: number; to: number } {
  for (let k = from; k < to; k++) {
    if (!OPENING.has(words[k] ?? "")) continue;
    let end = k + 1;
    while (end < words.length && end - k <= 8 && !CLOSING.has(words[end] ?? "")) end++;
    // the quoted part, up to the closing mark or the span's own end
    return { from: k + 1, to: Math.min(Math.max(to, k + 1), end) };
  }
  return { from, to };
}

// Russian adjective endings in every case and gender ("Российской", "Московского", "Красную")
const RU_ADJECTIVE = /(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$/u;

/** A lone Russian adjective ("Российской" of "Российской премьер-лиги") is part of a name, never a whole one. */
export function isRussianLoneAdjective(word: string): boolean {
  return word.length > 4 && RU_ADJECTIVE.test(word.toLowerCase());
}

/**
 * Stems of the words a document writes in lower case: a capitalised word at the start of a sentence whose
 * stem is among them ("Команда показала характер" … "его команде") is a common word, not a name.
 */
export function lowerCaseStems(lang: string, tokens: Iterable<Token>): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) out.add(stem(lang, t.text));
  return out;
}
