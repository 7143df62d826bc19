import { stemWord, tokens } from "./analyze.ts";

const WINDOW = 28;
const SCAN_CHARS = 6000;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A short passage of `text` around the densest run of query terms, HTML-escaped, each matching word wrapped
 * in `<mark>`; the start of the text when nothing matches.
 */
export function snippet(text: string, lang: string, marks: ReadonlySet<string>): string {
  // the passage comes from the opening of long texts: bounded work per hit
  const toks = tokens(text, marks.size > 0 ? SCAN_CHARS : 400);
  if (toks.length === 0) return "";
  const hit = toks.map((t) => marks.has(t.word) || marks.has(stemWord(lang, t.word)));
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
