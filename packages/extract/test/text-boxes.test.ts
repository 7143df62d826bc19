import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.ts";

const norm = (s: string): string => s.replace(/\s+/g, " ");

// A magazine post with site notices set between its paragraphs: an affiliate disclosure above the text, a
// placeholder for an embedded post that waits for consent, a plea for support and an app pitch inside the body.
const NOTICES = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Gartensaison: Welche Hochbeete sich lohnen | Grünzeug Magazin</title></head>
<body>
<header class="site-header"><a href="/">Grünzeug Magazin</a></header>
<main>
<article class="single">
<h1>Gartensaison: Welche Hochbeete sich lohnen</h1>
<div class="entry">
<p>Dieser Artikel enthält Affiliate-Links. Wenn du über einen solchen Link etwas kaufst, erhalten wir eine kleine Provision.</p>
<p>Wer im Frühjahr ein Hochbeet anlegt, erntet oft schon im Juni den ersten Salat. Der Boden erwärmt sich im Beet schneller als im Garten, und Schnecken finden seltener den Weg nach oben.</p>
<p>Wir haben sechs Modelle aus Holz, Metall und Kunststoff ein Jahr lang auf einem Balkon und in einem Schrebergarten stehen lassen. Entscheidend waren Stabilität, Pflege und der Preis pro Liter Füllvolumen.</p>
<div class="embed-placeholder"><p>Wir respektieren deine Privatsphäre und laden diesen Beitrag deshalb nicht ohne dein Einverständnis von Instagram.</p></div>
<p>Am besten schnitt ein Beet aus unbehandelter Lärche ab. Es hatte nach zwölf Monaten weder Risse noch Schimmel, und die Schrauben saßen fest.</p>
<div class="box"><p>Gefällt dir unser Magazin? Wir haben uns gegen eine Bezahlschranke entschieden. Deshalb freuen wir uns über jede Unterstützung.</p></div>
<p>Metallbeete heizen sich in der Sonne stark auf. Wer sie verwendet, sollte die Innenseite mit Noppenfolie auskleiden, damit die Wurzeln nicht verbrennen.</p>
<p>Alle Gartentipps gibt es auch in unserer Grünzeug-App für iOS und Android.</p>
<p>Kunststoffbeete sind leicht und günstig, wirken aber nach einem Sommer oft spröde. Für den Balkon sind sie trotzdem eine Überlegung wert, weil sie wenig wiegen.</p>
</div>
</article>
</main>
<footer class="site-footer"><a href="/impressum">Impressum</a></footer>
</body></html>`;

// An English post whose text starts with an advertising disclosure and carries a newsletter pitch in between.
const DISCLOSURE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The best travel cards for families this summer</title></head>
<body>
<nav><a href="/">Home</a> <a href="/cards">Cards</a> <a href="/deals">Deals</a></nav>
<article>
<h1>The best travel cards for families this summer</h1>
<section class="post-body">
<p>This post contains references to products from our partners. We may receive compensation when you click on links to those products.</p>
<p>Families who travel twice a year can save more with the right card than with any fare sale. The key is to match the bonus categories to where the money actually goes: groceries, fuel and the flights themselves.</p>
<p>Most cards with a large welcome bonus ask for a minimum spend in the first three months. Plan that spend around a trip you already booked rather than buying things you do not need.</p>
<p>Get the latest deals straight to your inbox every Friday morning.</p>
<p>Annual fees are worth paying only if the credits cover them. A card with a lounge pass makes sense for a family that flies through the same airport several times a year.</p>
</section>
</article>
</body></html>`;

