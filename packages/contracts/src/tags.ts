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

/** A host alone (a bracketed IPv6 literal included): with a scheme, user, port or path the URL parser would read another host. */
export const SOURCE_HOST_PATTERN = /^(\[[0-9a-fA-F:.]+\]|[^\s/\\?#@:[\]]+)$/;

/**
 * A host as a person writes it (`WWW.Example.com`, `bücher.de`) as the value of its `source:` tag, the way
 * `sourceSlug` reads an article's URL; "" when it is not a host alone (SOURCE_HOST_PATTERN).
 */
export function sourceHostSlug(host: string): string {
  return SOURCE_HOST_PATTERN.test(host) ? sourceSlug(`http://${host}`) : "";
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
