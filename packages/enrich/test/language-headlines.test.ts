import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { enrich } from "../src/index.ts";
import { detectByOrthography } from "../src/language-orthography.ts";

// 24 official EU languages, 9 headlines each (fixtures/eu-headlines.tsv; the second batch was held out).
const rows = readFileSync(join(import.meta.dirname, "fixtures", "eu-headlines.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => l.split("\t") as [string, string]);
const EU = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" ");

const detect = (text: string): string => enrich({ text }, { annotators: ["language"] }).language.code;

describe("language detection on headline-length text", () => {
  it("covers every EU language with several headlines", () => {
    for (const lang of EU) expect(rows.filter(([l]) => l === lang).length, lang).toBeGreaterThanOrEqual(6);
  });

  it("is right on at least 97% of the headlines, and on most of each language's", () => {
    const right = rows.filter(([lang, text]) => detect(text) === lang);
    expect(right.length / rows.length).toBeGreaterThanOrEqual(0.97);
    for (const lang of EU) {
      const mine = rows.filter(([l]) => l === lang);
      expect(mine.filter(([, text]) => detect(text) === lang).length / mine.length, lang).toBeGreaterThanOrEqual(2 / 3);
    }
  });

  it("does not take German abbreviations or English loanwords for Maltese or Irish", () => {
    expect(detectByOrthography("Sensoren u. Aktoren prüfen, Istwerte auslesen u. bewerten")).toBeUndefined();
    expect(detectByOrthography("Nach Mörbisch um 20 Euro, nach Salzburg um 40.000 Euro")).toBeUndefined();
    expect(detectByOrthography("Popular dishes with bhindi like bhindi bhurji and bharwa bhindi")).toBeUndefined();
    expect(detectByOrthography("Fógraíonn an tAire Sláinte bearta nua i gcoinne an fhliú")?.code).toBe("ga");
    expect(detectByOrthography("Il-Ministru tas-Saħħa ħabbar miżuri ġodda kontra l-influwenza")?.code).toBe("mt");
  });
});
