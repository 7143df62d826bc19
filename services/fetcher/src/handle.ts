import { SCHEMA_VERSION, StageError, articleIdFor, normaliseUrl, type ArticleFetched, type ArticleSkipped, type IngestRequested } from "@inkstream/contracts";
import { decodeHtml } from "@inkstream/extract";
import { chainAdmission } from "./admission.ts";
import { Deferral } from "./deferral.ts";
import { conditionalHeaders, type FetchState, type FetchStateStore } from "./fetch-state.ts";
import type { FetchedBody, RequestOptions } from "./http-fetch.ts";
import type { HostLimiter } from "./politeness.ts";
import type { RobotsCache } from "./robots.ts";
import { notHtmlReason } from "./sniff.ts";
import { declareUtf8 } from "./utf8-declaration.ts";

export interface FetchPolicy {
  /** skip an article fetched this recently (ms; 0: never skip) */
  recrawlMs: number;
  /** skip within the recrawl interval for every request, not only for those from feeds and sitemaps */
  recrawlAll: boolean;
  /** the politeness interval of a host, given its Crawl-delay */
  hostIntervalMs(host: string, crawlDelayMs: number): number;
  maxInlineWaitMs: number;
  /** host back-off after a 429 without Retry-After */
  defaultBackoffMs: number;
  /** cap on Retry-After */
  maxBackoffMs: number;
  /** real attempts (not deferrals) before a transient failure is final */
  maxAttempts: number;
}

export interface FetchDeps {
  allowFile: boolean;
  fetchHttp(url: string, opts: RequestOptions): Promise<FetchedBody>;
  fetchFile(url: string): Promise<FetchedBody>;
  /** stores the page as UTF-8 bytes; `originalCharset` is kept in the object's metadata */
  putPage(name: string, bytes: Uint8Array, originalCharset: string): Promise<{ bucket: string; name: string; size: number }>;
  now(): Date;
  state: FetchStateStore;
  limiter: HostLimiter;
  /** undefined when robots.txt is not consulted (INK_FETCH_ROBOTS=false) */
  robots: RobotsCache | undefined;
  policy: FetchPolicy;
}

export type FetchResult = { key: "articleFetched"; payload: ArticleFetched } | { key: "articleSkipped"; payload: ArticleSkipped };

/** Requests the poller made from feeds and sitemaps carry a `feed:` or `sitemap:` source. */
export const isAutomatedSource = (source: string | undefined) => !!source && /^(feed|sitemap):/.test(source);

/**
 * One ingest request -> a fetched page in the object store, a skip (recently fetched, or 304), or a
 * StageError saying why not. A Deferral means "not yet": the host's window is closed.
 */
export async function handleIngest(event: IngestRequested, deps: FetchDeps, ctx: { eventId: string; signal: AbortSignal }): Promise<FetchResult> {
  let url: string;
  try {
    url = normaliseUrl(event.url);
  } catch (err) {
    throw new StageError("invalid_url", `not an absolute URL: ${event.url.slice(0, 200)}`, { cause: err });
  }
  const scheme = new URL(url).protocol;
  const articleId = articleIdFor(url);
  if (scheme === "file:") {
    if (!deps.allowFile) throw new StageError("file_not_allowed", "file:// URLs are refused (set INK_FETCH_ALLOW_FILE=true to allow them)");
    return fetched(event, url, articleId, await deps.fetchFile(url), deps);
  }
  if (scheme !== "http:" && scheme !== "https:") {
    throw new StageError("unsupported_scheme", `scheme ${scheme} is not fetched (http, https and, when allowed, file)`);
  }

  const state = await deps.state.get(articleId);
  const { policy } = deps;
  const now = deps.now().getTime();
  if (state && !event.force && policy.recrawlMs > 0 && (policy.recrawlAll || isAutomatedSource(event.source)) && now - state.fetchedAt < policy.recrawlMs) {
    return skipped(url, articleId, "recently_fetched", `fetched ${Math.round((now - state.fetchedAt) / 1000)} s ago, within the recrawl interval of ${policy.recrawlMs / 1000} s`, state, deps);
  }

  // each hop of a redirect chain passes robots.txt and politeness; failures belong to the host last asked
  const chain = chainAdmission(deps, policy.maxInlineWaitMs, ctx.signal);
  let body: FetchedBody;
  try {
    await chain.admit(url);
    body = await deps.fetchHttp(url, {
      signal: ctx.signal,
      ...(event.force ? {} : { headers: conditionalHeaders(state) }),
      beforeRedirect: (to) => chain.admit(to.href),
    });
  } catch (err) {
    throw await explainFailure(err, chain.host, deps, ctx.eventId);
  }
  await deps.state.clearAttempts(ctx.eventId);
  const fetchedAt = deps.now();
  if (body.status === 304) {
    const kept: FetchState = { ...state, fetchedAt: fetchedAt.getTime(), ...validators(body), status: 304 };
    await deps.state.put(articleId, kept);
    return skipped(url, articleId, "not_modified", "the server answered 304 Not Modified to a conditional GET", state, deps);
  }
  const result = await fetched(event, url, articleId, body, deps);
  await deps.state.put(articleId, { fetchedAt: fetchedAt.getTime(), ...validators(body), finalUrl: body.finalUrl, status: body.status }, { replace: true });
  return result;
}

const validators = (b: FetchedBody) => ({ ...(b.etag ? { etag: b.etag } : {}), ...(b.lastModified ? { lastModified: b.lastModified } : {}) });

/** 429/503 close the host for everyone; other transient failures count as attempts until the last one. */
async function explainFailure(err: unknown, host: string, deps: FetchDeps, eventId: string): Promise<unknown> {
  if (!(err instanceof StageError) || !err.retryable || err instanceof Deferral) return err;
  const { policy } = deps;
  const serverWait = err.reason === "rate_limited" ? (err.retryAfterMs ?? policy.defaultBackoffMs) : err.reason === "http_5xx" ? err.retryAfterMs : undefined;
  if (serverWait !== undefined) {
    const waitMs = Math.min(Math.max(serverWait, 1000), policy.maxBackoffMs);
    await deps.limiter.block(host, waitMs);
    return new Deferral(err.reason, `${err.message}; ${host} closed for ${Math.ceil(waitMs / 1000)} s`, waitMs, "retry-after", err);
  }
  const attempts = await deps.state.countFailure(eventId);
  if (attempts < policy.maxAttempts) return err;
  await deps.state.clearAttempts(eventId);
  return new StageError(err.reason, `gave up after ${attempts} attempts: ${err.message}`, { cause: err });
}

async function fetched(event: IngestRequested, url: string, articleId: string, body: FetchedBody, deps: FetchDeps): Promise<FetchResult> {
  const notHtml = notHtmlReason(body.contentType, body.bytes.subarray(0, 1024));
  if (notHtml) throw new StageError("not_html", `not an HTML page: ${notHtml}`);
  const decoded = decodeHtml(body.bytes, body.contentType);
  const page = await deps.putPage(`${articleId}.html`, new TextEncoder().encode(declareUtf8(decoded.html)), decoded.encoding);
  return {
    key: "articleFetched",
    payload: {
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
    },
  };
}

function skipped(url: string, articleId: string, reason: ArticleSkipped["reason"], message: string, state: FetchState | undefined, deps: FetchDeps): FetchResult {
  return {
    key: "articleSkipped",
    payload: {
      schemaVersion: SCHEMA_VERSION,
      articleId,
      url,
      reason,
      message,
      ...(state ? { lastFetchedAt: new Date(state.fetchedAt).toISOString() } : {}),
      skippedAt: deps.now().toISOString(),
    },
  };
}
