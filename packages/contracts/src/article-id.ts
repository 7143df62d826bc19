import { createHash } from "node:crypto";

// Query parameters that only track the click, never select the content.
const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|_ga|_gl|ref_src|cmpid|wt_mc|wt\.mc_id)$/i;

/**
 * The canonical form of an article URL: lower-case scheme and host (IDN as punycode), no default port,
 * no fragment, no tracking parameters, dot segments resolved, remaining parameters sorted.
 * Throws TypeError for a string that is not an absolute URL.
 */
export function normaliseUrl(input: string): string {
  const url = new URL(input.trim());
  url.hash = "";
  if (url.protocol === "http:" || url.protocol === "https:") {
    const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    url.search = new URLSearchParams(kept).toString();
    if (url.pathname === "") url.pathname = "/";
  }
  return url.toString();
}

/** The stable article id: 20 hex digits of the SHA-256 of the normalised URL. */
export function articleIdFor(url: string): string {
  return createHash("sha256").update(normaliseUrl(url)).digest("hex").slice(0, 20);
}

export const ARTICLE_ID_PATTERN = /^[0-9a-f]{20}$/;
