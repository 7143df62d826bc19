// Publication and modification dates: structured data first, then the URL, then what the page
// shows near its headline; every candidate must fall between 1995 and `now`.
import type { PageFacts } from "../metadata/page-scan.ts";
import type { LdNode } from "../metadata/json-ld.ts";
import { CHROME, Zone } from "../metadata/zones.ts";
import type { SourcedDate } from "../types.ts";
import type { DateCandidate } from "./candidate.ts";
import { dayKey, isPlausible, toIso } from "./date-parts.ts";
import { elementDates } from "./elements.ts";
import { structuredDates } from "./structured.ts";
import { scanTextDates } from "./text-scan.ts";
import { urlDate } from "./url-date.ts";

export interface PageDates {
  publishedAt?: SourcedDate;
  modifiedAt?: SourcedDate;
}

export interface DateContext {
  /** The page URL and any URLs the page gives for itself (canonical, og:url). */
  urls: readonly string[];
  now: Date;
  lang?: string;
}

/** Finds the publication and last-modification dates of a scanned page. */
export function extractDates(facts: PageFacts, ld: readonly LdNode[], ctx: DateContext): PageDates {
  const monthFirst = /^en(?:-us)?$/i.test(ctx.lang ?? "");
  const ok = (c: DateCandidate): boolean => isPlausible(c.parts, ctx.now);
  const headline = headlineOrder(facts);
  const result: PageDates = {};

  let published = best(structuredDates(facts, ld, "published", monthFirst).filter(ok));
  if (!published) {
    for (const url of ctx.urls) {
      const parts = urlDate(url);
      if (parts && isPlausible(parts, ctx.now)) {
        published = { parts, raw: url, source: "url", score: 50, order: 0 };
        break;
      }
    }
  }
  const text = published ? undefined : scanTextDates(facts, monthFirst, headline);
  if (!published) {
    const shown = [...elementDates(facts, "published", monthFirst, headline), ...(text?.published ?? [])];
    published = best(shown.filter(ok));
  }
  if (published) result.publishedAt = sourced(published);

  let modified = best(structuredDates(facts, ld, "modified", monthFirst).filter(ok));
  modified ??= best(elementDates(facts, "modified", monthFirst, headline).filter(ok));
  modified ??= best((text?.modified ?? []).filter(ok));
  if (modified && (!published || dayKey(modified.parts) >= dayKey(published.parts))) result.modifiedAt = sourced(modified);
  return result;
}

/** Highest score wins; among equals, the earliest in the document. */
function best(cands: readonly DateCandidate[]): DateCandidate | undefined {
  let top: DateCandidate | undefined;
  for (const c of cands) {
    if (!top || c.score > top.score || (c.score === top.score && c.order < top.order)) top = c;
  }
  return top;
}

function sourced(c: DateCandidate): SourcedDate {
  return { value: toIso(c.parts), source: c.source, raw: c.raw.trim().slice(0, 200) };
}

/** Document order of the article's headline: an <h1> in the article or main area, else the first outside the chrome. */
function headlineOrder(facts: PageFacts): number {
  const inBody = facts.h1.find((h) => (h.zone & (Zone.article | Zone.main)) !== 0 && (h.zone & CHROME) === 0);
  return (inBody ?? facts.h1.find((h) => (h.zone & CHROME) === 0))?.order ?? 0;
}
