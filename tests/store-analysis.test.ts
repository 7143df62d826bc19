import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Lexicon, foldWord, isStopword, stemWord, termBucket, termImpacts, terms, wordHash } from "@inkstream/store";

// The indexer's text analysis (no Redis): the words of a text, their index terms, and each term's BM25 impact.
// The lexicon finds words by a hash computed while scanning; an independent reading with a regular expression,
// Snowball and the stopword lists is the oracle.

const samples = resolve(import.meta.dirname, "../samples");
/** the visible text of a sample page, roughly: tags and scripts out, entities as they are */
function pageText(file: string, encoding: BufferEncoding | "windows-1251" = "utf8"): string {
  const raw = readFileSync(resolve(samples, file));
  const html = encoding === "windows-1251" ? new TextDecoder("windows-1251").decode(raw) : raw.toString(encoding);
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, "");
}

const PAGES = [
  { lang: "de", text: pageText("de-baerbock-waffenruhe.html") },
  { lang: "en", text: pageText("en-river-restoration.html") },
  { lang: "fr", text: pageText("fr-marche-immobilier.html") },
  { lang: "ru", text: pageText("ru-zenit-spartak.html", "windows-1251") },
];

/** the oracle: runs of letters and digits of 2–40 UTF-16 units, folded, stopwords out, Snowball stems */
function oracle(text: string, lang: string): string[] {
  const words = foldWord(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.length >= 2 && w.length <= 40 && !isStopword(lang, w)).map((w) => stemWord(lang, w));
}

describe("index terms", () => {
  it("are the stems of every non-stopword of real pages in four languages, in order", () => {
    for (const { lang, text } of PAGES) {
      const got = terms(text, lang);
      expect(got.length).toBeGreaterThan(100);
      expect(got).toEqual(oracle(text, lang));
    }
  });

  it("tell apart long words that share their first units, and keep astral letters and the 40-unit bound", () => {
    const text = [
      "Bundesregierung Bundesrepublik Bundesregierungssprecher Bundesregierung",
      "Straße STRASSE strasse Ёлка елка",
      "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 x",
      `${"a".repeat(40)} ${"b".repeat(41)}`,
    ].join(" ");
    const got = terms(text, "de");
    expect(got).toEqual(oracle(text, "de"));
    // three distinct stems for three words alike in their first eight letters
    expect(new Set(got.slice(0, 4)).size).toBe(3);
    expect(got[0]).toBe(got[3]);
    expect(got).toContain("a".repeat(40));
    expect(got.some((t) => t.startsWith("bbbb"))).toBe(false);
  });

  it("fold like foldWord over the whole text where folding unit by unit would not (composition, final sigma, ß, compatibility forms)", () => {
    // each line holds units that fold to more or other units, or that NFKC joins with their neighbour; the
    // scanner folds plain texts unit by unit and these through foldWord, and must agree with the oracle on both
    const texts = [
      "Die Straße und GROẞE Maßnahmen der Außenpolitik",
      "ΟΔΥΣΣΕΥΣ ΚΑΙ Η ΣΟΦΙΑ ΤΟΥ ΣΟΦΟΥ ΣΑΣ",
      "İstanbul IŞIK ılık Diyarbakır",
      "Cafe\u0301 naïve cafe\u0301s Zu\u0308rich",
      "ﬁnanzen ﬂughafen ﬀ ﬃ",
      "ＡＢＣ ｄｅｆ １２３ ﾃﾞｰﾀ",
      "한국어 ᄒᆞᆫ글 ㄱㅏ",
      "\u1100\u1161\u11A8 ist Hangul aus Jamo",
      "\u1112\u1161\u11AB und \uAC00\u11A8",
      "ǅemal Ǆ Ǉubljana K Å ½ x²",
      "Ёлка ЁЖИК ёж",
      "x\uD800y lone ab\uDC00cd \uFFFD replacement",
      "Warte… ja, 10\u00a0000\u202fEuro\u2009netto und Preis″",
      "Ｗｏｒｔ，Ｔｅｘｔ x¹ CO₂ Apple™ iPhone",
      "Akzente ¨ und ´ allein",
      "ΟΔΟ⅀ und ⅀ΑΒ",
    ];
    for (const lang of ["de", "en", "ru", "xx"]) {
      for (const text of texts) expect(terms(text, lang), `${lang}: ${text}`).toEqual(oracle(text, lang));
      // and inside an ordinary text, where everything around them folds unit by unit
      const { text: page } = PAGES[0] ?? { text: "" };
      const mixed = `${page.slice(0, 2000)} ${texts.join(" ")} ${page.slice(2000, 4000)}`;
      expect(terms(mixed, lang)).toEqual(oracle(mixed, lang));
    }
    expect(terms("Straße GROẞE", "xx")).toEqual(["strasse", "grosse"]);
    expect(terms("ΣΟΦΟΣ", "xx")).toEqual(["σοφος"]);
  });

  it("are told apart by their units when two words share a hash", () => {
    // a birthday search over six-letter words finds two with the same 32-bit hash
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let n = 0; !pair && n < 26 ** 6; n++) {
      let w = "";
      for (let k = 0, x = n * 7919 + 12_345; k < 6; k++, x = Math.floor(x / 26)) w += String.fromCharCode(97 + (x % 26));
      const h = wordHash(w);
      const other = seen.get(h);
      if (other !== undefined && other !== w) pair = [other, w];
      else seen.set(h, w);
    }
    const [a, b] = pair ?? ["", ""];
    expect(a).not.toBe(b);
    expect(wordHash(a)).toBe(wordHash(b));
    // a language without a stemmer: each word is its own term
    const lexicon = new Lexicon("xx");
    expect(lexicon.read(`${a} ${b} ${a} ${b}`)).toEqual([a, b, a, b]);
    expect(lexicon.size).toBe(2);
  });

  it("stay the same when a lexicon starts afresh, and a lexicon only does so when full", () => {
    const lexicon = new Lexicon("de", 60);
    const { text } = PAGES[0] ?? { text: "" };
    expect(lexicon.resetIfFull()).toBe(false);
    const before = lexicon.read(text);
    expect(lexicon.size).toBeGreaterThan(60);
    expect(lexicon.resetIfFull()).toBe(true);
    expect(lexicon.size).toBe(0);
    expect(lexicon.read(text)).toEqual(before);
    expect(before).toEqual(oracle(text, "de"));
  });

  it("keep each term's bucket hash and UTF-8 length beside it (what a segment files the term under), also after starting afresh", () => {
    // a segment puts a term's postings in bucket termBucket(term); the analysis hands over the hash made when the
    // term entered the lexicon, so a wrong one would file postings where no search looks
    for (const [lang, page] of [["de", PAGES[0]], ["ru", "Министры иностранных дел обсудили в Брюсселе новые санкции против России и поставки газа."]] as const) {
      const lexicon = new Lexicon(lang, 40);
      const text = typeof page === "string" ? page : (page?.text ?? "");
      const check = () => {
        expect(lexicon.terms.length).toBeGreaterThan(0);
        expect(lexicon.termHashes).toEqual(lexicon.terms.map((t) => termBucket(t, 1_000_003)));
        expect(lexicon.termBytes).toEqual(lexicon.terms.map((t) => Buffer.byteLength(t)));
        // Russian terms are Cyrillic, two bytes a letter (German stems lose their umlauts)
        if (lang === "ru") expect(lexicon.terms.every((t) => Buffer.byteLength(t) === 2 * t.length)).toBe(true);
      };
      lexicon.read(text);
      check();
      expect(lexicon.resetIfFull()).toBe(lang === "de");
      lexicon.read(text.split(" ").reverse().join(" "));
      check();
    }
  });
});

