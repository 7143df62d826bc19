import type { Element } from "domhandler";
import { textContent } from "domutils";
import { isElement } from "../dom/node.ts";

/** An image or video seen during the walk; `id` places it in the element order. */
export interface MediaRef {
  id: number;
  kind: "image" | "video";
  url: string;
  alt?: string;
  caption?: string;
}

const VIDEO_HOST = /youtube(-nocookie)?\.com\/(embed|watch)|youtu\.be\/|player\.vimeo\.com|dailymotion\.com\/(embed|video)|facebook\.com\/plugins\/video|players\.brightcove|jwplayer|ardmediathek|zdf\.de|arte\.tv\/player/i;

/** Records images and videos of skipped media elements. */
export function collectMedia(el: Element, tag: string, id: number, out: MediaRef[]): void {
  if (tag === "img") return addImage(el, id, out);
  if (tag === "picture") {
    const img = el.children.find((c): c is Element => isElement(c) && c.name === "img");
    if (img !== undefined) addImage(img, id, out);
    return;
  }
  if (tag === "iframe" || tag === "embed") {
    const src = el.attribs["src"] ?? el.attribs["data-src"];
    if (src !== undefined && VIDEO_HOST.test(src)) out.push({ id, kind: "video", url: src });
    return;
  }
  if (tag === "video") {
    const src = el.attribs["src"] ?? firstSourceSrc(el);
    if (src !== undefined && src.length > 0) out.push({ id, kind: "video", url: src });
  }
}

function addImage(el: Element, id: number, out: MediaRef[]): void {
  const a = el.attribs;
  const src = pickSrc(a["data-src"] ?? a["data-lazy-src"] ?? a["data-original"] ?? a["src"], a["srcset"] ?? a["data-srcset"]);
  if (src === undefined) return;
  const w = Number(a["width"] ?? "0");
  // tracking pixels and icons are not article images
  if (w > 0 && w < 50) return;
  const ref: MediaRef = { id, kind: "image", url: src };
  const alt = a["alt"]?.trim();
  if (alt !== undefined && alt.length > 0) ref.alt = alt;
  const caption = figureCaption(el);
  if (caption !== undefined) ref.caption = caption;
  out.push(ref);
}

function pickSrc(src: string | undefined, srcset: string | undefined): string | undefined {
  if (src !== undefined && src.length > 0 && !src.startsWith("data:")) return src.trim();
  const first = srcset?.split(",")[0]?.trim().split(/\s+/)[0];
  return first !== undefined && first.length > 0 && !first.startsWith("data:") ? first : undefined;
}

function firstSourceSrc(el: Element): string | undefined {
  for (const c of el.children) if (isElement(c) && c.name === "source" && c.attribs["src"] !== undefined) return c.attribs["src"];
  return undefined;
}

function figureCaption(el: Element): string | undefined {
  let p = el.parent;
  for (let i = 0; i < 4 && p !== null && isElement(p); i++, p = p.parent) {
    if (p.name !== "figure") continue;
    const cap = p.children.find((c): c is Element => isElement(c) && c.name === "figcaption");
    const text = cap !== undefined ? textContent(cap).replace(/\s+/g, " ").trim() : "";
    return text.length > 0 ? text : undefined;
  }
  return undefined;
}
