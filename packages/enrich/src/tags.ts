import type { EnrichInput, Entity, Enrichment } from "./types.ts";
import { sectionSlug, sourceSlug } from "@inkstream/contracts";

const PREFIX: Readonly<Record<Entity["type"], string>> = {
  person: "person",
  organization: "org",
  location: "place",
  event: "event",
  other: "other",
};
const MAX_ENTITY_TAGS = 15;
const MIN_TOPIC_SCORE = 0.5;

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
