import type { Doc } from "../text/document.ts";
import { surnameKey } from "./entities.ts";
import type { Token } from "../text/tokenize.ts";
import { sentenceFeatures } from "./features.ts";
import { matchGazetteer } from "./gazetteer.ts";
import type { GazetteerEntry } from "./gazetteer.ts";
import { modelFor } from "./models.ts";
import { decode } from "./perceptron.ts";
import { LABEL_TYPES } from "./tags.ts";
import { isStopword } from "../text/stopwords.ts";
import { PERSON_CUES } from "../data/persons.ts";
import { isEnglishDemonym, isGermanCommonNoun } from "./common-nouns.ts";
import type { NerType } from "./tags.ts";
import { isBareOrganisationHead, possessiveLength, repairEnglishSpans, splitAtPossessives, withoutPossessive } from "./english-spans.ts";
import { isRussianLoneAdjective, lowerCaseStems, quotedCore } from "./span-filters.ts";
import { stem } from "../text/stem.ts";

/** A recognised mention with token and character positions. */
export interface RawMention {
  type: NerType;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  entry?: GazetteerEntry;
}

// Widget and navigation words that a tagger may take for names, and words of captions, tips and the news of the
// day that no article means as a name ("Tipp: …", "Okay, …", "Daten zu Corona", "SUV", "Dr").
const NEVER = new Set(
  ("start translate advertisment advertisement quelle anzeige home tipp tipps okay ok fazit foto fotos video videos update " +
    "hinweis info corona covid covid-19 sars-cov-2 suv pdf usb gmbh dr mr mrs ms prof north south east west")
    .split(" ")
    .concat(["empfohlene artikel"]),
);
const CUES = new Set(PERSON_CUES.map((c) => c.toLowerCase()));
const PARTY = /^(partei|partij|party|партия|партии|партией|партию)$/iu;
const OPEN_QUOTE = new Set(["„", "\"", "«", "“", "»"]);
const CLOSE_QUOTE = new Set(["“", "\"", "»", "”", "«"]);

function mention(type: NerType, tokens: Token[], text: string, entry?: GazetteerEntry, lang = ""): RawMention {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const start = first?.start ?? 0;
  const end = (last?.end ?? 0) - (lang === "en" ? possessiveLength(last?.text ?? "") : 0);
  const m: RawMention = { type, start, end, text: text.slice(start, end), tokens };
  if (entry) m.entry = entry;
  return m;
}

function overlaps(taken: readonly boolean[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken[k]) return true;
  return false;
}

function sentenceMentions(lang: string, tokens: Token[], text: string): RawMention[] {
  const words = tokens.map((t) => (lang === "en" ? withoutPossessive(t.text) : t.text));
  const model = modelFor(lang);
  const gaz = matchGazetteer(lang, words);
  const found: { from: number; to: number; type: NerType; entry?: GazetteerEntry }[] = [];
  if (model) {
    const tags = decode(model, sentenceFeatures(lang, words, gaz), words.map((w) => w.toLowerCase()));
    for (let i = 0; i < tags.length; i++) {
      if (!tags[i]?.startsWith("B-")) continue;
      let j = i + 1;
      while (tags[j]?.startsWith("I-")) j++;
      const type = LABEL_TYPES[tags[i]?.slice(2) ?? ""];
      // a span that runs into a quoted name is that name (so the gazetteer below can know it)
      if (type) found.push({ ...quotedCore(words, i, j), type });
      i = j - 1;
    }
  }
  if (lang === "en") {
    const known = (from: number, to: number) => gaz[from]?.begin === true && gaz[to - 1]?.entry === gaz[from]?.entry && !gaz[to]?.entry;
    found.splice(0, found.length, ...splitAtPossessives(found, tokens.map((t) => t.text), known));
  }
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const f of found) for (let k = f.from; k < f.to; k++) taken[k] = true;
  // the gazetteer fills what the tagger missed and names the entry of what it found
  for (let i = 0; i < gaz.length; i++) {
    const hit = gaz[i];
    if (!hit?.begin) continue;
    let j = i + 1;
    while (gaz[j] && !gaz[j]?.begin && gaz[j]?.entry === hit.entry) j++;
    const same = found.find((f) => f.from === i && f.to === j);
    if (same) {
      same.entry = hit.entry;
      same.type = hit.entry.type;
    } else if (j - i > 1 && found.every((f) => (f.from >= i && f.to <= j) || f.to <= i || f.from >= j)) {
      // a known multi-word name beats the tagger's fragments inside it ("Organisation für Sicherheit …")
      for (const f of found.filter((x) => x.from >= i && x.to <= j)) found.splice(found.indexOf(f), 1);
      found.push({ from: i, to: j, type: hit.entry.type, entry: hit.entry });
      for (let k = i; k < j; k++) taken[k] = true;
    } else if (!overlaps(taken, i, j)) {
      found.push({ from: i, to: j, type: hit.entry.type, entry: hit.entry });
      for (let k = i; k < j; k++) taken[k] = true;
    }
    i = j - 1;
  }
  // places inside a known long name stay findable ("… Zusammenarbeit in Europa" → Europa)
  for (const f of [...found]) {
    if (!f.entry || f.type !== "organization" || f.to - f.from < 3) continue;
    const inner = matchGazetteer(lang, words.slice(f.from + 1, f.to));
    inner.forEach((h, k) => {
      if (h?.begin && h.entry.type === "location" && !inner[k + 1]?.entry) found.push({ from: f.from + 1 + k, to: f.from + 2 + k, type: "location", entry: h.entry });
    });
  }
  // Partei „Einiges Russland“: a quoted name after "party" is an organisation
  for (let i = 0; i + 2 < words.length; i++) {
    if (!PARTY.test(words[i] ?? "") || !OPEN_QUOTE.has(words[i + 1] ?? "")) continue;
    let j = i + 2;
    while (j < words.length && !CLOSE_QUOTE.has(words[j] ?? "") && j - i < 8) j++;
    if (j > i + 2 && CLOSE_QUOTE.has(words[j] ?? "") && /^\p{Lu}/u.test(words[i + 2] ?? "")) {
      const inner = found.filter((f) => f.from >= i + 2 && f.to <= j);
      for (const f of inner) found.splice(found.indexOf(f), 1);
      if (!overlaps(taken, i, i + 2)) found.push({ from: i + 2, to: j, type: "organization" });
    }
  }
  return (lang === "en" ? repairEnglishSpans(found, words) : found)
    .sort((a, b) => a.from - b.from)
    .map((f) => (f.entry ? f : trim(f, words, lang)))
    .filter((f) => f.to > f.from && plausible(lang, f.type, words.slice(f.from, f.to), f.entry !== undefined))
    .map((f) => mention(f.type, tokens.slice(f.from, f.to), text, f.entry, lang))
    .filter((m) => !NEVER.has(m.text.toLowerCase()));
}

