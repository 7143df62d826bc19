import type { EnrichInput, Entity, Enrichment } from "./types.ts";

const PREFIX: Readonly<Record<Entity["type"], string>> = {
  person: "person",
  organization: "org",
  location: "place",
  event: "event",
  other: "other",
};
const MAX_ENTITY_TAGS = 15;
const MIN_TOPIC_SCORE = 0.5;

/** Host of the article URL without "www." (the `source:` tag), or "" when there is none. */
export function sourceSlug(url: string | undefined): string {
  if (!url) return "";
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return "";
  }
}

/**
 * Section slug (the `section:` tag), the same rule the indexer and the store's queries apply: accents
 * dropped, lower case, ß → ss, runs of other characters → "-". Unlike entity slugs it keeps non-Latin
 * scripts ("Политика" → "политика"), since sections are site-specific words, not cross-language names.
 */
export function sectionSlug(section: string): string {
  return section
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Normalised filter tags (docs/tags.md): lang:, topic:, person:, org:, place:, source:, section:. */
export function filterTags(result: Enrichment, input: EnrichInput): string[] {
  const tags: string[] = [];
  if (result.language.code !== "und") tags.push(`lang:${result.language.code}`);
  for (const t of result.topics) if (t.score >= MIN_TOPIC_SCORE) tags.push(`topic:${t.id}`);
  for (const e of result.entities.slice(0, MAX_ENTITY_TAGS)) if (e.slug) tags.push(`${PREFIX[e.type]}:${e.slug}`);
  const source = sourceSlug(input.url);
  if (source) tags.push(`source:${source}`);
  const section = input.section ? sectionSlug(input.section) : "";
  if (section) tags.push(`section:${section}`);
  return [...new Set(tags)];
}
