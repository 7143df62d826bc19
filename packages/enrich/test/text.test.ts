import { describe, expect, it } from "vitest";
import { buildDoc } from "../src/text/document.ts";
import { tokenize } from "../src/text/tokenize.ts";

const sentences = (text: string, lang = "de"): string[] => buildDoc(text, lang).sentences.map((s) => text.slice(s.start, s.end));

describe("sentence splitting", () => {
  it("does not break after titles, abbreviations and German ordinals", () => {
    const text = "Am 10. Januar traf Dr. Müller z. B. den Minister in Berlin. Danach reiste er ab.";
    expect(sentences(text)).toEqual(["Am 10. Januar traf Dr. Müller z. B. den Minister in Berlin.", "Danach reiste er ab."]);
  });

  it("splits sentences glued together by scraping", () => {
    const text = "Das Datum steht noch nicht fest.Wie Lawrow erklärte, gehe es um Garantien.";
    expect(sentences(text)).toEqual(["Das Datum steht noch nicht fest.", "Wie Lawrow erklärte, gehe es um Garantien."]);
  });

  it("keeps a closing quote with its sentence", () => {
    const text = "„Wir haben keine Einigung“, sagte er. „Die Termine stehen.“ Dann ging er.";
    expect(sentences(text)).toEqual(["„Wir haben keine Einigung“, sagte er.", "„Die Termine stehen.“", "Dann ging er."]);
  });
});

describe("tokenisation", () => {
  it("separates punctuation, keeps hyphenated words and splits glued breadcrumbs", () => {
    expect(tokenize("Wie Lawrow (OSZE) sagte: US-Präsident Biden.").map((t) => t.text)).toEqual(["Wie", "Lawrow", "(", "OSZE", ")", "sagte", ":", "US-Präsident", "Biden", "."]);
    expect(tokenize("StartPolitikGesetzgebungLawrow: Für").map((t) => t.text)).toEqual(["Start", "Politik", "Gesetzgebung", "Lawrow", ":", "Für"]);
    expect(tokenize("YouTube").map((t) => t.text)).toEqual(["YouTube"]);
  });

  it("reports offsets into the original text", () => {
    const text = "  Moskau,\nKiew";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("boilerplate", () => {
  it("flags widget lines and truncated teasers", () => {
    const text = "Sonntag, April 28, 2024\nStartPolitikLawrow: Für Russland kommen Zugeständnisse nicht in...\n\nLawrow: Für Russland kommen Zugeständnisse nicht in Frage\n\nEmpfohlene Artikel\n- Advertisment -\nTranslate »";
    const doc = buildDoc(text, "de");
    expect(doc.blocks.filter((b) => !b.boilerplate).map((b) => text.slice(b.start, b.end))).toEqual(["Lawrow: Für Russland kommen Zugeständnisse nicht in Frage"]);
  });
});