// News whose sentences only sound like site notices: an app named in a report, a commission in a market report, a
// country joining an alliance. Short paragraphs, so only the phrase could tell them apart, and it must not.
const NEWS_NOT_NOTICES = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Warn-App meldet mehr Kontakte</title></head>
<body>
<article>
<h1>Warn-App meldet mehr Kontakte</h1>
<div class="article-body">
<p>Die Zahl der Warnungen ist in der vergangenen Woche deutlich gestiegen, teilte das Gesundheitsministerium am Montag mit.</p>
<p>Wer eine rote Kachel sieht, findet die nächsten Schritte in der Corona-Warn-App.</p>
<p>Auch auf dem Wohnungsmarkt zieht die Nachfrage wieder an. Bei Mietwohnungen erhalten die Makler meist eine Provision von zwei Monatsmieten.</p>
<p>„We want to become a member of the alliance before the summit“, sagte der schwedische Außenminister am Rande des Treffens.</p>
<p>Die Landesregierung will die Daten der App im Herbst auswerten und dann über weitere Schritte entscheiden.</p>
</div>
</article>
</body></html>`;

describe("extractArticle main text: site notices inside the text", () => {
  it("keeps news sentences that only sound like notices", () => {
    const news = norm(extractArticle(NEWS_NOT_NOTICES).text);
    expect(news).toContain("die nächsten Schritte in der Corona-Warn-App");
    expect(news).toContain("erhalten die Makler meist eine Provision");
    expect(news).toContain("We want to become a member of the alliance");
  });

  const text = norm(extractArticle(NOTICES).text);
  const en = norm(extractArticle(DISCLOSURE).text);

  it("keeps the article paragraphs around the notices", () => {
    expect(text).toContain("Wer im Frühjahr ein Hochbeet anlegt");
    expect(text).toContain("Am besten schnitt ein Beet aus unbehandelter Lärche ab.");
    expect(text).toContain("Metallbeete heizen sich in der Sonne stark auf.");
    expect(text).toContain("Kunststoffbeete sind leicht und günstig");
    expect(en).toContain("Families who travel twice a year");
    expect(en).toContain("Annual fees are worth paying only if the credits cover them.");
  });

  it("drops affiliate and advertising disclosures", () => {
    expect(text).not.toContain("Affiliate-Links");
    expect(en).not.toContain("We may receive compensation");
  });

  it("drops consent placeholders for embedded posts", () => {
    expect(text).not.toContain("ohne dein Einverständnis");
  });

  it("drops pleas for support and app or newsletter pitches", () => {
    expect(text).not.toContain("Bezahlschranke");
    expect(text).not.toContain("Grünzeug-App");
    expect(en).not.toContain("straight to your inbox");
  });
});

// A feature built from several <article> sections, each with its text in the section's own <header>, and a
// consent placeholder labelled "Externer Inhalt"; an Italian news page opens with a publication date line.
const SECTIONS = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Fünf Läuferinnen, ein Ziel: die Heim-EM</title></head>
<body>
<header class="page-header"><a href="/">Sportfest 2030</a> <a href="/tickets">Tickets</a> <a href="/programm">Programm</a></header>
<main>
<section class="page-section">
<h1>Fünf Läuferinnen, ein Ziel: die Heim-EM</h1>
<p class="intro">Im Sommer kommen die besten Leichtathletinnen Europas in die Stadt. Wir stellen fünf von ihnen vor.</p>
<article class="image-text">
<header class="image-text-description"><h2>Die Sprinterin</h2>
<p>Sie lief im Winter eine Weltjahresbestleistung über 60 Meter und gilt seitdem als Favoritin. Im Training arbeitet sie vor allem am Start, der ihr früher oft misslang.</p></header>
</article>
<article class="image-text">
<header class="image-text-description"><h2>Die Hürdenläuferin</h2>
<p>Nach einer Knieoperation kehrte sie erst im vergangenen Herbst zurück. Dass sie nun wieder um Medaillen mitläuft, hätten ihr nur wenige zugetraut.</p></header>
</article>
<div class="embed"><p>Externer Inhalt</p></div>
<article class="image-text">
<header class="image-text-description"><h2>Die Mittelstrecklerin</h2>
<p>Über 1500 Meter ist sie die schnellste Europäerin der Saison. Sie will das Rennen von vorne bestimmen, weil ihr die Spurts am Ende schwerfallen.</p></header>
</article>
</section>
</main>
<footer class="page-footer"><a href="/impressum">Impressum</a></footer>
</body></html>`;

