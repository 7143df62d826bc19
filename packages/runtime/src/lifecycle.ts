import type { Logger, LevelWithSilent } from "pino";
import { createLogger } from "./logger.ts";

/**
 * Runs `stop` once on SIGTERM or SIGINT, then exits 0 (1 when stopping failed).
 * A second signal while draining exits at once.
 */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal while draining, exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "draining");
    stop().then(
      () => {
        logger.info("stopped");
        logger.flush();
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, "error while draining");
        logger.flush();
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", handler);
  process.once("SIGINT", handler);
}

/** Runs a service's main: a bad config or a failed start is logged and exits 1. */
export function runMain(logger: () => Logger, main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    logger().fatal({ err }, err instanceof Error ? err.message : "start failed");
    process.exitCode = 1;
  });
}

/**
 * The whole main.ts of a service: parse config (a bad value exits 1 naming the variable), make the logger,
 * start, and drain on SIGTERM/SIGINT.
 */
export function serviceMain<C extends { LOG_LEVEL: LevelWithSilent }>(
  name: string,
  load: () => C,
  start: (config: C, logger: Logger) => Promise<{ stop(): Promise<void> }>,
): void {
  let logger = createLogger(name);
  runMain(() => logger, async () => {
    const config = load();
    logger = createLogger(name, config.LOG_LEVEL);
    const service = await start(config, logger);
    onShutdown(logger, () => service.stop());
  });
}
