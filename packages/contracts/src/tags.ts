/**
 * Tag spellings shared by everything that writes or queries tags (docs/tags.md): the enricher emits them, the
 * indexer adds them when the enricher's tags annotator is off, the store turns filter values into them.
 */

/** Host of an article URL without "www." (the value of a `source:` tag), or "" when there is none. */
export function sourceSlug(url: string | undefined): string {
  if (!url) return "";
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return "";
  }
}

/**
 * A section's slug (the value of a `section:` tag): accents dropped, lower case, ß → ss, runs of other
 * characters → "-". It keeps non-Latin scripts ("Политика" → "политика"): sections are a site's own words.
 */
export function sectionSlug(section: string): string {
  return section
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
