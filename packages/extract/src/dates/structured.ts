// Dates declared for machines: JSON-LD, <meta> tags and microdata, in order of reliability.
import type { PageFacts } from "../metadata/page-scan.ts";
import { CHROME } from "../metadata/zones.ts";
import { isArticleNode, isPageNode, ldString, type LdNode } from "../metadata/json-ld.ts";
import type { Provenance } from "../types.ts";
import type { DateCandidate, DateRole } from "./candidate.ts";
import { parseDateValue } from "./parse-value.ts";

const PUBLISHED_META: readonly string[] = [
  "article:published_time", "og:article:published_time", "og:published_time", "article:published", "datepublished",
  "published_time", "publish-date", "publish_date", "publishdate", "publication_date", "publication-date", "pubdate",
  "pub_date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "date", "dc.date", "dcterms.date",
  "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_online_date", "citation_date",
  "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime", "displaydate", "datecreated",
  "creation_date", "og:pubdate", "rnews:datepublished", "article_date_original", "shareaholic:article_published_time",
  "iso-8601-publish-date", "dc.created", "created",
];
const MODIFIED_META: readonly string[] = [
  "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified", "datemodified",
  "modified_time", "dc.date.modified", "dcterms.modified", "dc.modified", "last-modified", "lastmod", "revised",
  "sailthru.lastmodified", "parsely-updated-date",
];
const LD_PUBLISHED = ["datePublished", "dateCreated", "uploadDate"] as const;
const LD_MODIFIED = ["dateModified"] as const;
const ITEMPROP_PUBLISHED = /^(?:datepublished|datecreated|uploaddate)$/i;
const ITEMPROP_MODIFIED = /^datemodified$/i;

/** Structured candidates for one role, strongest first. */
export function structuredDates(facts: PageFacts, ld: readonly LdNode[], role: DateRole, monthFirst: boolean): DateCandidate[] {
  const out: DateCandidate[] = [];
  const add = (raw: string, source: Provenance, score: number, order = 0): void => {
    const parts = parseDateValue(raw, monthFirst);
    if (parts) out.push({ parts, raw, source, score, order });
  };
  const ldKeys = role === "published" ? LD_PUBLISHED : LD_MODIFIED;
  for (const node of ld) {
    const weight = isArticleNode(node) ? 100 : isPageNode(node) ? 90 : 80;
    ldKeys.forEach((key, i) => {
      const raw = ldString(node[key]);
      if (raw !== undefined) add(raw, "json-ld", weight - i * 3);
    });
  }
  const metaKeys = role === "published" ? PUBLISHED_META : MODIFIED_META;
  metaKeys.forEach((key, i) => {
    const raw = facts.meta.get(key)?.[0];
    if (raw === undefined) return;
    const og = key.startsWith("article:") || key.startsWith("og:");
    add(raw, og ? "opengraph" : "meta", 95 - Math.min(i, 30));
  });
  const itemprop = role === "published" ? ITEMPROP_PUBLISHED : ITEMPROP_MODIFIED;
  for (const spot of facts.itemprops) {
    if ((spot.zone & CHROME) !== 0) continue;
    const a = spot.el.attribs;
    if (!itemprop.test(a["itemprop"] ?? "")) continue;
    const raw = a["content"] ?? a["datetime"] ?? a["value"] ?? a["title"];
    if (raw !== undefined) add(raw, "microdata", 70, spot.order);
  }
  return out;
}
