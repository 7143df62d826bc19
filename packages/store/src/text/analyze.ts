import snowball from "snowball-stemmers";
import type { Stemmer } from "snowball-stemmers";
import * as sw from "stopword";

// ISO 639-1 -> Snowball algorithm; the stemmers the full-text index knows.
const ALGORITHMS: Readonly<Record<string, string>> = {
  de: "german", en: "english", ru: "russian", fr: "french", es: "spanish", it: "italian", nl: "dutch", pt: "portuguese",
  sv: "swedish", da: "danish", no: "norwegian", fi: "finnish",
};
const STOPWORDS: Readonly<Record<string, readonly string[] | undefined>> = {
  de: sw.deu, en: sw.eng, ru: sw.rus, fr: sw.fra, es: sw.spa, it: sw.ita, nl: sw.nld, pt: sw.porBr,
};
/** Languages a query word is stemmed in when the query names none. */
export const QUERY_LANGUAGES = ["de", "en", "ru"] as const;

/** longest word (UTF-16 units) that is indexed; shorter than 2 is no word either */
export const MAX_WORD = 40;

const stemmers = new Map<string, Stemmer | null>();
const stopSets = new Map<string, ReadonlySet<string>>();
const caches = new Map<string, Map<string, string>>();

function stemmerFor(lang: string): Stemmer | null {
  let s = stemmers.get(lang);
  if (s === undefined) {
    const algorithm = ALGORITHMS[lang];
    s = algorithm !== undefined ? snowball.newStemmer(algorithm) : null;
    stemmers.set(lang, s);
  }
  return s;
}

/** Case-folds a word the way both the index and the query see it. */
export function foldWord(word: string): string {
  return word.normalize("NFKC").toLowerCase().replace(/ß/g, "ss").replace(/ё/g, "е");
}

export function isStopword(lang: string, folded: string): boolean {
  let s = stopSets.get(lang);
  if (!s) {
    s = new Set((STOPWORDS[lang] ?? []).map(foldWord));
    stopSets.set(lang, s);
  }
  return s.has(folded);
}

/** The index term of a folded word in a language: its Snowball stem (the word itself without a stemmer). */
export function stemWord(lang: string, folded: string): string {
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const hit = cache.get(folded);
  if (hit !== undefined) return hit;
  const out = stemUncached(lang, folded);
  // bounds memory in a long-running gateway (queries and snippets stem here; the indexer uses its lexicons)
  if (cache.size > 200_000) cache.clear();
  cache.set(folded, out);
  return out;
}

/** stemWord without its cache (for callers that keep their own, like the indexer's lexicons). */
export function stemUncached(lang: string, folded: string): string {
  const stemmer = stemmerFor(lang);
  return stemmer ? stemmer.stem(folded) : folded;
}

export interface Token {
  /** folded word */
  word: string;
  start: number;
  end: number;
}

// letters and digits of the Basic Multilingual Plane, tested once: scanning a text then needs no regular expression
export const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) WORD_CHAR[c] = 1;
export const ASTRAL_WORD_CHAR = /^[\p{L}\p{N}]$/u;

const NON_ASCII = /[\u0080-\uffff]/;

/** A token folded as tokens() folds it: a word of ASCII letters and digits only lower-cased (folding is that there). */
export function foldToken(raw: string): string {
  return NON_ASCII.test(raw) ? foldWord(raw) : raw.toLowerCase();
}

/**
 * Calls `each` with the offsets of every word of text[lo, hi): a run of letters and digits (astral ones included)
 * of at most MAX_WORD UTF-16 units (a longer run is no word). The one word scanner of tokens and snippets.
 */
export function forEachWord(text: string, lo: number, hi: number, each: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = lo; i <= hi; i++) {
    const c = i < hi ? text.charCodeAt(i) : 32;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < hi && ASTRAL_WORD_CHAR.test(text.slice(i, i + 2))) {
      if (start < 0) start = i;
      i++;
      continue;
    }
    if (WORD_CHAR[c] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= MAX_WORD) each(start, i);
      start = -1;
    }
  }
}

/** Words of a text (up to `maxChars`) with their offsets, folded (ASCII words only lower-cased: folding is that there). */
export function tokens(text: string, maxChars = Infinity): Token[] {
  const out: Token[] = [];
  const s = text.length > maxChars ? text.slice(0, maxChars) : text;
  forEachWord(s, 0, s.length, (start, end) => out.push({ word: foldToken(s.slice(start, end)), start, end }));
  return out;
}
