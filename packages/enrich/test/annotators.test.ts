import { describe, expect, it } from "vitest";
import { EnrichError } from "../src/errors.ts";
import { enrich } from "../src/index.ts";
import { isGermanCommonNoun } from "../src/ner/common-nouns.ts";

const ARTICLE = `Der Bundestag hat am Donnerstag in Berlin ein neues Gesetz zur Förderung von Wärmepumpen beschlossen. Die Koalition aus SPD, Grünen und FDP stimmte dafür, die Opposition dagegen.

Wirtschaftsminister Robert Habeck sprach von einem wichtigen Schritt für den Klimaschutz. Kritiker bemängeln hohe Kosten für Hausbesitzer und Mieter. Die Förderung soll ab Januar beantragt werden können.

Nach Angaben des Ministeriums sollen bis 2030 rund sechs Millionen Wärmepumpen installiert werden. Verbände der Heizungsindustrie begrüßten die Entscheidung.`;

describe("annotator selection", () => {
  it("runs only the chosen annotators", () => {
    const r = enrich({ text: ARTICLE }, { annotators: ["stats", "fingerprints"] });
    expect(r.entities).toEqual([]);
    expect(r.keywords).toEqual([]);
    expect(r.stats.sentences).toBe(7);
    expect(r.stats.paragraphs).toBe(3);
    expect(r.stats.words).toBeGreaterThan(70);
    expect(r.fingerprints.simhash).toMatch(/^[0-9a-f]{16}$/);
    expect(r.fingerprints.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rejects unknown annotator names with a coded error", () => {
    expect(() => enrich({ text: ARTICLE }, { annotators: ["sentiment"] })).toThrow(EnrichError);
  });

  it("omits mentions unless asked", () => {
    expect(enrich({ text: ARTICLE }).mentions).toBeUndefined();
  });
});

describe("keywords and topics", () => {
  it("ranks the subject and uses section hints", () => {
    const r = enrich({ text: ARTICLE, section: "Wirtschaft", breadcrumbs: ["Start", "Wirtschaft", "Energie"] });
    expect(r.keywords.map((k) => k.term)).toContain("Wärmepumpen");
    expect(r.topics[0]?.id).toBe("economy-business-finance");
    expect(r.topics.map((t) => t.id)).toContain("politics");
    expect(r.tags).toContain("topic:economy-business-finance");
  });

  it("lets stream document frequencies demote a common term", () => {
    const base = enrich({ text: ARTICLE }).keywords.map((k) => k.stem);
    const df = new Map([[base[0] ?? "", 999]]);
    const tuned = enrich({ text: ARTICLE }, { documentFrequencies: { docs: 1000, df } }).keywords.map((k) => k.stem);
    expect(tuned[0]).not.toBe(base[0]);
    expect(tuned.indexOf(base[0] ?? "")).not.toBe(0);
  });
});

describe("fingerprints", () => {
  const hamming = (a: string, b: string): number => {
    let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
    let n = 0;
    for (; x > 0n; x >>= 1n) n += Number(x & 1n);
    return n;
  };

  it("keeps the content hash stable under boilerplate and whitespace, and SimHash close for edits", () => {
    const a = enrich({ text: ARTICLE }, { annotators: ["fingerprints"] }).fingerprints;
    const b = enrich({ text: `${ARTICLE.replace(/\n\n/g, "\n\n\n")}\n\nEmpfohlene Artikel\nTranslate »` }, { annotators: ["fingerprints"] }).fingerprints;
    expect(b.contentHash).toBe(a.contentHash);
    const edited = enrich({ text: ARTICLE.replace("Donnerstag", "Freitag").replace("hohe Kosten", "sehr hohe Kosten") }, { annotators: ["fingerprints"] }).fingerprints;
    const other = enrich({ text: "Bayern München gewann am Samstag mit 3:1 gegen Borussia Dortmund. Harry Kane traf zweimal, die Fans feierten die Mannschaft bis spät in die Nacht." }, { annotators: ["fingerprints"] }).fingerprints;
    expect(edited.contentHash).not.toBe(a.contentHash);
    expect(hamming(a.simhash, edited.simhash)).toBeLessThan(12);
    expect(hamming(a.simhash, other.simhash)).toBeGreaterThan(18);
  });
});

describe("language", () => {
  it("reports und for text without letters and uses the declared language as a prior", () => {
    expect(enrich({ text: "12:3 — 45" }, { annotators: ["language"] }).language.code).toBe("und");
    expect(enrich({ text: "12:3 — 45", declaredLanguage: "de-DE" }, { annotators: ["language"] }).language.code).toBe("de");
  });
});

describe("German common nouns", () => {
  it("recognises abstract-noun suffixes and compounds linked after them, but not names or institutions", () => {
    for (const w of ["Sicherheitsgarantien", "Verhandlungen", "Osterweiterung", "Wirtschaftskrise", "Bundesregierung"]) expect(isGermanCommonNoun(w), w).toBe(true);
    for (const w of ["Lawrow", "Russland", "Bundesverfassungsgericht", "Wirtschaftsministerium", "Heidelberg", "Nato"]) expect(isGermanCommonNoun(w), w).toBe(false);
  });
});

describe("filter tags", () => {
  it("adds source and section tags the way the indexer spells them", () => {
    const r = enrich({ text: ARTICLE, url: "https://www.Zeitung.example/wirtschaft/artikel-1", section: "Außen- & Sicherheitspolitik" });
    expect(r.tags).toEqual(expect.arrayContaining(["lang:de", "source:zeitung.example", "section:aussen-sicherheitspolitik"]));
    const ru = enrich({ text: "Министр иностранных дел Сергей Лавров в понедельник в Москве резко раскритиковал НАТО.", section: "Политика" });
    expect(ru.tags).toEqual(expect.arrayContaining(["section:политика", "person:sergej-lawrow", "place:moskau", "org:nato"]));
    expect(enrich({ text: ARTICLE, url: "not a url" }).tags.some((t) => t.startsWith("source:"))).toBe(false);
  });
});
