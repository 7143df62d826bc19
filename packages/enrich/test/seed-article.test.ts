import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { enrich } from "../src/index.ts";
import type { Entity } from "../src/index.ts";

const SEEDS = "/work/shared/seeds";
const file = readdirSync(SEEDS).find((f) => f.startsWith("000_"));
const text = readFileSync(join(SEEDS, file ?? "missing"), "utf8");
const result = enrich({ text, url: "https://example.org/politik/gesetzgebung/lawrow-verhandlungen" }, { mentions: true });

function find(type: Entity["type"], name: string): Entity | undefined {
  return result.entities.find((e) => e.type === type && (e.name === name || e.surfaceForms.includes(name) || e.aliases.includes(name)));
}

describe("the German seed article", () => {
  it("is German", () => {
    expect(result.language.code).toBe("de");
    expect(result.language.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    ["person", "Sergej Lawrow", "sergej-lawrow"],
    ["person", "Sergej Rjabkow", "sergej-rjabkow"],
    ["person", "Wladimir Putin", "wladimir-putin"],
    ["organization", "Nato", "nato"],
    ["organization", "OSZE", "osze"],
    ["organization", "Einiges Russland", "einiges-russland"],
    ["organization", "Weißes Haus", "weisses-haus"],
    ["organization", "russisches Außenministerium", "russisches-aussenministerium"],
    ["location", "Russland", "russland"],
    ["location", "USA", "vereinigte-staaten"],
    ["location", "Moskau", "moskau"],
    ["location", "Washington", "washington"],
    ["location", "Europa", "europa"],
    ["location", "Kiew", "kiew"],
  ] as const)("finds %s %s", (type, name, slug) => {
    const e = find(type, name);
    expect(e, `${type} ${name}`).toBeDefined();
    expect(e?.slug).toBe(slug);
  });

  it("finds exactly the article's people, organisations and places, each with its type", () => {
    const byType = (type: Entity["type"]): string[] => result.entities.filter((e) => e.type === type).map((e) => e.slug).sort();
    expect(byType("person")).toEqual(["sergej-lawrow", "sergej-rjabkow", "wladimir-putin"]);
    expect(byType("organization")).toEqual(["einiges-russland", "nato", "osze", "russisches-aussenministerium", "sna", "weisses-haus"]);
    expect(byType("location")).toEqual(["europa", "kiew", "moskau", "russland", "ukraine", "vereinigte-staaten", "washington"]);
    expect(result.entities.filter((e) => e.type === "event" || e.type === "other")).toEqual([]);
  });

  it("takes no German compound common noun for a name", () => {
    const names = result.entities.flatMap((e) => e.surfaceForms);
    for (const noun of ["Sicherheitsgarantien", "Verhandlungen", "Osterweiterung", "Konfrontationsspirale", "Vizeaußenminister"]) expect(names).not.toContain(noun);
    expect(result.mentions?.filter((m) => m.text === "Sicherheitsgarantien")).toEqual([]);
  });

  it("merges surnames into the full name and counts them", () => {
    const lawrow = find("person", "Sergej Lawrow");
    expect(lawrow?.count).toBeGreaterThanOrEqual(4);
    expect(lawrow?.surfaceForms).toEqual(expect.arrayContaining(["Sergej Lawrow", "Lawrow"]));
    expect(result.entities.filter((e) => e.slug.includes("lawrow"))).toHaveLength(1);
  });

  it("keeps boilerplate out of entities and keywords", () => {
    const words = [...result.entities.flatMap((e) => [e.name, ...e.surfaceForms]), ...result.keywords.map((k) => k.term)].map((w) => w.toLowerCase());
    for (const junk of ["empfohlene artikel", "empfohlene", "advertisment", "translate", "start", "quelle"]) expect(words).not.toContain(junk);
    for (const m of result.mentions ?? []) expect(m.text).not.toMatch(/Start|Translate|Advertisment|Empfohlene/);
  });

  it("returns mentions whose offsets point at their text", () => {
    expect(result.mentions?.length).toBeGreaterThan(30);
    for (const m of result.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
    const weiss = result.mentions?.find((m) => m.text === "Weißen Hauses");
    expect(weiss?.type).toBe("organization");
  });

  it("ranks the article's subjects as keywords", () => {
    const terms = result.keywords.map((k) => k.term);
    expect(terms).toEqual(expect.arrayContaining(["Nato", "Sicherheitsgarantien", "Lawrow"]));
    expect(terms.some((t) => /^(Januar|April|Sonntag)$/.test(t))).toBe(false);
  });

  it("classifies it as politics and tags it", () => {
    expect(result.topics[0]?.id).toBe("politics");
    expect(result.tags).toEqual(expect.arrayContaining(["lang:de", "topic:politics", "person:sergej-lawrow", "org:nato", "place:russland"]));
  });

  it("summarises with the lead sentences, without navigation text", () => {
    expect(result.summary.length).toBeGreaterThanOrEqual(2);
    expect(result.summary.length).toBeLessThanOrEqual(3);
    expect(result.summary[0]).toMatch(/^Dem russischen Außenminister, Sergej Lawrow/);
    expect(result.summary.join(" ")).not.toMatch(/StartPolitik|Empfohlene/);
  });
});
