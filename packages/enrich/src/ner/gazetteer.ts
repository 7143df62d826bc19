import { entitySlug } from "@inkstream/contracts";
import { ORGANIZATIONS, ORGANIZATION_NAMES } from "../data/organizations.ts";
import { CITIES, COUNTRY_ALIASES, REGIONS } from "../data/places.ts";
import { FIRST_NAMES, PERSONS } from "../data/persons.ts";
import { stem } from "../text/stem.ts";
import { tokenize } from "../text/tokenize.ts";
import { russianForms } from "./russian-forms.ts";
import type { NerType } from "./tags.ts";

/** One known entity with all its names; `names[0]` is the German canonical form. */
export interface GazetteerEntry {
  type: NerType;
  slug: string;
  names: readonly string[];
}

export interface GazetteerHit {
  entry: GazetteerEntry;
  begin: boolean;
}

interface Gazetteer {
  phrases: Map<string, GazetteerEntry>;
  /** every proper word prefix of a phrase key, so matching stops as soon as no name can continue */
  prefixes: Set<string>;
  firstNames: Set<string>;
}

const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ"]);
const ENTRY_LANGS = ["de", "en", "ru"];

function countryEntries(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const displays = ENTRY_LANGS.map((l) => new Intl.DisplayNames([l], { type: "region", fallback: "none" }));
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code)) continue;
      const names = displays.map((d) => d.of(code)).filter((n): n is string => n !== undefined && n !== code);
      if (names.length === 0 || names[0] === undefined) continue;
      out.push({ type: "location", slug: entitySlug(names[0]), names: [...names, ...(COUNTRY_ALIASES[code] ?? [])] });
    }
  }
  return out;
}

function fromLists(type: NerType, rows: readonly string[]): GazetteerEntry[] {
  return rows.map((row) => {
    const names = row.split("|");
    return { type, slug: entitySlug(names[0] ?? row), names };
  });
}

/** All curated entries: countries, places, organisations, people. */
export function gazetteerEntries(): GazetteerEntry[] {
  return [
    ...countryEntries(),
    ...fromLists("location", CITIES),
    ...fromLists("location", REGIONS),
    ...ORGANIZATIONS.map((names): GazetteerEntry => ({ type: "organization", slug: entitySlug(names[0] ?? ""), names })),
    ...fromLists("organization", ORGANIZATION_NAMES),
    ...fromLists("person", PERSONS),
  ];
}

/** Matching key of a token: its stem, so "Russlands"/"Russland" and "России"/"Россия" meet. */
export function tokenKey(lang: string, token: string): string {
  return stem(lang, token);
}

const built = new Map<string, Gazetteer>();

function build(lang: string): Gazetteer {
  const phrases = new Map<string, GazetteerEntry>();
  for (const entry of gazetteerEntries()) {
    for (const name of entry.names) {
      const toks = tokenize(name).map((t) => t.text);
      // short all-caps names ("IS", "AP") only match exactly, never through a stem
      const key = toks.map((t) => (t.length <= 3 && t === t.toUpperCase() ? `=${t}` : tokenKey(lang, t))).join(" ");
      if (!phrases.has(key)) phrases.set(key, entry);
      if (lang === "ru") {
        // declined forms of Russian names, each case across all words ("Единой России")
        const declined = toks.map(russianForms);
        for (let c = 1; c < 6; c++) {
          const k = declined.map((forms, i) => (forms === undefined ? "" : tokenKey(lang, forms[c] ?? toks[i] ?? ""))).join(" ");
          if (!phrases.has(k)) phrases.set(k, entry);
        }
      }
      // German genitive -s that Snowball keeps after vowels ("Moskaus", "Kanadas")
      const genitive = lang === "de" && toks.length === 1 && /\p{Ll}$/u.test(name) ? tokenKey(lang, `${name}s`) : "";
      if (genitive && !phrases.has(genitive)) phrases.set(genitive, entry);
    }
  }
  const prefixes = new Set<string>();
  for (const key of phrases.keys()) {
    for (let sp = key.indexOf(" "); sp > 0; sp = key.indexOf(" ", sp + 1)) prefixes.add(key.slice(0, sp));
  }
  const firstNames = new Set(FIRST_NAMES.map((n) => n.toLowerCase()));
  return { phrases, prefixes, firstNames };
}

function gazetteerFor(lang: string): Gazetteer {
  let g = built.get(lang);
  if (!g) {
    g = build(lang);
    built.set(lang, g);
  }
  return g;
}

const STARTS_UPPER = /^[\p{Lu}\d]/u;

const SHORT_CAPS = /\p{L}/u;

function matchKey(lang: string, token: string): string {
  return token.length <= 3 && token === token.toUpperCase() && SHORT_CAPS.test(token) ? `=${token}` : tokenKey(lang, token);
}

// Single-word names that are also everyday words of the text's language ("das Bild", "im Spiegel", "gutes
// Essen"; an English "island"). Matched by stem they would tag every picture and mirror, so alone they are left
// to the tagger, which reads the context; inside a longer name ("Bild am Sonntag") they still match.
const EVERYDAY_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(["bild", "spiegel", "stern", "essen", "zeit", "welt", "focus", "guardian"].map((w) => tokenKey("de", w))),
  en: new Set(["island", "reading", "nice", "bath", "mobile", "sun", "times", "mirror", "guardian"].map((w) => tokenKey("en", w))),
};

/** Longest-match gazetteer lookup over a token sequence; one hit (or undefined) per token. */
export function matchGazetteer(lang: string, tokens: readonly string[]): (GazetteerHit | undefined)[] {
  const g = gazetteerFor(lang);
  const keys = tokens.map((t) => matchKey(lang, t));
  const out: (GazetteerHit | undefined)[] = new Array<GazetteerHit | undefined>(tokens.length).fill(undefined);
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    // a single word must be capitalised; a phrase may start with an adjective ("das russische Außenministerium")
    const upper = STARTS_UPPER.test(tokens[i] ?? "");
    if (upper || /^\p{Ll}/u.test(tokens[i] ?? "")) {
      let key = keys[i] ?? "";
      let best: GazetteerEntry | undefined;
      for (let n = 1; i + n <= tokens.length; n++) {
        if (n > 1) key += ` ${keys[i + n - 1] ?? ""}`;
        const entry = g.phrases.get(key);
        if (entry && (upper || n > 1) && STARTS_UPPER.test(tokens[i + n - 1] ?? "")) {
          best = entry;
          matched = n;
        }
        if (!g.prefixes.has(key)) break;
      }
      if (best && matched === 1 && EVERYDAY_WORDS[lang]?.has(keys[i] ?? "")) best = undefined;
      if (best) for (let k = 0; k < matched; k++) out[i + k] = { entry: best, begin: k === 0 };
    }
    i += matched || 1;
  }
  return out;
}

/** Whether a word is a known first name (any of de/en/ru). */
export function isFirstName(lang: string, word: string): boolean {
  return gazetteerFor(lang).firstNames.has(word.toLowerCase());
}
