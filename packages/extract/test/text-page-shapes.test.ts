import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.ts";

const norm = (s: string): string => s.replace(/\s+/g, " ");

// An old CMS template that never opens <body>: the parser nests the whole page inside <head>.
const NO_BODY = `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>«Fachkräfte halten ist eine Frage der Kultur»</title>
<meta property="og:title" content="«Fachkräfte halten ist eine Frage der Kultur»">
<script>window.dataLayer = window.dataLayer || [];</script>
<style>.container { max-width: 960px; }</style>
<header class="site-header"><a href="/">Regionalzeitung Oberbaselbiet</a>
<ul class="nav"><li><a href="/region">Region</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul>
</header>
<div class="container">
<div class="article">
<h1>«Fachkräfte halten ist eine Frage der Kultur»</h1>
<p class="lead">Das Gewerbezentrum lud zur Gesprächsrunde ein. Die Teilnehmenden sprachen darüber, wie kleine Betriebe in Zeiten des Fachkräftemangels genügend Personal finden und es auch halten.</p>
<p>Rund sechzig Gäste aus Handwerk, Handel und Pflege waren am Dienstagabend in den Saal des Zentrums gekommen. Auf dem Podium sassen eine Personalchefin eines grossen Arbeitgebers der Region, ein Schreinermeister und die Leiterin eines Altersheims.</p>
<p>Einig waren sich alle darin, dass der Lohn allein niemanden mehr überzeugt. «Wer bei uns anfängt, will wissen, ob er abends noch Zeit für seine Familie hat», sagte der Schreinermeister. Flexible Arbeitszeiten seien auch in einem kleinen Betrieb machbar.</p>
<p>Die Leiterin des Altersheims berichtete, dass ihr Haus seit zwei Jahren jede Stelle besetzen könne, seit die Dienstpläne gemeinsam mit dem Team erstellt würden. Das koste zwar Zeit, spare aber Kündigungen.</p>
</div>
<div class="footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div>
</div>
</html>`;

// A podcast post whose body box holds a short description and then long lists of shownote links.
const SHOWNOTES = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Folge 42: Die Rückkehr der Raumstation | Nerdfunk</title></head>
<body>
<aside class="sidebar"><h2 class="widget-title">Live hören</h2><ul><li><a href="/live-hq">Livestream in hoher Qualität</a></li><li><a href="/live-lq">Livestream in niedriger Qualität</a></li></ul></aside>
<article class="post podcast">
<h1 class="entry-title">Folge 42: Die Rückkehr der Raumstation</h1>
<div class="entry-content">
<p>Thema dieser Folge ist die neue Science-Fiction-Serie über eine verlassene Raumstation. Wir haben die ersten vier Episoden gesehen und sprechen über Figuren, Effekte und die Frage, ob die Serie ihrer Vorlage gerecht wird.</p>
<h3>Shownotes:</h3>
<p>Wir werden spoilern, gehen aber davon aus, dass ohnehin alle die ersten vier Episoden schon gesehen haben.</p>
<ul>
<li><a href="https://example.org/folge-30">Folge 30: Klassiker der Weltraumserien</a></li>
<li><a href="https://example.org/folge-12">Folge 12: Roboter im Film</a></li>
<li><a href="https://wiki.example.org/raumstation">Wiki zur Raumstation</a></li>
<li><a href="https://wiki.example.org/vorlage">Die Romanvorlage</a></li>
<li><a href="https://video.example.org/trailer">Der offizielle Trailer</a></li>
<li><a href="https://video.example.org/making-of">Making-of zu den Effekten</a></li>
<li><a href="https://blog.example.org/kritik">Eine Kritik der ersten Staffel</a></li>
<li><a href="https://podcast.example.org/andere">Ein anderer Podcast zur Serie</a></li>
<li><a href="https://wiki.example.org/schwerelosigkeit">Schwerelosigkeit</a></li>
<li><a href="https://wiki.example.org/andockmanoever">Andockmanöver</a></li>
<li><a href="https://wiki.example.org/lebenserhaltung">Lebenserhaltungssysteme auf Raumstationen</a></li>
<li><a href="https://wiki.example.org/funkverkehr">Funkverkehr mit der Bodenstation</a></li>
<li><a href="https://shop.example.org/soundtrack">Der Soundtrack zur Serie</a></li>
<li><a href="https://wiki.example.org/darsteller">Die Hauptdarstellerin im Porträt</a></li>
</ul>
</div>
</article>
<footer class="site-footer"><a href="/impressum">Impressum</a></footer>
</body></html>`;

// A WordPress post whose own classes list the categories and tags it is filed under ("social-media", "newsletter").
const WP_POST = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Warum kleine Vereine auf Messenger-Gruppen setzen – Ehrenamt Blog</title></head>
<body>
<nav class="main-menu"><ul><li><a href="/">Start</a></li><li><a href="/themen">Themen</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
<div class="widget about-box"><h3>Über dieses Blog</h3><p>Hier schreiben Ehrenamtliche aus drei Landkreisen über ihre Arbeit in Vereinen, Initiativen und Nachbarschaftshilfen. Neue Beiträge erscheinen jeden Donnerstag.</p></div>
<div id="primary">
<h1 class="entry-title">Warum kleine Vereine auf Messenger-Gruppen setzen</h1>
<div id="post-4711" class="post-4711 post type-post status-publish format-standard has-post-thumbnail hentry category-social-media category-vereinsleben tag-newsletter tag-whatsapp tag-kommentar">
<div class="entry-content">
<p>Der Kassenwart schreibt keine Rundbriefe mehr. Seit dem Frühjahr erfahren die Mitglieder des Gesangvereins alles Wichtige über eine Gruppe im Messenger, von der Probenverschiebung bis zur Einladung zum Sommerfest.</p>
<p>So wie hier geht es vielen kleinen Vereinen. Eine Umfrage unter zweihundert Vorständen zeigt, dass mehr als die Hälfte den gedruckten Rundbrief inzwischen abgeschafft hat. Gründe sind vor allem Porto, Druckkosten und die Zeit, die das Falten und Eintüten kostet.</p>
<p>Ganz ohne Nachteile ist der Wechsel nicht. Ältere Mitglieder ohne Smartphone fühlen sich abgehängt, und wichtige Beschlüsse gehen zwischen Glückwünschen und Urlaubsfotos leicht unter. Manche Vereine drucken deshalb weiterhin eine Seite im Monat aus.</p>
</div>
</div>
</div>
</body></html>`;

