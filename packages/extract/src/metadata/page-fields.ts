// Single-value page fields: site name, title, description, canonical URL and language.
import type { Sourced } from "../types.ts";
import { boundedText, clean, plainText } from "./dom-text.ts";
import { isArticleNode, ldString, typesOf, type LdNode } from "./json-ld.ts";
import type { PageFacts } from "./page-scan.ts";
import { guessLanguage } from "./language-guess.ts";
import { chooseTitle } from "./title.ts";
import { CHROME, Zone } from "./zones.ts";

const firstMeta = (facts: PageFacts, key: string): string | undefined => {
  const v = facts.meta.get(key)?.find((x) => clean(x) !== "");
  return v === undefined ? undefined : plainText(v);
};

/** The site's display name, plus every spelling of it that may be glued to titles. */
export function siteNameOf(facts: PageFacts, ld: readonly LdNode[]): { sourced?: Sourced<string>; names: string[] } {
  const og = firstMeta(facts, "og:site_name");
  const publisher = ld.filter(isArticleNode).map((n) => ldString(n["publisher"])).find((x) => x !== undefined);
  const website = ld.filter((n) => typesOf(n).includes("WebSite")).map((n) => ldString(n["name"])).find((x) => x !== undefined);
  const app = firstMeta(facts, "application-name") ?? firstMeta(facts, "apple-mobile-web-app-title");
  const names = [og, publisher, website, app].filter((x): x is string => x !== undefined);
  const sourced: Sourced<string> | undefined = og
    ? { value: og, source: "opengraph" }
    : (publisher ?? website)
      ? { value: (publisher ?? website)!, source: "json-ld" }
      : app
        ? { value: app, source: "meta" }
        : undefined;
  return sourced ? { sourced, names } : { names };
}

export function pageTitle(facts: PageFacts, ld: readonly LdNode[], siteNames: string[], url: string | undefined): Sourced<string> | undefined {
  const declared: { value: string; source: Sourced<string>["source"] }[] = [];
  const headline = ld.filter(isArticleNode).map((n) => ldString(n["headline"]) ?? ldString(n["name"])).find((x) => x !== undefined);
  const og = firstMeta(facts, "og:title");
  const tw = firstMeta(facts, "twitter:title");
  if (og) declared.push({ value: og, source: "opengraph" });
  if (headline) declared.push({ value: headline, source: "json-ld" });
  if (tw) declared.push({ value: tw, source: "meta" });
  if (facts.title && clean(facts.title)) declared.push({ value: facts.title, source: "title-tag" });
  const h1 = facts.h1
    .filter((h) => (h.zone & CHROME) === 0)
    .sort((a, b) => rank(a.zone) - rank(b.zone))
    .slice(0, 3)
    .map((h) => boundedText(h.el, 300));
  const host = hostName(url);
  // "meridianwire.example" brands its titles as "Meridian Wire"
  const label = host?.split(".")[0];
  const hostNames = host === undefined ? [] : label !== undefined && label.length >= 4 ? [host, label] : [host];
  return chooseTitle({ declared, h1, siteNames: [...siteNames, ...hostNames] });
}

const rank = (zone: number): number => ((zone & Zone.article) !== 0 ? 0 : (zone & Zone.main) !== 0 ? 1 : 2);

function hostName(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

export function pageDescription(facts: PageFacts, ld: readonly LdNode[]): Sourced<string> | undefined {
  const og = firstMeta(facts, "og:description");
  if (og) return { value: og, source: "opengraph" };
  const d = firstMeta(facts, "description") ?? firstMeta(facts, "twitter:description");
  if (d) return { value: d, source: "meta" };
  const l = ld.filter(isArticleNode).map((n) => ldString(n["description"])).find((x) => x !== undefined);
  return l ? { value: clean(l), source: "json-ld" } : undefined;
}

export function canonicalOf(facts: PageFacts, base: string | undefined): Sourced<string> | undefined {
  const link = facts.links.find((l) => l.rel.split(/\s+/).includes("canonical"))?.href;
  const og = firstMeta(facts, "og:url");
  for (const [raw, source] of [
    [link, "meta"],
    [og, "opengraph"],
  ] as const) {
    if (raw === undefined || raw.trim() === "") continue;
    try {
      return { value: new URL(raw.trim(), base).href, source };
    } catch {
      // relative without a base, or malformed: try the next one
    }
  }
  return undefined;
}

/** BCP 47-ish tag: "de", "en-US". From <html lang>, Content-Language, og:locale, JSON-LD or microdata inLanguage, else the text. */
export function pageLanguage(facts: PageFacts, ld: readonly LdNode[]): Sourced<string> | undefined {
  const tries: [string | undefined, Sourced<string>["source"]][] = [
    [facts.lang, "html-lang"],
    [firstMeta(facts, "content-language") ?? firstMeta(facts, "language") ?? firstMeta(facts, "dc.language"), "meta"],
    [firstMeta(facts, "og:locale"), "opengraph"],
    [ld.map((n) => ldString(n["inLanguage"])).find((x) => x !== undefined), "json-ld"],
    [firstMeta(facts, "inlanguage"), "microdata"],
  ];
  for (const [raw, source] of tries) {
    const tag = normaliseLang(raw);
    if (tag) return { value: tag, source };
  }
  // old templates declare nothing: the words themselves tell
  const guess = guessLanguage(facts.texts);
  return guess === undefined ? undefined : { value: guess, source: "text" };
}

function normaliseLang(raw: string | undefined): string | undefined {
  const m = raw === undefined ? null : /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?\b/i.exec(raw.split(",")[0] ?? "");
  if (!m?.[1]) return undefined;
  const primary = m[1].toLowerCase();
  if (primary === "und" || primary === "xx") return undefined;
  const region = m[2];
  return region === undefined ? primary : `${primary}-${region.length === 4 ? region[0]!.toUpperCase() + region.slice(1).toLowerCase() : region.toUpperCase()}`;
}
