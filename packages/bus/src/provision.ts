import { AckPolicy, DeliverPolicy, RetentionPolicy, StorageType, type ConsumerConfig } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { subjectFor, type EventKey } from "@inkstream/contracts";
import type { Bus } from "./connect.ts";

export interface StreamOptions {
  /** how long events are kept for replay */
  maxAgeMs?: number;
  /** the Nats-Msg-Id dedupe window */
  duplicateWindowMs?: number;
}

const DAY = 24 * 3600 * 1000;

/** Creates the namespace's event stream, or updates it to the wanted settings. Safe to call from every replica. */
export async function ensureStream(bus: Bus, opts: StreamOptions = {}): Promise<void> {
  const config = {
    name: bus.names.stream,
    subjects: [...bus.names.subjects],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_age: nanos(opts.maxAgeMs ?? 7 * DAY),
    duplicate_window: nanos(opts.duplicateWindowMs ?? 2 * 60 * 1000),
    num_replicas: 1,
  };
  try {
    await bus.jsm.streams.info(config.name);
    await bus.jsm.streams.update(config.name, config);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    try {
      await bus.jsm.streams.add(config);
    } catch (addErr) {
      // another replica created it between our info and add
      if (!/already in use|already exists/i.test(String(addErr))) throw addErr;
    }
  }
}

export interface ConsumerOptions {
  stage: string;
  consumes: EventKey;
  /** deliveries after which the bus dead-letters the message itself */
  maxDeliver: number;
  ackWaitMs: number;
  maxAckPending?: number;
}

/** Creates or updates the durable pull consumer a stage's replicas share. */
export async function ensureConsumer(bus: Bus, opts: ConsumerOptions): Promise<string> {
  const durable = bus.names.consumer(opts.stage);
  // one more delivery than our own limit, so the bus, not the server, decides the last one
  const mutable = { max_deliver: opts.maxDeliver + 1, ack_wait: nanos(opts.ackWaitMs), max_ack_pending: opts.maxAckPending ?? 1000 };
  const config: Partial<ConsumerConfig> = {
    durable_name: durable,
    filter_subject: subjectFor(bus.namespace, opts.consumes),
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ...mutable,
  };
  try {
    await bus.jsm.consumers.info(bus.names.stream, durable);
    await bus.jsm.consumers.update(bus.names.stream, durable, mutable);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    try {
      await bus.jsm.consumers.add(bus.names.stream, config);
    } catch (addErr) {
      if (!/already (in use|exists)/i.test(String(addErr))) throw addErr;
    }
  }
  return durable;
}

export function isNotFound(err: unknown): boolean {
  return /not found/i.test(String(err instanceof Error ? err.message : err));
}

/** Whether a stage's durable consumer exists in the namespace, i.e. that stage has run here at least once. */
export async function hasConsumer(bus: Bus, stage: string): Promise<boolean> {
  try {
    await bus.jsm.consumers.info(bus.names.stream, bus.names.consumer(stage));
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}
