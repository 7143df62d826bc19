// Keyphrases: runs of two content words that an article repeats ("künstliche Intelligenz", "Sri
// Lanka", "Единая Россия" in any case). A phrase is scored from its words' keyword scores, weighted by how
// much of each word's use the phrase accounts for, so a phrase whose words never appear apart ("Sri" always
// before "Lanka") outranks each word, and a loose pairing of two common words does not.
import { FIRST_NAMES } from "./data/persons.ts";
import type { Doc } from "./text/document.ts";
import { stem } from "./text/stem.ts";

// two words: longer runs in running text are mostly a name with its role ("VW-Chef Herbert Diess") or a noun
// with the verb after it; the two-word core of them is the keyphrase
const MAX_WORDS = 2;
/** a phrase must recur: one occurrence says nothing about a fixed expression */
const MIN_OCCURRENCES = 2;

export interface Phrase {
  /** member stems, space-separated */
  stem: string;
  stems: string[];
  tf: number;
  /** the most frequent surface form */
  term: string;
}

/**
 * Recurring runs of candidate words inside one sentence that end the way a noun phrase ends in the language.
 * `isCandidate` says whether a token may be a keyword (not a stopword, long enough); runs never cross a token
 * that may not.
 */
export function collectPhrases(doc: Doc, lang: string, isCandidate: (word: string) => boolean): Phrase[] {
  // continued: occurrences followed at once by another capitalised word, the start of a longer name ("Hyundai Santa" Fe)
  const found = new Map<string, { stems: string[]; tf: number; continued: number; forms: Map<string, number> }>();
  for (const s of doc.sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      for (let n = 2; n <= MAX_WORDS && i + n <= toks.length; n++) {
        const run = toks.slice(i, i + n);
        if (!run.every((t) => isCandidate(t.text))) break;
        if (!endsLikeNounPhrase(lang, run.map((t) => t.text))) continue;
        // tokens must touch by one space or hyphen-free gap: "Sri Lanka", not "Sri, Lanka"
        if (!run.every((t, k) => k === 0 || t.start - (run[k - 1]?.end ?? 0) <= 1)) break;
        const stems = run.map((t) => stem(lang, t.text));
        const key = stems.join(" ");
        const form = doc.text.slice(run[0]?.start ?? 0, run[n - 1]?.end ?? 0);
        let p = found.get(key);
        if (!p) {
          p = { stems, tf: 0, continued: 0, forms: new Map() };
          found.set(key, p);
        }
        p.tf++;
        const next = toks[i + n];
        if (next && next.start - (run[n - 1]?.end ?? 0) <= 1 && /^\p{Lu}\p{L}*$/u.test(next.text)) p.continued++;
        p.forms.set(form, (p.forms.get(form) ?? 0) + 1);
      }
    }
  }
  const out: Phrase[] = [];
  for (const [key, p] of found) {
    // "VW-Chef Herbert" is mostly followed by "Diess": a piece of a longer name, not a phrase of its own
    if (p.tf < MIN_OCCURRENCES || p.continued * 2 >= p.tf) continue;
    const term = [...p.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? key;
    out.push({ stem: key, stems: p.stems, tf: p.tf, term });
  }
  return out;
}

// a verb or adverb at the end makes a run a piece of a clause, not a name for a thing
const ENGLISH_NOT_LAST = /(ed|ing|ly)$/u;
const RUSSIAN_VERB = /(ть|ться|ал|ала|али|ало|ил|ила|или|ило|ет|ют|ит|ят|ут|ешь|ишь|ется|ются|ится|ятся)$/u;

const FIRST = new Set(FIRST_NAMES.map((n) => n.toLowerCase()));

/**
 * German nouns are capitalised; English and Russian phrases must not end in a verb form; no phrase ends in a
 * first name (a role before a name, "VW-Chef Herbert", is half of "VW-Chef Herbert Diess").
 */
function endsLikeNounPhrase(lang: string, words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? "";
  if (FIRST.has(last.toLowerCase())) return false;
  if (lang === "de") return /^\p{Lu}/u.test(last);
  if (lang === "en") return !ENGLISH_NOT_LAST.test(last.toLowerCase()) && !words.some((w) => /\p{L}{3}ly$/u.test(w));
  if (lang === "ru") return !RUSSIAN_VERB.test(last.toLowerCase());
  return true;
}

/**
 * A phrase's score: the sum of its words' scores, each weighted by the share of that word's occurrences the
 * phrase accounts for (its cohesion). `wordScore` and `wordTf` give a word stem's keyword score and count.
 */
export function phraseScore(p: Phrase, wordScore: (stem: string) => number, wordTf: (stem: string) => number): number {
  let score = 0;
  for (const s of p.stems) score += wordScore(s) * Math.min(1, p.tf / Math.max(1, wordTf(s)));
  return score;
}

/** Whether a word is spoken for by a phrase: most of its occurrences are inside it. */
export function absorbedBy(p: Phrase, stemOfWord: string, wordTf: (stem: string) => number): boolean {
  return p.stems.includes(stemOfWord) && p.tf / Math.max(1, wordTf(stemOfWord)) >= 0.6;
}
