import type { ConsumerMessages, JsMsg } from "@nats-io/jetstream";
import type { Logger } from "pino";
import {
  EVENT_SCHEMAS,
  toStageError,
  type EventKey,
  type EventMeta,
  type EventPayloads,
  type Stage,
  type StageError,
} from "@inkstream/contracts";
import type { Bus } from "./connect.ts";
import { ensureConsumer } from "./provision.ts";
import { metaFromHeaders, publishEvent } from "./publish.ts";
import { backoffDelay } from "./backoff.ts";
import { failedEventFor, type FailureInput } from "./dead-letter.ts";
import { stageMetrics } from "./metrics.ts";

/** An event a handler wants published next. */
export type Emission = { [K in EventKey]: { key: K; payload: EventPayloads[K]; msgId?: string } }[EventKey];

export interface HandlerContext {
  meta: EventMeta;
  deliveryCount: number;
  logger: Logger;
  /** aborted when the stage stops; long work should give up */
  signal: AbortSignal;
}

export interface StageDefinition<K extends EventKey> {
  stage: Stage;
  consumes: K;
  handle(event: EventPayloads[K], ctx: HandlerContext): Promise<Emission | readonly Emission[] | undefined>;
  /** messages handled at once by this replica */
  concurrency?: number;
  /** deliveries before a retryable failure is dead-lettered */
  maxDeliver?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  ackWaitMs?: number;
}

export interface RunningStage {
  readonly stage: Stage;
  isRunning(): boolean;
  /** stop pulling, finish in-flight messages, then resolve */
  stop(): Promise<void>;
}

/** The article id and URL of a valid message body: what a dead-lettered message carries along (dead-letter.ts). */
function carriedIds(body: unknown): { articleId?: unknown; url?: unknown } {
  const { articleId, url } = body as { articleId?: unknown; url?: unknown };
  return { articleId, url };
}

/**
 * Runs a stage: provisions its durable consumer, then validates, handles, publishes and acks each message.
 * Retryable errors are nak'ed with exponential back-off until maxDeliver; invalid messages, permanent
 * errors and exhausted retries become `ink.article.failed` events and are terminated.
 */
