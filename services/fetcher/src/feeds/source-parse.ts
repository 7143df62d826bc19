import { StageError } from "@inkstream/contracts";
import { atomEntries, jsonFeedEntries, rdfEntries, rssEntries } from "./feed-parse.ts";
import { robotsSitemaps, sitemapIndexChildren, urlsetEntries } from "./sitemap-parse.ts";
import type { ParsedSource } from "./source-entry.ts";
import { decodeSourceText, gunzipIfNeeded } from "./source-text.ts";
import { node, parseXml } from "./xml-tree.ts";

/**
 * Reads a fetched feed or sitemap, whatever it claims to be: RSS 2.0, RSS 1.0, Atom, JSON Feed, a sitemap,
 * a sitemap index (gzip'd or not) or a robots.txt (its Sitemap: lines). Throws StageError("no_content")
 * for anything else.
 */
export function parseSource(bytes: Uint8Array, contentType: string, url: string, maxDecodedBytes: number): ParsedSource {
  const raw = gunzipIfNeeded(bytes, maxDecodedBytes);
  const body = decodeSourceText(raw, contentType);
  if (new URL(url).pathname === "/robots.txt") return { kind: "robots", entries: [], children: robotsSitemaps(body, url) };
  const trimmed = body.trimStart();
  if (trimmed.startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (err) {
      throw new StageError("no_content", `${url} is not valid JSON: ${String(err).slice(0, 200)}`, { cause: err });
    }
    const entries = jsonFeedEntries(json, url);
    if (!entries) throw new StageError("no_content", `${url} is JSON but not a JSON Feed`);
    return { kind: "jsonfeed", entries, children: [] };
  }
  let doc;
  try {
    doc = parseXml(trimmed);
  } catch (err) {
    throw new StageError("no_content", `${url} is not well-formed XML: ${String(err).slice(0, 200)}`, { cause: err });
  }
  if (doc["rss"] !== undefined) return { kind: "rss", entries: rssEntries(node(doc["rss"]), url), children: [] };
  if (doc["feed"] !== undefined) return { kind: "atom", entries: atomEntries(node(doc["feed"]), url), children: [] };
  if (doc["RDF"] !== undefined) return { kind: "rdf", entries: rdfEntries(node(doc["RDF"]), url), children: [] };
  if (doc["urlset"] !== undefined) return { kind: "urlset", entries: urlsetEntries(node(doc["urlset"]), url), children: [] };
  if (doc["sitemapindex"] !== undefined) return { kind: "sitemapindex", entries: [], children: sitemapIndexChildren(node(doc["sitemapindex"]), url) };
  throw new StageError("no_content", `${url} is neither a feed nor a sitemap (root: ${Object.keys(doc).filter((k) => !k.startsWith("?")).join(", ") || "none"})`);
}
