import { describe, expect, it } from "vitest";
import { enrich } from "../src/index.ts";

// English news prose, where a tagger trained on tweets splits names at possessives, misses organisations
// written out in full and types them by their first word.
const NEWS = `A decade after a family of wild beavers was first filmed on the River Otter in east Devon, researchers from the University of Exeter say the animals have created more than a dozen dams.

The Devon Wildlife Trust counted at least 15 family groups along the river this summer. Some farmers say flooded fields have cost them money, and the National Farmers’ Union has called for a clear compensation scheme. Ecologists say Britain’s rivers could support tens of thousands of the animals.

The Bank of England held interest rates on Thursday, and Andrew Bailey warned that Britain's economy was not yet out of the woods. Farmers near Lake Windermere said the wet summer had ruined much of the harvest. The Country Land and Business Association called on ministers to speed up flood payments, while the Environment Agency said river levels in Cumbria were falling.

In north Wales, rescuers brought three walkers down from Mount Snowdon after they were caught in fog, and thanked the volunteers of the Llanberis Mountain Rescue Team.`;

describe("English names in news prose", () => {
  const r = enrich({ text: NEWS, declaredLanguage: "en-GB" });
  const found = r.entities.map((e) => `${e.type}:${e.name}`);

  it.each([
    "organization:National Farmers’ Union",
    "organization:Devon Wildlife Trust",
    "organization:University of Exeter",
    "organization:Bank of England",
    "organization:Country Land and Business Association",
    "organization:Environment Agency",
    "organization:Llanberis Mountain Rescue Team",
    "location:River Otter",
    "location:Lake Windermere",
    "location:Mount Snowdon",
    "person:Andrew Bailey",
  ])("finds %s", (entity) => {
    expect(found).toContain(entity);
  });

  it("reads a possessive as the name it follows (both apostrophes), so the gazetteer knows it", () => {
    const uk = r.entities.find((e) => e.slug === "vereinigtes-koenigreich");
    expect(uk?.surfaceForms).toEqual(["Britain"]);
    expect(r.tags.filter((t) => /britain-s|:union$|:river$/.test(t))).toEqual([]);
  });

  it("keeps character offsets on the name itself", () => {
    const m = enrich({ text: NEWS, declaredLanguage: "en-GB" }, { mentions: true }).mentions ?? [];
    for (const x of m) expect(NEWS.slice(x.start, x.end)).toBe(x.text);
    expect(m.some((x) => x.text === "Britain" && NEWS.slice(x.end, x.end + 2) === "’s")).toBe(true);
  });

  it("splits a name at a possessive inside it: the owner, then what they own", () => {
    const p = enrich({ text: "The loans went to companies linked to Igor Kolomoisky’s PrivatBank, investigators said. Critics of Vladimir Putin’s Russia met in Vilnius on Monday.", declaredLanguage: "en" });
    const names = p.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(expect.arrayContaining(["person:Igor Kolomoisky", "organization:PrivatBank", "person:Vladimir Putin"]));
    expect(p.entities.find((e) => e.slug === "russland")?.type).toBe("location");
    expect(names.filter((n) => n.includes("’s"))).toEqual([]);
  });

  it("takes no bare head noun for an organisation (the University, the Council)", () => {
    const p = enrich({ text: "Students at the University of Exeter protested on Friday. The University declined to comment, and the Council said it would review the plans.", declaredLanguage: "en" });
    expect(p.entities.map((e) => e.name)).toEqual(["University of Exeter"]);
  });

  it("takes no organisation from a headline in Title Case", () => {
    const h = enrich({ text: "Government Announces New Flood Fund For Farmers In Cumbria", declaredLanguage: "en-GB" });
    expect(h.entities.map((e) => e.name)).not.toContain("Government Announces New Flood Fund");
  });
});
