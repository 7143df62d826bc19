import { describe, expect, it } from "vitest";
import { enrich } from "../src/index.ts";

// Short news items in the EU languages that have their own topic cues (Polish by word beginnings), and German
// and English ones of kinds the first German and English cue lists missed.
const CASES: [lang: string, topic: string, text: string][] = [
  ["fr", "politics", "Le gouvernement a présenté mardi son projet de loi au Parlement. L'opposition dénonce un texte précipité et réclame de nouvelles négociations avant le vote des députés."],
  ["fr", "sport", "Le Paris Saint-Germain a remporté le match face à Lyon. L'entraîneur a salué la victoire de son équipe, qui reste en tête du championnat avant le tournoi européen."],
  ["es", "crime-law-justice", "La policía detuvo a dos sospechosos del asesinato de un comerciante. El fiscal pidió prisión preventiva y el juez abrirá el juicio la próxima semana, según fuentes de la investigación."],
  ["es", "economy-business-finance", "El banco central subió los tipos de interés para frenar la inflación. Las acciones cayeron en la bolsa y la empresa eléctrica anunció un beneficio menor por los precios del gas y la energía."],
  ["it", "health", "Gli ospedali della Lombardia registrano un aumento dei pazienti con infezioni respiratorie. I medici raccomandano la vaccinazione, mentre il virus continua a diffondersi tra gli anziani."],
  ["pt", "environment", "As emissões de gases com efeito de estufa voltaram a subir, alerta o relatório sobre o clima. A poluição e a perda de biodiversidade ameaçam a política ambiental do país."],
  ["nl", "weather", "Het KNMI waarschuwt voor zware onweer en storm in het zuiden. De temperaturen dalen morgen sterk, en in de nacht kan er regen en zelfs sneeuw vallen."],
  ["pl", "politics", "Sejm przyjął ustawę o wyborach. Opozycja krytykuje rząd, a prezydent zapowiedział, że podpisze projekt po rozmowach z ministrem i przedstawicielami partii koalicyjnych."],
  ["pl", "conflict-war-peace", "Rosyjskie wojska przeprowadziły nocny atak rakietowy na miasto. Żołnierze ukraińskiej armii odparli ofensywę, a drony zniszczyły dwa czołgi na froncie."],
  // German and English items of the kinds the first cue lists missed: travel, energy business, apps
  ["de", "lifestyle-leisure", "Wer im Herbst nach Andalusien reist, findet in Málaga günstige Unterkünfte. Der Tourismus hat sich erholt, Hotels und Restaurants an der Küste melden volle Terrassen, und Wanderungen in den Bergen sind beliebt."],
  ["de", "economy-business-finance", "Der Betreiber will zwei neue Windparks vor der Küste ans Netz bringen. Die Stromproduktion soll sich verdoppeln; Investoren rechnen trotz höherer Zinsen mit steigendem Umsatz, teilte der Konzern mit."],
  ["de", "science-technology", "Eine neue App soll Besucherinnen und Besucher zu den Weihnachtsmärkten führen. Die Plattform läuft auf jedem Smartphone, die Software speichert keine Standortdaten, versichern die Entwickler."],
  ["en", "lifestyle-leisure", "The hotel reopened its kitchen this summer with a menu of local recipes, and tourists now book cooking classes and wine tastings before hiking the coastal path."],
];

describe("IPTC topics in more EU languages, and the broader German and English cues", () => {
  it.each(CASES)("%s: %s", (lang, topic, text) => {
    const r = enrich({ text, declaredLanguage: lang });
    expect(r.language.code).toBe(lang);
    expect(r.topics[0]?.id).toBe(topic);
  });

  it("gives a recipe no news topic for its oven's room temperature (pt)", () => {
    const r = enrich({ text: "Misture a manteiga em temperatura ambiente com o açúcar. Junte a farinha, o chocolate e os ovos, e leve ao forno por vinte minutos até dourar.", declaredLanguage: "pt" });
    expect(r.topics.map((t) => t.id)).not.toContain("environment");
  });
});

