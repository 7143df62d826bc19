import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { publishEvent, type Bus } from "@inkstream/bus";
import { SCHEMA_VERSION, articleIdFor, toStageError } from "@inkstream/contracts";
import type { Logger } from "@inkstream/runtime";
import { urlKeyId, type FetchKeys } from "@inkstream/store";
import { chainAdmission } from "../admission.ts";
import { Deferral, sleep } from "../deferral.ts";
import type { FetchMetrics } from "../fetch-metrics.ts";
import type { FetchedBody, RequestOptions } from "../http-fetch.ts";
import type { HostLimiter } from "../politeness.ts";
import type { RobotsCache } from "../robots.ts";
import { feedRegistry, type FeedRegistry } from "./feed-registry.ts";
import type { SourceEntry } from "./source-entry.ts";
import { parseSource } from "./source-parse.ts";

const FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
const LEASE_MS = 10 * 60_000;

export interface FeedPollerDeps {
  bus: Bus;
  redis: Redis;
  keys: FetchKeys;
  logger: Logger;
  metrics: FetchMetrics;
  robots: RobotsCache | undefined;
  limiter: HostLimiter;
  policy: { hostIntervalMs(host: string, crawlDelayMs: number): number };
  fetch(url: string, opts: RequestOptions): Promise<FetchedBody>;
  tickMs: number;
  maxNewPerPoll: number;
  maxChildren: number;
  maxDecodedBytes: number;
}

export interface FeedPoller {
  stop(): Promise<void>;
}

/**
 * Polls registered feeds and sitemaps when they are due. A lease in Redis (SET NX PX) makes one replica
 * poll a source at a time, and the due time is checked again under the lease, so no source is polled
 * twice per interval however many fetchers run.
 */
export function startFeedPoller(deps: FeedPollerDeps): FeedPoller {
  const registry = feedRegistry(deps.redis, deps.keys);
  const owner = randomUUID();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const tick = async () => {
    for (const url of await registry.due(Date.now(), 20)) {
      if (abort.signal.aborted) return;
      await pollIfDue(url, registry, owner, deps, abort.signal);
    }
  };
  const schedule = () => {
    if (abort.signal.aborted) return;
    timer = setTimeout(() => {
      current = tick()
        .catch((err: unknown) => deps.logger.error({ err }, "feed poll tick failed"))
        .finally(schedule);
    }, deps.tickMs);
  };
  schedule();
  return {
    async stop() {
      abort.abort();
      clearTimeout(timer);
      await current;
    },
  };
}

async function pollIfDue(url: string, registry: FeedRegistry, owner: string, deps: FeedPollerDeps, signal: AbortSignal): Promise<void> {
  const reg = await registry.registration(url);
  if (!reg) {
    await registry.unschedule(url);
    return;
  }
  if (!(await registry.lease(url, owner, LEASE_MS))) return;
  try {
    // another replica may have polled it between our look at the schedule and the lease
    const dueAt = await registry.dueAt(url);
    if (dueAt === null || dueAt > Date.now()) return;
    const postponeMs = await pollSource(url, url, 0, registry, deps, signal);
    await registry.reschedule(url, Date.now() + (postponeMs ?? reg.intervalS * 1000));
  } finally {
    await registry.release(url, owner);
  }
}

