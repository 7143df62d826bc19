import type { Bus } from "@inkstream/bus";
import { warmUp } from "@inkstream/enrich";
import { startStageService, type Logger, type RunningService } from "@inkstream/runtime";
import type { EnricherConfig } from "./config.ts";
import { openDfStore } from "./df-store.ts";
import { handleParsed, type HandleDeps } from "./handle.ts";

/** Wires the enricher: parsed articles in, enriched articles out; keyword DFs learned in Redis. */
export function startEnricher(config: EnricherConfig, logger: Logger, opts: { bus?: Bus } = {}): Promise<RunningService> {
  const df = config.INK_ENRICH_LEARN_DF ? openDfStore(config.REDIS_URL, config.INK_NAMESPACE, { dedupeWindowMs: config.INK_ENRICH_DF_DEDUPE_DAYS * 86_400_000, maxStems: config.INK_ENRICH_DF_MAX_STEMS }) : undefined;
  const deps: HandleDeps = {
    ...(config.INK_ENRICH_ANNOTATORS.length > 0 ? { annotators: config.INK_ENRICH_ANNOTATORS } : {}),
    ...(df ? { df } : {}),
  };
  // models load before the consumer starts, so the first article is not the slow one
  logger.info({ warmUpMs: Math.round(warmUp()) }, "enrichment models loaded");
  return startStageService<"articleParsed">({
    name: "enricher",
    natsUrl: config.NATS_URL,
    namespace: config.INK_NAMESPACE,
    httpPort: config.HTTP_PORT,
    logger,
    ...(opts.bus ? { bus: opts.bus } : {}),
    ...(df ? { checks: { redis: () => df.ping() }, onStop: () => df.close() } : {}),
    stage: () => ({
      stage: "enricher",
      consumes: "articleParsed",
      concurrency: config.INK_ENRICH_CONCURRENCY,
      handle: async (event) => ({ key: "articleEnriched", payload: await handleParsed(event, deps) }),
    }),
  });
}
