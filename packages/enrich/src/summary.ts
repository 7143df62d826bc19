import type { Doc, Sentence } from "./text/document.ts";
import { stem } from "./text/stem.ts";

const ITERATIONS = 20;
const DAMPING = 0.85;
const MIN_WORDS = 6;
// TextRank is quadratic; later sentences rarely make a lead summary
const MAX_SENTENCES = 120;

function bag(lang: string, s: Sentence): Set<string> {
  return new Set(s.tokens.filter((t) => /^\p{L}{3,}/u.test(t.text)).map((t) => stem(lang, t.text)));
}

/** Two or three sentences picked by TextRank over stem overlap with a lead bias, in text order. */
export function summarize(doc: Doc, lang: string): string[] {
  const cands = doc.sentences
    .filter((s) => s.tokens.filter((t) => /^\p{L}/u.test(t.text)).length >= MIN_WORDS && /[.!?"“”»]$/u.test(s.tokens[s.tokens.length - 1]?.text ?? ""))
    .slice(0, MAX_SENTENCES);
  if (cands.length <= 2) return cands.map((s) => doc.text.slice(s.start, s.end));
  const bags = cands.map((s) => bag(lang, s));
  const n = cands.length;
  const sim: number[][] = bags.map((a, i) =>
    bags.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0;
      let shared = 0;
      for (const x of a) if (b.has(x)) shared++;
      return shared / (Math.log(a.size) + Math.log(b.size));
    }),
  );
  const out = sim.map((row) => row.reduce((x, y) => x + y, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < ITERATIONS; it++) {
    rank = rank.map((_, i) => {
      let s = 0;
      for (let j = 0; j < n; j++) {
        const w = sim[j]?.[i] ?? 0;
        const o = out[j] ?? 0;
        if (w > 0 && o > 0) s += (w / o) * (rank[j] ?? 0);
      }
      return (1 - DAMPING) / n + DAMPING * s;
    });
  }
  // news puts the gist first: the lead bias decays over the first sentences
  const scored = rank.map((r, i) => ({ i, score: r * (1 + 1.5 / (1 + i)) }));
  const k = n >= 8 ? 3 : 2;
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .sort((a, b) => a.i - b.i)
    .map(({ i }) => {
      const s = cands[i];
      return s ? doc.text.slice(s.start, s.end) : "";
    });
}
