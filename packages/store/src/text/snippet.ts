import { foldToken, forEachWord, stemWord, tokens } from "./analyze.ts";
import { widened } from "./typed-arrays.ts";

const WINDOW = 28;
const SCAN_CHARS = 6000;

const REGION_BEFORE = 200;
const REGION_AFTER = 800;

/** What a search's snippets share, made once per set of marks (a search makes up to 20 snippets with one set). */
interface Matcher {
  /** finds any mark at a word start, ignoring case */
  find: RegExp;
  /** the marks' first two units, and their first unit */
  heads: ReadonlySet<string>;
  firsts: ReadonlySet<number>;
}

const matchers = new Map<string, Matcher>();

function matcherOf(marks: ReadonlySet<string>): Matcher {
  const key = [...marks].join("\n");
  let m = matchers.get(key);
  if (!m) {
    const alternatives = [...marks].map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join("|");
    m = {
      find: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, "iu"),
      heads: new Set([...marks].map((w) => w.slice(0, 2))),
      firsts: new Set([...marks].map((w) => w.charCodeAt(0))),
    };
    // a gateway sees many queries: the cache stays small
    if (matchers.size >= 256) matchers.clear();
    matchers.set(key, m);
  }
  return m;
}

/**
 * Where to look for the passage: around the first occurrence of a mark at a word start within the first
 * SCAN_CHARS, found by a regular expression that ignores case (no tokenising, no lower-cased copy of the text); the
 * opening when none shows (the marks are folded, so a word that folding changes beyond its case may be missed here
 * and is then looked for in the opening).
 */
function region(text: string, find: RegExp): [number, number] {
  const first = (text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text).search(find);
  if (first < 0) return [0, REGION_BEFORE + REGION_AFTER];
  const start = first <= REGION_BEFORE ? 0 : Math.max(0, text.lastIndexOf(" ", first - REGION_BEFORE) + 1);
  return [start, Math.min(text.length, first + REGION_AFTER)];
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** where the words of the passage being made start and end, and whether each is a hit (reused, grown as needed) */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let hits = new Uint8Array(1024);

/** The words of text[lo, hi) as tokens() finds them, into starts/ends; returns how many. Nothing is copied. */
function wordsOf(text: string, lo: number, hi: number): number {
  let n = 0;
  forEachWord(text, lo, hi, (start, end) => {
    if (n === starts.length) {
      starts = widened(starts, 2 * n);
      ends = widened(ends, 2 * n);
      hits = new Uint8Array(2 * n);
    }
    starts[n] = start;
    ends[n++] = end;
  });
  return n;
}

/**
 * A short passage of `text` around the densest run of query terms, HTML-escaped, each matching word wrapped
 * in `<mark>`; the start of the text when nothing matches.
 */
export function snippet(text: string, lang: string, marks: ReadonlySet<string>): string {
  // the passage comes from the opening of long texts, around the first place a query word shows: bounded work per hit
  const matcher = marks.size > 0 ? matcherOf(marks) : undefined;
  const [lo, hi] = matcher ? region(text, matcher.find) : [0, 400];
  const n = wordsOf(text, lo, Math.min(hi, text.length));
  if (n === 0) return "";
  // a word's stem starts like the word: stem only the words that start like a mark; a word whose first unit is ASCII
  // folds to a first unit that is that one lower-cased, so most words are passed over without being folded
  const heads = matcher?.heads ?? new Set<string>();
  const firsts = matcher?.firsts ?? new Set<number>();
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(starts[i] as number);
    if (c < 0x80 && !firsts.has(c >= 65 && c <= 90 ? c + 32 : c)) {
      hits[i] = 0;
      continue;
    }
    const word = foldToken(text.slice(starts[i], ends[i]));
    hits[i] = heads.has(word.slice(0, 2)) && (marks.has(word) || marks.has(stemWord(lang, word))) ? 1 : 0;
  }
  let bestStart = 0;
  let best = -1;
  let count = 0;
  for (let i = 0; i < n; i++) {
    count += hits[i] as number;
    if (i >= WINDOW) count -= hits[i - WINDOW] as number;
    const start = Math.max(0, i - WINDOW + 1);
    if (count > best) {
      best = count;
      bestStart = start;
    }
  }
  // open a little before the first hit, so the passage reads as a sentence
  let firstHit = bestStart;
  while (firstHit < n && hits[firstHit] === 0) firstHit++;
  if (firstHit < n && firstHit > bestStart + 4) bestStart = Math.max(0, Math.min(firstHit - 4, n - WINDOW));
  const end = Math.min(n, bestStart + WINDOW);
  const from = starts[bestStart] as number;
  const to = ends[end - 1] as number;
  let out = "";
  let pos = from;
  for (let i = bestStart; i < end; i++) {
    if (hits[i] === 0) continue;
    const s = starts[i] as number;
    const e = ends[i] as number;
    out += escapeHtml(text.slice(pos, s)) + "<mark>" + escapeHtml(text.slice(s, e)) + "</mark>";
    pos = e;
  }
  out += escapeHtml(text.slice(pos, to));
  return `${from > 0 ? "… " : ""}${out.replace(/\s+/g, " ").trim()}${to < text.length ? " …" : ""}`;
}

/** Whether the words of `text` contain `phrase` (folded words) in order. */
export function containsPhrase(text: string, phrase: readonly string[]): boolean {
  const words = tokens(text).map((t) => t.word);
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
