// People or organisations: news agencies, newsrooms, publishers, associations and companies are
// told apart from people by known names, legal-form and institution words, and acronyms.
import type { Author } from "../types.ts";

const ORG_EXACT = new Set(
  [
    "dpa", "afp", "ap", "reuters", "kna", "epd", "sid", "apa", "ansa", "efe", "tass", "ria novosti", "pap", "anp", "belga", "sda",
    "keystone-sda", "upi", "bloomberg", "associated press", "agence france-presse", "deutsche presse-agentur", "redaktion",
    "agenturen", "agentur", "staff", "newsroom", "red", "red.", "team", "admin", "editorial", "the editors", "editors",
    "rédaction", "la rédaction", "redacción", "redazione", "редакция", "redakcja", "redactie", "dpa-afx", "afp/dpa", "dpa/afp",
    "ots", "europa press", "agencias", "agences", "тасс", "риа новости", "интерфакс", "ria", "ukrinform", "укринформ",
  ].map((s) => s.toLowerCase()),
);
const ORG_WORDS =
  /(?:^|[\s(])(?:redaktion|agentur(?:en)?|news(?:room|desk)?|staff|team|verlag|gmbh|ag|inc|ltd|llc|plc|sa|sarl|sl|press|presse|prensa|media|medien|zeitung|online|magazin|magazine|times|post|verband|institut|ministerium|ministry|department|universität|university|université|universidad|rédaction|redacción|redazione|редакция|redakcja|redactie|association|asociación|associazione|verein|stiftung|foundation|fundación|fondation|gesellschaft|council|municipalidad|ayuntamiento|mairie|администрация|министерство|агентство)(?=$|[\s.,)])/i;
// legal forms and compounds that end in an institution word: "… e.V.", "Landesverband", "Stadtverwaltung"
const ORG_SUFFIX = /(?:\be\.\s?v\.?|\bs\.\s?a\.?|\bs\.\s?l\.?|\bco\.|\bcorp\.?|\p{Ll}(?:verband|verein|verwaltung|amt|ministerium|zeitung|redaktion|agentur))$/iu;

/** Whether a cleaned name is an organisation (agency, newsroom, association, company) rather than a person. */
export function kindOf(name: string): Author["kind"] {
  const trimmed = name.trim();
  // short all-capital tokens are broadcasters and agencies ("CNN", "BBC", "ORF", "ТАСС")
  if (/^\p{Lu}{2,5}$/u.test(trimmed)) return "organization";
  const n = trimmed.toLowerCase().replace(/[()]/g, "").trim();
  if (ORG_EXACT.has(n) || ORG_WORDS.test(n) || ORG_SUFFIX.test(n)) return "organization";
  // a web address as a name: "example.com"
  if (/^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$/.test(n)) return "organization";
  return "person";
}

/** True for names every reader knows as an organisation, whatever the markup declares ("Redacción" typed as a Person). */
export function isKnownOrganization(name: string): boolean {
  const n = name.trim().toLowerCase();
  return ORG_EXACT.has(n) || ORG_SUFFIX.test(n) || /^\p{Lu}{2,5}$/u.test(name.trim());
}

/** Known agency or newsroom names, which may stand after a pipe or in parentheses of a byline. */
export function isAgency(name: string): boolean {
  const n = name.trim().toLowerCase();
  return ORG_EXACT.has(n) || /^\p{Lu}{2,5}$/u.test(name.trim());
}
