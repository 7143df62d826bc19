/** One item of a feed or one URL of a sitemap, as the poller turns it into an ingest request. */
export interface SourceEntry {
  url: string;
  title?: string;
  /** ISO 8601 when the source's date parses, else the raw string */
  publishedAt?: string;
  /** the newest date the source gives the entry (published, updated, lastmod) in ms; 0 when undated */
  dateMs: number;
  categories?: string[];
}

export type SourceKind = "rss" | "atom" | "rdf" | "jsonfeed" | "urlset" | "sitemapindex" | "robots";

/** What one fetched source holds: entries to ingest, and for sitemap indexes and robots.txt, sitemaps to read. */
export interface ParsedSource {
  kind: SourceKind;
  entries: SourceEntry[];
  children: string[];
}

/** An absolute http(s) URL resolved against the document's URL, or undefined. */
export function absoluteHttpUrl(raw: string | undefined, base: string): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A date string as ISO 8601 (with its ms) when it parses; the raw string otherwise. */
export function readDate(raw: string | undefined): { iso?: string; ms: number } {
  const s = raw?.trim();
  if (!s) return { ms: 0 };
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? { iso: new Date(ms).toISOString(), ms } : { iso: s, ms: 0 };
}

/** Leaves out empty optional fields, so entries satisfy exactOptionalPropertyTypes and the hints schema. */
export function entry(url: string, title: string | undefined, published: string | undefined, dates: (string | undefined)[], categories: string[]): SourceEntry {
  const pub = readDate(published);
  const dateMs = Math.max(pub.ms, ...dates.map((d) => readDate(d).ms));
  // Atom's type="html" titles and escaped markup in RSS titles: a hint is plain text
  const plainTitle = title?.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
  const cats = [...new Set(categories.map((c) => c.trim()).filter(Boolean))].slice(0, 50);
  return {
    url,
    ...(plainTitle ? { title: plainTitle.slice(0, 1000) } : {}),
    ...(pub.iso ? { publishedAt: pub.iso } : {}),
    dateMs,
    ...(cats.length > 0 ? { categories: cats } : {}),
  };
}
