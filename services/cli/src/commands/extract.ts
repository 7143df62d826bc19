import { readFileSync } from "node:fs";
import { decodeHtml, extractArticle, type ExtractedArticle } from "@inkstream/extract";
import { expandInputs, looksLikeUrl } from "../inputs.ts";
import { printJson } from "../output.ts";

/** The JSON line `inkstream extract` prints for one page. */
export function extractionLine(input: string, a: ExtractedArticle, encoding: string) {
  return {
    input,
    title: a.title?.value ?? "",
    text: a.text,
    language: a.language?.value,
    publishedAt: a.publishedAt?.value,
    modifiedAt: a.modifiedAt?.value,
    authors: a.authors,
    description: a.description?.value,
    siteName: a.siteName?.value,
    canonicalUrl: a.canonicalUrl?.value,
    section: a.section?.value,
    breadcrumbs: a.breadcrumbs,
    tags: a.tags,
    image: a.image,
    isArticle: a.isArticle,
    articleScore: a.articleScore,
    isAccessibleForFree: a.isAccessibleForFree?.value,
    markdown: a.markdown,
    provenance: {
      title: a.title?.source,
      publishedAt: a.publishedAt && { source: a.publishedAt.source, raw: a.publishedAt.raw },
      modifiedAt: a.modifiedAt && { source: a.modifiedAt.source, raw: a.modifiedAt.raw },
      authors: a.authorsSource,
    },
    encoding,
  };
}

async function readInput(input: string): Promise<{ bytes: Uint8Array; contentType?: string; url?: string }> {
  if (!looksLikeUrl(input)) return { bytes: readFileSync(input) };
  const res = await fetch(input, { signal: AbortSignal.timeout(30_000), redirect: "follow" });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return { bytes: new Uint8Array(await res.arrayBuffer()), contentType: res.headers.get("content-type") ?? "", url: res.url };
}

/** Offline extraction: one JSON line per input; an input that cannot be read prints an `error` line. */
export async function extractCommand(inputs: readonly string[], opts: { includeHtml: boolean }): Promise<number> {
  let failures = 0;
  for (const input of expandInputs(inputs)) {
    try {
      const page = await readInput(input);
      const decoded = decodeHtml(page.bytes, page.contentType);
      const article = extractArticle(decoded.html, looksLikeUrl(input) ? { url: page.url ?? input } : {});
      printJson({ ...extractionLine(input, article, decoded.encoding), ...(opts.includeHtml ? { html: article.html } : {}) });
    } catch (err) {
      failures++;
      printJson({ input, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return failures > 0 ? 1 : 0;
}
