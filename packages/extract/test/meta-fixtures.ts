// Loads a fixture page from fixtures/meta and runs the metadata extractor on it.
import { readFileSync } from "node:fs";
import { parseDocument } from "htmlparser2";
import { extractMetadata } from "../src/metadata/index.ts";
import type { ArticleMetadata, ExtractOptions } from "../src/types.ts";

/** Fixed "now" so date sanity checks do not drift with the calendar. */
export const NOW = new Date("2024-06-01T12:00:00Z");

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/meta/${name}`, import.meta.url), "utf8");
}

export function metaOf(html: string, opts: ExtractOptions = {}): ArticleMetadata {
  return extractMetadata(parseDocument(html), { now: NOW, ...opts });
}