export async function runStage<K extends EventKey>(bus: Bus, def: StageDefinition<K>): Promise<RunningStage> {
  const concurrency = def.concurrency ?? 4;
  const maxDeliver = def.maxDeliver ?? 5;
  const ackWaitMs = def.ackWaitMs ?? 30_000;
  const durable = await ensureConsumer(bus, { stage: def.stage, consumes: def.consumes, maxDeliver, ackWaitMs });
  const consumer = await bus.js.consumers.get(bus.names.stream, durable);
  const logger = bus.logger.child({ stage: def.stage });
  const metrics = stageMetrics();
  const abort = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let messages: ConsumerMessages | undefined;
  let running = true;

  type Failure = Omit<FailureInput, "stage" | "subject" | "streamSequence" | "deliveryCount">;
  const fail = async (msg: JsMsg, f: Failure, log: Logger) => {
    const failed = failedEventFor({ ...f, stage: def.stage, subject: msg.subject, streamSequence: msg.info.streamSequence, deliveryCount: msg.info.deliveryCount });
    try {
      await publishEvent(bus, "articleFailed", failed, { causedBy: f.meta, ...(failed.articleId ? { subject: failed.articleId } : {}) });
      msg.term();
      metrics.messages.inc({ stage: def.stage, outcome: "failed", reason: f.reason });
      log.warn({ reason: f.reason, retryable: f.retryable, err: f.message }, "dead-lettered");
    } catch (err) {
      // the failure could not be recorded: keep the message and try again later rather than lose it
      log.error({ err }, "could not publish failed event; will redeliver");
      msg.nak(backoffDelay(msg.info.deliveryCount, 1000, 30_000));
    }
  };

  type Handled = ReturnType<StageDefinition<K>["handle"]>;

  /**
   * Decodes and validates a message and starts its handler. Not async, so that nothing here holds the event while
   * the handler awaits: an async function keeps its arguments and locals alive across every await, and a stage with
   * hundreds of messages in flight (the indexer) would have the collector copy all their texts again and again.
   * From here on a failure carries only the article id and URL of the body.
   */
  const begin = (msg: JsMsg, ctx: HandlerContext): { handled: Handled; carried: ReturnType<typeof carriedIds> } | { invalid: Failure } => {
    let body: unknown;
    try {
      body = msg.json();
    } catch (err) {
      return { invalid: { reason: "invalid_message", message: `not JSON: ${String(err)}`, retryable: false, meta: ctx.meta } };
    }
    const parsed = EVENT_SCHEMAS[def.consumes].safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      const summary = issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
      const type = ctx.meta.type === "unknown" ? def.consumes : ctx.meta.type;
      return { invalid: { reason: "invalid_message", message: `does not match ${type}: ${summary}`, retryable: false, meta: ctx.meta, body, issues } };
    }
    let handled: Handled;
    try {
      handled = def.handle(parsed.data as EventPayloads[K], ctx);
    } catch (err) {
      handled = Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return { handled, carried: carriedIds(body) };
  };

  const processOne = async (msg: JsMsg): Promise<void> => {
    const deliveryCount = msg.info.deliveryCount;
    const meta = metaFromHeaders(msg.headers, `seq-${msg.info.streamSequence}`);
    const log = logger.child({ eventId: meta.id, correlationId: meta.correlationId, articleId: meta.subject, deliveryCount });
    const started = performance.now();
    const begun = begin(msg, { meta, deliveryCount, logger: log, signal: abort.signal });
    if ("invalid" in begun) return fail(msg, begun.invalid, log);
    const { handled, carried } = begun;
    // long work must tell the server it is still alive
    const heartbeat = setInterval(() => msg.working(), Math.max(1000, ackWaitMs / 3));
    try {
      const out = await handled;
      const emissions: readonly Emission[] = out === undefined ? [] : Array.isArray(out) ? out : [out as Emission];
      for (const e of emissions) {
        const articleId = (e.payload as { articleId?: string }).articleId;
        await publishEvent(bus, e.key, e.payload, { causedBy: meta, ...(e.msgId ? { msgId: e.msgId } : {}), ...(articleId ? { subject: articleId } : {}) });
      }
      msg.ack();
      metrics.messages.inc({ stage: def.stage, outcome: "ok", reason: "" });
      log.debug({ ms: Math.round(performance.now() - started) }, "handled");
    } catch (err) {
      const se: StageError = toStageError(err);
      if (se.retryable && deliveryCount < maxDeliver && !abort.signal.aborted) {
        const delay = Math.max(se.retryAfterMs ?? 0, backoffDelay(deliveryCount, def.backoffBaseMs ?? 1000, def.backoffMaxMs ?? 60_000));
        msg.nak(delay);
        metrics.messages.inc({ stage: def.stage, outcome: "retried", reason: se.reason });
        log.warn({ reason: se.reason, delayMs: delay, err: se.message }, "retrying later");
      } else if (se.retryable && abort.signal.aborted) {
        msg.nak(1000); // stopping: hand it to another replica
      } else {
        const message = se.retryable ? `gave up after ${deliveryCount} deliveries: ${se.message}` : se.message;
        await fail(msg, { reason: se.reason, message, retryable: se.retryable, meta, body: carried }, log);
      }
    } finally {
      clearInterval(heartbeat);
      metrics.seconds.observe({ stage: def.stage }, (performance.now() - started) / 1000);
    }
  };

  const loop = async () => {
    messages = await consumer.consume({ max_messages: concurrency * 2 });
    for await (const msg of messages) {
      const p: Promise<void> = processOne(msg)
        .catch((err: unknown) => logger.error({ err }, "unexpected error handling message"))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
  };
  const done = loop().catch((err: unknown) => {
    if (running) logger.error({ err }, "consume loop ended");
  }).finally(() => {
    running = false;
  });
  logger.info({ durable, concurrency, maxDeliver }, "stage consuming");

  return {
    stage: def.stage,
    isRunning: () => running,
    async stop() {
      running = false;
      await messages?.close();
      await done;
      await Promise.allSettled([...inFlight]);
      abort.abort();
    },
  };
}
