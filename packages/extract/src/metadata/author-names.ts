// Turning byline strings into people and organisations: "Von A, Berlin, und B (dpa)"
// → [A (person), B (person), dpa (organization)].
import type { Author } from "../types.ts";
import { isAgency, kindOf } from "./author-kind.ts";
import { plainText } from "./dom-text.ts";

export { kindOf } from "./author-kind.ts";

const PREFIX =
  /^(?:(?:written|posted|reported|text|story|words|a\s+beitrag|ein\s+beitrag|geschrieben|verfasst|erstellt|publié|posté|rédigé|écrit|escrito|publicado|redactado|scritto|opublikowano)\s+)?(?:by|von|par|por|от|door|av|przez|autor(?:in|a)?|author|auteur|autore|автор|text|texte|texto|testo|tekst|текст|redakteur(?:in)?|reporter)\s*[:\s]\s*/i;
// Italian "di" only in lower case: "Di Maio" is a surname
const PREFIX_IT = /^di\s+(?=\S+\s+\S)/;
const ROLES =
  /\b(?:redakteur(?:in)?|korrespondent(?:in)?|chefredakteur(?:in)?|reporter(?:in)?|autor(?:in)?|volontär(?:in)?|staff\s+writer|senior\s+(?:writer|editor|reporter|correspondent)|contributing\s+(?:writer|editor)|correspondent|editor(?:-at-large)?|columnist|kolumnist(?:in)?|journalist(?:in)?|freelance\s+writer|rédact(?:eur|rice)|journaliste|corresponsal|redactor(?:a)?|economista|giornalista|inviat[oa]|корреспондент|журналист|dziennikarz|redaktor)\b.*$/i;
const JOIN = "und|and|&|et|y|e|i|en|og|och|и|oraz|avec|with|con";
const SPLIT = new RegExp(`\\s*(?:,\\s*(?:(?:${JOIN})\\s+)?|;|\\/|\\s+(?:${JOIN})\\s+)\\s*`, "i");
// where a byline read from the page stops: its date, a separator, or the word for "updated"/"published"
const BYLINE_END =
  /\d|[·•|]|\s[–—-]\s|(?<![\p{L}])(?:updated|published|aktualisiert|veröffentlicht|stand|publié|mis à jour|modifié|publicado|actualizado|aggiornato|pubblicato|обновлено|опубликовано|просмотров)(?![\p{L}])/iu;
const NOT_A_NAME = /@|https?:|www\.|\d{3,}|^(?:home|kommentare?|comments?|share|teilen|mehr|more|weitere|anzeige|advertisement|foto|photo|bild|unknown|anonymous|anonym|admin|administrator|guest|gast|null|undefined|autoren|authors?|auteurs?|autores|autori|autorzy|by|von|por|par|di|door|av|от)$/i;
const PARTICLE = /^(?:von|van|der|den|de|da|di|del|della|dos|du|la|le|zu|ten|ter|bin|al|y|e)$/;

/** Every word capitalised except name particles ("Ursula von der Leyen", "Jean-Pierre Roux", "Kevin O'Brien"). */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[\p{Lu}]/u.test(w) || PARTICLE.test(w)) && /^[\p{Lu}]/u.test(name);
}

/**
 * Splits and cleans a byline string into authors; `kind` forces the kind when the source declares it.
 * `strict` (for text read from the page rather than declared) rejects the whole string when any piece
 * is not name-like: then it was prose or a tag line, not a byline.
 */
export function parseByline(raw: string, kind?: Author["kind"], strict = false): Author[] {
  let text = plainText(raw);
  // "Carlos Ruiz | EFE": after a pipe only an agency still belongs to the byline
  const [head, ...tail] = text.split(/\s*\|\s*/);
  text = [head ?? "", ...tail.filter((t) => isAgency(t))].join(", ");
  if (strict) {
    if (/^[#@]/.test(text)) return [];
    const end = text.search(BYLINE_END);
    if (end >= 0) text = text.slice(0, end);
    // "Linda Park on", "Anne Lefèvre le": the word that led to the cut date
    text = text.replace(/(?:\s+\p{Ll}{1,3})+\s*$/u, "");
  }
  // agencies in parentheses: "Anna Muster (dpa)"
  const agencies: string[] = [];
  text = text.replace(/\(([^)]{2,40})\)/g, (_m, inner: string) => {
    agencies.push(inner);
    return " ";
  });
  text = text.replace(PREFIX, "").replace(PREFIX_IT, "");
  const out: Author[] = [];
  for (const piece of [...text.split(SPLIT), ...agencies.flatMap((a) => a.split(SPLIT))]) {
    const name = cleanName(piece);
    if (name === undefined) {
      if (strict && piece.trim().split(/\s+/).length > 3) return [];
      continue;
    }
    const k = kind ?? kindOf(name);
    if (strict && k === "person" && !looksLikeName(name)) return [];
    out.push({ name, kind: k });
  }
  return dropPlaces(out);
}

/**
 * "Anna Schmidt, Berlin" and "Verlag GmbH, Nürnberg, Germany": a one-word "person" beside full names or
 * an organisation is the place the byline or address names, not another author.
 */
function dropPlaces(list: Author[]): Author[] {
  const full = list.some((a) => a.kind === "organization" || a.name.includes(" "));
  return full ? list.filter((a) => a.kind === "organization" || a.name.includes(" ")) : list;
}

function cleanName(piece: string): string | undefined {
  let name = piece.replace(PREFIX, "").replace(ROLES, "").replace(/^[\s,.:;–—-]+|[\s,:;–—-]+$/g, "").trim();
  // a final dot ends the sentence unless it closes an abbreviation ("e.V.", "Inc.", "Jr.")
  if (name.endsWith(".") && !/(?:(?:^|[\s.])\p{L}|\b(?:inc|ltd|co|corp|jr|sr))\.$/iu.test(name)) name = name.slice(0, -1).trim();
  if (name === "") return undefined;
  // "ANNA MUSTER" from upper-cased bylines reads better in title case; acronyms ("ТАСС", "EFE") stay
  if (name === name.toUpperCase() && /\p{Lu}{4}/u.test(name) && /\s/.test(name)) {
    name = name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  }
  const words = name.split(/\s+/);
  if (name.length < 2 || name.length > 60 || words.length > 6 || NOT_A_NAME.test(name) || !/\p{L}/u.test(name)) return undefined;
  return name;
}

/** Drops repeats, keeping the first spelling. */
export function dedupeAuthors(list: readonly Author[]): Author[] {
  const seen = new Set<string>();
  const out: Author[] = [];
  for (const a of list) {
    const key = a.name.toLowerCase().normalize("NFKD").replace(/[^\p{L}]/gu, "");
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}
