import { randomUUID } from "node:crypto";
import { publishEvent, watchEvents, type Bus, type WatchedEvent } from "@inkstream/bus";
import { EVENT_KEYS, EVENT_TYPES, SCHEMA_VERSION, type ArticleFailed, type EventKey } from "@inkstream/contracts";

// A catch-up read has no "end of stream" signal from watchEvents: it stops after a quiet spell.
// (A bus helper that stops at the stream's last sequence would make this exact; see the issue report.)
const FIRST_WAIT_MS = 1500;
const IDLE_MS = 250;

/** Events of one kind from a stream sequence on, until `limit` or the stream goes quiet. */
export async function readEvents(bus: Bus, key: EventKey, fromSequence: number, limit: number): Promise<WatchedEvent[]> {
  const watch = await watchEvents(bus, [key], { sequence: Math.max(1, fromSequence) });
  const out: WatchedEvent[] = [];
  let timer = setTimeout(() => void watch.close(), FIRST_WAIT_MS);
  try {
    for await (const ev of watch) {
      out.push(ev);
      clearTimeout(timer);
      if (out.length >= limit) break;
      timer = setTimeout(() => void watch.close(), IDLE_MS);
    }
  } finally {
    clearTimeout(timer);
    await watch.close();
  }
  return out;
}

export type FailureEntry = ArticleFailed & { id: number; correlationId: string };

/** Failed events after a stream sequence, oldest first; `id` is the failed event's stream sequence. */
export async function listFailures(bus: Bus, after: number, limit: number): Promise<{ failures: FailureEntry[]; next?: number }> {
  const events = await readEvents(bus, "articleFailed", after + 1, limit);
  const failures = events.flatMap((e) => (e.key === "articleFailed" ? [{ id: e.streamSequence, correlationId: e.meta.correlationId, ...e.payload }] : []));
  const last = failures.at(-1);
  return { failures, ...(failures.length === limit && last ? { next: last.id } : {}) };
}

export type ReplayOutcome =
  | { status: "not_found" }
  | { status: "not_replayable"; reason: string }
  | { status: "replayed"; via: "original" | "ingest"; eventType: string; correlationId: string };

/**
 * Re-drives a failure: the original message when the stream still has it and it is valid (the failed stage
 * takes it again), else a forced ingest request for its URL. A fresh message id, so deduplication lets it through.
 */
export async function replayFailure(bus: Bus, id: number): Promise<ReplayOutcome> {
  const [failed] = await readEvents(bus, "articleFailed", id, 1);
  if (failed?.key !== "articleFailed" || failed.streamSequence !== id) return { status: "not_found" };
  const f = failed.payload;
  const correlationId = failed.meta.correlationId;
  const key = EVENT_KEYS.find((k) => EVENT_TYPES[k] === f.original.type);
  if (key && key !== "articleFailed" && f.original.streamSequence !== undefined) {
    const [original] = await readEvents(bus, key, f.original.streamSequence, 1);
    if (original && original.streamSequence === f.original.streamSequence) {
      await publishEvent(bus, original.key, original.payload as never, {
        correlationId,
        msgId: `replay:${id}:${randomUUID()}`,
        ...(original.meta.subject ? { subject: original.meta.subject } : {}),
      });
      return { status: "replayed", via: "original", eventType: EVENT_TYPES[original.key], correlationId };
    }
  }
  if (!f.url) return { status: "not_replayable", reason: "the original message is gone or invalid and the failure names no URL" };
  await publishEvent(bus, "ingestRequested", { schemaVersion: SCHEMA_VERSION, url: f.url, force: true, source: "replay" }, { correlationId, msgId: `replay:${id}:${randomUUID()}`, ...(f.articleId ? { subject: f.articleId } : {}) });
  return { status: "replayed", via: "ingest", eventType: EVENT_TYPES.ingestRequested, correlationId };
}
