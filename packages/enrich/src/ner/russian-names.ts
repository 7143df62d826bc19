// Russian names decline: one person appears as "Александр Беглов", "Александра Беглова", "Александру Беглову",
// "Александром Бегловым". An entity named by whichever form an article used would get a different tag in every
// article, so a person outside the gazetteer is named in the nominative. A known given name shows the case
// and the gender of the whole name; the patronymic and surname are then declined back with the paradigms of
// that gender. A lone surname is changed only where its ending leaves no doubt.
import { RUSSIAN_FEMALE_NAMES, RUSSIAN_IRREGULAR_NAMES, RUSSIAN_MALE_NAMES } from "../data/russian-given-names.ts";

type Gender = "m" | "f";
/** nominative ending → the endings of the six cases (nominative, genitive, dative, accusative, instrumental, prepositional) */
type Paradigm = readonly [nominative: string, cases: readonly string[], fits: RegExp];

const CONSONANT = "бвгджзклмнпрстфхцчшщ";
const ENDS_CONSONANT = new RegExp(`[${CONSONANT}]$`, "u");

// given names (nouns); the first paradigm whose nominative pattern fits the name is its declension
const GIVEN: readonly Paradigm[] = [
  ["ия", ["ия", "ии", "ии", "ию", "ией", "ии"], /ия$/u],
  ["ий", ["ий", "ия", "ию", "ия", "ием", "ии"], /ий$/u],
  ["й", ["й", "я", "ю", "я", "ем", "е"], /й$/u],
  ["ь", ["ь", "я", "ю", "я", "ем", "е"], /ь$/u],
  ["я", ["я", "и", "е", "ю", "ей", "е"], /я$/u],
  ["а", ["а", "и", "е", "у", "ой", "е"], /[гкхжшчщ]а$/u],
  ["а", ["а", "ы", "е", "у", "ой", "е"], /а$/u],
  ["", ["", "а", "у", "а", "ем", "е"], /[жшчщц]$/u],
  ["", ["", "а", "у", "а", "ом", "е"], ENDS_CONSONANT],
];

// surnames and patronymics by gender, most specific first
const SURNAME: Readonly<Record<Gender, readonly Paradigm[]>> = {
  m: [
    ["", ["", "а", "у", "а", "ым", "е"], /(ов|ев|ёв|ин|ын)$/u],
    ["", ["", "а", "у", "а", "ем", "е"], /(ович|евич|ич)$/u],
    ["ий", ["ий", "ого", "ому", "ого", "им", "ом"], /[кгхжшчщ]ий$/u],
    ["ый", ["ый", "ого", "ому", "ого", "ым", "ом"], /ый$/u],
    ["ий", ["ий", "его", "ему", "его", "им", "ем"], /ий$/u],
    ["й", ["й", "я", "ю", "я", "ем", "е"], /[аеоуя]й$/u],
    ["ь", ["ь", "я", "ю", "я", "ем", "е"], /ь$/u],
    ["", ["", "а", "у", "а", "ем", "е"], /[жшчщц]$/u],
    ["", ["", "а", "у", "а", "ом", "е"], ENDS_CONSONANT],
  ],
  f: [
    ["а", ["а", "ой", "ой", "у", "ой", "ой"], /(ова|ева|ёва|ина|ына)$/u],
    ["ая", ["ая", "ой", "ой", "ую", "ой", "ой"], /ая$/u],
    ["а", ["а", "ы", "е", "у", "ой", "е"], /(овна|евна|ична)$/u],
    ["а", ["а", "и", "е", "у", "ой", "е"], /[гкхжшчщ]а$/u],
    ["а", ["а", "ы", "е", "у", "ой", "е"], /[^и]а$/u],
    ["я", ["я", "и", "е", "ю", "ей", "е"], /я$/u],
    // a woman's surname ending in a consonant does not decline (Анна Шульц, Анной Шульц)
    ["", ["", "", "", "", "", ""], ENDS_CONSONANT],
  ],
};

interface GivenName {
  gender: Gender;
  forms: readonly string[];
}

