import type { Bus } from "@inkstream/bus";
import { startStageService, type Logger, type RunningService } from "@inkstream/runtime";
import { openStore } from "@inkstream/store";
import type { IndexerConfig } from "./config.ts";
import { handleEnriched } from "./handle.ts";
import { retentionPolicy, startRetention } from "./retention.ts";

/** Wires the indexer: enriched articles in, Redis records and public `indexed` events out, retention on a timer. */
export async function startIndexer(config: IndexerConfig, logger: Logger, opts: { bus?: Bus } = {}): Promise<RunningService> {
  const store = openStore(config.REDIS_URL, config.INK_NAMESPACE, {
    // each new or changed record counts into its source's extraction health in the same write
    index: { maxDistance: config.INK_DUPLICATE_MAX_DISTANCE, sourceHealth: true },
    merges: config.INK_INDEX_MERGES,
    analysisThreads: config.INK_INDEX_ANALYSIS_THREADS,
    onBackgroundError: (err) => logger.error({ err }, "full-text segment merge failed; the next write retries it"),
  });
  const service = await startStageService<"articleEnriched">({
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
      // not async: an awaiting frame would hold the event's text while its write waits (handleEnriched)
      handle: (event) => handleEnriched(event, store).then((payload) => ({ key: "articleIndexed" as const, payload })),
    }),
  });
  const policy = retentionPolicy(config);
  const retention = policy ? startRetention(store, policy, config.INK_RETENTION_INTERVAL_S * 1000, logger) : undefined;
  return {
    ...service,
    async stop() {
      await retention?.stop();
      await service.stop();
    },
  };
}
