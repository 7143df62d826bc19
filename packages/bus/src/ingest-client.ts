import { randomUUID } from "node:crypto";
import { SCHEMA_VERSION, articleIdFor, type ArticleFailed, type ArticleIndexed, type ArticleSkipped, type IngestRequested } from "@inkstream/contracts";
import type { Bus } from "./connect.ts";
import { publishEvent } from "./publish.ts";
import { watchEvents } from "./watch.ts";

export type IngestOutcome =
  | { url: string; id: string; outcome: "indexed" | "unchanged"; indexed: ArticleIndexed }
  | { url: string; id: string; outcome: "skipped" | "unchanged"; skipped: ArticleSkipped }
  | { url: string; id: string; outcome: "failed"; reason: string; message: string; stage?: string; failed?: ArticleFailed };

export interface IngestOptions {
  source: string;
  force?: boolean;
  /** wait for each article's final event; without it, resolve once the requests are stored */
  wait?: boolean;
  timeoutMs?: number;
  /** called as each outcome arrives */
  onOutcome?: (o: IngestOutcome) => void;
}

/**
 * Publishes one ingest request per URL, each with its own correlation id, and (with `wait`) follows the
 * `indexed`, `skipped` and `failed` events until every request has its outcome or the time is up.
 */
export async function ingestUrls(bus: Bus, urls: readonly string[], opts: IngestOptions): Promise<IngestOutcome[]> {
  const pending = new Map<string, { url: string; id: string }>();
  const outcomes: IngestOutcome[] = [];
  const record = (o: IngestOutcome) => {
    outcomes.push(o);
    opts.onOutcome?.(o);
  };
  const watch = opts.wait ? await watchEvents(bus, ["articleIndexed", "articleSkipped", "articleFailed"]) : undefined;
  for (const url of urls) {
    const correlationId = randomUUID();
    let id = "";
    try {
      id = articleIdFor(url);
    } catch {
      // the fetcher reports the bad URL as a failed event with its reason
    }
    const payload: IngestRequested = { schemaVersion: SCHEMA_VERSION, url, source: opts.source, ...(opts.force ? { force: true } : {}) };
    await publishEvent(bus, "ingestRequested", payload, { correlationId, ...(id ? { subject: id } : {}) });
    pending.set(correlationId, { url, id });
  }
  if (!watch) return outcomes;
  const timer = setTimeout(() => void watch.close(), opts.timeoutMs ?? 120_000);
  try {
    for await (const ev of watch) {
      const p = pending.get(ev.meta.correlationId);
      if (!p) continue;
      pending.delete(ev.meta.correlationId);
      if (ev.key === "articleIndexed") {
        record({ url: p.url, id: ev.payload.articleId, outcome: ev.payload.change === "unchanged" ? "unchanged" : "indexed", indexed: ev.payload });
      } else if (ev.key === "articleSkipped") {
        // a 304 means the stored record is current; a recent fetch means we did not look
        record({ url: p.url, id: ev.payload.articleId, outcome: ev.payload.reason === "not_modified" ? "unchanged" : "skipped", skipped: ev.payload });
      } else if (ev.key === "articleFailed") {
        record({ url: p.url, id: ev.payload.articleId ?? p.id, outcome: "failed", reason: ev.payload.reason, message: ev.payload.message, stage: ev.payload.stage, failed: ev.payload });
      }
      if (pending.size === 0) break;
    }
  } finally {
    clearTimeout(timer);
    await watch.close();
  }
  for (const p of pending.values()) {
    record({ url: p.url, id: p.id, outcome: "failed", reason: "timeout", message: `no outcome within ${opts.timeoutMs ?? 120_000} ms (are the services running?)` });
  }
  return outcomes;
}
