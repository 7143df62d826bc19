import { describe, expect, it } from "vitest";
import { enrich } from "../src/index.ts";

// Everyday German words that are also names in the gazetteer (Bild, Spiegel, Essen) or that a tagger takes for
// names at the start of a line (Tipp, Okay, Corona): as a blog or a local paper writes them.
const TEXT = `Das Bild der Innenstädte wird sich in den nächsten Jahren deutlich verändern, sagt der Handelsverband in Berlin. Auf den Bildern aus Hamburg sieht man leere Schaufenster.

Tipp: Wer im Spiegel die eigene Haltung prüft, erkennt Fehler beim Training schneller. Gutes Essen nach dem Lauf hilft der Erholung.

Okay, etwas Geschichte: Die aktuellen Daten zu Corona zeigen, dass die Zahl der Infektionen in Bayern sinkt. Bundeskanzlerin Angela Merkel rief trotzdem zur Vorsicht auf.`;

describe("everyday words are no names", () => {
  const r = enrich({ text: TEXT, declaredLanguage: "de" });
  const slugs = r.entities.map((e) => e.slug);

  it.each(["bild", "spiegel", "essen", "tipp", "okay", "corona"])("no entity %s", (slug) => {
    expect(slugs).not.toContain(slug);
  });

  it("still finds the names around them", () => {
    expect(slugs).toEqual(expect.arrayContaining(["berlin", "hamburg", "bayern", "angela-merkel"]));
  });
});
