import * as sw from "stopword";

const LISTS: Readonly<Record<string, readonly string[] | undefined>> = {
  de: sw.deu, en: sw.eng, ru: sw.rus, fr: sw.fra, es: sw.spa, it: sw.ita, nl: sw.nld, pt: sw.porBr, pl: sw.pol, uk: sw.ukr,
};
const sets = new Map<string, Set<string>>();

/** The `stopword` package's list for an ISO 639-1 language (empty when it has none). */
export function stopwordList(lang: string): readonly string[] {
  return LISTS[lang] ?? [];
}

/** Whether a lower-cased word is a stopword of the language. */
export function isStopword(lang: string, lowerWord: string): boolean {
  let s = sets.get(lang);
  if (!s) {
    s = new Set(stopwordList(lang));
    sets.set(lang, s);
  }
  return s.has(lowerWord);
}
