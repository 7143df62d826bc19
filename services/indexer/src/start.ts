import type { Bus } from "@inkstream/bus";
import { startStageService, type Logger, type RunningService } from "@inkstream/runtime";
import { openStore } from "@inkstream/store";
import type { IndexerConfig } from "./config.ts";
import { handleEnriched } from "./handle.ts";

/** Wires the indexer: enriched articles in, Redis records and public `indexed` events out. */
export function startIndexer(config: IndexerConfig, logger: Logger, opts: { bus?: Bus } = {}): Promise<RunningService> {
  const store = openStore(config.REDIS_URL, config.INK_NAMESPACE);
  return startStageService<"articleEnriched">({
    name: "indexer",
    natsUrl: config.NATS_URL,
    namespace: config.INK_NAMESPACE,
    httpPort: config.HTTP_PORT,
    logger,
    ...(opts.bus ? { bus: opts.bus } : {}),
    checks: { redis: () => store.ping() },
    onStop: () => store.close(),
    stage: () => ({
      stage: "indexer",
      consumes: "articleEnriched",
      concurrency: config.INK_INDEX_CONCURRENCY,
      handle: async (event) => ({ key: "articleIndexed", payload: await handleEnriched(event, store) }),
    }),
  });
}
