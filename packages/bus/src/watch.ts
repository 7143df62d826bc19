import { DeliverPolicy, type ConsumerMessages } from "@nats-io/jetstream";
import { EVENT_SCHEMAS, subjectFor, type EventKey, type EventMeta, type EventPayloads } from "@inkstream/contracts";
import type { Bus } from "./connect.ts";
import { metaFromHeaders } from "./publish.ts";

export type WatchedEvent = { [K in EventKey]: { key: K; payload: EventPayloads[K]; meta: EventMeta; streamSequence: number } }[EventKey];

export interface Watch extends AsyncIterable<WatchedEvent> {
  close(): Promise<void>;
}

/**
 * Follows events of the given kinds with ephemeral ordered consumers (one per kind: nats-server 2.9 has no
 * multi-subject filters), from now on or from a stream sequence. Invalid messages are skipped.
 */
export async function watchEvents(bus: Bus, keys: readonly EventKey[], from: { sequence?: number } = {}): Promise<Watch> {
  const queue: WatchedEvent[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  const subs: ConsumerMessages[] = [];
  for (const key of keys) {
    const consumer = await bus.js.consumers.get(bus.names.stream, {
      filter_subjects: subjectFor(bus.namespace, key), // a string: one filter_subject, which 2.9 understands
      ...(from.sequence !== undefined ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from.sequence } : { deliver_policy: DeliverPolicy.New }),
    });
    const messages = await consumer.consume();
    subs.push(messages);
    void (async () => {
      for await (const m of messages) {
        const parsed = EVENT_SCHEMAS[key].safeParse(tryJson(m.data));
        if (!parsed.success) continue;
        queue.push({ key, payload: parsed.data, meta: metaFromHeaders(m.headers, `seq-${m.seq}`), streamSequence: m.seq } as WatchedEvent);
        wake?.();
      }
    })();
  }
  return {
    async close() {
      closed = true;
      await Promise.allSettled(subs.map((s) => s.close()));
      wake?.();
    },
    async *[Symbol.asyncIterator]() {
      // after close, what already arrived is still handed out
      for (;;) {
        const next = queue.shift();
        if (next) {
          yield next;
          continue;
        }
        if (closed) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    },
  };
}

function tryJson(data: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(data));
  } catch {
    return undefined;
  }
}
