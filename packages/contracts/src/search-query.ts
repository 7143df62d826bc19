import { z } from "zod";

// Messages follow the parameter's name: the gateway lists "lang: takes …", the CLI says "--lang takes …".
const text = (max: number) => z.string().max(max, `takes at most ${max} characters`);
const LIMIT = "takes an integer from 1 to 100";
const time = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "takes an ISO 8601 date (2024-03-14) or date-time with an offset (2024-03-14T09:00:00Z)" })
  .describe("ISO 8601 date or date-time");

/** The bound on a search's tags, all of them joined by commas (the gateway's one `tags` value, the CLI's `--tag`s). */
export const SEARCH_TAGS_BOUND = { maxChars: 2000, message: "takes at most 2000 characters of tags in all" } as const;

/**
 * The search parameters that the gateway's GET /v1/search and `inkstream search` both take, as strings. Each adds
 * its own `tags` and `facets` through `searchQuerySchemaWith`.
 */
export const searchQueryShape = {
  q: z.string().max(500, "the query is longer than 500 characters, the most a search takes").optional().describe('words (all must match), `OR` between words for any, "quoted phrases"'),
  lang: z.string().regex(/^[a-z]{2,3}$/, "takes a language code of two or three lower-case letters (de, en, fr, ru)").optional(),
  source: text(253).optional().describe("source host"),
  section: text(200).optional(),
  entity: text(200).optional().describe("entity tag (org:nato), or a name or slug of any entity kind (nato, Markus Söder)"),
  topic: text(100).optional(),
  from: time.optional(),
  to: time.optional(),
  sort: z.enum(["relevance", "published"], { error: "is relevance or published" }).optional().describe("default: relevance with q, published without"),
  limit: z.coerce.number({ error: LIMIT }).int(LIMIT).min(1, LIMIT).max(100, LIMIT).default(20),
  cursor: text(500).optional().describe("nextCursor of the previous page"),
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * A search range's end in ms, as the store reads it: a date alone is its day in UTC, so `from` is the day's first
 * instant and `to` its last (`from=2024-03-14&to=2024-03-14` is that whole day); NaN when it is no date.
 */
export function rangeEdgeMs(value: string, edge: "from" | "to"): number {
  const ms = Date.parse(value);
  return edge === "to" && DATE_ONLY.test(value) ? ms + DAY_MS - 1 : ms;
}

const inOrder = ({ from, to }: Record<string, unknown>) =>
  typeof from !== "string" || typeof to !== "string" || !(rangeEdgeMs(from, "from") > rangeEdgeMs(to, "to"));

/** A strict search query schema: the shared parameters, the caller's own (`tags`, `facets`), and `from` not after `to`. */
export function searchQuerySchemaWith<A extends z.ZodRawShape>(own: A) {
  return z.strictObject({ ...searchQueryShape, ...own }).refine(inOrder, { path: ["from"], message: "is later than to" });
}