const LETTER = /\p{L}/u;
const UPPER_START = /^[\p{Lu}\d]/u;

// name particles a German person span may start with ("von Weizsäcker", "de Maizière")
const PARTICLES = new Set(["von", "vom", "van", "de", "der", "den", "di", "da", "del", "della", "du", "dos", "zu", "zur", "ten", "ter", "le", "la"]);
const CASED = /[\p{Lu}\d]/u;

// Tagger spans never start or end with punctuation or a lower-case word ("Lawrow in" → "Lawrow"). In German a span
// without any capital is a lower-case name the tagger knows ("dpa", "ver.di") and stays, and a person may start
// with a name particle.
function trim<T extends { from: number; to: number; type: NerType }>(f: T, words: readonly string[], lang: string): T {
  let { from, to } = f;
  const de = lang === "de";
  if (de && !words.slice(from, to).some((w) => CASED.test(w)) && words.slice(from, to).some((w) => LETTER.test(w))) return f;
  const particle = (k: number): boolean => de && f.type === "person" && PARTICLES.has(words[k] ?? "") && k + 1 < to && UPPER_START.test(words[k + 1] ?? "");
  while (from < to && !UPPER_START.test(words[from] ?? "") && !particle(from)) from++;
  while (to > from && !CASED.test(words[to - 1] ?? "")) to--;
  return { ...f, from, to };
}

// A lone function word, job title ("Wie", "Vizeaußenminister"), German common noun ("Sicherheitsgarantien")
// or English nationality adjective taken for a place ("Russian") is no name.
function plausible(lang: string, type: NerType, span: readonly string[], known: boolean): boolean {
  if (known) return true;
  if (!span.some((w) => LETTER.test(w))) return false;
  if (span.length === 1) {
    const w = span[0] ?? "";
    const lower = w.toLowerCase();
    if (isStopword(lang, lower) || CUES.has(lower)) return false;
    if (lang === "de" && isGermanCommonNoun(w)) return false;
    if (lang === "en" && type === "location" && isEnglishDemonym(w)) return false;
    if (lang === "en" && isBareOrganisationHead(w)) return false;
    if (lang === "ru" && type !== "person" && isRussianLoneAdjective(w)) return false;
  }
  return true;
}

/** Finds person/organisation/location mentions in the analysed sentences of a document. */
export function recognize(doc: Doc, lang: string): RawMention[] {
  const out: RawMention[] = [];
  // German capitalises every noun, so only English and Russian can tell a common word by its lower-case uses
  const lowerStems = lang === "en" || lang === "ru" ? lowerCaseStems(lang, doc.sentences.flatMap((s) => s.tokens)) : undefined;
  for (const s of doc.sentences) {
    const first = s.tokens.find((t) => /\p{L}/u.test(t.text));
    for (const m of sentenceMentions(lang, s.tokens, doc.text)) {
      const lone = m.tokens.length === 1 && !m.entry && m.tokens[0] === first;
      if (lone && lowerStems?.has(stem(lang, m.text))) continue;
      out.push(m);
    }
  }
  return propagateSurnames(doc, lang, out);
}

// "Sergej Lawrow … Lawrow erklärte": a surname seen in a full name is tagged again when alone,
// compared by stem so "Лаврова" and "Lawrows" count too.
function propagateSurnames(doc: Doc, lang: string, mentions: RawMention[]): RawMention[] {
  const surnames = new Map<string, RawMention>();
  for (const m of mentions) {
    const last = m.tokens[m.tokens.length - 1];
    if (m.type === "person" && m.tokens.length > 1 && last && /^\p{Lu}\p{Ll}{2,}$/u.test(last.text)) surnames.set(surnameKey(lang, last.text), m);
  }
  if (surnames.size === 0) return mentions;
  const covered = new Set<number>();
  for (const m of mentions) for (const t of m.tokens) covered.add(t.start);
  const extra: RawMention[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (covered.has(t.start) || !/^\p{Lu}/u.test(t.text)) continue;
      const full = surnames.get(surnameKey(lang, t.text));
      if (full) extra.push(mention("person", [t], doc.text, full.entry));
    }
  }
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}
