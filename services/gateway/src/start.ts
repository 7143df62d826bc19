import type { AddressInfo } from "node:net";
import { connectBus, ensureStream, type Bus } from "@inkstream/bus";
import type { Logger } from "@inkstream/runtime";
import { openStore } from "@inkstream/store";
import type { GatewayConfig } from "./config.ts";
import { createServer } from "./server.ts";

export interface RunningGateway {
  readonly name: string;
  readonly port: number;
  /** where a client on this machine reaches it (loopback when it listens on every address) */
  readonly url: string;
  stop(): Promise<void>;
}

function localUrl({ address, family, port }: AddressInfo): string {
  const host = address === "0.0.0.0" ? "127.0.0.1" : address === "::" ? "[::1]" : family === "IPv6" ? `[${address}]` : address;
  return `http://${host}:${port}`;
}

/** Connects NATS and Redis, serves the HTTP API; stop() refuses new work, ends event streams, then closes. */
export async function startGateway(config: GatewayConfig, logger: Logger, opts: { bus?: Bus } = {}): Promise<RunningGateway> {
  const bus = opts.bus ?? (await connectBus({ servers: config.NATS_URL, namespace: config.INK_NAMESPACE, name: "gateway", logger }));
  await ensureStream(bus);
  const store = openStore(config.REDIS_URL, config.INK_NAMESPACE);
  let draining = false;
  const server = createServer({ bus, store, config, logger, isDraining: () => draining });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.HTTP_PORT, config.INK_GATEWAY_HOST, () => resolve());
    });
  } catch (err) {
    // a taken port: give back what was opened before failing
    await store.close();
    if (!opts.bus) await bus.nc.drain();
    throw err;
  }
  const address = server.address() as AddressInfo;
  logger.info({ port: address.port, host: config.INK_GATEWAY_HOST, auth: config.INK_GATEWAY_TOKENS.length > 0 }, "gateway listening");
  return {
    name: "gateway",
    port: address.port,
    url: localUrl(address),
    async stop() {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // event streams never end by themselves
      setTimeout(() => server.closeAllConnections(), 2000).unref();
      await closed;
      await store.close();
      if (!opts.bus) await bus.nc.drain();
    },
  };
}
