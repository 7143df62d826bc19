import { terms } from "./analyze.ts";

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
  const titleTerms = terms(title, lang);
  const bodyTerms = terms(text, lang);
  const tf = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const inTitle = new Set(titleTerms);
  let pos = 0;
  for (const t of titleTerms) {
    tf.set(t, (tf.get(t) ?? 0) + opts.titleWeight);
    if (!firstSeen.has(t)) firstSeen.set(t, pos);
    pos++;
  }
  for (const t of bodyTerms) {
    tf.set(t, (tf.get(t) ?? 0) + 1);
    if (!firstSeen.has(t)) firstSeen.set(t, pos);
    pos++;
  }
  const length = titleTerms.length * opts.titleWeight + bodyTerms.length;
  const norm = opts.k1 * (1 - opts.b + (opts.b * length) / opts.avgLength);
  const scored = [...tf].map(([term, f]): [string, number] => [term, Math.round(((f * (opts.k1 + 1)) / (f + norm)) * 10_000) / 10_000]);
  // title terms first, then by impact, then the earlier term (a lead paragraph says what the story is)
  scored.sort(
    (a, b) => Number(inTitle.has(b[0])) - Number(inTitle.has(a[0])) || b[1] - a[1] || (firstSeen.get(a[0]) ?? 0) - (firstSeen.get(b[0]) ?? 0),
  );
  return scored.slice(0, opts.maxTerms);
}
