// Publication and modification dates: structured data first, then the URL, then what the page
// shows near its headline; every candidate must fall between 1995 and `now`.
import type { PageFacts } from "../metadata/page-scan.ts";
import type { LdNode } from "../metadata/json-ld.ts";
import { CHROME, SOFT_CHROME, Zone } from "../metadata/zones.ts";
import type { SourcedDate } from "../types.ts";
import type { DateCandidate, Layout } from "./candidate.ts";
import { best, choosePublished, type Evidence } from "./choose.ts";
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
  const layout = layoutOf(facts);
  const result: PageDates = {};

  const structured = structuredDates(facts, ld, "published", monthFirst).filter(ok);
  const structuredModified = structuredDates(facts, ld, "modified", monthFirst).filter(ok);
  const text = scanTextDates(facts, monthFirst, layout);
  const shown = [...elementDates(facts, "published", monthFirst, layout), ...text.published].filter(ok).map(notAhead(ctx.now));
  const url = urlCandidate(ctx);
  const shownModified = [...elementDates(facts, "modified", monthFirst, layout), ...text.modified].filter(ok);
  const ev: Evidence = { structured, structuredModified, shown, shownModified, headline: layout.headline, ...(url ? { url } : {}) };
  const published = choosePublished(ev);
  const modified = best(structuredModified) ?? best(shownModified);
  if (published) result.publishedAt = sourced(published);
  if (modified && (!published || dayKey(modified.parts) >= dayKey(published.parts))) result.modifiedAt = sourced(modified);
  return result;
}

/**
 * A day after today's UTC day is only possible in the easternmost time zones in the last hours; shown on a
 * page it is far more often a coming event (a fixture list, a schedule) than the article's date.
 */
function notAhead(now: Date): (c: DateCandidate) => DateCandidate {
  const today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  return (c) => (dayKey(c.parts) > today ? { ...c, score: c.score - 12 } : c);
}

function urlCandidate(ctx: DateContext): DateCandidate | undefined {
  for (const url of ctx.urls) {
    const parts = urlDate(url);
    if (parts && isPlausible(parts, ctx.now)) return { parts, raw: url, source: "url", score: 50, order: 0 };
  }
  return undefined;
}

function sourced(c: DateCandidate): SourcedDate {
  return { value: toIso(c.parts), source: c.source, raw: c.raw.trim().slice(0, 200) };
}

/**
 * The headline is an <h1> in the article or main area, else the first one. A sidebar-like class on
 * the headline's own ancestors is a false alarm, so those bits stop counting as chrome.
 */
export function layoutOf(facts: PageFacts): Layout {
  const h1 =
    facts.h1.find((h) => (h.zone & (Zone.article | Zone.main)) !== 0 && (h.zone & CHROME) === 0) ??
    facts.h1.find((h) => (h.zone & CHROME) === 0) ??
    facts.h1[0];
  const forgiven = (h1?.zone ?? 0) & (Zone.related | Zone.comments | Zone.aside);
  return {
    headline: h1?.order ?? 0,
    chrome: CHROME & ~SOFT_CHROME & ~forgiven,
    soft: SOFT_CHROME & ~forgiven,
    headlineInArticle: ((h1?.zone ?? 0) & Zone.article) !== 0,
  };
}
