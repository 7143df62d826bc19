import snowball from "snowball-stemmers";
import type { Stemmer } from "snowball-stemmers";

// ISO 639-1 → Snowball algorithm name.
const ALGORITHMS: Readonly<Record<string, string>> = {
  de: "german", en: "english", ru: "russian", fr: "french", es: "spanish", it: "italian", nl: "dutch", pt: "portuguese",
  sv: "swedish", da: "danish", no: "norwegian", fi: "finnish", hu: "hungarian", ro: "romanian", tr: "turkish", cs: "czech",
  ca: "catalan", eu: "basque", ga: "irish", hy: "armenian", ar: "arabic", sl: "slovene",
};

const stemmers = new Map<string, Stemmer | null>();
const caches = new Map<string, Map<string, string>>();

function stemmerFor(lang: string): Stemmer | null {
  let s = stemmers.get(lang);
  if (s === undefined) {
    const algorithm = ALGORITHMS[lang];
    s = algorithm !== undefined && snowball.algorithms().includes(algorithm) ? snowball.newStemmer(algorithm) : null;
    stemmers.set(lang, s);
  }
  return s;
}

/** Lower-cases and stems a word with the Snowball stemmer of `lang` (identity for unknown languages). */
export function stem(lang: string, word: string): string {
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase().replace(/ß/g, "ss").replace(/ё/g, "е");
  const stemmer = stemmerFor(lang);
  const out = stemmer ? stemmer.stem(lower) : lower;
  // the cache only bounds repeated work inside one process; cap it so a long-running service does not grow forever
  if (cache.size > 200_000) cache.clear();
  cache.set(word, out);
  return out;
}
