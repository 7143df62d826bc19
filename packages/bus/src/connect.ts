import { connect, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import type { Logger } from "pino";
import { namesFor } from "@inkstream/contracts";

/** A connection to NATS for one namespace: the handle every other bus function takes. */
export interface Bus {
  readonly namespace: string;
  readonly names: ReturnType<typeof namesFor>;
  /** `ce-source` of events this process publishes, e.g. "inkstream/fetcher" */
  readonly source: string;
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly logger: Logger;
}

export interface ConnectOptions {
  servers: string;
  namespace: string;
  /** connection name and CloudEvents source, e.g. "fetcher" */
  name: string;
  logger: Logger;
}

/** Connects with endless reconnects and logs connection status changes. */
export async function connectBus(opts: ConnectOptions): Promise<Bus> {
  const nc = await connect({
    servers: opts.servers.split(",").map((s) => s.trim()),
    name: `inkstream-${opts.name}`,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1000,
    waitOnFirstConnect: false,
    // no Error made per request (each JetStream publish is one) just to hold the caller's stack for a timeout:
    // ~30 µs per published event in the indexer's profile; a failure's message and our log context name the step
    noAsyncTraces: true,
  });
  const logger = opts.logger.child({ component: "bus" });
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === "disconnect" || s.type === "reconnect" || s.type === "error") logger.warn({ status: s.type }, "nats connection status");
    }
  })();
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  return { namespace: opts.namespace, names: namesFor(opts.namespace), source: `inkstream/${opts.name}`, nc, js, jsm, logger };
}
