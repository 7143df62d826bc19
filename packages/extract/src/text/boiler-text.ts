// Text-level boilerplate: blocks whose words alone show they are page chrome, in the languages we ingest.

const EXACT = new RegExp(
  "^(?:" +
    [
      "-? ?advertis(e)?ment ?-?", "anzeige", "werbung", "publicidad", "publicité", "reklama", "pubblicità", "sponsored", "gesponsert",
      "translate ?»?", "übersetzen", "teilen", "share", "share this( article| story| post)?", "tweet", "drucken", "print", "e-?mail",
      "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "xing", "telegram", "reddit", "messenger", "flipboard",
      "gefällt mir", "like this", "like", "related", "related (posts|articles|stories)", "ähnliche (beiträge|artikel)",
      "verwandte (beiträge|artikel|themen)", "mehr zum thema", "mehr (dazu|zu diesem thema)", "weitere (artikel|beiträge|themen|nachrichten|meldungen|informationen)",
      "(das|die) könnte (sie|dich) auch interessieren", "(sie|dich) könnte auch interessieren", "auch interessant", "lesen sie auch", "lies auch",
      "empfohlene artikel", "empfehlungen", "you may also like", "you might also like", "read more", "read next", "more stories",
      "weiterlesen", "mehr lesen", "mehr", "zum artikel", "nach oben", "top", "back to top", "zurück", "zurück zur übersicht",
      "schreibe einen kommentar", "kommentar (verfassen|schreiben|hinzufügen)", "kommentieren", "kommentare", "leave a (reply|comment)",
      "hinterlasse (eine antwort|einen kommentar)", "antworten", "reply", "loading( \\.\\.\\.|…)?", "wird geladen( \\.\\.\\.| …)?",
      "newsletter", "newsletter abonnieren", "abonnieren", "subscribe", "folgen sie uns", "folge uns", "follow us", "social media",
      "neueste (beiträge|artikel|kommentare)", "beliebte artikel", "meistgelesen", "most popular", "top stories", "tags", "schlagworte",
      "schlagwörter", "themen", "kategorien", "categories", "archiv", "archive", "suche", "search", "impressum", "datenschutz",
      "kontakt", "contact", "startseite", "home", "menü", "menu", "navigation", "previous( post| article)?", "next( post| article)?",
      "vorheriger (artikel|beitrag)", "nächster (artikel|beitrag)", "über den autor", "about the author", "quelle", "quellen",
      "bild", "foto", "fotos", "video", "audio", "zur startseite", "url zum kopieren", "link kopieren", "copy link", "beitrag teilen",
      "diesen artikel teilen", "artikel teilen", "seite teilen", "jetzt teilen", "rezept drucken", "print recipe", "bild anzeigen", "quellen (anzeigen|ausblenden)", "teilen mit", "teilen sie dies mit", "compartir", "partager", "udostępnij",
      "comparte esta noticia", "valora esta noticia", "wie bewerten sie diesen artikel\\?", "sei der erste(, dem| dem) dies gefällt\\.?",
      "be the first to like this\\.?", "view the discussion thread\\.?", "erfahre mehr", "mehr erfahren", "learn more", "anmelden", "login",
      "registrieren", "cookie-einstellungen", "cookies", "externer inhalt", "external content", "contenido externo", "contenu externe", "contenuto esterno", "treść zewnętrzna", "akzeptieren", "accept", "schließen", "close", "x", "»", "«", "\\|", "·", "•", "\\*",
    ].join("|") +
    ")[\\s:.!»›>|·•-]*$",
  "i",
);