/** Polls one document (a registered source or a child sitemap); returns ms to wait when the host was not free. */
async function pollSource(url: string, root: string, depth: number, registry: FeedRegistry, deps: FeedPollerDeps, signal: AbortSignal): Promise<number | undefined> {
  const host = new URL(url).host;
  const log = deps.logger.child({ host, source: root });
  const state = await registry.state(url);
  const chain = chainAdmission(deps, 10_000, signal);
  try {
    await chain.admit(url);
    const headers: Record<string, string> = {};
    if (state.etag) headers["if-none-match"] = state.etag;
    if (state.lastModified) headers["if-modified-since"] = state.lastModified;
    const res = await deps.fetch(url, { signal, accept: FEED_ACCEPT, headers, beforeRedirect: (to) => chain.admit(to.href) });
    const polledAt = new Date().toISOString();
    if (res.status === 304) {
      await registry.record(url, { lastPolledAt: polledAt, lastStatus: 304, lastError: "", published: 0 });
      deps.metrics.polls.inc({ kind: state.kind ?? "unknown", result: "not_modified" });
      // an unchanged index still has children that may have changed
      for (const child of (state.children ?? []).slice(0, deps.maxChildren)) await pollChild(child, root, depth, registry, deps, signal);
      return undefined;
    }
    const parsed = parseSource(res.bytes, res.contentType, res.finalUrl, deps.maxDecodedBytes);
    const published = await publishNew(url, parsed.kind, parsed.entries, registry, deps);
    await registry.record(url, {
      lastPolledAt: polledAt, lastStatus: res.status, lastError: "", kind: parsed.kind, entries: parsed.entries.length, published,
      etag: res.etag ?? "", lastModified: res.lastModified ?? "", children: JSON.stringify(parsed.children),
    });
    deps.metrics.polls.inc({ kind: parsed.kind, result: "ok" });
    log.info({ kind: parsed.kind, entries: parsed.entries.length, published, children: parsed.children.length }, "polled");
    for (const child of parsed.children.slice(0, deps.maxChildren)) await pollChild(child, root, depth, registry, deps, signal);
  } catch (err) {
    if (err instanceof Deferral) {
      deps.metrics.polls.inc({ kind: state.kind ?? "unknown", result: "postponed" });
      return err.retryAfterMs;
    }
    const se = toStageError(err);
    if (se.reason === "rate_limited" || (se.reason === "http_5xx" && se.retryAfterMs !== undefined)) await deps.limiter.block(chain.host, se.retryAfterMs ?? 60_000);
    await registry.record(url, { lastPolledAt: new Date().toISOString(), lastError: `${se.reason}: ${se.message}`.slice(0, 500) });
    deps.metrics.polls.inc({ kind: state.kind ?? "unknown", result: se.reason });
    log.warn({ reason: se.reason, err: se.message }, "poll failed");
  }
  return undefined;
}

async function pollChild(child: string, root: string, depth: number, registry: FeedRegistry, deps: FeedPollerDeps, signal: AbortSignal) {
  // robots.txt -> sitemap index -> sitemap is as deep as it goes
  if (depth >= 2 || signal.aborted) return;
  const wait = await pollSource(child, root, depth + 1, registry, deps, signal);
  if (wait !== undefined) await sleep(Math.min(wait, 10_000), signal);
}

/** Publishes ingest requests for entries not seen before (or with a newer date), newest first, up to the cap. */
async function publishNew(source: string, kind: string, entries: SourceEntry[], registry: FeedRegistry, deps: FeedPollerDeps): Promise<number> {
  const unique = [...new Map(entries.map((e) => [e.url, e])).values()].sort((a, b) => b.dateMs - a.dateMs);
  const seenDates = await registry.seenDates(source, unique.map((e) => e.url));
  const seen = new Map<string, number>();
  const prefix = kind === "urlset" ? "sitemap" : "feed";
  let published = 0;
  for (const [i, e] of unique.entries()) {
    const before = seenDates[i] ?? null;
    const isNew = before === null || e.dateMs > before;
    if (!isNew) {
      seen.set(e.url, before);
      continue;
    }
    if (published >= deps.maxNewPerPoll) continue; // left for the next poll
    let subject: string;
    try {
      subject = articleIdFor(e.url);
    } catch {
      continue;
    }
    const hints = { ...(e.title ? { title: e.title } : {}), ...(e.publishedAt ? { publishedAt: e.publishedAt } : {}), ...(e.categories ? { categories: e.categories } : {}) };
    await publishEvent(
      deps.bus,
      "ingestRequested",
      { schemaVersion: SCHEMA_VERSION, url: e.url, source: `${prefix}:${source}`.slice(0, 200), ...(Object.keys(hints).length > 0 ? { hints } : {}) },
      { subject, msgId: `poll:${urlKeyId(source)}:${urlKeyId(e.url)}:${e.dateMs}` },
    );
    seen.set(e.url, e.dateMs);
    published++;
  }
  await registry.replaceSeen(source, seen);
  if (published > 0) deps.metrics.entries.inc({ kind }, published);
  return published;
}
