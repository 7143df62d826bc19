// The lead image: og:image / twitter:image / JSON-LD image, with alt text, caption and credit
// taken from the structured data or from the <figure> that shows the same picture.
import type { Element } from "domhandler";
import { findAll } from "domutils";
import type { ImageRef } from "../types.ts";
import { boundedText, clean } from "./dom-text.ts";
import { asArray, isArticleNode, ldString, type LdNode } from "./json-ld.ts";
import type { PageFacts } from "./page-scan.ts";

const CREDIT = /credit|copyright|source|quelle|bildnachweis|foto-?credit|photographer|caption__credit/;

/** The top image of the page, or undefined. */
export function extractImage(facts: PageFacts, ld: readonly LdNode[], base: string | undefined): ImageRef | undefined {
  const fromMeta = first(facts, ["og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src", "thumbnailurl"]);
  const ldImage = ldImageOf(ld);
  const src = fromMeta ?? ldImage?.url;
  if (src === undefined) return undefined;
  const url = resolve(src, base);
  if (url === undefined) return undefined;
  const image: ImageRef = { url };
  const alt = first(facts, ["og:image:alt", "twitter:image:alt"]) ?? undefined;
  if (alt) image.alt = alt;
  if (ldImage?.caption) image.caption = ldImage.caption;
  if (ldImage?.credit) image.credit = ldImage.credit;
  if (!image.caption || !image.credit) fillFromFigure(facts.images, src, image);
  return image;
}

function first(facts: PageFacts, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = facts.meta.get(k)?.find((x) => x.trim() !== "");
    if (v !== undefined) return v.trim();
  }
  return undefined;
}

function ldImageOf(ld: readonly LdNode[]): { url: string; caption?: string; credit?: string } | undefined {
  for (const node of ld.filter(isArticleNode)) {
    for (const img of asArray(node["image"])) {
      if (typeof img === "string") return { url: img };
      if (img === null || typeof img !== "object") continue;
      const o = img as LdNode;
      const url = ldString(o["url"]) ?? ldString(o["contentUrl"]);
      if (url === undefined) continue;
      const caption = ldString(o["caption"]) ?? ldString(o["description"]);
      const credit = ldString(o["creditText"]) ?? ldString(o["copyrightHolder"]) ?? ldString(o["author"]);
      return { url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
    }
  }
  return undefined;
}

/** Looks for the same picture in a <figure> to read its caption and credit line. */
function fillFromFigure(images: readonly Element[], src: string, image: ImageRef): void {
  const file = src.split(/[?#]/)[0]?.split("/").pop();
  if (file === undefined || file.length < 5) return;
  const img = images.find((e) => `${e.attribs["src"] ?? ""} ${e.attribs["data-src"] ?? ""} ${e.attribs["srcset"] ?? ""}`.includes(file));
  if (!img) return;
  if (!image.alt && img.attribs["alt"]?.trim()) image.alt = clean(img.attribs["alt"]);
  let figure: Element | null = img.parent as Element | null;
  for (let i = 0; i < 4 && figure && figure.name !== "figure"; i++) figure = figure.parent as Element | null;
  if (!figure || figure.name !== "figure") return;
  const credit = findAll((e) => CREDIT.test(`${e.attribs["class"] ?? ""}`.toLowerCase()), figure.children)[0];
  if (!image.credit && credit) image.credit = boundedText(credit, 200);
  const caption = findAll((e) => e.name === "figcaption", figure.children)[0];
  if (!image.caption && caption) {
    let text = boundedText(caption, 500);
    if (image.credit) text = text.replace(image.credit, "").trim();
    if (text) image.caption = text;
  }
}

function resolve(src: string, base: string | undefined): string | undefined {
  try {
    return new URL(src.trim(), base).href;
  } catch {
    return /^https?:\/\//.test(src.trim()) ? src.trim() : undefined;
  }
}