describe("term impacts", () => {
  const title = "Waffenruhe im Nahen Osten: Baerbock fordert Verhandlungen";

  it("put title terms first, then by impact, then by first position, and keep at most maxTerms", () => {
    const { text } = PAGES[0] ?? { text: "" };
    const all = termImpacts(title, text, "de", { titleWeight: 3, k1: 1.2, b: 0.75, avgLength: 350, maxTerms: 10_000 });
    const titleTerms = new Set(terms(title, "de"));
    const bodyTerms = terms(text, "de");
    const inTitle = all.map(([t]) => titleTerms.has(t));
    expect(inTitle.indexOf(false)).toBe(titleTerms.size);
    expect(new Set(all.map(([t]) => t))).toEqual(new Set([...titleTerms, ...bodyTerms]));
    const firstAt = (t: string) => (titleTerms.has(t) ? terms(title, "de").indexOf(t) : 1e9 + bodyTerms.indexOf(t));
    for (let i = 1; i < all.length; i++) {
      const [a, wa] = all[i - 1] ?? ["", 0];
      const [b, wb] = all[i] ?? ["", 0];
      if (titleTerms.has(a) !== titleTerms.has(b)) continue;
      expect(wa > wb || (wa === wb && firstAt(a) < firstAt(b))).toBe(true);
    }
    expect(termImpacts(title, text, "de").map(([t]) => t)).toEqual(all.slice(0, 128).map(([t]) => t));
  });

  it("are BM25's saturated, length-normalised term frequencies", () => {
    const { text } = PAGES[1] ?? { text: "" };
    const got = new Map(termImpacts("River restoration", text, "en", { titleWeight: 3, k1: 1.2, b: 0.75, avgLength: 350, maxTerms: 10_000 }));
    const occurrences = [...terms("River restoration", "en"), ...terms("River restoration", "en"), ...terms("River restoration", "en"), ...terms(text, "en")];
    const length = occurrences.length;
    const norm = 1.2 * (1 - 0.75 + (0.75 * length) / 350);
    for (const term of ["river", terms("restoration", "en")[0] ?? "", terms("farmers", "en")[0] ?? ""]) {
      const f = occurrences.filter((t) => t === term).length;
      expect(f).toBeGreaterThan(0);
      expect(got.get(term)).toBe(Math.round(((f * 2.2) / (f + norm)) * 10_000) / 10_000);
    }
  });

  it("refuse a k1 that the sort key cannot hold", () => {
    expect(() => termImpacts("a title", "some text", "en", { titleWeight: 3, k1: 500, b: 0.75, avgLength: 350, maxTerms: 10 })).toThrow(/k1/);
  });
});
