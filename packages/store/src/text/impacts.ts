import { foldWord, foldedWords, termOf } from "./analyze.ts";

/** BM25 parameters and what is indexed per article (docs/redis-schema.md, "Full text"). */
export interface RankingOptions {
  /** a title occurrence counts this many body occurrences */
  titleWeight: number;
  k1: number;
  b: number;
  /** the length (in terms) that counts as average; fixed, so stored impacts never need recomputing */
  avgLength: number;
  /** distinct terms indexed per article: all title terms, then body terms by impact */
  maxTerms: number;
}

export const DEFAULT_RANKING: RankingOptions = { titleWeight: 3, k1: 1.2, b: 0.75, avgLength: 350, maxTerms: 128 };

/**
 * The precomputed part of BM25 for each term of an article (its saturated, length-normalised term frequency);
 * a query multiplies it by the term's IDF. Rounded to 4 digits: equal articles get equal scores.
 */
export function termImpacts(title: string, text: string, lang: string, opts: RankingOptions = DEFAULT_RANKING): [string, number][] {
  // count words first (a small map per article), then look each distinct word's term up once
  const words = new Map<string, [count: number, first: number]>();
  let length = 0;
  const count = (source: string, weight: number, offset: number) => {
    const list = foldedWords(foldWord(source));
    for (let i = 0; i < list.length; i++) {
      const w = list[i] as string;
      const s = words.get(w);
      if (s) s[0] += weight;
      else words.set(w, [weight, offset + i]);
    }
  };
  count(title, opts.titleWeight, 0);
  const titleWords = new Set(words.keys());
  count(text, 1, 1e9);
  // term -> [term frequency (title counted titleWeight times), first position, in title (1|0)]
  const stats = new Map<string, [number, number, number]>();
  for (const [w, [c, first]] of words) {
    const t = termOf(lang, w);
    if (t === "") continue;
    // the word's weighted count: title occurrences were added with weight, body ones with 1
    length += c;
    const s = stats.get(t);
    const inTitle = titleWords.has(w) ? 1 : 0;
    if (s) {
      s[0] += c;
      if (first < s[1]) s[1] = first;
      if (inTitle) s[2] = 1;
    } else stats.set(t, [c, first, inTitle]);
  }
  const norm = opts.k1 * (1 - opts.b + (opts.b * length) / opts.avgLength);
  const scored: [string, number, number, number][] = [];
  for (const [term, [f, first, inTitle]] of stats) scored.push([term, Math.round(((f * (opts.k1 + 1)) / (f + norm)) * 10_000) / 10_000, first, inTitle]);
  // title terms first, then by impact, then the earlier term (a lead paragraph says what the story is)
  scored.sort((a, b) => b[3] - a[3] || b[1] - a[1] || a[2] - b[2]);
  return scored.slice(0, opts.maxTerms).map(([t, w]) => [t, w]);
}
