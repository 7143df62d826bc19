import { SCHEMA_VERSION, StageError, articleIdFor, normaliseUrl, type ArticleFetched, type IngestRequested } from "@inkstream/contracts";
import { decodeHtml } from "@inkstream/extract";
import type { FetchedBody } from "./http-fetch.ts";
import { notHtmlReason } from "./sniff.ts";

export interface FetchDeps {
  allowFile: boolean;
  fetchHttp(url: string, signal: AbortSignal): Promise<FetchedBody>;
  fetchFile(url: string): Promise<FetchedBody>;
  putPage(name: string, bytes: Uint8Array): Promise<{ bucket: string; name: string; size: number }>;
  now(): Date;
}

/** One ingest request -> one fetched page in the object store, or a StageError saying why not. */
export async function handleIngest(event: IngestRequested, deps: FetchDeps, signal: AbortSignal): Promise<ArticleFetched> {
  let url: string;
  try {
    url = normaliseUrl(event.url);
  } catch (err) {
    throw new StageError("invalid_url", `not an absolute URL: ${event.url.slice(0, 200)}`, { cause: err });
  }
  const scheme = new URL(url).protocol;
  let body: FetchedBody;
  if (scheme === "file:") {
    if (!deps.allowFile) throw new StageError("file_not_allowed", "file:// URLs are refused (set INK_FETCH_ALLOW_FILE=true to allow them)");
    body = await deps.fetchFile(url);
  } else if (scheme === "http:" || scheme === "https:") {
    body = await deps.fetchHttp(url, signal);
  } else {
    throw new StageError("unsupported_scheme", `scheme ${scheme} is not fetched (http, https and, when allowed, file)`);
  }
  const notHtml = notHtmlReason(body.contentType, body.bytes.subarray(0, 1024));
  if (notHtml) throw new StageError("not_html", `not an HTML page: ${notHtml}`);
  const decoded = decodeHtml(body.bytes, body.contentType);
  const articleId = articleIdFor(url);
  const page = await deps.putPage(`${articleId}.html`, new TextEncoder().encode(decoded.html));
  return {
    schemaVersion: SCHEMA_VERSION,
    articleId,
    url,
    finalUrl: body.finalUrl,
    fetchedAt: deps.now().toISOString(),
    status: body.status,
    contentType: body.contentType || "text/html",
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    page,
    ...(event.hints ? { hints: event.hints } : {}),
  };
}