const IT_DATELINE = `<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Arriva il freddo, neve attesa in collina</title></head>
<body>
<article>
<h1>Arriva il freddo, neve attesa in collina</h1>
<div class="article-body">
<p>Pubblicato il 12 Gennaio 2030 Ultima modifica 12 Gennaio 2030 10:15</p>
<p>Dopo una settimana di sole le temperature scendono in tutto il Nord. Nella notte tra giovedì e venerdì è attesa neve fino a quota cinquecento metri sulle colline del Piemonte.</p>
<p>I servizi meteorologici regionali invitano alla prudenza sulle strade di montagna e ricordano l'obbligo di catene a bordo fino ad aprile.</p>
</div>
</article>
</body></html>`;

describe("extractArticle main text: text in an article's own header", () => {
  const text = norm(extractArticle(SECTIONS).text);
  const it_ = norm(extractArticle(IT_DATELINE).text);

  it("keeps the paragraphs set in the <header> of each article section", () => {
    expect(text).toContain("Sie lief im Winter eine Weltjahresbestleistung über 60 Meter");
    expect(text).toContain("Nach einer Knieoperation kehrte sie erst im vergangenen Herbst zurück.");
    expect(text).toContain("Über 1500 Meter ist sie die schnellste Europäerin der Saison.");
  });

  it("still leaves out the page header", () => {
    expect(text).not.toContain("Tickets");
  });

  it("drops the label of a consent placeholder", () => {
    expect(text).not.toContain("Externer Inhalt");
  });

  it("drops an Italian date line above the text", () => {
    expect(it_).toContain("Dopo una settimana di sole");
    expect(it_).not.toContain("Ultima modifica");
  });
});

// A press release that ends with its sources and a press contact under their own labels.
const PRESS_RELEASE = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Messstation am Stausee liefert erste Daten</title></head>
<body>
<div class="page">
<div class="content">
<h1>Neue Messstation am Stausee liefert erste Daten</h1>
<p>Seit Anfang Mai misst eine schwimmende Station auf dem Stausee alle zehn Minuten Temperatur, Sauerstoffgehalt und Algendichte des Wassers. Die Daten sind öffentlich und werden täglich aktualisiert.</p>
<p>Die ersten Wochen zeigen bereits, wie schnell sich das Oberflächenwasser an warmen Tagen erwärmt. Nach drei sonnigen Tagen lag die Temperatur in einem Meter Tiefe fast vier Grad höher als am Grund.</p>
<p>Das Projekt läuft zunächst drei Jahre. Danach soll entschieden werden, ob weitere Seen der Region eine solche Station erhalten. Auch Schulen können die Messwerte für den Unterricht nutzen.</p>
<p><strong>Quellenangaben:</strong></p>
<p>Landesamt für Umwelt, Jahresbericht Gewässergüte, Kapitel 4</p>
<h3>Pressekontakt</h3>
<p>Dr. Hanna Berger, Abteilung Gewässerschutz</p>
<p>Telefon: 0123 456789</p>
</div>
</div>
</body></html>`;

describe("extractArticle main text: sources and contact after the text", () => {
  const text = norm(extractArticle(PRESS_RELEASE).text);

  it("keeps the release", () => {
    expect(text).toContain("Seit Anfang Mai misst eine schwimmende Station");
    expect(text).toContain("Das Projekt läuft zunächst drei Jahre.");
  });

  it("cuts the source list and the press contact", () => {
    expect(text).not.toContain("Quellenangaben");
    expect(text).not.toContain("Pressekontakt");
    expect(text).not.toContain("Telefon: 0123 456789");
  });
});

// A recipe page: the ingredients sit in their own table beside the method, several with links to products.
const RECIPE = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Apfel-Streuselkuchen vom Blech | Backstube Sommer</title></head>
<body>
<header class="site-header"><a href="/">Backstube Sommer</a> <a href="/rezepte">Rezepte</a> <a href="/kurse">Kurse</a></header>
<main class="container">
<h1>Apfel-Streuselkuchen vom Blech</h1>
<div class="recipe-columns">
<section class="recipe-ingredients">
<table class="ingredients">
<thead><tr><th colspan="2"><h3>Für den Teig:</h3></th></tr></thead>
<tbody>
<tr><td>300 g</td><td><a href="/lexikon/weizenmehl">Weizenmehl</a></td></tr>
<tr><td>1 Pck.</td><td><a href="/produkte/trockenhefe">Trockenhefe</a></td></tr>
<tr><td>150 ml</td><td>Milch, lauwarm</td></tr>
<tr><td>50 g</td><td><a href="/lexikon/butter">Butter, weich</a></td></tr>
</tbody>
<thead><tr><th colspan="2"><h3>Für die Streusel:</h3></th></tr></thead>
<tbody>
<tr><td>200 g</td><td>Zucker</td></tr>
<tr><td>1 TL</td><td><a href="/produkte/zimt">Zimt, gemahlen</a></td></tr>
</tbody>
</table>
</section>
<section class="recipe-steps">
<h2>Zubereitung</h2>
<p>Mehl und Hefe in einer großen Schüssel mischen. Milch und Butter hinzufügen und alles mit den Knethaken des Mixers zu einem glatten Teig verarbeiten. Den Teig zugedeckt an einem warmen Ort etwa 40 Minuten gehen lassen.</p>
<p>Inzwischen die Äpfel schälen, vierteln, entkernen und in dünne Spalten schneiden. Für die Streusel Mehl, Zucker, Zimt und Butter zwischen den Fingern zu groben Krümeln reiben.</p>
<p>Den Teig auf einem gefetteten Backblech ausrollen, mit den Apfelspalten belegen und die Streusel darüber verteilen. Im vorgeheizten Ofen bei 180 Grad etwa 35 Minuten goldbraun backen.</p>
</section>
</div>
</main>
<footer class="site-footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
</body></html>`;

