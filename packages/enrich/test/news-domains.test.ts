import { describe, expect, it } from "vitest";
import { enrich } from "../src/index.ts";
import type { Enrichment } from "../src/index.ts";

// Real-looking news outside politics: German football, English business, Russian football.
const DE = `Der FC Bayern München hat das Spitzenspiel gegen Borussia Dortmund mit 3:1 gewonnen. Vor 75.000 Zuschauern in der Allianz Arena traf Harry Kane zweimal, Jamal Musiala erzielte das dritte Tor.

Trainer Thomas Tuchel lobte nach dem Abpfiff die Moral seiner Mannschaft. Der Verein bleibt damit in der Tabelle der Bundesliga an der Spitze.

Am Mittwoch reist der Rekordmeister zum Champions-League-Spiel nach London, wo der FC Arsenal wartet.`;

const EN = `Shares in Siemens rose 4 percent in Frankfurt on Thursday after the German engineering group raised its profit forecast for the year.

Chief executive Roland Busch said demand for factory automation had recovered in China and the United States. Analysts at Deutsche Bank said the results beat expectations.

The European Central Bank is expected to keep interest rates unchanged at its meeting in Frankfurt next week.`;

const RU = `«Зенит» в воскресенье обыграл «Спартак» со счётом 2:1 в матче чемпионата России по футболу. Встреча прошла в Санкт-Петербурге.

Главный тренер петербургской команды Сергей Семак после игры отметил, что победа далась непросто. Московский клуб остался на четвёртом месте в таблице.

В следующем туре «Зенит» сыграет на выезде, а «Спартак» примет на своём поле ЦСКА.`;

const slugs = (r: Enrichment, type: string): string[] => r.entities.filter((e) => e.type === type).map((e) => e.slug);

describe("German football report", () => {
  const r = enrich({ text: DE });
  it("is German sport", () => {
    expect(r.language.code).toBe("de");
    expect(r.topics[0]?.id).toBe("sport");
  });
  it("finds players, coach, clubs and places", () => {
    expect(slugs(r, "person")).toEqual(expect.arrayContaining(["harry-kane", "jamal-musiala", "thomas-tuchel"]));
    expect(slugs(r, "organization")).toEqual(expect.arrayContaining(["fc-bayern-muenchen", "borussia-dortmund", "fc-arsenal", "bundesliga"]));
    expect(slugs(r, "location")).toContain("london");
    expect(r.entities.map((e) => e.name)).not.toContain("Spitzenspiel");
  });
});

describe("English business report", () => {
  const r = enrich({ text: EN });
  it("is English economy", () => {
    expect(r.language.code).toBe("en");
    expect(r.topics[0]?.id).toBe("economy-business-finance");
  });
  it("finds the company, its chief, the banks and the places, but no nationality as a place", () => {
    expect(slugs(r, "organization")).toEqual(expect.arrayContaining(["siemens", "deutsche-bank", "europaeische-zentralbank"]));
    expect(slugs(r, "person")).toContain("roland-busch");
    expect(slugs(r, "location")).toEqual(expect.arrayContaining(["frankfurt", "china", "vereinigte-staaten"]));
    expect(slugs(r, "location")).not.toContain("german");
    expect(r.entities.find((e) => e.slug === "frankfurt")?.count).toBe(2);
  });
});

describe("Russian football report", () => {
  const r = enrich({ text: RU });
  it("is Russian sport", () => {
    expect(r.language.code).toBe("ru");
    expect(r.topics[0]?.id).toBe("sport");
  });
  it("finds quoted club names, the coach and the places through case endings", () => {
    expect(slugs(r, "organization")).toEqual(expect.arrayContaining(["zenit", "spartak-moskau", "zska"]));
    expect(slugs(r, "person")).toContain("sergej-semak");
    expect(slugs(r, "location")).toEqual(expect.arrayContaining(["russland", "sankt-petersburg"]));
    expect(r.entities.find((e) => e.slug === "zenit")?.count).toBe(2);
  });
  it("summarises in two or three whole sentences", () => {
    expect(r.summary.length).toBeGreaterThanOrEqual(2);
    for (const s of r.summary) expect(s).toMatch(/[.!?»]$/);
  });
});
