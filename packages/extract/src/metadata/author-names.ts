// Turning byline strings into people and organisations: "Von A, Redakteur, und B (dpa)"
// → [A (person), B (person), dpa (organization)].
import type { Author } from "../types.ts";
import { plainText } from "./dom-text.ts";

const PREFIX =
  /^(?:(?:written|posted|reported|text|story|words|a\s+beitrag|ein\s+beitrag|geschrieben|verfasst|erstellt|publié|escrito|scritto|opublikowano)\s+)?(?:by|von|par|por|от|door|av|przez|autor(?:in)?|author|auteur|autore|автор|text|texte|texto|testo|tekst|redakteur(?:in)?|reporter)\s*[:\s]\s*/i;
// Italian "di" only in lower case: "Di Maio" is a surname
const PREFIX_IT = /^di\s+(?=\S+\s+\S)/;
const ROLES =
  /\b(?:redakteur(?:in)?|korrespondent(?:in)?|chefredakteur(?:in)?|reporter(?:in)?|autor(?:in)?|volontär(?:in)?|staff\s+writer|senior\s+(?:writer|editor|reporter|correspondent)|contributing\s+(?:writer|editor)|correspondent|editor(?:-at-large)?|columnist|kolumnist(?:in)?|journalist(?:in)?|freelance\s+writer|rédact(?:eur|rice)|journaliste|corresponsal|redactor(?:a)?|giornalista|inviat[oa]|корреспондент|журналист|dziennikarz|redaktor)\b.*$/i;
const SPLIT = /\s*(?:,|;|\/|\s+(?:und|and|&|et|y|e|i|en|og|och|и|oraz)\s+)\s*/i;
const ORG_EXACT = new Set(
  [
    "dpa", "afp", "ap", "reuters", "kna", "epd", "sid", "apa", "ansa", "efe", "tass", "ria novosti", "pap", "anp", "belga", "sda",
    "keystone-sda", "upi", "bloomberg", "associated press", "agence france-presse", "deutsche presse-agentur", "redaktion",
    "agenturen", "agentur", "staff", "newsroom", "red", "red.", "team", "admin", "editorial", "the editors", "editors",
    "rédaction", "redacción", "redazione", "редакция", "redakcja", "redactie", "dpa-afx", "afp/dpa", "dpa/afp", "ots",
  ].map((s) => s.toLowerCase()),
);
const ORG_WORDS =
  /\b(?:redaktion|agentur(?:en)?|news(?:room|desk)?|staff|team|verlag|gmbh|ag|inc|ltd|llc|press|presse|media|medien|zeitung|online|magazin|magazine|times|post|verband|institut|ministerium|universität|university|rédaction|redacción|redazione|редакция|redakcja|redactie)\b/i;
const NOT_A_NAME = /@|https?:|www\.|\d{3,}|^(?:home|kommentare?|comments?|share|teilen|mehr|more|weitere|anzeige|advertisement|foto|photo|bild|unknown|anonymous|anonym|admin|administrator|guest|gast|null|undefined|autoren|authors?|auteurs?|autores|autori|autorzy|by|von|por|par|di|door|av|от)$/i;

/** Whether a cleaned name is an organisation (agency, newsroom) rather than a person. */
export function kindOf(name: string): Author["kind"] {
  // short all-capital tokens are broadcasters and agencies ("CNN", "BBC", "ORF")
  if (/^\p{Lu}{3,5}$/u.test(name.trim())) return "organization";
  const n = name.toLowerCase().replace(/[()]/g, "").trim();
  if (ORG_EXACT.has(n) || ORG_WORDS.test(n) || /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$/.test(n)) return "organization";
  return "person";
}

const PARTICLE = /^(?:von|van|der|den|de|da|di|del|della|dos|du|la|le|zu|ten|ter|bin|al|y|e)$/;

/** Every word capitalised except name particles ("Ursula von der Leyen"). */
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
  let text = plainText(raw).replace(/\s*\|.*$/, "");
  if (strict) {
    // a byline ends where its date or time starts
    const digit = text.search(/\d/);
    if (digit >= 0) text = text.slice(0, digit);
    if (/^[#@]/.test(text)) return [];
  }
  // agencies in parentheses or after a slash: "Anna Muster (dpa)"
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
  return out;
}

function cleanName(piece: string): string | undefined {
  let name = piece.replace(PREFIX, "").replace(ROLES, "").replace(/^[\s,.:;–—-]+|[\s,.:;–—-]+$/g, "").trim();
  if (name === "") return undefined;
  // "ANNA MUSTER" from upper-cased bylines reads better in title case
  if (name === name.toUpperCase() && /\p{Lu}{4}/u.test(name) && !ORG_EXACT.has(name.toLowerCase())) {
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
