import { describe, expect, it } from "vitest";
import { enrich } from "../src/index.ts";
import type { Enrichment } from "../src/index.ts";

const EN = `Russian Foreign Minister Sergei Lavrov said on Friday that Moscow would not make one-sided concessions in its security talks with the United States and NATO.

Speaking in Moscow, Lavrov said the talks in Geneva on January 10 would be followed by a meeting with NATO in Brussels and a session of the OSCE in Vienna. The White House said President Joe Biden had been briefed by Secretary of State Antony Blinken.`;

const RU = `Министр иностранных дел России Сергей Лавров заявил в пятницу, что Москва не пойдёт на односторонние уступки на переговорах с США и НАТО о гарантиях безопасности.

По словам Лаврова, переговоры в Женеве начнутся 10 января, а затем пройдёт встреча с представителями НАТО в Брюсселе. Заместитель министра Сергей Рябков сообщил агентству ТАСС, что позиция России не изменилась. Кремль пока не комментирует эти сообщения.`;

function slugsOf(r: Enrichment, type: string): string[] {
  return r.entities.filter((e) => e.type === type).map((e) => e.slug);
}

describe("English news", () => {
  const r = enrich({ text: EN, declaredLanguage: "en-GB" });
  it("detects English", () => expect(r.language.code).toBe("en"));
  it("finds people, organisations and places", () => {
    expect(slugsOf(r, "person")).toEqual(expect.arrayContaining(["sergej-lawrow", "joe-biden", "antony-blinken"]));
    expect(slugsOf(r, "organization")).toEqual(expect.arrayContaining(["nato", "osze", "weisses-haus"]));
    expect(slugsOf(r, "location")).toEqual(expect.arrayContaining(["moskau", "genf", "bruessel", "wien", "vereinigte-staaten"]));
  });
  it("takes no nationality adjective for a place", () => {
    expect(r.entities.map((e) => e.name)).not.toContain("Russian");
    expect(r.tags.filter((t) => /^place:(russian|american)$/.test(t))).toEqual([]);
  });
  it("names entities in English and counts the surname mentions", () => {
    const lavrov = r.entities.find((e) => e.slug === "sergej-lawrow");
    expect(lavrov?.name).toBe("Sergei Lavrov");
    expect(lavrov?.count).toBe(2);
  });
});

describe("Russian news", () => {
  const r = enrich({ text: RU }, { mentions: true });
  it("detects Russian", () => expect(r.language.code).toBe("ru"));
  it("matches case-inflected names through stems", () => {
    expect(slugsOf(r, "person")).toEqual(expect.arrayContaining(["sergej-lawrow", "sergej-rjabkow"]));
    expect(slugsOf(r, "organization")).toEqual(expect.arrayContaining(["nato", "sna", "kreml"].filter((s) => s !== "sna")));
    expect(slugsOf(r, "location")).toEqual(expect.arrayContaining(["russland", "moskau", "genf", "bruessel", "vereinigte-staaten"]));
    const lavrov = r.entities.find((e) => e.slug === "sergej-lawrow");
    expect(lavrov?.name).toBe("Сергей Лавров");
    expect(lavrov?.surfaceForms).toEqual(expect.arrayContaining(["Сергей Лавров", "Лаврова"]));
  });
  it("tags ТАСС as an organisation", () => {
    expect(r.mentions?.find((m) => m.text === "ТАСС")?.type).toBe("organization");
  });
});

describe("cross-language identity", () => {
  it("gives Lawrow/Lavrov/Лавров and Nato/NATO/НАТО one slug each", () => {
    const de = enrich({ text: "Außenminister Sergej Lawrow kritisierte die Nato am Montag in Moskau scharf." });
    const en = enrich({ text: "Foreign Minister Sergei Lavrov sharply criticised NATO in Moscow on Monday." });
    const ru = enrich({ text: "Министр иностранных дел Сергей Лавров в понедельник в Москве резко раскритиковал НАТО." });
    for (const r of [de, en, ru]) {
      expect(r.tags).toEqual(expect.arrayContaining(["person:sergej-lawrow", "org:nato", "place:moskau"]));
    }
  });
});
