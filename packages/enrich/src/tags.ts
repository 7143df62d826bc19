import type { Entity, Enrichment } from "./types.ts";

const PREFIX: Readonly<Record<Entity["type"], string>> = {
  person: "person",
  organization: "org",
  location: "place",
  event: "event",
  other: "other",
};
const MAX_ENTITY_TAGS = 15;
const MIN_TOPIC_SCORE = 0.5;

/** Normalised filter tags from the other annotators' results: lang:de, topic:politics, person:…, org:…, place:…. */
export function filterTags(result: Enrichment): string[] {
  const tags: string[] = [];
  if (result.language.code !== "und") tags.push(`lang:${result.language.code}`);
  for (const t of result.topics) if (t.score >= MIN_TOPIC_SCORE) tags.push(`topic:${t.id}`);
  for (const e of result.entities.slice(0, MAX_ENTITY_TAGS)) if (e.slug) tags.push(`${PREFIX[e.type]}:${e.slug}`);
  return [...new Set(tags)];
}
