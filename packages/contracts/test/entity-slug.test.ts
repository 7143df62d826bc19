import { describe, expect, it } from "vitest";
import { entitySlug, transliterate } from "../src/index.ts";

describe("entitySlug", () => {
  it("spells German names the way German news does: umlauts as two letters, ß as ss, accents dropped", () => {
    expect(entitySlug("Markus Söder")).toBe("markus-soeder");
    expect(entitySlug("Weißes Haus")).toBe("weisses-haus");
    expect(entitySlug("Emmanuel Macron")).toBe("emmanuel-macron");
    expect(entitySlug("François Hollande")).toBe("francois-hollande");
    expect(entitySlug("Zoë Wörner")).toBe("zoe-woerner");
  });

  it("transliterates Cyrillic with German conventions, so a Russian text and a German one meet", () => {
    expect(entitySlug("Сергей Лавров")).toBe(entitySlug("Sergej Lawrow"));
    expect(entitySlug("Юлия Навальная")).toBe("julija-nawalnaja");
    expect(transliterate("Щука и Ёж")).toBe("Schtschuka i Josch");
  });

  it("keeps only letters and digits of the Latin alphabet, joined by single hyphens", () => {
    expect(entitySlug("  F.C. Bayern  München (II) ")).toBe("f-c-bayern-muenchen-ii");
    expect(entitySlug("G7")).toBe("g7");
    expect(entitySlug("—")).toBe("");
  });
});
