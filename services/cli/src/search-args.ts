import { z } from "zod";
import { SEARCH_TAGS_BOUND, searchQuerySchemaWith } from "@inkstream/contracts";
import type { SearchOptions } from "@inkstream/store";
import { UsageError } from "./command.ts";

/** `inkstream search` options after parseArgs: the shared search parameters with repeated `--tag`s and a boolean for facets. */
const searchArgsSchema = searchQuerySchemaWith({
  tags: z
    .array(z.string())
    .refine((tags) => tags.join(",").length <= SEARCH_TAGS_BOUND.maxChars, SEARCH_TAGS_BOUND.message)
    .optional(),
  facets: z.boolean().default(true),
});

const OPTION_OF: Partial<Record<string, string>> = { tags: "--tag", facets: "--no-facets" };

/** Checks `inkstream search`'s parsed options with the gateway's search bounds; a UsageError names the option. */
export function searchOptions(input: Readonly<Record<string, string | string[] | boolean | undefined>>): SearchOptions {
  const parsed = searchArgsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? "");
  // the query's own message is a sentence; an option's reads "--lang takes …"
  throw new UsageError(field === "q" ? (issue?.message ?? "bad query") : `${OPTION_OF[field] ?? `--${field}`} ${issue?.message ?? "is not valid"}`);
}
