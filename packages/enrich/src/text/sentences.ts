import type { Sentence } from "./document.ts";
import type { Token } from "./tokenize.ts";

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === "und" ? "en" : lang, { granularity: "sentence" });
    segmenters.set(lang, s);
  }
  return s;
}

const CLOSERS = new Set(['"', "“", "”", "»", "«", "'", "’", ")", "]"]);

/**
 * Sentence boundaries from Intl.Segmenter, corrected with the tokeniser's view: no break after an
 * abbreviation or ordinal that kept its period ("Dr.", "10."), a break at glued sentences ("fest.Wie").
 */
export function splitSentences(text: string, tokens: readonly Token[], lang: string): Sentence[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return [];
  const ends = new Set<number>();
  for (const seg of segmenter(lang).segment(text.slice(first.start, last.end))) {
    ends.add(first.start + seg.index + seg.segment.trimEnd().length);
  }
  const out: Sentence[] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    cur.push(tok);
    const next = tokens[i + 1];
    if (!next) break;
    const terminal = tok.text === "." || tok.text === "!" || tok.text === "?" || tok.text === "…";
    // closing quotes after the stop belong to the sentence that just ended
    if (CLOSERS.has(next.text) && next.start === tok.end && terminal) continue;
    const prevTerminal = CLOSERS.has(tok.text) && ["." , "!", "?"].includes(tokens[i - 1]?.text ?? "");
    const segmenterBreak = ends.has(tok.end) && !/\.$/.test(tok.text.length > 1 ? tok.text : "");
    const glued = terminal && next.start === tok.end && /^\p{Lu}/u.test(next.text);
    if ((segmenterBreak && (terminal || prevTerminal)) || glued) {
      out.push({ start: cur[0]?.start ?? tok.start, end: tok.end, tokens: cur });
      cur = [];
    }
  }
  if (cur.length) out.push({ start: cur[0]?.start ?? 0, end: cur[cur.length - 1]?.end ?? 0, tokens: cur });
  return out;
}
