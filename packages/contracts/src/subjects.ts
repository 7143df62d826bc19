/** Event types, as CloudEvents `ce-type` values; the wire subject swaps the leading `ink` for the namespace. */
export const EVENT_TYPES = {
  ingestRequested: "ink.ingest.requested",
  articleFetched: "ink.article.fetched",
  articleParsed: "ink.article.parsed",
  articleEnriched: "ink.article.enriched",
  articleIndexed: "ink.article.indexed",
  articleSkipped: "ink.article.skipped",
  articleFailed: "ink.article.failed",
} as const;
export type EventKey = keyof typeof EVENT_TYPES;
export type EventType = (typeof EVENT_TYPES)[EventKey];

export const EVENT_KEYS = Object.keys(EVENT_TYPES) as EventKey[];

/** The subject an event travels on in one namespace: `ink.article.parsed` in `ink`, `t1.article.parsed` in `t1`. */
export function subjectFor(namespace: string, key: EventKey): string {
  return namespace + EVENT_TYPES[key].slice("ink".length);
}

/** The event key of a wire subject, or undefined when the subject is not ours. */
export function eventKeyOfSubject(namespace: string, subject: string): EventKey | undefined {
  return EVENT_KEYS.find((k) => subjectFor(namespace, k) === subject);
}
