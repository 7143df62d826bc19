import { randomUUID } from "node:crypto";
import { publishEvent, watchEvents, type Bus, type WatchedEvent } from "@inkstream/bus";
import type { EventKey } from "@inkstream/contracts";

// watchEvents has no "caught up" signal: a catch-up read ends after a quiet spell (see the issue report).
const FIRST_WAIT_MS = 1500;
const IDLE_MS = 300;

/** Events of the given kinds from a stream sequence on, until `limit` or the stream goes quiet; by sequence. */
export async function readStored(bus: Bus, keys: readonly EventKey[], fromSequence: number, limit: number): Promise<WatchedEvent[]> {
  const watch = await watchEvents(bus, keys, { sequence: Math.max(1, fromSequence) });
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
  return out.sort((a, b) => a.streamSequence - b.streamSequence);
}

/** Publishes a stored event again under a fresh message id (so deduplication lets it through), same correlation. */
export async function republish(bus: Bus, ev: WatchedEvent, reason: string): Promise<void> {
  await publishEvent(bus, ev.key, ev.payload as never, {
    correlationId: ev.meta.correlationId,
    msgId: `${reason}:${ev.streamSequence}:${randomUUID()}`,
    ...(ev.meta.subject ? { subject: ev.meta.subject } : {}),
  });
}

/** The event each stage consumes. */
export const STAGE_INPUTS = { fetcher: "ingestRequested", parser: "articleFetched", enricher: "articleParsed", indexer: "articleEnriched" } as const satisfies Record<string, EventKey>;
export type ReplayStage = keyof typeof STAGE_INPUTS;

/** Re-drives a stage: publishes again its input events stamped within [from, to]; returns how many. */
export async function replayStage(bus: Bus, stage: ReplayStage, from: number, to: number, opts: { dryRun: boolean; onEvent?: (ev: WatchedEvent) => void }): Promise<number> {
  let next = 1;
  let count = 0;
  for (;;) {
    const batch = await readStored(bus, [STAGE_INPUTS[stage]], next, 500);
    for (const ev of batch) {
      const t = Date.parse(ev.meta.time);
      if (t < from || t > to) continue;
      if (!opts.dryRun) await republish(bus, ev, "replay");
      opts.onEvent?.(ev);
      count++;
    }
    const last = batch.at(-1);
    if (batch.length < 500 || !last) return count;
    next = last.streamSequence + 1;
  }
}
