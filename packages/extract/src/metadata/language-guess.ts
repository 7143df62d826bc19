// The page's language from its visible words, for pages that declare none: Cyrillic texts by the
// letters only Russian or Ukrainian use, others by counting each language's most frequent function
// words; a clear winner is needed.
import type { TextRun } from "./page-scan.ts";
import { CHROME } from "./zones.ts";

const STOPWORDS: Readonly<Record<string, string>> = {
  de: "der die das und ist nicht ein eine einen dem den des mit sich auch auf für von zu im am wird wurde sind nach bei aus noch über wie oder sie er es wir",
  en: "the and of to is in that it was for on are with as be this have from by at not but has had they were which will their would been an or after",
  fr: "le la les et des est un une du pour dans que qui sur pas au aux ce avec se sont il elle plus ont été par nous vous leur cette mais",
  es: "el la los las y de del que en es un una por con para se no al lo su sus como más pero fue han este esta ha son entre sobre",
  it: "il lo la gli le di che è un una per con non sono del della nel alla ha anche come ma si più questo questa dei delle",
  pt: "o os as e do da dos das que em um uma para com não por se na no mais como mas foi ao ser são à seu sua",
  nl: "de het een en van in is dat op te zijn met voor niet aan er om ook als bij maar door wordt nog naar uit",
  pl: "i w na z się nie do to że jest o jak po ale od za co przez tak są dla jego już oraz może być",
  ru: "и в не на что с по это как из к за от для так но он она они его все был была были который также уже если при",
  uk: "і в не на що з у та до як це від за для але він вона вони його було був які також вже якщо при й",
};
const LEXICON: ReadonlyMap<string, string> = buildLexicon();
const MAX_CHARS = 6000;
const MIN_HITS = 8;

/** The primary language subtag the text is written in, or undefined when no language clearly leads. */
export function guessLanguage(runs: readonly TextRun[]): string | undefined {
  let text = "";
  for (const run of runs) {
    if ((run.zone & CHROME) !== 0) continue;
    if (text.length > MAX_CHARS) break;
    text += run.text.toLowerCase() + " ";
  }
  return byCyrillicLetters(text) ?? byWords(text);
}

/** Russian writes ы and э, Ukrainian і, ї and є: a few letters settle a Cyrillic text better than short words. */
function byCyrillicLetters(text: string): string | undefined {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic < 50 || cyrillic < latin) return undefined;
  const ru = text.match(/[ыэ]/g)?.length ?? 0;
  const uk = text.match(/[іїєґ]/g)?.length ?? 0;
  if (ru >= 3 && ru > uk * 3) return "ru";
  if (uk >= 3 && uk > ru * 3) return "uk";
  return undefined;
}

function byWords(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const word of text.split(/[^\p{L}']+/u)) {
    const lang = LEXICON.get(word);
    if (lang !== undefined) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (first === undefined || first[1] < MIN_HITS) return undefined;
  return second === undefined || first[1] >= second[1] * 2 ? first[0] : undefined;
}

/** Word → language, keeping only words that belong to one language ("в", "de", "in" tell nothing apart). */
function buildLexicon(): Map<string, string> {
  const langs = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    for (const w of words.split(" ")) langs.set(w, [...(langs.get(w) ?? []), lang]);
  }
  const map = new Map<string, string>();
  for (const [w, list] of langs) if (list.length === 1 && list[0] !== undefined) map.set(w, list[0]);
  return map;
}
