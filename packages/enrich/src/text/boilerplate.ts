// Scraped pages carry navigation and widget text; such lines are kept for offsets but never analysed.
const PHRASES = new Set(
  [
    "empfohlene artikel", "advertisment", "advertisement", "anzeige", "werbung", "translate", "quelle", "start", "startseite",
    "home", "teilen", "share", "mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren", "read more", "related articles",
    "recommended", "related", "newsletter", "kommentare", "comments", "menu", "menü", "suche", "search", "login", "anmelden",
    "читайте также", "реклама", "источник", "поделиться", "главная", "подписаться", "cookie", "cookies", "impressum", "datenschutz",
  ],
);

const WEEKDAYS = /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b/iu;

function bare(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/\s+/g, " ").trim();
}

/** True for a line that is navigation, a widget label, a dateline or a truncated teaser of another line. */
export function isBoilerplateLine(line: string, allLines: readonly string[]): boolean {
  const text = line.trim();
  if (!text) return true;
  const b = bare(text);
  if (!b) return true;
  if (PHRASES.has(b)) return true;
  const words = b.split(" ");
  if (words.length <= 3 && words.some((w) => PHRASES.has(w)) && !/[.!?]$/.test(text)) return true;
  if (WEEKDAYS.test(b) && text.length < 50 && /\d{4}/.test(text)) return true;
  // a teaser cut off with "…" whose ending reappears in a full line (title glued to breadcrumbs)
  const cut = /(?:\.\.\.|…)\s*$/.exec(text);
  if (cut) {
    const tail = text.slice(Math.max(0, cut.index - 30), cut.index);
    if (tail.length >= 15 && allLines.some((other) => other !== line && other.includes(tail))) return true;
  }
  return false;
}