const PREFIX = new RegExp(
  "^(?:" +
    [
      "quelle ?!?:", "quellen:", "source:", "fuente:", "tags:", "schlagw(o|ö)rte?:", "themen:", "thema:", "kategorien?:", "categor(y|ies):",
      "filed under", "posted in", "veröffentlicht in", "dieser eintrag wurde veröffentlicht", "this entry was posted", "diese website verwendet akismet",
      "this site uses akismet", "deine e-mail-adresse wird nicht", "ihre e-mail-adresse wird nicht", "your email address will not", "bloggen auf wordpress",
      "erstelle eine kostenlose website", "create a free website", "bloggen auf", "teilen mit:", "teilen sie dies", "share this:", "like this:",
      "gefällt mir:", "gefällt mir wird geladen", "sei der erste", "be the first to", "copyright", "©", "\\(c\\) ", "foto:", "fotos:", "bild:",
      "bilder:", "photo:", "photos:", "image:", "credit:", "bildquelle", "titelbild:", "beitragsbild:", "fotocredit", "symbolbild", "getty images",
      "all rights reserved", "alle rechte vorbehalten", "zuletzt aktualisiert", "last updated", "aktualisiert am", "lesezeit:", "reading time",
      "\\d+ min(\\.|uten)? lesezeit", "\\d+ min(ute)?s? read", "\\d+ kommentare?", "\\d+ comments?", "kommentare? \\(\\d+\\)", "comments? \\(\\d+\\)",
      "mit unserem newsletter", "melden sie sich", "jetzt (abonnieren|anmelden|registrieren)", "abonniere unseren", "gib deine e-mail",
      "ich bin damit einverstanden", "wir verwenden cookies", "diese (web)?seite verwendet cookies", "this (web)?site uses cookies", "we use cookies",
      "zum newsletter", "hier (klicken|geht)", "click here", "werbung:", "anzeige:", "advertisement:", "sponsored by", "unterstütze unsere arbeit",
      "bleiben sie auf dem laufenden", "aufrufe:", "views:", "\\d+ (aufrufe|views)\\b", "video verfügbar bis", "verfügbar bis \\d",
      "last modified:", "letzte änderung", "release date:", "alle angaben ohne gewähr", "previous article", "next article", "vorheriger artikel", "nächster artikel", "du hast fragen", "weitere informationen:",
    ].join("|") +
    ")",
  "i",
);

const MONTHS_WEEKDAYS =
  /\b(jan(uar|uary)?|feb(ruar|ruary)?|mär(z)?|mar(ch)?|apr(il)?|mai|may|jun(i|e)?|jul(i|y)?|aug(ust)?|sep(t(ember)?)?|okt(ober)?|oct(ober)?|nov(ember)?|dez(ember)?|dec(ember)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|uhr|am|um|pm|bst|gmt|utc|cet|cest|mez|mesz|est|edt|pst|pdt|veröffentlicht|aktualisiert|erstellt|published|updated|posted|on|at|stand|datum|date|von|by|de|el|le|du|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|de|pubblicato|ultima modifica|il|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b/giu;

/** True when a short block is nothing but a known chrome phrase ("Teilen", "Anzeige", "Translate »", "Quelle:" ...). */
export function isBoilerText(text: string): boolean {
  if (text.length > 200) return false;
  if (text.length <= 60 && EXACT.test(text)) return true;
  return PREFIX.test(text);
}

/** True for a block that holds only a date and time ("Sonntag, April 28, 2024", "12.03.2021 | 14:33 Uhr"). */
export function isDateLine(text: string): boolean {
  if (text.length > 70 || !/\d/.test(text)) return false;
  const rest = text.replace(MONTHS_WEEKDAYS, "").replace(/[\d\s.,:/|\-–—()]+/g, "");
  return rest.length <= 2;
}

// a picture's caption set as a plain paragraph ends in its credit: "... im Überblick. (Foto: Getty)", "... | © AFP / X"
const PHOTO_CREDIT_END = /(?:^|[\s(|[])(?:©|\(c\)|fotos?:|foto ©|bild(?:er)?:|bildquelle:|photos?:|photo ©|credits?:|image:|picture:)\s*[^.!?()]{2,70}[)\]]?\s*$/iu;

/** True for a short line that is a picture caption with its credit rather than text. */
export function isPhotoCaption(text: string): boolean {
  return text.length <= CAPTION_MAX && PHOTO_CREDIT_END.test(text);
}

const CAPTION_MAX = 250;