/** lower-cased case form → the given names (with gender and forms) it can be */
const GIVEN_FORMS: ReadonlyMap<string, readonly GivenName[]> = (() => {
  const map = new Map<string, GivenName[]>();
  const add = (g: GivenName) => {
    for (const f of new Set(g.forms.map((x) => x.toLowerCase()))) map.set(f, [...(map.get(f) ?? []), g]);
  };
  const decline = (name: string, gender: Gender): GivenName => {
    const p = GIVEN.find(([, , fits]) => fits.test(name.toLowerCase()));
    const stem = p ? name.slice(0, name.length - p[0].length) : name;
    return { gender, forms: p ? p[1].map((e) => stem + e) : new Array<string>(6).fill(name) };
  };
  for (const n of RUSSIAN_MALE_NAMES) add(decline(n, "m"));
  // Никита, Илья: male names with a "female" ending still decline like one
  for (const n of RUSSIAN_FEMALE_NAMES) add(decline(n, "f"));
  for (const [gender, forms] of RUSSIAN_IRREGULAR_NAMES) add({ gender, forms });
  return map;
})();

/** The cases (0–5) and gender a word has as a known given name, or undefined. */
function readGiven(word: string): { cases: number[]; gender: Gender; nominative: string }[] | undefined {
  const lower = word.toLowerCase();
  const names = GIVEN_FORMS.get(lower);
  if (!names) return undefined;
  // men's readings first (see isRussianNominativeName)
  return [...names].sort((a, b) => (a.gender === b.gender ? 0 : a.gender === "m" ? -1 : 1)).map((g) => ({
    gender: g.gender,
    nominative: keepCapital(word, g.forms[0] ?? word),
    cases: g.forms.flatMap((f, k) => (f.toLowerCase() === lower ? [k] : [])),
  }));
}

const keepCapital = (original: string, word: string) => (original.charAt(0) === original.charAt(0).toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word);

/** The nominative of a surname or patronymic seen in one of `cases`, for `gender`; undefined when no paradigm explains it. */
function surnameNominative(word: string, cases: readonly number[], gender: Gender): string | undefined {
  const lower = word.toLowerCase();
  for (const [nominative, endings, fits] of SURNAME[gender]) {
    for (const k of cases) {
      const e = endings[k] ?? "";
      if (!lower.endsWith(e)) continue;
      const stem = word.slice(0, word.length - e.length);
      const candidate = stem + nominative;
      if (stem.length >= 2 && fits.test(candidate.toLowerCase())) return candidate;
    }
  }
  return undefined;
}

/** Surnames that do not decline (Шойгу, Матвиенко, Черных) stay as they are in any case. */
const INDECLINABLE = /([оеиуюэ]|ых|их)$/u;

/**
 * The nominative of a Russian person name given as tokens in some case ("Эльвирой Набиуллиной" → "Эльвира
 * Набиуллина"), or undefined when its first word is not a known given name (the case is then unknown).
 */
export function russianNominativeName(tokens: readonly string[]): string[] | undefined {
  if (tokens.length < 2) return undefined;
  const readings = readGiven(tokens[0] ?? "");
  for (const r of readings ?? []) {
    const rest: string[] = [];
    for (const t of tokens.slice(1)) {
      const n = surnameNominative(t, r.cases, r.gender) ?? (INDECLINABLE.test(t.toLowerCase()) ? t : undefined);
      if (n === undefined) break;
      rest.push(n);
    }
    if (rest.length === tokens.length - 1) return [r.nominative, ...rest];
  }
  return undefined;
}

// a lone surname whose ending says both its case and its nominative
const LONE_SURNAME: readonly [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)(у|ым|е)$/u, "$1"],
  [/(ов|ев|ёв|ин|ын)ой$/u, "$1а"],
  [/([сц]к)(ого|ому|им|ом)$/u, "$1ий"],
  [/([сц]к)(ой|ую)$/u, "$1ая"],
];

/** The nominative of a lone Russian surname when its ending leaves no doubt ("Беглову" → "Беглов"), else the word. */
export function russianLoneSurname(word: string): string {
  const lower = word.toLowerCase();
  for (const [pattern, replacement] of LONE_SURNAME) {
    const m = pattern.exec(lower);
    if (m) return word.slice(0, m.index) + lower.slice(m.index).replace(pattern, replacement);
  }
  return word;
}

/**
 * Whether `tokens` are a name in the nominative already. "Александра Беглова" is not: read as a man's genitive
 * first, like every form that is both (Александра, Евгения, Валентина are also women's names in the nominative),
 * since news names men in oblique cases far more often than these women.
 */
export function isRussianNominativeName(tokens: readonly string[]): boolean {
  const declined = russianNominativeName(tokens);
  return declined !== undefined && declined.every((t, i) => t === tokens[i]);
}
