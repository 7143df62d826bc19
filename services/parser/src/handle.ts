import { carriedRef, StageError, type ArticleFetched, type ArticleParsed } from "@inkstream/contracts";
import { extractArticle } from "@inkstream/extract";
import { toParsedArticle } from "./to-parsed.ts";

export interface ParseDeps {
  getPage(name: string): Promise<Uint8Array | null>;
}

/**
 * Loads the fetched page and extracts the article. Pages that are not articles (home pages, listings) still
 * flow on, flagged `isArticle: false`, so downstream decides; a page with no text at all fails `no_content`.
 */
export async function handleFetched(event: ArticleFetched, deps: ParseDeps): Promise<ArticleParsed> {
  const bytes = await deps.getPage(event.page.name);
  if (!bytes) throw new StageError("page_missing", `page ${event.page.bucket}/${event.page.name} is not in the object store (expired?)`);
  // the fetcher stores pages already decoded to UTF-8
  const html = new TextDecoder("utf-8").decode(bytes);
  const extracted = extractArticle(html, { url: event.finalUrl, ...(event.hints ? { hints: stripUndefined(event.hints) } : {}) });
  const article = toParsedArticle(extracted);
  if (!article.text.trim() && !article.title.trim()) throw new StageError("no_content", "no title and no main text found in the page");
  return { ...carriedRef(event), article };
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