describe("extractArticle main text: recipe ingredients", () => {
  const text = norm(extractArticle(RECIPE).text);

  it("keeps the method", () => {
    expect(text).toContain("Mehl und Hefe in einer großen Schüssel mischen.");
  });

  it("keeps the ingredient table beside it, linked names and group headings included", () => {
    expect(text).toContain("Für den Teig:");
    expect(text).toContain("Trockenhefe");
    expect(text).toContain("Milch, lauwarm");
    expect(text).toContain("Zimt, gemahlen");
  });

  it("still leaves out the site chrome", () => {
    expect(text).not.toContain("Impressum");
    expect(text).not.toContain("Kurse");
  });
});

// A product test split into one section per subheading, each named "may carry ads" by a BEM modifier
// ("TestReport__Section--Ads"), with a real ad slot and an advertorial box of the same wording beside them, and an
// affiliate note in a box of its own above the article.
const TEST_REPORT = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kontaktgrill vom Discounter im Test</title></head>
<body>
<nav class="Header__Nav"><a href="/">Start</a> <a href="/tests">Tests</a> <a href="/deals">Deals</a></nav>
<main class="Main Main--Skyscraper">
<section class="Main__Container dialog dialog--top"><p>Für Links auf dieser Seite erhält die Redaktion gegebenenfalls eine Provision vom Händler, zum Beispiel für grün unterstrichene Links.</p></section>
<article class="TestReport">
<header class="TestReport__Header"><h1 class="TestReport__Title">Kontaktgrill vom Discounter im Test</h1></header>
<section class="TestReport__Section TestReport__Section--Lead TestReport__Section--Ads">
<p class="TestReport__TextBlock">Der Kontaktgrill war beim Discounter für 59 Euro im Angebot und nach wenigen Stunden ausverkauft. Wir haben ihn zwei Wochen lang in der Redaktionsküche benutzt.</p>
</section>
<section class="TestReport__Section TestReport__Section--Ads" id="lieferumfang"><h2>Der Lieferumfang</h2>
<p class="TestReport__TextBlock">Im Karton liegen neben dem Grill zwei wendbare Platten, eine Fettauffangschale und ein kurzes Heft mit Rezepten. Die Platten lassen sich ohne Werkzeug tauschen.</p>
</section>
<section class="TestReport__Section TestReport__Section--Ads"><div class="Ad Ad--Superbanner" id="ad-superbanner-1"><p>Anzeige</p></div></section>
<section class="TestReport__Section TestReport__Section--Ads" id="praxis"><h2>Der Praxistest</h2>
<p class="TestReport__TextBlock">Nach fünf Minuten Vorheizen zeigte das Thermometer auf der unteren Platte 220 Grad, in den Ecken gut zwanzig Grad weniger. Ein Käsesandwich war nach drei Minuten gleichmäßig gebräunt.</p>
<p class="TestReport__TextBlock">Bei Würstchen und Gemüse lief überschüssiges Fett zuverlässig in die Schale ab. Nur dicke Steaks garten am Rand deutlich langsamer als in der Mitte.</p>
</section>
<section class="TestReport__Section TestReport__Section--Ads" id="fazit"><h2>Fazit</h2>
<p class="TestReport__TextBlock">Für den Preis ist der Grill solide verarbeitet und schnell sauber. Wer oft für mehrere Personen grillt, sollte aber zu einem größeren Modell greifen.</p>
</section>
</article>
<div class="Teaser Teaser--Ad"><p>Jetzt zugreifen: Grillzubehör bis zu 40 Prozent günstiger im Sommerverkauf unseres Partners!</p></div>
</main>
<footer class="Footer"><a href="/impressum">Impressum</a></footer>
</body></html>`;

describe("extractArticle main text: sections that may carry ads", () => {
  const text = norm(extractArticle(TEST_REPORT).text);

  it("keeps every section of the article", () => {
    expect(text).toContain("Der Kontaktgrill war beim Discounter für 59 Euro im Angebot");
    expect(text).toContain("Im Karton liegen neben dem Grill zwei wendbare Platten");
    expect(text).toContain("Nach fünf Minuten Vorheizen zeigte das Thermometer");
    expect(text).toContain("Nur dicke Steaks garten am Rand deutlich langsamer");
    expect(text).toContain("Wer oft für mehrere Personen grillt");
  });

  it("still leaves out the ad slot, the advertorial teaser and the chrome", () => {
    expect(text).not.toContain("Anzeige");
    expect(text).not.toContain("Jetzt zugreifen");
    expect(text).not.toContain("Impressum");
    expect(text).not.toContain("Deals");
  });
});

// A slideshow: the story is told in the slides' captions, with a credit line under each photo.
const GALLERY = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The new compact phone is not what you would expect</title></head>
<body>
<nav class="topnav"><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/markets">Markets</a></nav>
<section class="slideshowpackage">
<h1>The new compact phone is not what you would expect</h1>
<figure><img src="/s1.jpg" alt=""><figcaption>The latest compact phone is not what you would expect from a maker known for its flagships: it is small, light and costs less than half as much.</figcaption><small class="credit">Photo: Agency</small></figure>
<figure><img src="/s2.jpg" alt=""><figcaption>First off, its form factor is a surprise: a 4.7-inch screen in a body that fits easily in one hand, with a home button that many had thought gone for good.</figcaption></figure>
<figure><img src="/s3.jpg" alt=""><figcaption>Inside sits the same processor as in this year's most expensive models, so apps open as quickly and games run as smoothly as on phones costing three times more.</figcaption></figure>
<figure><img src="/s4.jpg" alt=""><figcaption>All of this, coupled with a better camera than its predecessor had, comes in at a price that undercuts most mid-range rivals in the shops.</figcaption></figure>
</section>
<footer class="footer"><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
</body></html>`;

describe("extractArticle main text: a gallery told in captions", () => {
  const text = norm(extractArticle(GALLERY).text);

  it("takes the captions as the text when there is no other", () => {
    expect(text).toContain("The latest compact phone is not what you would expect from a maker known for its flagships");
    expect(text).toContain("First off, its form factor is a surprise");
    expect(text).toContain("comes in at a price that undercuts most mid-range rivals");
  });

  it("still leaves out credits and chrome", () => {
    expect(text).not.toContain("Photo: Agency");
    expect(text).not.toContain("Markets");
    expect(text).not.toContain("Privacy");
  });

  it("keeps dropping captions beside an article's own text", () => {
    const withProse = GALLERY.replace(
      "</section>",
      `<p>The phone goes on sale next Friday. Pre-orders opened this morning on the maker's website and sold out within hours in several markets, according to people familiar with the figures.</p>
<p>Analysts expect it to sell best in countries where the flagships are out of reach for most buyers, and where many people still prefer a smaller screen.</p></section>`,
    );
    const t = norm(extractArticle(withProse).text);
    expect(t).toContain("The phone goes on sale next Friday.");
    expect(t).not.toContain("First off, its form factor is a surprise");
  });
});
