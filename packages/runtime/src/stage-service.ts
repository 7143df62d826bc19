import { connectBus, ensureStream, runStage, type Bus, type RunningStage, type StageDefinition } from "@inkstream/bus";
import type { EventKey } from "@inkstream/contracts";
import type { Logger } from "pino";
import { startHealthServer, type ReadinessCheck } from "./health-server.ts";

/** A started service, as main.ts, `pnpm start` and the tests hold it. */
export interface RunningService {
  readonly name: string;
  readonly healthPort: number;
  readonly bus: Bus;
  stop(): Promise<void>;
}

export interface StageServiceOptions<K extends EventKey> {
  name: string;
  natsUrl: string;
  namespace: string;
  httpPort: number;
  logger: Logger;
  /** share one connection between services in one process; it is then not drained here */
  bus?: Bus;
  /** built once the bus is up (object store, Redis, …) */
  stage: (bus: Bus) => Promise<StageDefinition<K>> | StageDefinition<K>;
  checks?: Record<string, ReadinessCheck>;
  /** closes what the stage opened (Redis, …) after in-flight work is done */
  onStop?: () => Promise<void>;
}

/** Serves health, connects, provisions the stream, runs the stage; stop() drains in that order backwards. */
export async function startStageService<K extends EventKey>(opts: StageServiceOptions<K>): Promise<RunningService> {
  const logger = opts.logger;
  let draining = false;
  let stage: RunningStage | undefined;
  let bus: Bus | undefined = opts.bus;
  // health first: a taken port fails the start before anything consumes
  const health = await startHealthServer({
    port: opts.httpPort,
    logger,
    isDraining: () => draining,
    checks: { nats: () => bus !== undefined && !bus.nc.isClosed(), consumer: () => stage?.isRunning() ?? false, ...opts.checks },
  });
  const release = async () => {
    draining = true;
    await stage?.stop();
    await opts.onStop?.();
    if (!opts.bus) await bus?.nc.drain();
    await health.close();
  };
  try {
    bus ??= await connectBus({ servers: opts.natsUrl, namespace: opts.namespace, name: opts.name, logger });
    await ensureStream(bus);
    stage = await runStage(bus, await opts.stage(bus));
  } catch (err) {
    await release().catch(() => undefined);
    throw err;
  }
  const connected = bus;
  return { name: opts.name, healthPort: health.port, bus: connected, stop: release };
}
