// Snowball stems of Russian case forms do not always meet ("Лавров" → лавр, "Лаврова" → лавров),
// so names are declined explicitly: nominative, genitive, dative, accusative, instrumental, prepositional.
type Paradigm = readonly [ending: string, forms: readonly string[]];

const PARADIGMS: readonly Paradigm[] = [
  ["ова", ["ова", "овой", "овой", "ову", "овой", "овой"]],
  ["ева", ["ева", "евой", "евой", "еву", "евой", "евой"]],
  ["ина", ["ина", "иной", "иной", "ину", "иной", "иной"]],
  ["ая", ["ая", "ой", "ой", "ую", "ой", "ой"]],
  ["ия", ["ия", "ии", "ии", "ию", "ией", "ии"]],
  ["ый", ["ый", "ого", "ому", "ый", "ым", "ом"]],
  ["ий", ["ий", "ого", "ому", "ий", "им", "ом"]],
  ["ое", ["ое", "ого", "ому", "ое", "ым", "ом"]],
  ["ов", ["ов", "ова", "ову", "ова", "овым", "ове"]],
  ["ев", ["ев", "ева", "еву", "ева", "евым", "еве"]],
  ["ин", ["ин", "ина", "ину", "ина", "иным", "ине"]],
  ["ка", ["ка", "ки", "ке", "ку", "кой", "ке"]],
  ["а", ["а", "ы", "е", "у", "ой", "е"]],
  ["я", ["я", "и", "е", "ю", "ей", "е"]],
  ["й", ["й", "я", "ю", "я", "ем", "е"]],
  ["ь", ["ь", "я", "ю", "ь", "ем", "е"]],
];

const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/u;

/** The six case forms of a Russian name word (the word itself six times when indeclinable). */
export function russianForms(word: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(word) || word === word.toUpperCase()) return new Array<string>(6).fill(word);
  const lower = word.toLowerCase();
  for (const [ending, forms] of PARADIGMS) {
    if (lower.endsWith(ending)) return forms.map((f) => word.slice(0, word.length - ending.length) + f);
  }
  if (CONSONANT.test(lower)) return ["", "а", "у", "", "ом", "е"].map((e) => word + e);
  return new Array<string>(6).fill(word);
}

/** A case-insensitive key for a Russian surname in any case ("Лаврова", "Лавровым" → "лавр"). */
export function russianSurnameKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/(ым|ой|ом|ую|а|у|е)$/u, "")
    .replace(/(ов|ев|ин)$/u, "");
}
