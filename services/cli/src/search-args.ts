import { z } from "zod";
import type { SearchOptions } from "@inkstream/store";
import { UsageError } from "./command.ts";

// The bounds of the gateway's GET /v1/search (services/gateway/src/schemas.ts, searchQuerySchema), so the CLI refuses
// what the gateway refuses; a service cannot import another, and tests/cli.test.ts checks that the two still agree.
const MAX_QUERY_CHARS = 500;
const text = (max: number) => z.string().max(max, `takes at most ${max} characters`);
const LIMIT = "takes an integer from 1 to 100";
const time = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  error: "takes an ISO 8601 date (2024-03-14) or date-time with an offset (2024-03-14T09:00:00Z)",
});

/** `inkstream search` options after parseArgs: the gateway's search query with repeated `--tag`s and a boolean for facets. */
export const searchArgsSchema = z.strictObject({
  q: z.string().max(MAX_QUERY_CHARS, `the query is longer than ${MAX_QUERY_CHARS} characters, the most a search takes`).optional(),
  tags: z
    .array(z.string())
    .refine((tags) => tags.join(",").length <= 2000, "takes at most 2000 characters of tags in all")
    .optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/, "takes a language code of two or three lower-case letters (de, en, fr, ru)").optional(),
  source: text(253).optional(),
  section: text(200).optional(),
  entity: text(200).optional(),
  topic: text(100).optional(),
  from: time.optional(),
  to: time.optional(),
  sort: z.enum(["relevance", "published"], { error: "is relevance or published" }).optional(),
  limit: z.coerce.number({ error: LIMIT }).int(LIMIT).min(1, LIMIT).max(100, LIMIT).default(20),
  cursor: text(500).optional(),
  facets: z.boolean().default(true),
});

const OPTION_OF: Partial<Record<string, string>> = { tags: "--tag", facets: "--no-facets" };

/** Checks `inkstream search`'s parsed options as the gateway checks its query; a UsageError names the option. */
export function searchOptions(input: Readonly<Record<string, string | string[] | boolean | undefined>>): SearchOptions {
  const parsed = searchArgsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? "");
  // the query's own message is a sentence; an option's reads "--lang takes …"
  throw new UsageError(field === "q" ? (issue?.message ?? "bad query") : `${OPTION_OF[field] ?? `--${field}`} ${issue?.message ?? "is not valid"}`);
}
