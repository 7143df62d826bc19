// Repairs of English spans that a tagger trained on tweets gets wrong in news prose. Each rule is about the
// shape of English names, not about particular entities:
// - a possessive belongs to no name: "Britain’s rivers" names Britain (the tagger and gazetteer see the
//   word without it, and the mention ends before it);
// - a plural possessive inside a name does not end it: "National Farmers’ Union" is one organisation;
// - a name ending in an organisation's head noun ("… Wildlife Trust", "… Farmers’ Union") or starting with
//   one before "of" ("University of Exeter", "Bank of England") is an organisation;
// - a run of capitalised words ending in such a head, or starting with one before "of", is an organisation
//   even where the tagger saw nothing ("the Environment Agency", "Country Land and Business Association",
//   "the University of Exeter");
// - a geographic prefix takes the proper name after it ("River Otter", "Lake Geneva", "Mount Snowdon"), and a
//   name that starts with one is a place.
import { isStopword } from "../text/stopwords.ts";
import type { NerType } from "./tags.ts";

export interface Span {
  from: number;
  to: number;
  type: NerType;
  entry?: unknown;
}

const POSSESSIVE = /(?<=\p{L})['’]s$/u;
const APOSTROPHE = new Set(["'", "’"]);
const ORG_HEADS = new Set(
  ("Union Trust University College Council Agency Party Bank Institute Institution Association Commission Ministry Company " +
    "Corporation Foundation Society Committee Federation Authority Office Department Court Club Group League Board Fund " +
    "Organisation Organization Inc Ltd Plc Corp Alliance Coalition Service Services Bureau Network Academy Museum Parliament Team").split(" "),
);
const GEO_PREFIXES = new Set("River Lake Mount Mt Cape Port Fort Gulf Loch Isle Glen Lough".split(" "));
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// lower-case words that may join the capitalised words of one name
const CONNECTORS = new Set(["of", "and", "for", "&", "the"]);

/** The word as the tagger and the gazetteer should see it: "Britain’s" → "Britain". */
export function withoutPossessive(word: string): string {
  return word.replace(POSSESSIVE, "");
}

/** Characters a mention ending in this word leaves out at its end (the possessive). */
export function possessiveLength(word: string): number {
  return POSSESSIVE.test(word) ? 2 : 0;
}

/** Runs of capitalised words (connectors inside) that end in an organisation's head noun. */
function headedRuns(words: readonly string[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  // a headline in Title Case ("Government Announces New Flood Fund") says nothing by its capitals
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  if (lettered.length >= 4 && lettered.filter((w) => CAPITALISED.test(w)).length > lettered.length * 0.6) return runs;
  let i = 0;
  while (i < words.length) {
    if (!CAPITALISED.test(words[i] ?? "") || isStopword("en", (words[i] ?? "").toLowerCase())) {
      i++;
      continue;
    }
    let j = i + 1;
    let end = i + 1;
    while (j < words.length && (CAPITALISED.test(words[j] ?? "") || CONNECTORS.has(words[j] ?? ""))) {
      if (CAPITALISED.test(words[j] ?? "")) end = j + 1;
      j++;
    }
    // the longest prefix of the run that ends in a head, or the whole run after a head and "of"
    let k = end;
    while (k > i + 1 && !ORG_HEADS.has(words[k - 1] ?? "")) k--;
    if (k > i + 1 && ORG_HEADS.has(words[k - 1] ?? "")) runs.push({ from: i, to: k });
    else if (ORG_HEADS.has(words[i] ?? "") && words[i + 1] === "of" && end > i + 2) runs.push({ from: i, to: end });
    i = Math.max(j, i + 1);
  }
  return runs;
}

/**
 * Tagger spans cut after a possessive that ends a name of two words or more: "Igor Kolomoisky’s PrivatBank"
 * names Igor Kolomoisky, then PrivatBank; what a person owns is no person (it stays an organisation unless the
 * gazetteer knows better).
 */
export function splitAtPossessives<T extends Span>(spans: readonly T[], original: readonly string[], known: (from: number, to: number) => boolean): T[] {
  const out: T[] = [];
  // what follows the possessive must be a name by itself: known, several words, or written like a brand
  const ownName = (from: number, to: number) => known(from, to) || to - from > 1 || /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}$/u.test(original[from] ?? "");
  for (const s of spans) {
    let from = s.from;
    for (let k = s.from; k < s.to - 1; k++) {
      // a one-word owner is usually part of a business's name ("Casey’s Bar", "Macy’s"); a full name is not
      if (s.entry || !POSSESSIVE.test(original[k] ?? "") || k - from < 1 || !ownName(k + 1, s.to)) continue;
      out.push({ ...s, from, to: k + 1 });
      from = k + 1;
    }
    if (from === s.from) out.push(s);
    else out.push({ ...s, from, type: s.type === "person" ? "organization" : s.type });
  }
  return out;
}

/** Whether a lone word is an organisation's head noun without its name ("the University", "the Council"). */
export function isBareOrganisationHead(word: string): boolean {
  return ORG_HEADS.has(word);
}

/** The spans with the repairs above; spans named by the gazetteer keep their identity and type. */
export function repairEnglishSpans<T extends Span>(spans: readonly T[], words: readonly string[]): T[] {
  const runs = headedRuns(words);
  // an organisation's full name replaces the fragments the tagger found inside it
  const kept = spans.filter((s) => !runs.some((r) => s.from >= r.from && s.to <= r.to && (s.to - s.from < r.to - r.from)));
  const added = runs
    .filter((r) => kept.every((s) => s.to <= r.from || s.from >= r.to))
    .map((r) => ({ from: r.from, to: r.to, type: "organization" }) as T);
  const sorted = [...kept, ...added].sort((a, b) => a.from - b.from);
  const out: T[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    // "National Farmers" ’ "Union": one name across a plural possessive
    if (prev && !prev.entry && !s.entry && s.from === prev.to + 1 && APOSTROPHE.has(words[prev.to] ?? "") && /s$/.test(words[prev.to - 1] ?? "")) {
      out[out.length - 1] = { ...prev, to: s.to, type: s.type };
      continue;
    }
    out.push({ ...s });
  }
  const taken = new Set<number>();
  for (const s of out) for (let k = s.from; k < s.to; k++) taken.add(k);
  return out.map((s) => {
    if (s.entry) return s;
    let { to, type } = s;
    const last = words[to - 1] ?? "";
    if (GEO_PREFIXES.has(last)) {
      while (to < words.length && to - s.to < 2 && !taken.has(to) && CAPITALISED.test(words[to] ?? "")) to++;
      if (to > s.to) type = "location";
    }
    if (to - s.from > 1 && GEO_PREFIXES.has(words[s.from] ?? "")) type = "location";
    const head = words[to - 1] ?? "";
    if (to - s.from > 1 && (ORG_HEADS.has(head) || (ORG_HEADS.has(words[s.from] ?? "") && words[s.from + 1] === "of"))) type = "organization";
    return { ...s, to, type };
  });
}
