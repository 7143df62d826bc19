// Metadata of one parsed page: every field says where it was found. One DOM walk (scanPage)
// feeds all rules; JSON-LD is parsed once.
import type { Document } from "domhandler";
import { extractDates, layoutOf } from "../dates/index.ts";
import { parseDateValue } from "../dates/parse-value.ts";
import { toIso } from "../dates/date-parts.ts";
import type { ArticleMetadata, ExtractOptions } from "../types.ts";
import { extractAccess } from "./access.ts";
import { extractAuthors } from "./authors.ts";
import { extractImage } from "./image.ts";
import { parseJsonLd } from "./json-ld.ts";
import { scanPage } from "./page-scan.ts";
import { pageDescription, pageLanguage, pageTitle, siteNameOf, canonicalOf } from "./page-fields.ts";
import { extractBreadcrumbs, extractSection, extractTags } from "./taxonomy.ts";

/** Reads title, language, authors, dates and other metadata from a parsed page. Pure: no I/O. */
export function extractMetadata(doc: Document, opts: ExtractOptions): ArticleMetadata {
  const facts = scanPage(doc);
  const ld = parseJsonLd(facts.jsonLd);
  const layout = layoutOf(facts);
  const meta: ArticleMetadata = { authors: [], breadcrumbs: [], tags: [] };

  const site = siteNameOf(facts, ld);
  if (site.sourced) meta.siteName = site.sourced;
  const title = pageTitle(facts, ld, site.names, opts.url);
  if (title) meta.title = title;
  const description = pageDescription(facts, ld);
  if (description) meta.description = description;
  const canonical = canonicalOf(facts, opts.url);
  if (canonical) meta.canonicalUrl = canonical;
  const language = pageLanguage(facts, ld);
  if (language) meta.language = language;

  const authors = extractAuthors(facts, ld, layout.headline, site.names);
  meta.authors = authors.authors;
  if (authors.source) meta.authorsSource = authors.source;

  const urls = [opts.url, canonical?.value, facts.meta.get("og:url")?.[0]].filter((u): u is string => u !== undefined);
  const dates = extractDates(facts, ld, { urls, now: opts.now ?? new Date(), ...(language ? { lang: language.value } : {}) });
  if (dates.publishedAt) meta.publishedAt = dates.publishedAt;
  if (dates.modifiedAt) meta.modifiedAt = dates.modifiedAt;

  const crumbs = extractBreadcrumbs(facts, ld, meta.title?.value);
  meta.breadcrumbs = crumbs.crumbs;
  const section = extractSection(facts, ld, crumbs, canonical?.value ?? opts.url);
  if (section) meta.section = section;
  meta.tags = extractTags(facts, ld);
  const image = extractImage(facts, ld, canonical?.value ?? opts.url);
  if (image) meta.image = image;
  const access = extractAccess(facts, ld);
  if (access) meta.isAccessibleForFree = access;

  applyHints(meta, opts);
  return meta;
}

/** Feed hints fill only what the page itself left empty. */
function applyHints(meta: ArticleMetadata, opts: ExtractOptions): void {
  const hints = opts.hints;
  if (!hints) return;
  if (!meta.title && hints.title?.trim()) meta.title = { value: hints.title.trim(), source: "hint" };
  if (!meta.publishedAt && hints.publishedAt !== undefined) {
    const parts = parseDateValue(hints.publishedAt);
    if (parts) meta.publishedAt = { value: toIso(parts), source: "hint", raw: hints.publishedAt };
  }
  const cats = (hints.categories ?? []).map((c) => c.trim()).filter((c) => c !== "");
  if (!meta.section && cats[0] !== undefined) meta.section = { value: cats[0], source: "hint" };
  if (meta.tags.length === 0 && cats.length > 0) meta.tags = [...new Set(cats)];
}
