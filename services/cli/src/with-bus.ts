import { connectBus, type Bus } from "@inkstream/bus";
import type { CliConfig } from "./config.ts";
import { cliLogger } from "./logger.ts";

/** Runs `run` with a connection to NATS, drained afterwards whatever happens. */
export async function withBus(config: CliConfig, run: (bus: Bus) => Promise<number>): Promise<number> {
  const bus = await connectBus({ servers: config.NATS_URL, namespace: config.INK_NAMESPACE, name: "cli", logger: cliLogger(config) });
  try {
    return await run(bus);
  } finally {
    await bus.nc.drain();
  }
}
