// Month names per language, including abbreviations and the genitive forms that Slavic
// languages use in dates ("28 декабря", "28 grudnia").

const NAMES: readonly (readonly string[])[] = [
  // en
  ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  ["", "febr", "", "", "", "", "", "", "sept", "", "", ""],
  // de (incl. Austrian forms)
  ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  ["jänner", "feber", "maerz", "", "", "", "", "", "", "okt", "", "dez"],
  ["jän", "", "mär", "", "", "", "", "", "", "", "", ""],
  ["", "", "mrz", "", "", "", "", "", "", "", "", ""],
  // fr
  ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  ["janv", "fevrier", "", "avr", "", "", "juil", "aout", "", "", "", "decembre"],
  ["", "févr", "", "", "", "", "", "", "", "", "", "déc"],
  ["", "fév", "", "", "", "", "", "", "", "", "", ""],
  // es / ca
  ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  ["ene", "", "", "abr", "", "", "", "ago", "setiembre", "", "", "dic"],
  ["gener", "febrer", "març", "", "maig", "juny", "juliol", "agost", "setembre", "", "", "desembre"],
  // it
  ["gennaio", "febbraio", "", "aprile", "maggio", "giugno", "luglio", "", "settembre", "ottobre", "", "dicembre"],
  ["gen", "", "", "", "mag", "giu", "lug", "", "set", "ott", "", ""],
  // pt
  ["janeiro", "fevereiro", "março", "", "maio", "junho", "julho", "", "setembro", "outubro", "", "dezembro"],
  ["", "fev", "marco", "", "", "", "", "", "", "out", "", ""],
  // nl
  ["januari", "februari", "maart", "", "mei", "", "", "augustus", "", "", "", "december"],
  ["", "", "mrt", "", "", "", "", "", "", "", "", ""],
  // pl (nominative, genitive, abbreviations)
  ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
  ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
  ["sty", "lut", "", "kwi", "", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
  // ru
  ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  ["янв", "фев", "мар", "апр", "", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
  ["", "", "", "", "", "", "", "", "сент", "", "", ""],
  // uk
  ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
  ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
  ["січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"],
  // ro
  ["ianuarie", "februarie", "martie", "aprilie", "", "iunie", "iulie", "", "septembrie", "octombrie", "noiembrie", "decembrie"],
  ["ian", "", "", "", "", "iun", "iul", "", "", "", "noi", ""],
  // tr
  ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
];

/** Lower-cased month name (no trailing dot) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = buildMonths();

/** Regex alternation of every month name, longest first so "sept" wins over "sep". */
export const MONTH_PATTERN: string = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");

function buildMonths(): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of NAMES) {
    row.forEach((name, i) => {
      if (name !== "" && !map.has(name)) map.set(name, i + 1);
    });
  }
  return map;
}

/** Month number for a matched name, tolerant of case and a trailing dot. */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ""));
}