// A news article whose pictures sit in plain paragraphs with the credit at the end of the caption.
const CAPTIONS = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neues Flugschulzentrum in Bremen eröffnet</title></head>
<body>
<article>
<h1>Neues Flugschulzentrum in Bremen eröffnet</h1>
<div class="article-body">
<p>Am Flughafen Bremen hat am Montag ein neues Ausbildungszentrum für Berufspiloten seinen Betrieb aufgenommen. In den kommenden fünf Jahren sollen dort jährlich rund achtzig Nachwuchspilotinnen und -piloten ihre ersten Flugstunden absolvieren.</p>
<p><img src="/bilder/schulflugzeug.jpg" alt=""></p>
<p>Die Schulflugzeuge stehen bereits auf dem Vorfeld des Flughafens. (Foto: Flughafen Bremen)</p>
<p>Der Betreiber hat dafür zwei Hangars umgebaut und vier Simulatoren installiert. Die theoretische Ausbildung findet in einem benachbarten Bürogebäude statt, das ebenfalls neu eingerichtet wurde.</p>
<p>Die Stadt erhofft sich von dem Zentrum zusätzliche Arbeitsplätze. Neben den Fluglehrern werden Techniker, Disponenten und Verwaltungskräfte gesucht, insgesamt rund fünfzig Stellen.</p>
<p><img src="/bilder/simulator.jpg" alt=""></p>
<p>Blick in einen der vier neuen Simulatoren. © Hanse Aviation / Jana Petersen</p>
<p>Die ersten Lehrgänge sind bereits ausgebucht. Bewerbungen für den Herbst nimmt die Schule ab sofort entgegen, teilte eine Sprecherin mit.</p>
</div>
</article>
</body></html>`;

describe("extractArticle main text: page without <body>", () => {
  const text = norm(extractArticle(NO_BODY).text);

  it("reads the content the parser nested in <head>", () => {
    expect(text).toContain("Das Gewerbezentrum lud zur Gesprächsrunde ein.");
    expect(text).toContain("seit die Dienstpläne gemeinsam mit dem Team erstellt würden");
  });

  it("still leaves out head matter and chrome", () => {
    expect(text).not.toContain("dataLayer");
    expect(text).not.toContain("max-width");
    expect(text).not.toContain("Impressum");
  });
});

describe("extractArticle main text: body box followed by link lists", () => {
  const text = norm(extractArticle(SHOWNOTES).text);

  it("keeps the description of a box whose link lists outweigh its text", () => {
    expect(text).toContain("Thema dieser Folge ist die neue Science-Fiction-Serie");
    expect(text).toContain("Wir werden spoilern");
  });

  it("leaves out the sidebar", () => {
    expect(text).not.toContain("Livestream in hoher Qualität");
  });
});

describe("extractArticle main text: WordPress post classes", () => {
  const text = norm(extractArticle(WP_POST).text);

  it("does not read the post's category and tag classes as boilerplate", () => {
    expect(text).toContain("Der Kassenwart schreibt keine Rundbriefe mehr.");
    expect(text).toContain("Manche Vereine drucken deshalb weiterhin eine Seite im Monat aus.");
    expect(text).not.toContain("Themen");
  });
});

describe("extractArticle main text: captions in plain paragraphs", () => {
  const text = norm(extractArticle(CAPTIONS).text);

  it("drops short lines that end in a photo credit", () => {
    expect(text).not.toContain("Die Schulflugzeuge stehen bereits auf dem Vorfeld");
    expect(text).not.toContain("Blick in einen der vier neuen Simulatoren");
  });

  it("keeps the paragraphs around them", () => {
    expect(text).toContain("Am Flughafen Bremen hat am Montag ein neues Ausbildungszentrum");
    expect(text).toContain("Der Betreiber hat dafür zwei Hangars umgebaut");
    expect(text).toContain("Bewerbungen für den Herbst nimmt die Schule ab sofort entgegen");
  });
});
