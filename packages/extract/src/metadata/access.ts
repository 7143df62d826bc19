// Free or paywalled: JSON-LD isAccessibleForFree (on the article or its parts), the
// content-tier meta, then paywall containers in the markup.
import type { Sourced } from "../types.ts";
import { asArray, isArticleNode, type LdNode } from "./json-ld.ts";
import type { PageFacts } from "./page-scan.ts";

export function extractAccess(facts: PageFacts, ld: readonly LdNode[]): Sourced<boolean> | undefined {
  for (const node of ld.filter(isArticleNode)) {
    const own = asBool(node["isAccessibleForFree"]);
    const parts = asArray(node["hasPart"]).map((p) => (p !== null && typeof p === "object" ? asBool((p as LdNode)["isAccessibleForFree"]) : undefined));
    if (own === false || parts.includes(false)) return { value: false, source: "json-ld" };
    if (own === true) return { value: true, source: "json-ld" };
  }
  const tier = (facts.meta.get("article:content_tier")?.[0] ?? facts.meta.get("og:article:content_tier")?.[0])?.trim().toLowerCase();
  if (tier === "free") return { value: true, source: "opengraph" };
  if (tier === "locked" || tier === "metered") return { value: false, source: "opengraph" };
  if (facts.paywallMarker) return { value: false, source: "markup" };
  return undefined;
}

function asBool(v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (s === "true" || s === "yes") return true;
    if (s === "false" || s === "no") return false;
  }
  return undefined;
}
