import { entitySlug } from "@inkstream/contracts";
import { stem } from "../text/stem.ts";
import type { Entity, Mention } from "../types.ts";
import type { GazetteerEntry } from "./gazetteer.ts";
import type { RawMention } from "./recognize.ts";
import { russianSurnameKey } from "./russian-forms.ts";
import { isRussianNominativeName, russianLoneSurname, russianNominativeName } from "./russian-names.ts";

// Position of each language's name in the curated "German|English|Russian" rows.
const NAME_INDEX: Readonly<Record<string, number>> = { de: 0, en: 1, ru: 2 };
const MAX_ALIASES = 12;

interface Group {
  key: string;
  type: Entity["type"];
  entry?: GazetteerEntry;
  mentions: RawMention[];
}

/** Key under which a surname meets its other case forms. */
export function surnameKey(lang: string, word: string): string {
  // Snowball would let German "Kohle" meet "Kohl"; only the genitive -s is dropped there
  return lang === "ru" ? russianSurnameKey(word) : word.toLowerCase().replace(/(?<=\p{L}{3})s$/u, "");
}

function mentionKey(lang: string, m: RawMention): string {
  if (m.entry) return `g:${m.entry.slug}`;
  return `${m.type}:${m.tokens.map((t) => stem(lang, t.text)).join(" ")}`;
}

function canonicalName(lang: string, g: Group): string {
  const entry = g.entry;
  if (entry) {
    const preferred = entry.names[NAME_INDEX[lang] ?? 0];
    const script = lang === "ru" ? /\p{Script=Cyrillic}/u : /\p{Script=Latin}/u;
    if (preferred && script.test(preferred)) return preferred;
    return entry.names.find((n) => script.test(n)) ?? entry.names[0] ?? "";
  }
  // the most frequent surface form; ties go to the longer, fuller one
  const counts = new Map<string, number>();
  for (const m of g.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([text]) => text);
  if (lang === "ru" && g.type === "person") return russianPersonName(g.mentions, ranked);
  return ranked[0] ?? "";
}

/**
 * A Russian person is named in the nominative, whatever case the article used, so every article gives them
 * the same tag: a full name the article wrote in the nominative, else the best full name declined back, else
 * a lone surname whose ending is unambiguous.
 */
function russianPersonName(mentions: readonly RawMention[], ranked: readonly string[]): string {
  const tokensOf = new Map(mentions.map((m) => [m.text, m.tokens.map((t) => t.text)]));
  const full = ranked.filter((t) => (tokensOf.get(t)?.length ?? 0) > 1);
  const nominative = full.find((t) => isRussianNominativeName(tokensOf.get(t) ?? []));
  if (nominative) return nominative;
  for (const t of full) {
    const declined = russianNominativeName(tokensOf.get(t) ?? []);
    if (declined) return declined.join(" ");
  }
  const best = ranked[0] ?? "";
  const tokens = tokensOf.get(best) ?? [];
  return tokens.length === 1 ? russianLoneSurname(best) : best;
}

/** Groups mentions into entities: gazetteer identity first, then stems, then surname → full name. */
export function groupEntities(lang: string, mentions: readonly RawMention[]): Entity[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = mentionKey(lang, m);
    let g = groups.get(key);
    if (!g) {
      g = { key, type: m.entry?.type ?? m.type, mentions: [] };
      if (m.entry) g.entry = m.entry;
      groups.set(key, g);
    }
    g.mentions.push(m);
  }
  // a lone surname joins the one multi-word person whose last word it is
  const persons = [...groups.values()].filter((g) => g.type === "person");
  for (const g of persons) {
    const tokens = g.mentions[0]?.tokens ?? [];
    if (g.entry || tokens.length !== 1) continue;
    const s = surnameKey(lang, tokens[0]?.text ?? "");
    const full = persons.filter((o) => {
      const ot = o.mentions[0]?.tokens ?? [];
      return o !== g && ot.length > 1 && surnameKey(lang, ot[ot.length - 1]?.text ?? "") === s;
    });
    const target = full[0];
    if (full.length === 1 && target) {
      target.mentions.push(...g.mentions);
      groups.delete(g.key);
    }
  }
  const out: Entity[] = [];
  for (const g of groups.values()) {
    const sorted = [...g.mentions].sort((a, b) => a.start - b.start);
    const name = canonicalName(lang, g);
    const surfaceForms = [...new Set(sorted.map((m) => m.text))];
    const aliases = [...new Set([...(g.entry?.names ?? []), ...surfaceForms])].filter((a) => a !== name).slice(0, MAX_ALIASES);
    out.push({
      type: g.type,
      name,
      slug: g.entry?.slug ?? entitySlug(name),
      count: sorted.length,
      firstOffset: sorted[0]?.start ?? 0,
      surfaceForms,
      aliases,
    });
  }
  return out.sort((a, b) => b.count - a.count || a.firstOffset - b.firstOffset);
}

/** Public mention records. */
export function toMentions(mentions: readonly RawMention[]): Mention[] {
  return mentions.map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text }));
}
