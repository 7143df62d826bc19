import type { ImageRef } from "../types.ts";
import type { MediaRef } from "./media-collect.ts";
import type { NodeInfo } from "./segment.ts";

/** Images and videos inside the main-content root, with URLs resolved against the page URL. */
export function mediaInRoot(media: readonly MediaRef[], root: NodeInfo, base: string | undefined): { images: ImageRef[]; videos: string[] } {
  const images: ImageRef[] = [];
  const videos: string[] = [];
  const seen = new Set<string>();
  for (const m of media) {
    if (m.id <= root.id || m.id > root.last) continue;
    const url = resolve(m.url, base);
    if (url === undefined || seen.has(url)) continue;
    seen.add(url);
    if (m.kind === "video") {
      videos.push(url);
      continue;
    }
    const img: ImageRef = { url };
    if (m.alt !== undefined) img.alt = m.alt;
    if (m.caption !== undefined) img.caption = m.caption;
    images.push(img);
  }
  return { images, videos };
}

function resolve(url: string, base: string | undefined): string | undefined {
  try {
    return base !== undefined ? new URL(url, base).href : url.startsWith("//") ? `https:${url}` : url;
  } catch {
    return undefined;
  }
}
