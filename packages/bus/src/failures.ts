import { randomUUID } from "node:crypto";
import type { Bus } from "./connect.ts";
import { publishEvent } from "./publish.ts";
import { readEvents } from "./read-events.ts";
import type { WatchedEvent } from "./watch.ts";
import { EVENT_KEYS, EVENT_TYPES, SCHEMA_VERSION, type ArticleFailed } from "@inkstream/contracts";

export type FailureEntry = ArticleFailed & { id: number; correlationId: string };

/** Failed events after a stream sequence, oldest first; `id` is the failed event's stream sequence. */
export async function listFailures(bus: Bus, after: number, limit: number): Promise<{ failures: FailureEntry[]; next?: number }> {
  const events = await readEvents(bus, ["articleFailed"], { sequence: after + 1, limit });
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
  const [failed] = await readEvents(bus, ["articleFailed"], { sequence: id, limit: 1 });
  if (failed?.key !== "articleFailed" || failed.streamSequence !== id) return { status: "not_found" };
  const f = failed.payload;
  const correlationId = failed.meta.correlationId;
  const key = EVENT_KEYS.find((k) => EVENT_TYPES[k] === f.original.type);
  if (key && key !== "articleFailed" && f.original.streamSequence !== undefined) {
    const [original] = await readEvents(bus, [key], { sequence: f.original.streamSequence, limit: 1 });
    if (original && original.streamSequence === f.original.streamSequence) {
      await republish(bus, original, `replay:${id}`, correlationId);
      return { status: "replayed", via: "original", eventType: EVENT_TYPES[original.key], correlationId };
    }
  }
  if (!f.url) return { status: "not_replayable", reason: "the original message is gone or invalid and the failure names no URL" };
  await publishEvent(bus, "ingestRequested", { schemaVersion: SCHEMA_VERSION, url: f.url, force: true, source: "replay" }, { correlationId, msgId: `replay:${id}:${randomUUID()}`, ...(f.articleId ? { subject: f.articleId } : {}) });
  return { status: "replayed", via: "ingest", eventType: EVENT_TYPES.ingestRequested, correlationId };
}

/** Publishes a stored event again under a fresh message id (so deduplication lets it through), same correlation. */
export async function republish(bus: Bus, ev: WatchedEvent, reason: string, correlationId = ev.meta.correlationId): Promise<void> {
  await publishEvent(bus, ev.key, ev.payload as never, {
    correlationId,
    msgId: `${reason}:${ev.streamSequence}:${randomUUID()}`,
    ...(ev.meta.subject ? { subject: ev.meta.subject } : {}),
  });
}
