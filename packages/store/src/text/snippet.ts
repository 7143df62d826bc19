import { stemWord, tokens } from "./analyze.ts";

const WINDOW = 28;
const SCAN_CHARS = 6000;

const REGION_BEFORE = 200;
const REGION_AFTER = 800;

/**
 * Where to look for the passage: around the first occurrence (found with indexOf, no tokenising) of a mark at a
 * word start within the first SCAN_CHARS; the opening when none shows (the marks are folded, the text only
 * lower-cased, so a word that folding changes may be missed here and is then looked for in the opening).
 */
function region(text: string, marks: ReadonlySet<string>): [number, number] {
  const lowered = text.slice(0, SCAN_CHARS).toLowerCase();
  let first = -1;
  if (lowered.length === Math.min(text.length, SCAN_CHARS)) {
    for (const m of marks) {
      for (let at = lowered.indexOf(m); at >= 0 && (first < 0 || at < first); at = lowered.indexOf(m, at + 1)) {
        if (at === 0 || !/[\p{L}\p{N}]/u.test(lowered.charAt(at - 1))) {
          first = at;
          break;
        }
      }
    }
  }
  if (first < 0) return [0, REGION_BEFORE + REGION_AFTER];
  const start = first <= REGION_BEFORE ? 0 : Math.max(0, text.lastIndexOf(" ", first - REGION_BEFORE) + 1);
  return [start, Math.min(text.length, first + REGION_AFTER)];
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A short passage of `text` around the densest run of query terms, HTML-escaped, each matching word wrapped
 * in `<mark>`; the start of the text when nothing matches.
 */
export function snippet(text: string, lang: string, marks: ReadonlySet<string>): string {
  // the passage comes from the opening of long texts, around the first place a query word shows: bounded work per hit
  const [lo, hi] = marks.size > 0 ? region(text, marks) : [0, 400];
  const toks = tokens(text.slice(lo, hi));
  for (const t of toks) {
    t.start += lo;
    t.end += lo;
  }
  if (toks.length === 0) return "";
  // a word's stem starts like the word: stem only the words that start like a mark
  const heads = new Set([...marks].map((m) => m.slice(0, 2)));
  const hit = toks.map((t) => heads.has(t.word.slice(0, 2)) && (marks.has(t.word) || marks.has(stemWord(lang, t.word))));
  let bestStart = 0;
  let best = -1;
  let count = 0;
  for (let i = 0; i < toks.length; i++) {
    if (hit[i]) count++;
    if (i >= WINDOW && hit[i - WINDOW]) count--;
    const start = Math.max(0, i - WINDOW + 1);
    if (count > best) {
      best = count;
      bestStart = start;
    }
  }
  // open a little before the first hit, so the passage reads as a sentence
  const firstHit = hit.indexOf(true, bestStart);
  if (firstHit > bestStart + 4) bestStart = Math.max(0, Math.min(firstHit - 4, toks.length - WINDOW));
  const end = Math.min(toks.length, bestStart + WINDOW);
  const from = (toks[bestStart] as { start: number }).start;
  const to = (toks[end - 1] as { end: number }).end;
  let out = "";
  let pos = from;
  for (let i = bestStart; i < end; i++) {
    const t = toks[i] as { start: number; end: number };
    if (!hit[i]) continue;
    out += escapeHtml(text.slice(pos, t.start)) + "<mark>" + escapeHtml(text.slice(t.start, t.end)) + "</mark>";
    pos = t.end;
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
