import { DeliverPolicy } from "@nats-io/jetstream";
import { EVENT_SCHEMAS, subjectFor, type EventKey } from "@inkstream/contracts";
import type { Bus } from "./connect.ts";
import { metaFromHeaders } from "./publish.ts";
import type { WatchedEvent } from "./watch.ts";

export interface ReadFrom {
  /** first stream sequence to read (default 1) */
  sequence?: number;
  /** or: the first event stored at or after this time */
  startTime?: Date;
  /** at most this many events (default 1000) */
  limit?: number;
}

/**
 * Stored events of the given kinds, oldest first, up to what the stream holds now: an exact catch-up read
 * that ends at the last stored message of each subject. Invalid messages are skipped.
 */
export async function readEvents(bus: Bus, keys: readonly EventKey[], from: ReadFrom = {}): Promise<WatchedEvent[]> {
  const limit = from.limit ?? 1000;
  const perKey = await Promise.all(keys.map((key) => readOneKind(bus, key, from, limit)));
  return perKey.flat().sort((a, b) => a.streamSequence - b.streamSequence).slice(0, limit);
}

async function readOneKind(bus: Bus, key: EventKey, from: ReadFrom, limit: number): Promise<WatchedEvent[]> {
  const subject = subjectFor(bus.namespace, key);
  const last = await bus.jsm.streams.getMessage(bus.names.stream, { last_by_subj: subject }).catch(() => null);
  if (!last) return [];
  const first = from.startTime ? await firstSequenceSince(bus, subject, from.startTime) : Math.max(1, from.sequence ?? 1);
  if (first === undefined || last.seq < first) return [];
  // a string filter: one filter_subject, which nats-server 2.9 understands
  const consumer = await bus.js.consumers.get(bus.names.stream, { filter_subjects: subject, deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: first });
  const out: WatchedEvent[] = [];
  try {
    const messages = await consumer.consume({ max_messages: Math.min(limit, 256) });
    for await (const m of messages) {
      const parsed = EVENT_SCHEMAS[key].safeParse(parseJson(m.data));
      if (parsed.success) {
        out.push({ key, payload: parsed.data, meta: metaFromHeaders(m.headers, `seq-${m.seq}`), streamSequence: m.seq } as WatchedEvent);
      }
      if (m.seq >= last.seq || out.length >= limit) break;
    }
    await messages.close();
  } finally {
    await consumer.delete().catch(() => false);
  }
  return out;
}

/** The sequence of the first message on the subject stored at or after a time, if any. */
async function firstSequenceSince(bus: Bus, subject: string, time: Date): Promise<number | undefined> {
  const consumer = await bus.js.consumers.get(bus.names.stream, { filter_subjects: subject, deliver_policy: DeliverPolicy.StartTime, opt_start_time: time.toISOString() });
  try {
    const m = await consumer.next({ expires: 1000 });
    return m?.seq;
  } finally {
    await consumer.delete().catch(() => false);
  }
}

function parseJson(data: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(data));
  } catch {
    return undefined;
  }
}
