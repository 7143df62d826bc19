import type { Logger } from "@inkstream/runtime";
import type { ArticleStore, RetentionPolicy } from "@inkstream/store";
import type { IndexerConfig } from "./config.ts";

const DAY_MS = 86_400_000;

/** The retention policy the configuration asks for, or undefined when it keeps everything. */
export function retentionPolicy(config: IndexerConfig): RetentionPolicy | undefined {
  const policy: RetentionPolicy = {
    ...(config.INK_RETENTION_MAX_AGE_DAYS > 0 ? { maxAgeMs: config.INK_RETENTION_MAX_AGE_DAYS * DAY_MS } : {}),
    ...(config.INK_RETENTION_MAX_COUNT > 0 ? { maxCount: config.INK_RETENTION_MAX_COUNT } : {}),
  };
  return Object.keys(policy).length > 0 ? policy : undefined;
}

/**
 * Runs a retention pass now and then every interval; each pass deletes up to a batch, and runs again at once
 * while it still finds work. Replicas may all run it: deleting is idempotent.
 */
export function startRetention(store: ArticleStore, policy: RetentionPolicy, intervalMs: number, logger: Logger): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const pass = async () => {
    try {
      let deleted = 0;
      let n: number;
      do {
        n = await store.retain(policy);
        deleted += n;
      } while (n > 0 && !stopped);
      if (deleted > 0) logger.info({ deleted, policy }, "retention deleted articles");
    } catch (err) {
      logger.warn({ err }, "retention pass failed; retrying at the next interval");
    }
  };
  let stopped = false;
  const tick = () => {
    running ??= pass().finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
