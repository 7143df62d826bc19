// The article title without the site's name glued on ("… | Spiegel", "Tagesschau: …").
// The page's own <h1> wins when it matches the declared title, since it carries no branding.
import type { Provenance, Sourced } from "../types.ts";
import { clean } from "./dom-text.ts";

// separators with spaces around them, so "Corona-Krise" and "3:1" stay whole
const SEPARATORS = /\s+[|–—·•»«:/\\-]+\s+|\s*\|\s*|\s+::\s+/;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** Removes site-name prefixes and suffixes from `raw`. */
export function stripSiteName(raw: string, siteNames: readonly string[]): string {
  const text = clean(raw);
  const parts = text.split(SEPARATORS).filter((p) => p.trim() !== "");
  if (parts.length < 2) return stripColonPrefix(text, siteNames);
  const sites = siteNames.map(norm).filter((s) => s.length > 1);
  const isSite = (p: string): boolean => {
    const n = norm(p);
    return n.length > 0 && sites.some((s) => s === n || (n.length >= 3 && (s.startsWith(n) || n.startsWith(s)) && Math.abs(n.length - s.length) <= 6));
  };
  let kept = parts.filter((p) => !isSite(p));
  if (kept.length === parts.length && kept.length >= 2) {
    // no known site name: drop a short trailing segment that looks like branding ("… | Home", "… - Example.com")
    const last = kept[kept.length - 1] ?? "";
    const first = kept[0] ?? "";
    if (last.split(/\s+/).length <= 4 && first.length > last.length * 2) kept = kept.slice(0, -1);
  }
  if (kept.length === 0) return text;
  // the title may itself contain a separator ("Krieg – und Frieden"): rejoin what is left from the original
  const start = text.indexOf(kept[0] ?? "");
  const lastPart = kept[kept.length - 1] ?? "";
  const end = text.lastIndexOf(lastPart) + lastPart.length;
  const joined = start >= 0 && end > start ? text.slice(start, end).trim() : kept.join(" ");
  return stripColonPrefix(joined, siteNames);
}

function stripColonPrefix(text: string, siteNames: readonly string[]): string {
  const i = text.indexOf(": ");
  if (i <= 0) return text;
  const prefix = norm(text.slice(0, i));
  return siteNames.some((s) => norm(s) === prefix) ? text.slice(i + 2).trim() : text;
}

interface TitleInput {
  declared: { value: string; source: Provenance }[];
  h1: readonly string[];
  siteNames: readonly string[];
}

/** Picks the title: an <h1> that matches a declared title, else the first declared title without branding. */
export function chooseTitle(input: TitleInput): Sourced<string> | undefined {
  const declared = input.declared.filter((d) => clean(d.value) !== "");
  const sites = new Set(input.siteNames.map(norm));
  for (const h of input.h1) {
    const nh = norm(h);
    // a blog's name set as its <h1> is branding, however well it matches the <title>
    if (nh.length < 4 || sites.has(nh)) continue;
    const matches = (d: { value: string }): boolean => {
      const bare = norm(stripSiteName(d.value, input.siteNames));
      return (norm(d.value).includes(nh) && nh.length * 2 >= bare.length) || (nh.length > 20 && nh.includes(bare));
    };
    if (declared.some(matches)) return { value: tidy(h, declared), source: "h1" };
  }
  const first = declared[0];
  if (!first) {
    const h = input.h1[0];
    return h !== undefined && clean(h) !== "" ? { value: tidy(h, declared), source: "h1" } : undefined;
  }
  const value = stripSiteName(first.value, input.siteNames);
  return value === "" ? undefined : { value, source: first.source };
}

/**
 * Headings built from spans ("Kicker</span><span>: Title") leave a space before punctuation; but French
 * typography puts one before ":" on purpose ("Immobilier : les prix…"), so keep the spacing a declared title has.
 */
function tidy(h: string, declared: readonly { value: string }[]): string {
  const text = clean(h);
  if (declared.some((d) => clean(d.value).includes(text))) return text;
  return text.replace(/\s+([:,.!?])(?=\s|$)/g, "$1");
}
