import { lexiconOf, wordTerms, type Lexicon } from "./lexicon.ts";
import { termPairs, type TermList } from "./term-list.ts";

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

/** Stored impacts are integers (BM25 term part × 10,000): Redis keeps integer scores compactly and compares them fast. */
export const IMPACT_SCALE = 10_000;

// sort key layout (exact below 2⁵³): in title × 2⁵¹ + impact × 10,000 (below 2²¹) × 2³⁰ + reversed rank (below 2³⁰)
const RANK_SPAN = 2 ** 30;
const TITLE_BIT = 2 ** 51;
/** a term's impact is below k1 + 1; its key keeps it below 2²¹ / 10,000 */
const MAX_K1 = 2 ** 21 / IMPACT_SCALE - 1;

/**
 * per term id of the article being analysed, two numbers side by side (one cache line for both): the stamp of the
 * article that last counted it and its weighted count there (grown with the lexicon, reused across articles)
 */
let stats = new Float64Array(0);
let serial = 0;

/** Adds a text's words (weight each) to the term statistics; `seen` gets the ids first seen, in order. */
function count(lexicon: Lexicon, text: string, weight: number, seen: number[]): void {
  const ids = wordTerms(lexicon, text);
  if (stats.length < 2 * lexicon.terms.length) {
    const grown = new Float64Array(4 * lexicon.terms.length);
    grown.set(stats);
    stats = grown;
  }
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id < 0) continue;
    const at = 2 * id;
    if (stats[at] !== serial) {
      stats[at] = serial;
      stats[at + 1] = weight;
      seen.push(id);
    } else stats[at + 1] = (stats[at + 1] as number) + weight;
  }
}

/**
 * The precomputed part of BM25 for each term of an article (its saturated, length-normalised term frequency);
 * a query multiplies it by the term's IDF. Rounded to 4 digits: equal articles get equal scores.
 */
export function termImpacts(title: string, text: string, lang: string, opts: RankingOptions = DEFAULT_RANKING): [string, number][] {
  return termPairs(indexTerms(title, text, lang, opts)).map(([t, impact]) => [t, impact / IMPACT_SCALE]);
}

/** termImpacts as the index stores them: integers, the impact × IMPACT_SCALE, as a term list. */
export function indexTerms(title: string, text: string, lang: string, opts: RankingOptions = DEFAULT_RANKING): TermList {
  if (!(opts.k1 >= 0 && opts.k1 < MAX_K1)) throw new RangeError(`k1 must be in [0, ${MAX_K1}): ${opts.k1}`);
  const lexicon = lexiconOf(lang);
  if (lexicon.resetIfFull()) stats.fill(0);
  // a fresh stamp marks every term unseen in this article
  if (++serial === 0x7fff_ffff) {
    serial = 1;
    stats.fill(0);
  }
  const seen: number[] = [];
  count(lexicon, title, opts.titleWeight, seen);
  // the title is counted first: the terms seen so far are the title's
  const titleTerms = seen.length;
  count(lexicon, text, 1, seen);
  // the article's length: every occurrence of a term, title ones counted titleWeight times
  let length = 0;
  for (const id of seen) length += stats[2 * id + 1] as number;
  const norm = opts.k1 * (1 - opts.b + (opts.b * length) / opts.avgLength);
  // one sort key per term, in the order wanted: title terms first, then by impact, then the earlier term (a lead
  // paragraph says what the story is). k, the term's rank by first position, is its index in `seen`.
  const keys = new Float64Array(seen.length);
  for (let k = 0; k < seen.length; k++) {
    const f = stats[2 * (seen[k] as number) + 1] as number;
    const impact = Math.round(((f * (opts.k1 + 1)) / (f + norm)) * IMPACT_SCALE);
    keys[k] = (k < titleTerms ? TITLE_BIT : 0) + impact * RANK_SPAN + (RANK_SPAN - 1 - k);
  }
  keys.sort();
  const n = Math.min(keys.length, opts.maxTerms);
  const names = new Array<string>(n);
  const impacts = new Int32Array(n);
  const hashes = new Int32Array(n);
  const bytes = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const key = keys[keys.length - 1 - j] as number;
    const rest = key % TITLE_BIT;
    const impact = Math.floor(rest / RANK_SPAN);
    const id = seen[RANK_SPAN - 1 - (rest - impact * RANK_SPAN)] as number;
    names[j] = lexicon.terms[id] as string;
    impacts[j] = impact;
    hashes[j] = lexicon.termHashes[id] as number;
    bytes[j] = lexicon.termBytes[id] as number;
  }
  return { names, impacts, hashes, bytes };
}
