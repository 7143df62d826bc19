import { describe, expect, it } from "vitest";
import { enrich } from "../src/index.ts";

const terms = (text: string, lang: string) => enrich({ text, declaredLanguage: lang }).keywords.map((k) => k.term);

const DE = `Die Bundesregierung will den Einsatz von künstlicher Intelligenz in Behörden ausweiten. Künstliche Intelligenz solle Anträge schneller prüfen, sagte die Digitalministerin in Berlin.

Datenschützer warnen: Wer künstliche Intelligenz über Sozialleistungen entscheiden lasse, brauche klare Regeln. Auch die Deutsche Bahn testet Systeme, die Verspätungen vorhersagen. Die Deutsche Bahn will damit Fahrgäste früher informieren.

VW-Chef Herbert Diess lobte die Pläne. Diess hatte zuvor erklärt, VW-Chef Herbert Diess werde selbst in die Entwicklung investieren.`;

const EN = `Central banks are under pressure to cut interest rates as inflation eases. The Bank of England kept interest rates at 5.25% on Thursday, while economists expect higher unemployment next year.

Climate change also weighed on the outlook: insurers said losses from climate change had doubled in a decade, and the governor warned that rising interest rates and extreme weather were hitting households at once.`;

const RU = `Партия «Единая Россия» выдвинула кандидатов на выборы в Государственную думу. Список «Единой России» возглавил премьер-министр.

Представители «Единой России» заявили, что программа партии будет опубликована в среду. Оппозиция критикует «Единую Россию» за отказ от дебатов.`;

describe("keyphrases", () => {
  it("finds recurring two-word phrases and drops the words they speak for (de)", () => {
    const k = terms(DE, "de");
    expect(k).toEqual(expect.arrayContaining(["Deutsche Bahn", "Herbert Diess"]));
    expect(k.some((t) => /^künstliche[rn]? Intelligenz$/i.test(t))).toBe(true);
    // "Intelligenz" only ever occurs in the phrase; "Herbert" before "Diess"
    expect(k).not.toContain("Intelligenz");
    expect(k.filter((t) => /Herbert$/.test(t))).toEqual([]);
  });

  it("finds lower-case phrases of running English and keeps no phrase ending in a verb form", () => {
    const k = terms(EN, "en");
    expect(k).toEqual(expect.arrayContaining(["interest rates", "climate change"]));
    expect(k.filter((t) => / \S+(ed|ing)$/.test(t))).toEqual([]);
  });

  it("meets a Russian phrase in every case as one keyphrase", () => {
    const r = enrich({ text: RU, declaredLanguage: "ru" });
    const phrase = r.keywords.find((k) => k.stem.split(" ").length === 2 && /един/i.test(k.term));
    expect(phrase?.term).toMatch(/^Един(ая|ой|ую) Росси[яию]$/);
    expect(r.keywords[0]?.stem).toBe(phrase?.stem);
  });

  it("needs a phrase to recur: a pair met once is no keyphrase", () => {
    const k = terms("Die Stadtwerke in Kassel bieten eine Beratung zu Wärmepumpen an. Die Beratung ist kostenlos und richtet sich an Hausbesitzer in Kassel.", "de");
    expect(k.filter((t) => t.includes(" "))).toEqual([]);
  });
});
